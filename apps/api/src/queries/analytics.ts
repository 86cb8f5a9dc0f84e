import { CELLS, MONEY_SCALE } from '@gongkai/schema/cells';
import type { CellSpec } from '@gongkai/schema/cells';
import { ACTIVE_COLUMNS, ACTIVE_ROWS, APPLICANT_COLUMNS, APPLICANT_PART_KEYS, APPLICATION_ROWS, OUTCOME_GROUPS, REVIEW_GROUPS, REVIEW_RESULTS } from '@gongkai/schema/report';
import type { OutcomeGroup } from '@gongkai/schema/report';
import type { Db } from '../db/client.ts';
import { DomainError } from '../errors.ts';
import type { FilterTarget, ReportFilter } from './filter-sql.ts';
import { compileFilter, unanswerable } from './filter-sql.ts';

// A small semantic layer: measures (cells, groups, rates, counts) by dimensions, answered from the
// coarsest table that can: the province rollup, the county rollup, or the per-report facts.

export type DimensionKey = 'YEAR' | 'REGION' | 'LEVEL' | 'AGENCY' | 'TEMPLATE' | 'APPLICANT_TYPE' | 'OUTCOME_GROUP';
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export interface MeasureDef {
  key: string;
  labelZh: string;
  labelEn: string;
  kind: 'CELL' | 'GROUP' | 'RATE' | 'COUNT';
  unit: string;
  /** SQL columns summed into this measure (CELL, GROUP), or the rate's numerator. */
  columns: string[];
  denominator?: string[];
  money?: boolean;
  count?: 'reports' | 'agencies';
}

const col = (path: string) => CELLS.find((c) => c.path === path)!.sqlName;
const rowTotal = (row: string) => col(`applications.${row}.total`);

function cellLabel(c: CellSpec): { zh: string; en: string } {
  if (c.section === 'active') {
    const row = ACTIVE_ROWS.find((r) => r.key === c.row)!;
    const column = ACTIVE_COLUMNS[c.column as keyof typeof ACTIVE_COLUMNS];
    return { zh: `${row.label.zh}·${column.zh}`, en: `${row.label.en} · ${column.en}` };
  }
  if (c.section === 'applications') {
    const row = APPLICATION_ROWS.find((r) => r.key === c.row)!;
    const column = APPLICANT_COLUMNS[c.column as keyof typeof APPLICANT_COLUMNS];
    return { zh: `${row.label.zh}·${column.zh}`, en: `${row.label.en} · ${column.en}` };
  }
  return { zh: `${REVIEW_GROUPS[c.row as keyof typeof REVIEW_GROUPS].zh}·${REVIEW_RESULTS[c.column as keyof typeof REVIEW_RESULTS].zh}`, en: `${REVIEW_GROUPS[c.row as keyof typeof REVIEW_GROUPS].en} · ${REVIEW_RESULTS[c.column as keyof typeof REVIEW_RESULTS].en}` };
}

const OUTCOME_ROWS: Record<OutcomeGroup, string[]> = { granted: [], partiallyGranted: [], denied: [], unable: [], notProcessed: [], other: [] };
for (const r of APPLICATION_ROWS) if (r.outcome) OUTCOME_ROWS[r.outcome].push(r.key);

export const OUTCOME_GROUP_KEYS = Object.keys(OUTCOME_GROUPS) as OutcomeGroup[];

function outcomeColumns(group: OutcomeGroup, column = 'total'): string[] {
  return OUTCOME_ROWS[group].map((row) => col(`applications.${row}.${column}`));
}

const decided = (g: string) => ['upheld', 'corrected', 'other'].map((r) => col(`review.${g}.${r}`));

