import { cellLabel, LEVEL_LABELS } from '@gongkai/schema/measures';
import { OUTCOME_GROUP_KEYS, OUTCOME_GROUPS, RULES } from '@gongkai/schema/report';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { HierarchySection } from '../../../components/insights/sections';
import { OUTCOME_COLOURS } from '../../../components/charts/palette';
import { TimeSeriesChart } from '../../../components/charts/time-series-chart';
import { yearChartBase } from '../../../components/overview/chart-labels';
import { Distribution } from '../../../components/rankings/distribution';
import { DataTable } from '../../../components/ui/data-table';
import { SyntheticBadge, SyntheticBanner } from '../../../components/ui/synthetic-banner';
import { ErrorBox, Skeleton, WidgetError } from '../../../components/ui/widget-states';
import type { AgencyQuery } from '../../../graphql/generated';
import { AgencyDocument, PeerStandingDocument, RankingsDocument, RunAnalyticsDocument } from '../../../graphql/generated';
import type { Lang } from '../../../i18n/messages';
import { langOf, t } from '../../../i18n/messages';
import type { AnalyticsResult } from '../../../lib/analytics';
import { fieldName, fillYears, pivot, rowsByDimension } from '../../../lib/analytics';
import type { SearchParams } from '../../../lib/filters';
import { href, langParam } from '../../../lib/filters';
import { formatDate, formatNumber, formatPercent, formatYearRange } from '../../../lib/format';
import { attempt, query } from '../../../lib/graphql';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };
type Agency = NonNullable<AgencyQuery['agency']>;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const r = /^\d{1,12}$/.test(id) ? await attempt(() => query(AgencyDocument, { id })) : null;
  return { title: r?.ok && r.data.agency ? r.data.agency.name : t(langOf(sp.lang)).agencies.title };
}

export default async function AgencyPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const lang = langOf(sp.lang);
  const m = t(lang);
  if (!/^\d{1,12}$/.test(id)) notFound();
  const result = await attempt(() => query(AgencyDocument, { id }));
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const agency = result.data.agency;
  if (!agency) notFound();
  const lp = langParam(lang);
  const reports = [...agency.reports].sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  const synthetic = reports.filter((r) => r.synthetic).length;
  return (
    <>
      <nav className="breadcrumbs" aria-label="breadcrumbs">
        <Link href={href('/agencies', lp)}>{m.agencies.title}</Link>
      </nav>
      <div className="page-head">
        <h1>
          {agency.name} {agency.synthetic ? <SyntheticBadge lang={lang} /> : null}
        </h1>
        <p>
          {agency.level ? LEVEL_LABELS[agency.level][lang] : '—'} · {regionPath(agency)} · {formatYearRange(agency.years, lang)}
        </p>
      </div>
      <SyntheticBanner lang={lang} synthetic={synthetic} total={reports.length} />
      {agency.names.length > 1 ? (
        <p className="small">
          <span className="muted">{m.agencies.names}: </span>
          {agency.names.join('；')}
        </p>
      ) : null}
      <div className="grid-2">
        <Suspense fallback={<Skeleton kind="chart" label={m.state.loading} />}>
          <AgencySeriesChart agency={agency} lang={lang} />
        </Suspense>
        <section className="card" aria-labelledby="reports-title">
          <h2 id="reports-title">{m.agencies.reports}</h2>
          <DataTable
            testId="agency-reports"
            head={
              <>
                <th scope="col">{m.reports.year}</th>
                <th scope="col">{m.reports.template}</th>
                <th scope="col">{m.reports.diagnostics}</th>
                <th scope="col">{m.reports.published}</th>
              </>
            }
          >
            {reports.map((r) => {
              const warnings = r.diagnostics.filter((d) => d.severity !== 'INFO').length;
              return (
                <tr key={r.id}>
                  <td>
                    <Link href={href(`/reports/${r.id}`, lp)}>{r.year ?? '—'}</Link> {r.synthetic ? <SyntheticBadge lang={lang} /> : null}
                  </td>
                  <td>{r.template ?? '—'}</td>
                  <td>
                    {warnings > 0 ? (
                      <span className="badge badge-warning">{m.reports.warnings(String(warnings))}</span>
                    ) : (
                      <span className="badge badge-ok">{m.reports.clean}</span>
                    )}
                  </td>
                  <td className="nowrap">{formatDate(r.publishedOn, lang)}</td>
                </tr>
              );
            })}
          </DataTable>
        </section>
      </div>
      <Suspense fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <SeriesTable agency={agency} lang={lang} />
      </Suspense>
      <Suspense fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <Peers agency={agency} lang={lang} />
      </Suspense>
      <CrossYearChecks agency={agency} lang={lang} />
      {agency.level && ['PROVINCE', 'CITY', 'COUNTY'].includes(agency.level) && agency.region?.code && agency.years.length > 0 ? (
        <section className="section" aria-labelledby="agency-hierarchy-title" data-testid="agency-hierarchy">
          <h2 id="agency-hierarchy-title">
            {m.insights.hierarchy} <span className="muted small">{Math.max(...agency.years)}</span>
          </h2>
          <p className="muted small">{m.insights.hierarchyIntro}</p>
          <Suspense fallback={<Skeleton kind="lines" label={m.state.loading} />}>
            <HierarchySection lang={lang} year={Math.max(...agency.years)} region={agency.region.code} />
          </Suspense>
        </section>
      ) : null}
    </>
  );
}

