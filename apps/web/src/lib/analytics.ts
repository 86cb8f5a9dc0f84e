// Shaping the API's columnar analytics results into what the charts draw: one row per x value (a
// year), one numeric field per series. Pure functions, shared by server components and tests.

export interface AnalyticsColumn {
  key: string;
  labelZh: string;
  labelEn: string;
  kind: string;
  unit: string | null;
  values: readonly unknown[];
}

export interface AnalyticsResult {
  columns: readonly AnalyticsColumn[];
  /** Reports behind each row. */
  reports: readonly number[];
  syntheticReports: number;
  totalReports: number;
}

/** One point on the x axis: `x` is the year (or another dimension value), the rest are series. */
export type ChartRow = { x: number | string; reports?: number } & { [series: string]: number | string | null | undefined };

export function column(result: AnalyticsResult, key: string): AnalyticsColumn | undefined {
  return result.columns.find((c) => c.key === key);
}

function asNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** A measure of a result without dimensions (the headline figures): its single value. */
export function scalar(result: AnalyticsResult, key: string): number | null {
  return asNumber(column(result, key)?.values[0]);
}

/** Recharts reads dotted data keys as paths, so measure keys become flat field names. */
export function fieldName(key: string): string {
  return key.replace(/\./g, '_');
}

/**
 * Wide rows from a result grouped by one dimension: one row per dimension value, one field per measure
 * (named by fieldName). `reports` carries how many reports stand behind each row.
 */
export function rowsByDimension(result: AnalyticsResult, dimension: string, measures: readonly string[]): ChartRow[] {
  const dim = column(result, dimension);
  if (!dim) return [];
  return dim.values.map((x, i) => {
    const row: ChartRow = { x: x as number | string, reports: result.reports[i] ?? 0 };
    for (const m of measures) row[fieldName(m)] = asNumber(column(result, m)?.values[i]);
    return row;
  });
}

/**
 * Long to wide: a result grouped by an index dimension and a split dimension (APPLICANT_TYPE,
 * OUTCOME_GROUP) becomes one row per index value with one field per split value, in `order`.
 */
export function pivot(result: AnalyticsResult, index: string, split: string, measure: string, order: readonly string[]): ChartRow[] {
  const idx = column(result, index);
  const sp = column(result, split);
  const val = column(result, measure);
  if (!idx || !sp || !val) return [];
  const rows = new Map<number | string, ChartRow>();
  idx.values.forEach((x, i) => {
    const key = x as number | string;
    let row = rows.get(key);
    if (!row) {
      row = { x: key, reports: result.reports[i] ?? 0 };
      for (const s of order) row[s] = null;
      rows.set(key, row);
    }
    const s = String(sp.values[i]);
    if (order.includes(s)) row[s] = asNumber(val.values[i]);
  });
  return [...rows.values()];
}

/** Each row's series as shares of the row's sum (0–100); a row summing to 0 has no shares. */
export function toPercent(rows: readonly ChartRow[], keys: readonly string[]): ChartRow[] {
  return rows.map((row) => {
    const total = keys.reduce((a, k) => a + (typeof row[k] === 'number' ? (row[k] as number) : 0), 0);
    const out: ChartRow = { ...row };
    for (const k of keys) out[k] = total > 0 && typeof row[k] === 'number' ? Math.round(((row[k] as number) / total) * 10_000) / 100 : null;
    return out;
  });
}

/** Sum of the series of one row (the stack's height). */
export function rowTotal(row: ChartRow, keys: readonly string[]): number | null {
  let sum = 0;
  let any = false;
  for (const k of keys) {
    const v = row[k];
    if (typeof v === 'number') {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}

/** Every year from the first to the last as a row, so a gap year shows as a gap, not a squeeze. */
export function fillYears(rows: readonly ChartRow[], keys: readonly string[]): ChartRow[] {
  const years = rows.map((r) => r.x).filter((x): x is number => typeof x === 'number');
  if (years.length === 0) return [...rows];
  const byYear = new Map(rows.map((r) => [r.x, r]));
  const out: ChartRow[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    const existing = byYear.get(y);
    if (existing) out.push(existing);
    else {
      const empty: ChartRow = { x: y, reports: 0 };
      for (const k of keys) empty[k] = null;
      out.push(empty);
    }
  }
  return out;
}

/** True when no series has a value above zero: the chart would be an empty frame. */
export function isEmpty(rows: readonly ChartRow[], keys: readonly string[]): boolean {
  return !rows.some((r) => keys.some((k) => typeof r[k] === 'number' && (r[k] as number) > 0));
}

/** Merges rows of several results on x (e.g. published and synthetic report counts per year). */
export function mergeRows(parts: readonly (readonly ChartRow[])[]): ChartRow[] {
  const out = new Map<number | string, ChartRow>();
  for (const rows of parts)
    for (const r of rows) {
      const existing = out.get(r.x);
      if (!existing) out.set(r.x, { ...r });
      else {
        const { reports, ...rest } = r;
        Object.assign(existing, rest);
        existing.reports = (existing.reports ?? 0) + (reports ?? 0);
      }
    }
  return [...out.values()].sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0));
}

/** Whether a log scale reads better: all values positive and spanning two orders of magnitude. */
export function wantsLogScale(rows: readonly ChartRow[], keys: readonly string[]): boolean {
  const values = rows.flatMap((r) => keys.map((k) => r[k])).filter((v): v is number => typeof v === 'number');
  if (values.length === 0 || values.some((v) => v <= 0)) return false;
  return Math.max(...values) / Math.min(...values) >= 100;
}