export const MEASURES: MeasureDef[] = [
  { key: 'reports', labelZh: '报告数', labelEn: 'Reports', kind: 'COUNT', unit: '份', columns: [], count: 'reports' },
  { key: 'agencies', labelZh: '机关数', labelEn: 'Agencies', kind: 'COUNT', unit: '个', columns: [], count: 'agencies' },
  ...CELLS.map((c): MeasureDef => {
    const l = cellLabel(c);
    return { key: c.path, labelZh: l.zh, labelEn: l.en, kind: 'CELL', unit: c.money ? '万元' : '件', columns: [c.sqlName], money: c.money };
  }),
  ...OUTCOME_GROUP_KEYS.map((g): MeasureDef => ({ key: `outcome.${g}`, labelZh: OUTCOME_GROUPS[g].zh, labelEn: OUTCOME_GROUPS[g].en, kind: 'GROUP', unit: '件', columns: outcomeColumns(g) })),
  { key: 'applicants.naturalPerson', labelZh: '自然人申请', labelEn: 'Requests from natural persons', kind: 'GROUP', unit: '件', columns: [col('applications.newlyReceived.naturalPerson')] },
  { key: 'applicants.organisations', labelZh: '法人或其他组织申请', labelEn: 'Requests from organisations', kind: 'GROUP', unit: '件', columns: APPLICANT_PART_KEYS.filter((k) => k !== 'naturalPerson').map((k) => col(`applications.newlyReceived.${k}`)) },
  { key: 'litigation.total', labelZh: '行政诉讼总计', labelEn: 'Lawsuits', kind: 'GROUP', unit: '件', columns: [col('review.litigationDirect.total'), col('review.litigationAfterReconsideration.total')] },
  { key: 'rate.granted', labelZh: '予以公开率', labelEn: 'Share granted', kind: 'RATE', unit: '%', columns: [rowTotal('granted')], denominator: [rowTotal('totalProcessed')] },
  { key: 'rate.grantedOrPartial', labelZh: '公开（含部分公开）率', labelEn: 'Share granted in full or in part', kind: 'RATE', unit: '%', columns: [rowTotal('granted'), rowTotal('partiallyGranted')], denominator: [rowTotal('totalProcessed')] },
  { key: 'rate.denied', labelZh: '不予公开率', labelEn: 'Share denied', kind: 'RATE', unit: '%', columns: outcomeColumns('denied'), denominator: [rowTotal('totalProcessed')] },
  { key: 'rate.reconsiderationCorrected', labelZh: '复议纠错率', labelEn: 'Reconsiderations that corrected the agency', kind: 'RATE', unit: '%', columns: [col('review.reconsideration.corrected')], denominator: decided('reconsideration') },
  {
    key: 'rate.litigationCorrected',
    labelZh: '诉讼纠错率',
    labelEn: 'Lawsuits that corrected the agency',
    kind: 'RATE',
    unit: '%',
    columns: [col('review.litigationDirect.corrected'), col('review.litigationAfterReconsideration.corrected')],
    denominator: [...decided('litigationDirect'), ...decided('litigationAfterReconsideration')],
  },
];

const MEASURE_BY_KEY = new Map(MEASURES.map((m) => [m.key, m]));

export const DIMENSIONS: { key: DimensionKey; labelZh: string; labelEn: string }[] = [
  { key: 'YEAR', labelZh: '年度', labelEn: 'Year' },
  { key: 'REGION', labelZh: '地区', labelEn: 'Region' },
  { key: 'LEVEL', labelZh: '行政层级', labelEn: 'Administrative level' },
  { key: 'AGENCY', labelZh: '机关', labelEn: 'Agency' },
  { key: 'TEMPLATE', labelZh: '格式版本', labelEn: 'Format version' },
  { key: 'APPLICANT_TYPE', labelZh: '申请人类型', labelEn: 'Applicant type' },
  { key: 'OUTCOME_GROUP', labelZh: '办理结果', labelEn: 'Outcome group' },
];

export interface AnalyticsQueryInput {
  measures: string[];
  groupBy?: DimensionKey[] | null;
  regionLevel?: RegionLevel | null;
  filter?: ReportFilter | null;
  sort?: { key: string; desc?: boolean | null }[] | null;
  limit?: number | null;
}

export interface AnalyticsColumnOut {
  key: string;
  labelZh: string;
  labelEn: string;
  kind: 'DIMENSION' | 'LABEL' | 'MEASURE';
  unit: string | null;
  values: unknown[];
}

export interface AnalyticsOut {
  columns: AnalyticsColumnOut[];
  reports: number[];
  rowCount: number;
  syntheticReports: number;
  totalReports: number;
  /** Which table answered: for tests and the benchmark. */
  source: 'rollup_province' | 'rollup_county' | 'report_facts';
}

type Source = AnalyticsOut['source'];

/** A measure the query asked for, resolved: a catalogue measure, or one slice of a split one. */
interface Resolved {
  def: MeasureDef;
  /** For APPLICANT_TYPE / OUTCOME_GROUP: the slice this row stands for. */
  slices?: { value: string; def: MeasureDef }[];
}