/** Where the agency stands among its province's agencies of its level, for the headline rates. */
async function Peers({ agency, lang }: { agency: Agency; lang: Lang }) {
  const m = t(lang);
  const r = await attempt(() => query(PeerStandingDocument, { id: agency.id }));
  if (!r.ok) return <ErrorBox error={r.error} lang={lang} />;
  const standing = r.data.agency?.peerStanding ?? [];
  const level = r.data.agency?.level;
  const province = r.data.agency?.region?.code?.slice(0, 2);
  const year = standing[0]?.year;
  if (!standing.length || !level || !province || !year)
    return (
      <section className="card section" aria-labelledby="peers-title">
        <h2 id="peers-title">{m.rankings.title}</h2>
        <p className="muted">{m.rankings.noPeers}</p>
      </section>
    );
  const granted = standing.find((s) => s.measure.key === 'rate.granted');
  const dist = granted ? await attempt(() => query(RankingsDocument, { measure: 'rate.granted', year, level, regionCode: province, first: 1 })) : null;
  const rankingsHref = (measure: string) => href('/rankings', { measure, year, level, region: province, ...langParam(lang) });
  return (
    <section className="card section" aria-labelledby="peers-title" data-testid="peer-standing">
      <h2 id="peers-title">{m.rankings.peersTitle(String(year))}</h2>
      <p className="muted small">{m.rankings.peersIntro}</p>
      <div className="grid-2">
        <DataTable
          testId="peer-table"
          head={
            <>
              <th scope="col">{m.rankings.measure}</th>
              <th scope="col" className="num">
                {m.rankings.value}
              </th>
              <th scope="col">{m.rankings.rank}</th>
              <th scope="col" className="num">
                {m.rankings.percentile}
              </th>
              <th scope="col" className="num">
                {m.rankings.median}
              </th>
            </>
          }
        >
          {standing.map((s) => (
            <tr key={s.measure.key} data-measure={s.measure.key}>
              <th scope="row">
                <Link href={rankingsHref(s.measure.key)}>{lang === 'zh' ? s.measure.labelZh : s.measure.labelEn}</Link>
              </th>
              <td className="num">{formatPercent(s.value, lang)}</td>
              <td className="nowrap">
                {s.rank !== null ? (
                  m.rankings.of(formatNumber(s.rank, lang), formatNumber(s.of, lang))
                ) : s.smallSample ? (
                  <span className="badge badge-warning" title={`${m.rankings.base}: ${formatNumber(s.base, lang)}`}>
                    {m.rankings.smallSample}
                  </span>
                ) : (
                  '—'
                )}
              </td>
              <td className="num">{formatNumber(s.percentile, lang, 1)}</td>
              <td className="num">{formatPercent(s.median, lang)}</td>
            </tr>
          ))}
        </DataTable>
        {dist?.ok && granted ? (
          <Distribution
            bins={dist.data.rankings.histogram}
            mark={granted.value}
            unit="%"
            lang={lang}
            title={`${m.rankings.distribution} · ${lang === 'zh' ? granted.measure.labelZh : granted.measure.labelEn}`}
          />
        ) : null}
      </div>
    </section>
  );
}

function regionPath(agency: Agency): string {
  const names: string[] = [];
  for (let r: { name: string; parent?: unknown } | null | undefined = agency.region; r; r = r.parent as typeof r) names.unshift(r.name);
  return names.join(' · ') || '—';
}

async function agencyAnalytics(agency: Agency, measures: string[], groupBy: ('YEAR' | 'OUTCOME_GROUP')[]) {
  return attempt(
    async () =>
      (await query(RunAnalyticsDocument, { query: { measures, groupBy, filter: { agencyId: agency.id, synthetic: 'INCLUDE' } } })).analytics as AnalyticsResult,
  );
}

