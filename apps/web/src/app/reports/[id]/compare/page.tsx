import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CompareYearForm } from '../../../../components/report/compare-year-form';
import { DataTable } from '../../../../components/ui/data-table';
import { SyntheticBadge } from '../../../../components/ui/synthetic-banner';
import { ErrorBox } from '../../../../components/ui/widget-states';
import { CompareDocument, ReportDocument } from '../../../../graphql/generated';
import { langOf, t } from '../../../../i18n/messages';
import type { SearchParams } from '../../../../lib/filters';
import { href, langParam, param } from '../../../../lib/filters';
import { formatNumber } from '../../../../lib/format';
import { attempt, query } from '../../../../lib/graphql';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).report.compare };
}

/** This report beside the same agency's report of another year: the cells that differ. */
export default async function ComparePage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const lang = langOf(sp.lang);
  const m = t(lang);
  const lp = langParam(lang);
  if (!/^\d{1,12}$/.test(id)) notFound();
  const base = await attempt(() => query(ReportDocument, { id }));
  if (!base.ok) return <ErrorBox error={base.error} lang={lang} />;
  const report = base.data.report;
  if (!report || report.year === null) notFound();
  const years = report.agency.years.filter((y) => y !== report.year).sort((a, b) => b - a);
  const requested = Number(param(sp, 'year'));
  const other = years.includes(requested) ? requested : years[0];
  if (other === undefined) {
    return (
      <div className="card">
        <h1>{m.report.compare}</h1>
        <p className="muted">{m.report.noOtherYears}</p>
      </div>
    );
  }
  const [yearA, yearB] = other < report.year ? [other, report.year] : [report.year, other];
  const result = await attempt(() => query(CompareDocument, { agencyId: report.agency.id, yearA, yearB }));
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const cmp = result.data.compare;
  if (!cmp) notFound();
  const link = (r: { id: string; year: number | null; synthetic: boolean } | null) =>
    r ? (
      <>
        <Link href={href(`/reports/${r.id}`, lp)}>{r.year}</Link> {r.synthetic ? <SyntheticBadge lang={lang} /> : null}
      </>
    ) : (
      '—'
    );
  return (
    <>
      <nav className="breadcrumbs" aria-label="breadcrumbs">
        <Link href={href(`/agencies/${cmp.agency.id}`, lp)}>{cmp.agency.name}</Link> › <Link href={href(`/reports/${report.id}`, lp)}>{report.year}</Link>
      </nav>
      <div className="page-head">
        <h1>{m.compare.title(cmp.agency.name, String(yearA), String(yearB))}</h1>
        <CompareYearForm label={m.compare.pick} years={years} chosen={other} lang={lang} />
      </div>
      <section className="card">
        {!cmp.a || !cmp.b ? (
          <p className="muted">{m.compare.missing}</p>
        ) : cmp.differences.length === 0 ? (
          <p className="muted">{m.compare.none}</p>
        ) : (
          <DataTable
            testId="differences"
            head={
              <>
                <th scope="col">{m.compare.cell}</th>
                <th scope="col" className="num">
                  {link(cmp.a)}
                </th>
                <th scope="col" className="num">
                  {link(cmp.b)}
                </th>
                <th scope="col" className="num">
                  {m.compare.change}
                </th>
              </>
            }
          >
            {cmp.differences.map((d) => (
              <tr key={d.path}>
                <th scope="row">{lang === 'zh' ? d.labelZh : d.labelEn}</th>
                <td className="num">{formatNumber(d.a, lang, 6)}</td>
                <td className="num">{formatNumber(d.b, lang, 6)}</td>
                <td className="num">{d.change === null ? '—' : `${d.change > 0 ? '+' : ''}${formatNumber(d.change, lang, 6)}`}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
