import type { DimensionKey, RegionLevel } from '@gongkai/schema/graphql';
import { DIMENSIONS, dimensionValueLabel, MEASURES as MEASURE_SPECS, MODEL_NAMED_DIMENSIONS, outcomeCells } from '@gongkai/schema/measures';
import type { MeasureSpec } from '@gongkai/schema/measures';
import {
  APPLICANT_COLUMNS,
  APPLICANT_PART_KEYS,
  APPLICATION_ROWS,
  CELL_BY_PATH,
  CELLS,
  MONEY_SCALE,
  OUTCOME_GROUP_KEYS,
  OUTCOME_GROUPS,
} from '@gongkai/schema/report';
import type { ApplicantColumnKey, OutcomeGroup } from '@gongkai/schema/report';
import type { Db } from '../db/client.ts';
import { DomainError } from '../errors.ts';
import type { FilterTarget, ReportFilter } from './filter-sql.ts';
import { compileFilter, unanswerable } from './filter-sql.ts';

// A small semantic layer: measures (cells, groups, rates, counts) by dimensions, answered from the
// coarsest table that can: the province rollup, the county rollup, or the per-report facts.

/** A measure of the catalogue (@gongkai/schema/measures) with the SQL columns behind its cells. */
export interface MeasureDef extends Omit<MeasureSpec, 'cells' | 'denominator'> {
  /** SQL columns summed into this measure (CELL, GROUP), or the rate's numerator. */
  columns: string[];
  denominator?: string[];
}

const col = (path: string) => CELL_BY_PATH.get(path)!.sqlName;

function outcomeColumns(group: OutcomeGroup, column: ApplicantColumnKey = 'total'): string[] {
  return outcomeCells(group, column).map(col);
}

export const MEASURES: MeasureDef[] = MEASURE_SPECS.map(({ cells, denominator, ...m }) => ({
  ...m,
  columns: cells.map(col),
  ...(denominator ? { denominator: denominator.map(col) } : {}),
}));

const MEASURE_BY_KEY = new Map(MEASURES.map((m) => [m.key, m]));