async function AgencySeriesChart({ agency, lang }: { agency: Agency; lang: Lang }) {
  const m = t(lang);
  const title = m.agencies.requestsSeries;
  const r = await agencyAnalytics(agency, ['outcome'], ['YEAR', 'OUTCOME_GROUP']);
  if (!r.ok) return <WidgetError error={r.error} lang={lang} title={title} />;
  const rows = fillYears(pivot(r.data, 'YEAR', 'OUTCOME_GROUP', 'outcome', OUTCOME_GROUP_KEYS), OUTCOME_GROUP_KEYS);
  const byYear = new Map(agency.reports.map((rep) => [String(rep.year), href(`/reports/${rep.id}`, langParam(lang))]));
  return (
    <TimeSeriesChart
      {...yearChartBase(lang, title, r.data)}
      id="agency-outcomes"
      kind="stacked"
      panels={[{ rows }]}
      series={OUTCOME_GROUP_KEYS.map((k) => ({ key: k, label: OUTCOME_GROUPS[k][lang], colour: OUTCOME_COLOURS[k]! }))}
      yLabel={m.charts.requestsAxis}
      unit="件"
      drill={Object.fromEntries(rows.filter((row) => byYear.has(String(row.x))).map((row) => [String(row.x), byYear.get(String(row.x))!]))}
    />
  );
}

const SERIES = [
  'applications.newlyReceived.total',
  'applications.carriedOver.total',
  'rate.granted',
  'review.reconsideration.total',
  'litigation.total',
  'active.licensing.decisions',
  'active.penalties.decisions',
];

async function SeriesTable({ agency, lang }: { agency: Agency; lang: Lang }) {
  const m = t(lang);
  const r = await agencyAnalytics(agency, SERIES, ['YEAR']);
  if (!r.ok) return <ErrorBox error={r.error} lang={lang} />;
  const rows = rowsByDimension(r.data, 'YEAR', SERIES);
  const columns = r.data.columns.filter((c) => c.kind === 'MEASURE');
  return (
    <section className="card section" aria-labelledby="series-title">
      <h2 id="series-title">{m.agencies.series}</h2>
      <DataTable
        testId="agency-series"
        head={
          <>
            <th scope="col">{m.reports.year}</th>
            {columns.map((c) => (
              <th scope="col" key={c.key} className="num">
                {lang === 'zh' ? c.labelZh : c.labelEn}
              </th>
            ))}
          </>
        }
      >
        {rows.map((row) => (
          <tr key={String(row.x)}>
            <th scope="row">{row.x}</th>
            {columns.map((c) => {
              const v = row[fieldName(c.key)];
              const n = typeof v === 'number' ? v : null;
              return (
                <td key={c.key} className="num">
                  {c.unit === '%' ? formatPercent(n, lang) : formatNumber(n, lang)}
                </td>
              );
            })}
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function CrossYearChecks({ agency, lang }: { agency: Agency; lang: Lang }) {
  const m = t(lang);
  const checks = [...agency.crossYearChecks].sort((a, b) => Number(a.ok) - Number(b.ok) || b.year - a.year);
  return (
    <section className="card section" aria-labelledby="checks-title">
      <h2 id="checks-title">{m.agencies.checks}</h2>
      {checks.length === 0 ? (
        <p className="muted">{m.agencies.checksNone}</p>
      ) : (
        <DataTable
          testId="cross-year-checks"
          head={
            <>
              <th scope="col">{m.agencies.checkRule}</th>
              <th scope="col">{m.agencies.checkYears}</th>
              <th scope="col">{m.agencies.checkPath}</th>
              <th scope="col" className="num">
                {m.agencies.expected}
              </th>
              <th scope="col" className="num">
                {m.agencies.actual}
              </th>
              <th scope="col" />
            </>
          }
        >
          {checks.map((c, i) => (
            <tr key={i}>
              <td title={RULES[c.rule as keyof typeof RULES]?.[lang]}>{m.report.rule(String(c.rule))}</td>
              <td className="nowrap">
                {c.previousYear} → {c.year}
              </td>
              <td className="small">
                {cellLabel(c.path)?.[lang] ?? c.path}
                <div className="muted">
                  {c.message} · <code>{c.path}</code>
                </div>
              </td>
              <td className="num">{formatNumber(c.expected, lang)}</td>
              <td className="num">{formatNumber(c.actual, lang)}</td>
              <td>{c.ok ? <span className="badge badge-ok">{m.agencies.ok}</span> : <span className="badge badge-warning">{m.agencies.mismatch}</span>}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
