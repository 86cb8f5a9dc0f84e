import Link from 'next/link';
import { DataTable } from '../ui/data-table';
import { SyntheticBadge } from '../ui/synthetic-banner';
import { ErrorBox } from '../ui/widget-states';
import { AnomaliesDocument, CopiedSectionsDocument, HierarchyChecksDocument } from '../../graphql/generated';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import { href, langParam } from '../../lib/filters';
import { formatNumber, formatPercent } from '../../lib/format';
import { attempt, query } from '../../lib/graphql';
import { sectionTitle } from '../report/report-tables';

// The three insight views (anomalies, copied sections, hierarchy checks), each a server component that
// asks the API once and links every figure to the report behind it. Used by /insights and, shortened, by
// the data-quality page.

export const NARRATIVE_KEY: Record<string, string> = { OVERVIEW: 'overview', PROBLEMS: 'problems', OTHER_MATTERS: 'otherMatters' };

export async function AnomaliesSection({ lang, year, region, limit = 50 }: { lang: Lang; year: number; region: string | null; limit?: number }) {
  const m = t(lang);
  const lp = langParam(lang);
  const result = await attempt(() => query(AnomaliesDocument, { filter: { year, regionCode: region }, first: limit }));
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const a = result.data.anomalies;
  return (
    <>
      <p className="muted small">{m.insights.anomaliesIntro(formatNumber(a.judged, lang))}</p>
      {a.entries.length === 0 ? (
        <p className="empty">{m.insights.noAnomalies}</p>
      ) : (
        <DataTable
          testId="anomalies"
          head={
            <>
              <th scope="col">{m.insights.agency}</th>
              <th scope="col">{m.insights.measure}</th>
              <th scope="col" className="num">
                {m.insights.value}
              </th>
              <th scope="col" className="num">
                {m.insights.median}
              </th>
              <th scope="col" className="num">
                z
              </th>
              <th scope="col">{m.insights.reason}</th>
            </>
          }
        >
          {a.entries.map((e, i) => {
            const rate = e.measure.key.startsWith('rate.');
            const fmt = (v: number) => (rate ? formatPercent(v, lang) : formatNumber(v, lang));
            return (
              <tr key={`${e.report.id}-${e.measure.key}-${e.kind}-${i}`} data-report-id={e.report.id}>
                <td>
                  <Link href={href(`/agencies/${e.agency.id}`, lp)}>{e.agency.name}</Link> {e.agency.synthetic ? <SyntheticBadge lang={lang} /> : null}
                </td>
                <td>
                  {lang === 'zh' ? e.measure.labelZh : e.measure.labelEn} <span className="badge">{m.insights.kind[e.kind]}</span>
                </td>
                <td className="num">
                  <Link href={href(`/reports/${e.report.id}`, lp)} data-testid="anomaly-report">
                    {fmt(e.value)}
                  </Link>
                </td>
                <td className="num">{fmt(e.median)}</td>
                <td className="num">{formatNumber(e.z, lang, 1)}</td>
                <td>{lang === 'zh' ? e.reasonZh : e.reasonEn}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}

export async function CopiesSection({ lang, year, limit = 50 }: { lang: Lang; year: number | null; limit?: number }) {
  const m = t(lang);
  const lp = langParam(lang);
  const result = await attempt(() => query(CopiedSectionsDocument, { year, first: limit }));
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const c = result.data.copiedSections;
  if (c.pairs.length === 0) return <p className="empty">{m.insights.noCopies}</p>;
  return (
    <DataTable
      testId="copies"
      head={
        <>
          <th scope="col">{m.insights.copy}</th>
          <th scope="col">{m.insights.copiedFrom}</th>
          <th scope="col">{m.insights.section}</th>
          <th scope="col" className="num">
            {m.insights.score}
          </th>
          <th scope="col">{m.insights.compare}</th>
        </>
      }
    >
      {c.pairs.map((p) => (
        <tr key={`${p.report.id}-${p.other.id}-${p.section}`}>
          <td>
            <Link href={href(`/reports/${p.report.id}`, lp)}>
              {p.report.agency.name} {p.report.year}
            </Link>{' '}
            {p.report.agency.synthetic ? <SyntheticBadge lang={lang} /> : null}
          </td>
          <td>
            <Link href={href(`/reports/${p.other.id}`, lp)}>
              {p.other.agency.name} {p.other.year}
            </Link>{' '}
            <span className="badge">{p.sameAgency ? m.insights.sameAgency : m.insights.otherAgency}</span>
          </td>
          <td>{sectionTitle(NARRATIVE_KEY[p.section]!, lang)}</td>
          <td className="num">{formatPercent(p.score * 100, lang, 0)}</td>
          <td>
            <Link href={href(`/reports/${p.report.id}/similar`, lp)} data-testid="copy-compare">
              {m.insights.sideBySide}
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export async function HierarchySection({ lang, year, region }: { lang: Lang; year: number; region: string | null }) {
  const m = t(lang);
  const lp = langParam(lang);
  const result = await attempt(() => query(HierarchyChecksDocument, { year, regionCode: region }));
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const checks = result.data.hierarchyChecks;
  if (checks.length === 0) return <p className="empty">{m.insights.noHierarchy}</p>;
  const badge = { ADDS_UP: 'badge-ok', MISMATCH: 'badge-error', INCOMPLETE: 'badge-warning' } as Record<string, string>;
  return (
    <ul className="hierarchy-checks" data-testid="hierarchy">
      {checks.map((h) => (
        <li key={h.report.id} className="card" data-status={h.status}>
          <h3>
            <Link href={href(`/reports/${h.report.id}`, lp)}>
              {h.report.agency.name} {h.year}
            </Link>{' '}
            <span className={`badge ${badge[h.status] ?? ''}`}>{m.insights.status[h.status]}</span>{' '}
            {h.report.agency.synthetic ? <SyntheticBadge lang={lang} /> : null}
          </h3>
          <p className="muted small">
            {h.region.name} · {m.insights.children(formatNumber(h.children.length, lang), formatNumber(h.expected, lang))}
            {h.status !== 'INCOMPLETE' ? ` · ${m.insights.mismatches(formatNumber(h.mismatches, lang), formatNumber(h.compared, lang))}` : ''}
          </p>
          {h.missing.length > 0 ? (
            <p>
              {m.insights.missing}: {h.missing.slice(0, 12).join('、')}
              {h.missing.length > 12 ? ` …（${formatNumber(h.missing.length, lang)}）` : ''}
            </p>
          ) : null}
          {h.cells.length > 0 ? (
            <DataTable
              testId="hierarchy-cells"
              head={
                <>
                  <th scope="col">{m.insights.cell}</th>
                  <th scope="col" className="num">
                    {m.insights.reported}
                  </th>
                  <th scope="col" className="num">
                    {m.insights.childrenSum}
                  </th>
                  <th scope="col" className="num">
                    {m.insights.difference}
                  </th>
                </>
              }
            >
              {h.cells.map((c) => (
                <tr key={c.path}>
                  <td>{lang === 'zh' ? c.labelZh : c.labelEn}</td>
                  <td className="num">
                    <Link href={href(`/reports/${h.report.id}`, lp)}>{formatNumber(c.reported, lang)}</Link>
                  </td>
                  <td className="num">{formatNumber(c.childrenSum, lang)}</td>
                  <td className="num">{formatNumber(c.difference, lang)}</td>
                </tr>
              ))}
            </DataTable>
          ) : null}
          {h.children.length > 0 ? (
            <details>
              <summary>{m.insights.children(formatNumber(h.children.length, lang), formatNumber(h.expected, lang))}</summary>
              <ul className="inline-list">
                {h.children.map((c) => (
                  <li key={c.id}>
                    <Link href={href(`/reports/${c.id}`, lp)}>{c.agency.name}</Link>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