function resolveMeasure(key: string, groupBy: DimensionKey[]): Resolved {
  if (groupBy.includes('APPLICANT_TYPE')) {
    const m = /^applications\.(\w+)$/.exec(key);
    if (!m || !APPLICATION_ROWS.some((r) => r.key === m[1])) throw new DomainError('BAD_USER_INPUT', `with APPLICANT_TYPE, measures are rows such as applications.newlyReceived, not “${key}”`);
    const row = APPLICATION_ROWS.find((r) => r.key === m[1])!;
    return {
      def: { key, labelZh: row.label.zh, labelEn: row.label.en, kind: 'CELL', unit: '件', columns: [] },
      slices: APPLICANT_PART_KEYS.map((c) => ({ value: c, def: MEASURE_BY_KEY.get(`applications.${row.key}.${c}`)! })),
    };
  }
  if (groupBy.includes('OUTCOME_GROUP')) {
    const m = /^outcome(?:\.(\w+))?$/.exec(key);
    const column = m?.[1] ?? 'total';
    if (!m || !(column in APPLICANT_COLUMNS)) throw new DomainError('BAD_USER_INPUT', `with OUTCOME_GROUP, the measure is outcome or outcome.<applicant column>, not “${key}”`);
    return {
      def: { key, labelZh: '办理结果', labelEn: 'Outcomes', kind: 'GROUP', unit: '件', columns: [] },
      slices: OUTCOME_GROUP_KEYS.map((g) => ({ value: g, def: { key: `outcome.${g}`, labelZh: OUTCOME_GROUPS[g].zh, labelEn: OUTCOME_GROUPS[g].en, kind: 'GROUP', unit: '件', columns: outcomeColumns(g, column) } })),
    };
  }
  const def = MEASURE_BY_KEY.get(key);
  if (!def) throw new DomainError('BAD_USER_INPUT', `unknown measure “${key}” (see the measures query)`);
  return { def };
}

function chooseSource(groupBy: DimensionKey[], regionLevel: RegionLevel, filter: ReportFilter, needsAgencies: boolean): Source {
  // The rollups hold latest complete reports only: the filter compiler says which filters they answer.
  if (groupBy.includes('AGENCY') || needsAgencies) return 'report_facts';
  const byCounty = groupBy.includes('REGION') && regionLevel !== 'PROVINCE';
  if (!byCounty && unanswerable(filter, 'rollup_province').length === 0) return 'rollup_province';
  return unanswerable(filter, 'rollup_county').length === 0 ? 'rollup_county' : 'report_facts';
}

function regionColumn(level: RegionLevel): string {
  return level === 'PROVINCE' ? 'province_code' : level === 'CITY' ? 'city_code' : 'county_code';
}

const TARGET: Record<Source, FilterTarget> = { rollup_province: 'rollup_province', rollup_county: 'rollup_county', report_facts: 'facts' };

const unitsToNumber = (sum: number | bigint | null, money: boolean) => (sum === null ? null : money ? Number(sum) / 10 ** MONEY_SCALE : Number(sum));

function measureValue(def: MeasureDef, sums: Record<string, number | null>, reports: number, agencies: number): number | null {
  if (def.count === 'reports') return reports;
  if (def.count === 'agencies') return agencies;
  const total = (cols: string[]) => cols.reduce((a, c) => a + (sums[c] ?? 0), 0);
  if (def.kind === 'RATE') {
    const den = total(def.denominator ?? []);
    return den > 0 ? Number(((100 * total(def.columns)) / den).toFixed(2)) : null;
  }
  return unitsToNumber(total(def.columns), def.money ?? false);
}

