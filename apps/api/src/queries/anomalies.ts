import type { AdminLevel } from '@gongkai/schema/graphql';
import { levelToStored } from '@gongkai/schema/measures';
import type { Db } from '../db/client.ts';
import { DomainError } from '../errors.ts';
import type { MeasureDef } from './analytics.ts';
import { MEASURES } from './analytics.ts';
import { regionPrefix } from './filter-sql.ts';

// Anomalies: values far from the body's own other years, or from its peers (same level, province and
// year). Robust z-scores — 0.6745 × (x − median) / MAD (Iglewicz and Hoaglin) — so one wild year does not
// hide itself by inflating the spread. Rates are judged in percentage points; counts on log(1 + x), so that
// 10 → 250 and 1,000 → 25,000 are the same jump. A small base says little: not judged.

export type AnomalyKind = 'HISTORY' | 'PEERS';

/** Counts judged on a log scale: requests, reconsiderations, lawsuits. */
const COUNT_KEYS = ['applications.newlyReceived.total', 'review.reconsideration.total', 'litigation.total'];
const JUDGED: MeasureDef[] = [...MEASURES.filter((m) => m.kind === 'RATE'), ...COUNT_KEYS.map((k) => MEASURES.find((m) => m.key === k)!)];
const MIN_HISTORY = 3;
const MIN_PEERS = 8;
/**
 * The smallest spread assumed: a body's count moving by a fifth, or its rate by five points, year to
 * year is ordinary. Without a floor, a body with five identical years would be flagged for any change.
 */
const MAD_FLOOR = { rate: 5, count: 0.2 };

export interface AnomalyRow {
  agencyId: number;
  reportId: number;
  measure: MeasureDef;
  kind: AnomalyKind;
  value: number;
  median: number;
  z: number;
  over: number;
  reasonZh: string;
  reasonEn: string;
}

export interface AnomalyInput {
  year: number;
  level?: AdminLevel | null;
  regionCode?: string | null;
  minBase?: number | null;
  threshold?: number | null;
  kind?: AnomalyKind | null;
}

interface Point {
  agencyId: number;
  reportId: number;
  year: number;
  province: string;
  level: string;
  /** Per judged measure: the value (rate in %, or the count) and its base; null when not printed. */
  values: ({ value: number; base: number } | null)[];
}

