import { APPLICANT_COLUMNS, APPLICANT_PART_KEYS, OUTCOME_GROUP_KEYS, OUTCOME_GROUPS, REVIEW_PART_KEYS, REVIEW_RESULTS } from '@gongkai/schema/report';
import type { AnalyticsQuery as AnalyticsInput } from '@gongkai/schema/graphql';
import { RunAnalyticsDocument } from '../../graphql/generated';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import type { AnalyticsResult, ChartRow } from '../../lib/analytics';
import { fieldName, fillYears, mergeRows, pivot, rowsByDimension, toPercent, wantsLogScale } from '../../lib/analytics';
import { REVIEW_MEASURES, reviewPanels } from '../../lib/review';
import type { Filters } from '../../lib/filters';
import { drillDownHref, toReportFilter } from '../../lib/filters';
import { attempt, query } from '../../lib/graphql';
import { APPLICANT_COLOURS, COVERAGE_COLOURS, DECISION_COLOURS, OUTCOME_COLOURS, REVIEW_COLOURS } from '../charts/palette';
import { TimeSeriesChart } from '../charts/time-series-chart';
import type { Series } from '../charts/types';
import { WidgetError } from '../ui/widget-states';
import { yearChartBase } from './chart-labels';

// The overview's chart widgets: each fetches its own analytics on the server and hands plain rows to
// the one client chart component.

interface WidgetProps {
  lang: Lang;
  filters: Filters;
}

async function analytics(filters: Filters, q: Omit<AnalyticsInput, 'filter'>, override: Partial<Filters> = {}) {
  return attempt(
    async () => (await query(RunAnalyticsDocument, { query: { ...q, filter: toReportFilter({ ...filters, ...override }) } })).analytics as AnalyticsResult,
  );
}

function drillLinks(lang: Lang, filters: Filters, rows: readonly ChartRow[]): Record<string, string> {
  return Object.fromEntries(
    rows.filter((r) => typeof r.x === 'number' && (r.reports ?? 0) > 0).map((r) => [String(r.x), drillDownHref(lang, filters, r.x as number)]),
  );
}

export async function ApplicantsWidget({ lang, filters }: WidgetProps) {
  const m = t(lang);
  const title = m.charts.applicants;
  const r = await analytics(filters, { measures: ['applications.newlyReceived'], groupBy: ['YEAR', 'APPLICANT_TYPE'] });
  if (!r.ok) return <WidgetError error={r.error} lang={lang} title={title} />;
  const keys = [...APPLICANT_PART_KEYS];
  const rows = fillYears(pivot(r.data, 'YEAR', 'APPLICANT_TYPE', 'applications.newlyReceived', keys), keys);
  const series: Series[] = keys.map((k) => ({ key: k, label: APPLICANT_COLUMNS[k][lang], colour: APPLICANT_COLOURS[k]! }));
  return (
    <TimeSeriesChart
      {...yearChartBase(lang, title, r.data)}
      id="applicants"
      kind="stacked"
      panels={[{ rows }]}
      series={series}
      yLabel={m.charts.requestsAxis}
      unit="件"
      drill={drillLinks(lang, filters, rows)}
    />
  );
}

export async function OutcomesWidget({ lang, filters, percent }: WidgetProps & { percent: boolean }) {
  const m = t(lang);
  const title = percent ? m.charts.outcomesPercent : m.charts.outcomes;
  const r = await analytics(filters, { measures: ['outcome'], groupBy: ['YEAR', 'OUTCOME_GROUP'] });
  if (!r.ok) return <WidgetError error={r.error} lang={lang} title={title} />;
  const counts = fillYears(pivot(r.data, 'YEAR', 'OUTCOME_GROUP', 'outcome', OUTCOME_GROUP_KEYS), OUTCOME_GROUP_KEYS);
  const rows = percent ? toPercent(counts, OUTCOME_GROUP_KEYS) : counts;
  const series: Series[] = OUTCOME_GROUP_KEYS.map((k) => ({ key: k, label: OUTCOME_GROUPS[k][lang], colour: OUTCOME_COLOURS[k]! }));
  return (
    <TimeSeriesChart
      {...yearChartBase(lang, title, r.data)}
      id={percent ? 'outcomes-percent' : 'outcomes'}
      kind={percent ? 'percent' : 'stacked'}
      panels={[{ rows }]}
      series={series}
      yLabel={percent ? m.charts.shareAxis : m.charts.requestsAxis}
      unit={percent ? '%' : '件'}
      drill={drillLinks(lang, filters, rows)}
    />
  );
}