export function runAnalytics(db: Db, q: AnalyticsQueryInput): AnalyticsOut {
  const groupBy = [...new Set(q.groupBy ?? [])];
  if (q.measures.length === 0) throw new DomainError('BAD_USER_INPUT', 'ask for at least one measure');
  if (q.measures.length > 20) throw new DomainError('BAD_USER_INPUT', 'at most 20 measures per query');
  if ((q.sort?.length ?? 0) > 10) throw new DomainError('BAD_USER_INPUT', 'at most 10 sort keys per query');
  if (groupBy.includes('APPLICANT_TYPE') && groupBy.includes('OUTCOME_GROUP')) throw new DomainError('BAD_USER_INPUT', 'APPLICANT_TYPE and OUTCOME_GROUP cannot be combined');
  const regionLevel = q.regionLevel ?? 'PROVINCE';
  const filter = q.filter ?? {};
  const resolved = q.measures.map((m) => resolveMeasure(m, groupBy));
  const defs = resolved.flatMap((r) => (r.slices ? r.slices.map((s) => s.def) : [r.def]));
  const needsAgencies = defs.some((d) => d.count === 'agencies');
  const source = chooseSource(groupBy, regionLevel, filter, needsAgencies);
  const sqlDims: { key: DimensionKey; expr: string }[] = [];
  const t = source === 'report_facts' ? 'f.' : '';
  for (const d of groupBy) {
    if (d === 'YEAR') sqlDims.push({ key: d, expr: `${t}year` });
    if (d === 'REGION') sqlDims.push({ key: d, expr: `${t}${regionColumn(regionLevel)}` });
    if (d === 'LEVEL') sqlDims.push({ key: d, expr: `${t}level` });
    if (d === 'TEMPLATE') sqlDims.push({ key: d, expr: `${t}template` });
    if (d === 'AGENCY') sqlDims.push({ key: d, expr: 'f.agency_id' });
  }
  const columns = [...new Set(defs.flatMap((d) => [...d.columns, ...(d.denominator ?? [])]))];
  const reportsExpr = source === 'report_facts' ? 'count(*)' : 'sum(reports)';
  const syntheticExpr = source === 'report_facts' ? 'sum(f.synthetic)' : 'sum(CASE WHEN synthetic = 1 THEN reports ELSE 0 END)';
  const agenciesExpr = source === 'report_facts' ? 'count(DISTINCT f.agency_id)' : '0';
  const where = compileFilter(filter, TARGET[source]);
  const from = source === 'report_facts' ? 'report_facts f' : source;
  const select = [...sqlDims.map((d, i) => `${d.expr} AS d${i}`), `${reportsExpr} AS n_reports`, `${syntheticExpr} AS n_synthetic`, `${agenciesExpr} AS n_agencies`, ...columns.map((c, i) => `sum("${c}") AS c${i}`)];
  const sql = `SELECT ${select.join(', ')} FROM ${from} WHERE ${where.sql}${sqlDims.length ? ` GROUP BY ${sqlDims.map((_, i) => `d${i}`).join(', ')}` : ''}`;
  const rows = db.$client.prepare(sql).all(...where.params) as Record<string, number | string | null>[];

  // Split dimensions multiply the rows: one per applicant type or outcome group.
  const split = groupBy.find((d) => d === 'APPLICANT_TYPE' || d === 'OUTCOME_GROUP');
  const sliceValues: (string | null)[] = split ? resolved[0]!.slices!.map((s) => s.value) : [null];
  type Out = { dims: Record<string, unknown>; measures: (number | null)[]; reports: number; synthetic: number };
  const out: Out[] = [];
  for (const row of rows) {
    const sums: Record<string, number | null> = {};
    columns.forEach((c, i) => (sums[c] = row[`c${i}`] as number | null));
    const reports = Number(row.n_reports ?? 0);
    const agencies = Number(row.n_agencies ?? 0);
    sliceValues.forEach((slice, si) => {
      const dims: Record<string, unknown> = {};
      sqlDims.forEach((d, i) => (dims[d.key] = row[`d${i}`]));
      if (split) dims[split] = slice;
      const measures = resolved.map((r) => measureValue(r.slices ? r.slices[si]!.def : r.def, sums, reports, agencies));
      out.push({ dims, measures, reports, synthetic: Number(row.n_synthetic ?? 0) });
    });
  }

  const dimKeys: DimensionKey[] = [...sqlDims.map((d) => d.key), ...(split ? [split] : [])];
  const sortKeys = q.sort ?? dimKeys.map((key) => ({ key, desc: false }));
  out.sort((a, b) => {
    for (const s of sortKeys) {
      const mi = q.measures.indexOf(s.key);
      // A split dimension keeps the model's order (自然人 first), not the alphabet's.
      const order = (v: unknown) => (s.key === split ? sliceValues.indexOf(v as string) : v);
      const av = mi >= 0 ? a.measures[mi] : order(a.dims[s.key]);
      const bv = mi >= 0 ? b.measures[mi] : order(b.dims[s.key]);
      if (av === bv) continue;
      if (av === null || av === undefined) return 1;
      if (bv === null || bv === undefined) return -1;
      const c = (av as number | string) < (bv as number | string) ? -1 : 1;
      return s.desc ? -c : c;
    }
    return 0;
  });
  const limited = q.limit != null ? out.slice(0, Math.max(0, Math.min(q.limit, 10_000))) : out.slice(0, 10_000);

  const labels = dimensionLabels(db, dimKeys, limited.map((r) => r.dims));
  const columnsOut: AnalyticsColumnOut[] = [];
  for (const key of dimKeys) {
    const d = DIMENSIONS.find((x) => x.key === key)!;
    columnsOut.push({ key, labelZh: d.labelZh, labelEn: d.labelEn, kind: 'DIMENSION', unit: null, values: limited.map((r) => r.dims[key] ?? null) });
    const l = labels.get(key);
    if (l) columnsOut.push({ key: `${key}.label`, labelZh: `${d.labelZh}名称`, labelEn: `${d.labelEn} name`, kind: 'LABEL', unit: null, values: limited.map((r) => l(r.dims[key])) });
    const en = EN_LABELS[key];
    if (en) columnsOut.push({ key: `${key}.labelEn`, labelZh: `${d.labelZh}英文名称`, labelEn: `${d.labelEn} name (English)`, kind: 'LABEL', unit: null, values: limited.map((r) => en[String(r.dims[key] ?? '')] ?? null) });
  }
  resolved.forEach((r, i) => columnsOut.push({ key: q.measures[i]!, labelZh: r.def.labelZh, labelEn: r.def.labelEn, kind: 'MEASURE', unit: r.def.unit, values: limited.map((row) => row.measures[i] ?? null) }));
  const distinctRows = split ? limited.filter((_, i) => i % sliceValues.length === 0) : limited;
  return {
    columns: columnsOut,
    reports: limited.map((r) => r.reports),
    rowCount: limited.length,
    syntheticReports: distinctRows.reduce((a, r) => a + r.synthetic, 0),
    totalReports: distinctRows.reduce((a, r) => a + r.reports, 0),
    source,
  };
}