export function median(sorted: readonly number[]): number {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

/** Median and MAD (median absolute deviation) of the values. */
export function robust(values: readonly number[]): { median: number; mad: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const m = median(sorted);
  return { median: m, mad: median(sorted.map((v) => Math.abs(v - m)).sort((a, b) => a - b)) };
}

function points(db: Db, where: string, params: unknown[]): Point[] {
  const sum = (cols: string[]) => cols.map((c) => `coalesce("${c}", 0)`).join(' + ');
  // Every cell of the measure printed: a sum over an empty cell would be a wrong value, and a wrong value is
  // exactly what this view must not invent.
  const all = (cols: string[]) => cols.map((c) => `"${c}" IS NOT NULL`).join(' AND ');
  const select = JUDGED.flatMap((m, i) => [
    `${sum(m.columns)} AS n${i}`,
    `(${all([...m.columns, ...(m.denominator ?? [])])}) AS h${i}`,
    m.denominator ? `${sum(m.denominator)} AS d${i}` : `NULL AS d${i}`,
  ]);
  const rows = db.$client
    .prepare(
      `SELECT report_id AS reportId, agency_id AS agencyId, year, province_code AS province, level, ${select.join(', ')}
       FROM report_facts WHERE is_latest = 1 AND complete = 1 AND ${where}`,
    )
    .all(...params) as Record<string, number | string>[];
  return rows.map((r) => ({
    agencyId: r.agencyId as number,
    reportId: r.reportId as number,
    year: r.year as number,
    province: r.province as string,
    level: r.level as string,
    values: JUDGED.map((m, i) => {
      if (!r[`h${i}`]) return null;
      const n = r[`n${i}`] as number;
      if (m.kind === 'RATE') {
        const d = (r[`d${i}`] as number | null) ?? 0;
        return d > 0 ? { value: (100 * n) / d, base: d } : null;
      }
      return { value: n, base: n };
    }),
  }));
}

const fmt = (v: number, rate: boolean) => (rate ? `${v.toFixed(1)}%` : Math.round(v).toLocaleString('zh-CN'));

function reasons(m: MeasureDef, kind: AnomalyKind, value: number, med: number, z: number, over: number, year: number): { zh: string; en: string } {
  const rate = m.kind === 'RATE';
  const dir = { zh: z > 0 ? '高于' : '低于', en: z > 0 ? 'above' : 'below' };
  const against =
    kind === 'HISTORY'
      ? { zh: `本机关其他${over}个年度的中位数`, en: `the median of the body's other ${over} years` }
      : { zh: `同省同级${over}个机关${year}年的中位数`, en: `the median of ${over} peers (same level and province, ${year})` };
  const ratio = !rate && med > 0 ? value / med : null;
  const times =
    ratio !== null && (ratio >= 2 || ratio <= 0.5)
      ? { zh: `，为其${ratio >= 1 ? ratio.toFixed(1) : ratio.toFixed(2)}倍`, en: ` (${ratio >= 1 ? ratio.toFixed(1) : ratio.toFixed(2)}×)` }
      : { zh: '', en: '' };
  return {
    zh: `${m.labelZh}${fmt(value, rate)}，${dir.zh}${against.zh}${fmt(med, rate)}${times.zh}（稳健 z = ${z.toFixed(1)}）`,
    en: `${m.labelEn} ${fmt(value, rate)} is ${dir.en} ${against.en}, ${fmt(med, rate)}${times.en} (robust z = ${z.toFixed(1)})`,
  };
}

export function anomalies(db: Db, input: AnomalyInput): { judged: number; entries: AnomalyRow[] } {
  const { year } = input;
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new DomainError('BAD_USER_INPUT', 'year is a year such as 2024');
  const minBase = input.minBase ?? 20;
  if (!Number.isInteger(minBase) || minBase < 0 || minBase > 1_000_000) throw new DomainError('BAD_USER_INPUT', 'minBase is a whole number from 0 to 1000000');
  const threshold = input.threshold ?? 3.5;
  if (!(threshold >= 1 && threshold <= 100)) throw new DomainError('BAD_USER_INPUT', 'threshold is from 1 to 100');
  if (input.regionCode != null && !/^\d{2,6}$/.test(input.regionCode)) throw new DomainError('BAD_USER_INPUT', 'regionCode is a division code such as 410000');
  const where = ['year = ?'];
  const params: unknown[] = [year];
  if (input.level) {
    where.push('level = ?');
    params.push(levelToStored(input.level));
  }
  if (input.regionCode) {
    where.push('(county_code LIKE ? OR city_code LIKE ? OR province_code LIKE ?)');
    const p = `${regionPrefix(input.regionCode)}%`;
    params.push(p, p, p);
  }
  const judgedPoints = points(db, where.join(' AND '), params);
  const entries: AnomalyRow[] = [];
  let judged = 0;
  // A rate needs minBase requests behind it, in the year judged and in each year it is compared with. A
  // count is its own base: every printed count is compared, and it is judged when it or the median
  // reaches minBase (so that 2 → 9 is not news, and 900 → 0 is).
  const usable = (v: { value: number; base: number } | null, m: MeasureDef): v is { value: number; base: number } =>
    v !== null && (m.kind !== 'RATE' || v.base >= minBase);
  const scale = (m: MeasureDef, v: number) => (m.kind === 'RATE' ? v : Math.log1p(v));
  const middle = (values: number[]) => median([...values].sort((a, b) => a - b));
  const bigEnough = (m: MeasureDef, value: number, othersMedian: number) => m.kind === 'RATE' || Math.max(value, othersMedian) >= minBase;
  const flag = (p: Point, i: number, kind: AnomalyKind, others: number[], stats = robust(others.map((o) => scale(JUDGED[i]!, o))), over = others.length) => {
    const m = JUDGED[i]!;
    const v = p.values[i]!;
    const { median: med, mad } = stats;
    const z = (0.6745 * (scale(m, v.value) - med)) / Math.max(mad, m.kind === 'RATE' ? MAD_FLOOR.rate : MAD_FLOOR.count);
    judged++;
    if (Math.abs(z) < threshold) return;
    const shown = m.kind === 'RATE' ? med : Math.expm1(med);
    const r = reasons(m, kind, v.value, shown, z, over, year);
    entries.push({
      agencyId: p.agencyId,
      reportId: p.reportId,
      measure: m,
      kind,
      value: Number(v.value.toFixed(2)),
      median: Number(shown.toFixed(2)),
      z: Number(z.toFixed(2)),
      over,
      reasonZh: r.zh,
      reasonEn: r.en,
    });
  };

  if (input.kind !== 'PEERS' && judgedPoints.length > 0) {
    // Each body's other years, in one query over the bodies judged.
    const history = new Map<number, Point[]>();
    const ids = [...new Set(judgedPoints.map((p) => p.agencyId))];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      for (const p of points(db, `agency_id IN (${chunk.map(() => '?').join(', ')}) AND year <> ?`, [...chunk, year])) {
        const list = history.get(p.agencyId) ?? [];
        list.push(p);
        history.set(p.agencyId, list);
      }
    }
    for (const p of judgedPoints) {
      const past = history.get(p.agencyId) ?? [];
      JUDGED.forEach((m, i) => {
        if (!usable(p.values[i]!, m)) return;
        const others = past
          .map((h) => h.values[i]!)
          .filter((v): v is { value: number; base: number } => usable(v, m))
          .map((v) => v.value);
        if (others.length >= MIN_HISTORY && bigEnough(m, p.values[i]!.value, middle(others))) flag(p, i, 'HISTORY', others);
      });
    }
  }
  if (input.kind !== 'HISTORY') {
    const groups = new Map<string, Point[]>();
    for (const p of judgedPoints) {
      const key = `${p.level}|${p.province}`;
      const list = groups.get(key);
      if (list) list.push(p);
      else groups.set(key, [p]);
    }
    for (const group of groups.values()) {
      JUDGED.forEach((m, i) => {
        const members = group.filter((p) => usable(p.values[i]!, m));
        if (members.length < MIN_PEERS + 1) return;
        // The group's median and MAD, once: with nine peers or more, one body's own weight in them is small.
        const values = members.map((o) => o.values[i]!.value);
        const stats = robust(values.map((v) => scale(m, v)));
        const groupMedian = middle(values);
        for (const p of members) if (bigEnough(m, p.values[i]!.value, groupMedian)) flag(p, i, 'PEERS', values, stats, members.length - 1);
      });
    }
  }
  entries.sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.reportId - b.reportId);
  return { judged, entries };
}

export function anomaliesPage(
  db: Db,
  filter: AnomalyInput,
  first?: number | null,
  after?: string | null,
): { year: number; judged: number; totalCount: number; entries: AnomalyRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } {
  const n = Math.max(1, Math.min(first ?? 50, 500));
  let offset = 0;
  if (after) {
    const m = /^a:(\d{1,9})$/.exec(Buffer.from(after.slice(0, 100), 'base64url').toString('utf8'));
    if (!m) throw new DomainError('BAD_USER_INPUT', 'after is not a cursor of anomalies');
    offset = Number(m[1]);
  }
  const all = anomalies(db, filter);
  const page = all.entries.slice(offset, offset + n);
  return {
    year: filter.year,
    judged: all.judged,
    totalCount: all.entries.length,
    entries: page,
    pageInfo: { hasNextPage: offset + n < all.entries.length, endCursor: page.length ? Buffer.from(`a:${offset + page.length}`).toString('base64url') : null },
  };
}