const DECISION_MEASURES = ['active.licensing.decisions', 'active.penalties.decisions', 'active.coercion.decisions'] as const;
const DECISION_LABELS: Record<string, { zh: string; en: string }> = {
  licensing: { zh: '行政许可', en: 'Licensing' },
  penalties: { zh: '行政处罚', en: 'Penalties' },
  coercion: { zh: '行政强制', en: 'Coercion' },
};

export async function DecisionsWidget({ lang, filters }: WidgetProps) {
  const m = t(lang);
  const title = m.charts.decisions;
  const r = await analytics(filters, { measures: [...DECISION_MEASURES], groupBy: ['YEAR'] });
  if (!r.ok) return <WidgetError error={r.error} lang={lang} title={title} />;
  const keys = DECISION_MEASURES.map(fieldName);
  const rows = fillYears(rowsByDimension(r.data, 'YEAR', DECISION_MEASURES), keys);
  const series: Series[] = DECISION_MEASURES.map((measure) => {
    const row = measure.split('.')[1]!;
    return { key: fieldName(measure), label: DECISION_LABELS[row]![lang], colour: DECISION_COLOURS[row]! };
  });
  const log = wantsLogScale(rows, keys);
  return (
    <TimeSeriesChart
      {...yearChartBase(lang, title, r.data)}
      id="decisions"
      kind="lines"
      panels={[{ rows }]}
      series={series}
      yLabel={log ? m.charts.decisionsAxis : m.charts.decisionsAxisLinear}
      unit="件"
      logScale={log}
      drill={drillLinks(lang, filters, rows)}
    />
  );
}

export async function ReviewWidget({ lang, filters }: WidgetProps) {
  const m = t(lang);
  const title = m.charts.review;
  const r = await analytics(filters, { measures: [...REVIEW_MEASURES], groupBy: ['YEAR'] });
  if (!r.ok) return <WidgetError error={r.error} lang={lang} title={title} />;
  const panels = reviewPanels(r.data);
  const series: Series[] = REVIEW_PART_KEYS.map((k) => ({ key: k, label: REVIEW_RESULTS[k][lang], colour: REVIEW_COLOURS[k]!, hatched: k === 'pending' }));
  return (
    <TimeSeriesChart
      {...yearChartBase(lang, title, r.data)}
      id="review"
      kind="stacked"
      panels={[
        { title: m.charts.reconsideration, rows: panels.reconsideration },
        { title: m.charts.litigation, rows: panels.litigation },
      ]}
      series={series}
      yLabel={m.charts.casesAxis}
      unit="件"
      drill={drillLinks(lang, filters, panels.reconsideration)}
    />
  );
}

/** Reports per year, published and synthetic apart: the chart that says what the others stand on. */
export async function CoverageWidget({ lang, filters }: WidgetProps) {
  const m = t(lang);
  const title = m.charts.coverage;
  const q = { measures: ['reports'], groupBy: ['YEAR' as const] };
  const wantPublished = filters.synthetic !== 'ONLY';
  const wantSynthetic = filters.synthetic !== 'EXCLUDE';
  const [published, synthetic] = await Promise.all([
    wantPublished ? analytics(filters, q, { synthetic: 'EXCLUDE' }) : null,
    wantSynthetic ? analytics(filters, q, { synthetic: 'ONLY' }) : null,
  ]);
  const failed = [published, synthetic].find((x) => x && !x.ok);
  if (failed && !failed.ok) return <WidgetError error={failed.error} lang={lang} title={title} />;
  const part = (res: typeof published, key: string) =>
    res && res.ok ? rowsByDimension(res.data, 'YEAR', ['reports']).map((row) => ({ x: row.x, reports: row.reports, [key]: row.reports ?? 0 })) : [];
  const keys = ['published', 'synthetic'];
  const rows = fillYears(mergeRows([part(published, 'published'), part(synthetic, 'synthetic')]), keys).map((row) => ({
    ...row,
    published: row.published ?? 0,
    synthetic: row.synthetic ?? 0,
  }));
  const series: Series[] = [
    ...(wantPublished ? [{ key: 'published', label: m.charts.published, colour: COVERAGE_COLOURS.published }] : []),
    ...(wantSynthetic ? [{ key: 'synthetic', label: m.charts.syntheticSeries, colour: COVERAGE_COLOURS.synthetic, hatched: true }] : []),
  ];
  const syntheticTotal = synthetic && synthetic.ok ? synthetic.data.totalReports : 0;
  const total = syntheticTotal + (published && published.ok ? published.data.totalReports : 0);
  return (
    <TimeSeriesChart
      {...yearChartBase(lang, title, { syntheticReports: syntheticTotal, totalReports: total })}
      id="coverage"
      kind="stacked"
      panels={[{ rows }]}
      series={series}
      yLabel={m.charts.reportsAxis}
      unit="份"
      drill={drillLinks(lang, filters, rows)}
    />
  );
}