const APPLICANT_LABELS: Record<string, string> = Object.fromEntries(Object.entries(APPLICANT_COLUMNS).map(([k, v]) => [k, v.zh]));
const OUTCOME_LABELS: Record<string, string> = Object.fromEntries(Object.entries(OUTCOME_GROUPS).map(([k, v]) => [k, v.zh]));
/** English names for the dimensions whose values come from the model (regions and agencies have none). */
const EN_LABELS: Partial<Record<DimensionKey, Record<string, string>>> = {
  APPLICANT_TYPE: Object.fromEntries(Object.entries(APPLICANT_COLUMNS).map(([k, v]) => [k, v.en])),
  OUTCOME_GROUP: Object.fromEntries(Object.entries(OUTCOME_GROUPS).map(([k, v]) => [k, v.en])),
  LEVEL: { province: 'Province', city: 'City', county: 'County', township: 'Township', department: 'Department', '': 'Unknown' },
};

const LEVEL_LABELS: Record<string, string> = { province: '省级', city: '市级', county: '县级', township: '乡镇（街道）', department: '部门', '': '未知' };

/** Names for coded dimension values, looked up once per query. */
function dimensionLabels(db: Db, keys: DimensionKey[], rows: Record<string, unknown>[]): Map<DimensionKey, (v: unknown) => string | null> {
  const out = new Map<DimensionKey, (v: unknown) => string | null>();
  for (const key of keys) {
    const values = [...new Set(rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined && v !== ''))];
    if (key === 'REGION') {
      const names = new Map(
        (db.$client.prepare('SELECT code, name FROM regions WHERE code IN (SELECT value FROM json_each(?))').all(JSON.stringify(values)) as { code: string; name: string }[]).map((r) => [r.code, r.name]),
      );
      out.set(key, (v) => (v ? (names.get(String(v)) ?? String(v)) : '未定位'));
    } else if (key === 'AGENCY') {
      const names = new Map((db.$client.prepare('SELECT id, name FROM agencies WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(values)) as { id: number; name: string }[]).map((r) => [r.id, r.name]));
      out.set(key, (v) => names.get(Number(v)) ?? null);
    } else if (key === 'APPLICANT_TYPE') out.set(key, (v) => APPLICANT_LABELS[String(v)] ?? null);
    else if (key === 'OUTCOME_GROUP') out.set(key, (v) => OUTCOME_LABELS[String(v)] ?? null);
    else if (key === 'LEVEL') out.set(key, (v) => LEVEL_LABELS[String(v ?? '')] ?? String(v));
  }
  return out;
}
