import type { AdminLevel } from '@gongkai/schema/graphql';
import { MONEY_SCALE } from '@gongkai/schema/report';
import type { Db } from '../db/client.ts';
import { DomainError } from '../errors.ts';
import type { MeasureDef } from './analytics.ts';
import { MEASURES } from './analytics.ts';
import { compileFilter } from './filter-sql.ts';

// Peers and rankings: agencies of one level, one year, ranked by any measure or rate. A rate over too few
// requests says little: such an agency is listed with its value but not ranked (“sample too small”).

export interface RankingEntryRow {
  agencyId: number;
  reportId: number;
  value: number | null;
  base: number | null;
  rank: number | null;
  percentile: number | null;
  smallSample: boolean;
}

export interface RankingsOut {
  measure: MeasureDef;
  year: number;
  level: AdminLevel;
  regionCode: string | null;
  minBase: number;
  agencies: number;
  ranked: number;
  median: number | null;
  p25: number | null;
  p75: number | null;
  histogram: { from: number; to: number; agencies: number }[];
  entries: RankingEntryRow[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface RankingsInput {
  measure: string;
  year: number;
  level: AdminLevel;
  regionCode?: string | null;
  minBase?: number | null;
  order?: 'DESC' | 'ASC' | null;
  first?: number | null;
  after?: string | null;
}

const MEASURE_BY_KEY = new Map(MEASURES.map((m) => [m.key, m]));
export const MAX_MIN_BASE = 1_000_000;

/** A quantile of sorted values, interpolated between neighbours. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return Number((sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo)).toFixed(4));
}

/** Every agency's value and base for one measure, level, year and region: the peers, unranked. */
function peerValues(db: Db, m: MeasureDef, input: RankingsInput): { agencyId: number; reportId: number; value: number | null; base: number | null }[] {
  // One year as an equality (not the filter's range), so the peers index seeks year, level and province.
  const where = compileFilter({ level: input.level, regionCode: input.regionCode ?? undefined }, 'facts');
  const sum = (cols: string[]) => (cols.length ? cols.map((c) => `coalesce(f."${c}", 0)`).join(' + ') : '0');
  // Every value column null: the report does not print the measure, so the agency has no value.
  const any = (cols: string[]) => (cols.length ? cols.map((c) => `f."${c}" IS NOT NULL`).join(' OR ') : '0');
  // A rate's cells are printed by both formats: one left empty (a blank the rules could not fill) would make
  // a wrong rate, so the agency has none.
  const all = (cols: string[]) => (cols.length ? cols.map((c) => `f."${c}" IS NOT NULL`).join(' AND ') : '1');
  const rows = db.$client
    .prepare(
      `SELECT f.agency_id AS agencyId, f.report_id AS reportId, ${sum(m.columns)} AS num, (${any(m.columns)}) AS hasNum,
         (${all([...m.columns, ...(m.denominator ?? [])])}) AS complete,
         ${m.denominator ? `${sum(m.denominator)} AS den` : 'NULL AS den'} FROM report_facts f WHERE f.year = ? AND ${where.sql}`,
    )
    .all(input.year, ...where.params) as { agencyId: number; reportId: number; num: number; hasNum: number; complete: number; den: number | null }[];
  return rows.map((r) => {
    if (m.kind === 'RATE') {
      const base = r.den ?? 0;
      const value = r.complete && base > 0 ? Number(((100 * r.num) / base).toFixed(2)) : null;
      return { agencyId: r.agencyId, reportId: r.reportId, value, base };
    }
    const value = r.hasNum ? (m.money ? r.num / 10 ** MONEY_SCALE : r.num) : null;
    return { agencyId: r.agencyId, reportId: r.reportId, value, base: null };
  });
}

/**
 * The store's state as SQLite sees it: total_changes() moves with every write on this connection, and
 * data_version with every commit by another (a CLI ingest beside the server). Equal keys, same data.
 */
export function storeVersion(db: Db): string {
  const changes = (db.$client.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${changes}:${db.$client.pragma('data_version', { simple: true }) as number}`;
}

const MEMO_SIZE = 64;
const memos = new WeakMap<Db, Map<string, Omit<RankingsOut, 'pageInfo'>>>();

/**
 * The whole ranking, every entry: what rankings() pages and peerStanding() looks into. A nationwide level
 * is ~100,000 agencies at a million reports; its ranking is kept until the store changes, so that paging
 * through it and the agency pages' peer standings do not rank it again.
 */
export function rankAll(db: Db, input: RankingsInput): Omit<RankingsOut, 'pageInfo'> {
  const key = JSON.stringify([input.measure, input.year, input.level, input.regionCode ?? null, input.minBase ?? 20, input.order ?? 'DESC', storeVersion(db)]);
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit;
  const out = computeRanking(db, input);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, out);
  return out;
}

/** The ranking computed afresh (rankAll keeps it): exported for the benchmark's cold timings. */
export function computeRanking(db: Db, input: RankingsInput): Omit<RankingsOut, 'pageInfo'> {
  const m = MEASURE_BY_KEY.get(input.measure);
  if (!m) throw new DomainError('BAD_USER_INPUT', `unknown measure “${input.measure.slice(0, 80)}” (see the measures query)`);
  if (m.kind === 'COUNT') throw new DomainError('BAD_USER_INPUT', `${m.key} counts reports or agencies: rank by a cell, a group or a rate`);
  const minBase = input.minBase ?? 20;
  if (!Number.isInteger(minBase) || minBase < 0 || minBase > MAX_MIN_BASE)
    throw new DomainError('BAD_USER_INPUT', `minBase is a whole number from 0 to ${MAX_MIN_BASE}`);
  if (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2100) throw new DomainError('BAD_USER_INPUT', 'year is a year such as 2024');
  const desc = (input.order ?? 'DESC') === 'DESC';

  const peers = peerValues(db, m, input).filter((p) => p.value !== null) as { agencyId: number; reportId: number; value: number; base: number | null }[];
  // Only rates have a base: a count is its own sample.
  const small = (p: { base: number | null }) => m.kind === 'RATE' && (p.base ?? 0) < minBase;
  const ranked = peers.filter((p) => !small(p)).sort((a, b) => (desc ? b.value - a.value : a.value - b.value) || a.agencyId - b.agencyId);
  const ascending = ranked.map((p) => p.value).sort((a, b) => a - b);
  // Peers strictly below each value, and equal ones counted half (the middle of a tie): one pass.
  const below = new Map<number, number>();
  for (let i = 0; i < ascending.length;) {
    let end = i;
    while (end < ascending.length && ascending[end] === ascending[i]) end++;
    below.set(ascending[i]!, i + (end - i - 1) / 2);
    i = end;
  }
  const entries: RankingEntryRow[] = [];
  ranked.forEach((p, i) => {
    const rank = i > 0 && ranked[i - 1]!.value === p.value ? entries[i - 1]!.rank : i + 1;
    const percentile = ranked.length > 1 ? Number(((100 * below.get(p.value)!) / (ranked.length - 1)).toFixed(1)) : 100;
    entries.push({ ...p, rank, percentile, smallSample: false });
  });
  for (const p of peers.filter(small).sort((a, b) => (b.base ?? 0) - (a.base ?? 0) || a.agencyId - b.agencyId))
    entries.push({ ...p, rank: null, percentile: null, smallSample: true });

  return {
    measure: m,
    year: input.year,
    level: input.level,
    regionCode: input.regionCode ?? null,
    minBase,
    agencies: peers.length,
    ranked: ranked.length,
    median: quantile(ascending, 0.5),
    p25: quantile(ascending, 0.25),
    p75: quantile(ascending, 0.75),
    histogram: histogram(ascending),
    entries,
  };
}

/** One page of the ranking (at most 500 entries), with the statistics of all of it. */
export function rankings(db: Db, input: RankingsInput): RankingsOut {
  const first = Math.max(1, Math.min(input.first ?? 50, 500));
  const offset = input.after ? decodeOffset(input.after) : 0;
  const all = rankAll(db, input);
  const page = all.entries.slice(offset, offset + first);
  return {
    ...all,
    entries: page,
    pageInfo: { hasNextPage: offset + first < all.entries.length, endCursor: page.length ? encodeOffset(offset + page.length) : null },
  };
}

/** Ten equal bins from the lowest value to the highest (one bin when they are all equal). */
export function histogram(sorted: readonly number[], bins = 10): { from: number; to: number; agencies: number }[] {
  if (sorted.length === 0) return [];
  const lo = sorted[0]!;
  const hi = sorted.at(-1)!;
  if (lo === hi) return [{ from: lo, to: hi, agencies: sorted.length }];
  const width = (hi - lo) / bins;
  const out = Array.from({ length: bins }, (_, i) => ({
    from: Number((lo + i * width).toFixed(4)),
    to: Number((lo + (i + 1) * width).toFixed(4)),
    agencies: 0,
  }));
  for (const v of sorted) out[Math.min(bins - 1, Math.floor((v - lo) / width))]!.agencies++;
  return out;
}

export interface PeerStandingRow {
  measure: MeasureDef;
  year: number;
  value: number | null;
  base: number | null;
  rank: number | null;
  of: number;
  percentile: number | null;
  median: number | null;
  smallSample: boolean;
}

/** One agency among its peers (same level, same province, same year) for every headline rate. */
export function peerStanding(
  db: Db,
  agency: { id: number; level: AdminLevel | null; provinceCode: string },
  year: number | null,
  minBase = 20,
): PeerStandingRow[] {
  if (!agency.level || !agency.provinceCode || year === null) return [];
  return MEASURES.filter((m) => m.kind === 'RATE').map((m) => {
    const all = rankAll(db, { measure: m.key, year, level: agency.level!, regionCode: agency.provinceCode.slice(0, 2), minBase });
    const mine = all.entries.find((e) => e.agencyId === agency.id);
    return {
      measure: m,
      year,
      value: mine?.value ?? null,
      base: mine?.base ?? null,
      rank: mine?.rank ?? null,
      of: all.ranked,
      percentile: mine?.percentile ?? null,
      median: all.median,
      smallSample: mine?.smallSample ?? false,
    };
  });
}

const encodeOffset = (n: number) => Buffer.from(`r:${n}`).toString('base64url');

function decodeOffset(cursor: string): number {
  const m = /^r:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new DomainError('BAD_USER_INPUT', 'after is not a cursor of rankings');
  return Number(m[1]);
}
