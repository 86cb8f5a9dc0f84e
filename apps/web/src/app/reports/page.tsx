import { LEVEL_LABELS } from '@gongkai/schema/measures';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { DataTable } from '../../components/ui/data-table';
import { FilterBar } from '../../components/ui/filter-bar';
import { Pager } from '../../components/ui/pager';
import { SyntheticBadge, SyntheticBanner } from '../../components/ui/synthetic-banner';
import { ErrorBox, Skeleton } from '../../components/ui/widget-states';
import { ReportsDocument } from '../../graphql/generated';
import type { Lang } from '../../i18n/messages';
import { langOf, t } from '../../i18n/messages';
import type { Filters, SearchParams } from '../../lib/filters';
import { linkWith, param, parseFilters, toReportFilter } from '../../lib/filters';
import { formatDate, formatNumber } from '../../lib/format';
import { attempt, query } from '../../lib/graphql';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).reports.title };
}

const PAGE_SIZE = 25;

/** The reports behind a view: where a chart's drill-down lands, with the same filters. */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = langOf(sp.lang);
  const m = t(lang);
  const filters = parseFilters(sp);
  const code = param(sp, 'code')?.replace(/[^A-Z_]/g, '') || null;
  const after = param(sp, 'after') ?? null;
  return (
    <>
      <div className="page-head">
        <h1>{m.reports.title}</h1>
        {code ? (
          <p>
            {m.filters.diagnosticCode}: <code>{code}</code>
          </p>
        ) : null}
      </div>
      <Suspense fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <FilterBar lang={lang} filters={filters} path="/reports" hidden={{ code }} />
      </Suspense>
      <Suspense key={JSON.stringify([filters, code, after])} fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <ReportList lang={lang} filters={filters} code={code} after={after} />
      </Suspense>
    </>
  );
}

async function ReportList({ lang, filters, code, after }: { lang: Lang; filters: Filters; code: string | null; after: string | null }) {
  const m = t(lang);
  const result = await attempt(() =>
    query(ReportsDocument, {
      filter: { ...toReportFilter(filters), ...(code ? { diagnosticCode: code } : {}) },
      first: PAGE_SIZE,
      after,
      orderBy: 'YEAR_DESC',
    }),
  );
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const page = result.data.reports;
  if (page.totalCount === 0) return <p className="empty card">{m.state.empty}</p>;
  const extra = { code };
  return (
    <section className="card" aria-label={m.reports.title}>
      <SyntheticBanner
        lang={lang}
        synthetic={page.syntheticCount}
        total={page.totalCount}
        excludeHref={linkWith('/reports', lang, { ...filters, synthetic: 'EXCLUDE' }, extra)}
      />
      <p className="muted" data-testid="report-count">
        {m.reports.count(formatNumber(page.totalCount, lang))}
      </p>
      <DataTable
        testId="report-list"
        head={
          <>
            <th scope="col">{m.reports.agency}</th>
            <th scope="col">{m.reports.year}</th>
            <th scope="col" className="hide-phone">
              {m.reports.region}
            </th>
            <th scope="col" className="hide-phone">
              {m.reports.level}
            </th>
            <th scope="col">{m.reports.template}</th>
            <th scope="col">{m.reports.diagnostics}</th>
            <th scope="col" className="hide-phone">
              {m.reports.published}
            </th>
          </>
        }
      >
        {page.edges.map(({ node: r }) => {
          const warnings = r.diagnostics.filter((d) => d.severity === 'WARNING').length;
          const errors = r.diagnostics.filter((d) => d.severity === 'ERROR').length;
          return (
            <tr key={r.id}>
              <td>
                <Link href={`/reports/${r.id}${lang === 'en' ? '?lang=en' : ''}`} data-testid="report-link">
                  {r.agencyTitle ?? r.agency.name}
                </Link>{' '}
                {r.synthetic ? <SyntheticBadge lang={lang} /> : null}
              </td>
              <td className="nowrap">{r.year ?? '—'}</td>
              <td className="hide-phone">{r.agency.region?.name ?? '—'}</td>
              <td className="hide-phone">{r.agency.level ? LEVEL_LABELS[r.agency.level][lang] : '—'}</td>
              <td>{r.template ?? '—'}</td>
              <td className="nowrap">
                {errors > 0 ? <span className="badge badge-error">{m.reports.errors(String(errors))}</span> : null}{' '}
                {warnings > 0 ? <span className="badge badge-warning">{m.reports.warnings(String(warnings))}</span> : null}
                {errors + warnings === 0 ? <span className="badge badge-ok">{m.reports.clean}</span> : null}
              </td>
              <td className="hide-phone nowrap">{formatDate(r.publishedOn, lang)}</td>
            </tr>
          );
        })}
      </DataTable>
      <Pager lang={lang} path="/reports" filters={filters} params={extra} after={after} pageInfo={page.pageInfo} nextTestId="next-page" />
    </section>
  );
}