export interface AnalyticsQueryInput {
  measures: string[];
  groupBy?: DimensionKey[] | null;
  regionLevel?: RegionLevel | null;
  filter?: ReportFilter | null;
  sort?: { key: string; desc?: boolean | null }[] | null;
  limit?: number | null;
  /** Sum what the parser read, leaving people's corrections out. */
  useParsed?: boolean | null;
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
    if (!m || !APPLICATION_ROWS.some((r) => r.key === m[1]))
      throw new DomainError('BAD_USER_INPUT', `with APPLICANT_TYPE, measures are rows such as applications.newlyReceived, not “${key}”`);
    const row = APPLICATION_ROWS.find((r) => r.key === m[1])!;
    return {
      def: { key, labelZh: row.label.zh, labelEn: row.label.en, kind: 'CELL', unit: '件', columns: [] },
      slices: APPLICANT_PART_KEYS.map((c) => ({ value: c, def: MEASURE_BY_KEY.get(`applications.${row.key}.${c}`)! })),
    };
  }
  if (groupBy.includes('OUTCOME_GROUP')) {
    const m = /^outcome(?:\.(\w+))?$/.exec(key);
    const column = m?.[1] ?? 'total';
    if (!m || !(column in APPLICANT_COLUMNS))
      throw new DomainError('BAD_USER_INPUT', `with OUTCOME_GROUP, the measure is outcome or outcome.<applicant column>, not “${key}”`);
    return {
      def: { key, labelZh: '办理结果', labelEn: 'Outcomes', kind: 'GROUP', unit: '件', columns: [] },
      slices: OUTCOME_GROUP_KEYS.map((g) => ({
        value: g,
        def: {
          key: `outcome.${g}`,
          labelZh: OUTCOME_GROUPS[g].zh,
          labelEn: OUTCOME_GROUPS[g].en,
          kind: 'GROUP',
          unit: '件',
          columns: outcomeColumns(g, column as ApplicantColumnKey),
        },
      })),
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
  if (groupBy.includes('APPLICANT_TYPE') && groupBy.includes('OUTCOME_GROUP'))
    throw new DomainError('BAD_USER_INPUT', 'APPLICANT_TYPE and OUTCOME_GROUP cannot be combined');
  const regionLevel = q.regionLevel ?? 'PROVINCE';
  const filter = q.filter ?? {};
  const resolved = q.measures.map((m) => resolveMeasure(m, groupBy));
  const defs = resolved.flatMap((r) => (r.slices ? r.slices.map((s) => s.def) : [r.def]));
  const needsAgencies = defs.some((d) => d.count === 'agencies');
  // The rollups and facts hold corrected values; parsed ones are the facts less each active correction's
  // difference, so a parsed query reads the facts (when any correction is in force).
  const parsed = Boolean(q.useParsed) && hasActiveCorrections(db);
  const source = parsed ? 'report_facts' : chooseSource(groupBy, regionLevel, filter, needsAgencies);
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
  const from =
    source === 'report_facts' ? `report_facts f${parsed ? ` LEFT JOIN (${correctionDifferences(columns)}) adj ON adj.report_id = f.report_id` : ''}` : source;
  const select = [
    ...sqlDims.map((d, i) => `${d.expr} AS d${i}`),
    `${reportsExpr} AS n_reports`,
    `${syntheticExpr} AS n_synthetic`,
    `${agenciesExpr} AS n_agencies`,
    ...columns.map((c, i) => (parsed ? `sum(f."${c}") - coalesce(sum(adj."${c}"), 0) AS c${i}` : `sum("${c}") AS c${i}`)),
  ];
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

  const labels = dimensionLabels(
    db,
    dimKeys,
    limited.map((r) => r.dims),
  );
  const columnsOut: AnalyticsColumnOut[] = [];
  for (const key of dimKeys) {
    const d = DIMENSIONS.find((x) => x.key === key)!;
    columnsOut.push({ key, labelZh: d.labelZh, labelEn: d.labelEn, kind: 'DIMENSION', unit: null, values: limited.map((r) => r.dims[key] ?? null) });
    const l = labels.get(key);
    if (l)
      columnsOut.push({
        key: `${key}.label`,
        labelZh: `${d.labelZh}名称`,
        labelEn: `${d.labelEn} name`,
        kind: 'LABEL',
        unit: null,
        values: limited.map((r) => l(r.dims[key])),
      });
    if (MODEL_NAMED_DIMENSIONS.includes(key))
      columnsOut.push({
        key: `${key}.labelEn`,
        labelZh: `${d.labelZh}英文名称`,
        labelEn: `${d.labelEn} name (English)`,
        kind: 'LABEL',
        unit: null,
        values: limited.map((r) => dimensionValueLabel(key, r.dims[key])?.en ?? null),
      });
  }
  resolved.forEach((r, i) =>
    columnsOut.push({
      key: q.measures[i]!,
      labelZh: r.def.labelZh,
      labelEn: r.def.labelEn,
      kind: 'MEASURE',
      unit: r.def.unit,
      values: limited.map((row) => row.measures[i] ?? null),
    }),
  );
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

function hasActiveCorrections(db: Db): boolean {
  return db.$client.prepare("SELECT 1 FROM cell_corrections WHERE status = 'active' LIMIT 1").get() !== undefined;
}

const CELL_INDEX_BY_SQL = new Map(CELLS.map((c, i) => [c.sqlName, i]));

/** Per report, each column's corrected minus parsed value (nulls as 0), over the corrections in force. */
function correctionDifferences(columns: string[]): string {
  const diff = columns.map(
    (c) => `sum(CASE WHEN k.cell = ${CELL_INDEX_BY_SQL.get(c)!} THEN coalesce(k.value, 0) - coalesce(rc.value, 0) ELSE 0 END) AS "${c}"`,
  );
  return `SELECT k.report_id, ${diff.join(', ')} FROM cell_corrections k LEFT JOIN report_cells rc ON rc.report_id = k.report_id AND rc.cell = k.cell
    WHERE k.status = 'active' GROUP BY k.report_id`;
}

/** Names for coded dimension values, looked up once per query. */
function dimensionLabels(db: Db, keys: DimensionKey[], rows: Record<string, unknown>[]): Map<DimensionKey, (v: unknown) => string | null> {
  const out = new Map<DimensionKey, (v: unknown) => string | null>();
  for (const key of keys) {
    const values = [...new Set(rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined && v !== ''))];
    if (key === 'REGION') {
      const names = new Map(
        (
          db.$client.prepare('SELECT code, name FROM regions WHERE code IN (SELECT value FROM json_each(?))').all(JSON.stringify(values)) as {
            code: string;
            name: string;
          }[]
        ).map((r) => [r.code, r.name]),
      );
      out.set(key, (v) => (v ? (names.get(String(v)) ?? String(v)) : '未定位'));
    } else if (key === 'AGENCY') {
      const names = new Map(
        (
          db.$client.prepare('SELECT id, name FROM agencies WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(values)) as {
            id: number;
            name: string;
          }[]
        ).map((r) => [r.id, r.name]),
      );
      out.set(key, (v) => names.get(Number(v)) ?? null);
    } else if (key === 'LEVEL') out.set(key, (v) => dimensionValueLabel(key, v)?.zh ?? String(v));
    else if (MODEL_NAMED_DIMENSIONS.includes(key)) out.set(key, (v) => dimensionValueLabel(key, v)?.zh ?? null);
  }
  return out;
}
