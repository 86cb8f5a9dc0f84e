import type { Db } from '../db/client.ts';
import type { Connection, KeysetOrder } from './connection.ts';
import { afterSql, orderSql, pageSize, toConnection } from './connection.ts';
import type { ReportFilter } from './filter-sql.ts';
import { compileFilter } from './filter-sql.ts';

export interface AgencyRow {
  id: number;
  name: string;
  level: string | null;
  regionCode: string | null;
  township: string | null;
  regionConfidence: number;
  regionCandidates: { code: string; path: string; level: string; confidence: number }[];
  synthetic: boolean;
}

const COLUMNS =
  'a.id, a.name, a.level, a.region_code AS regionCode, a.township, a.region_confidence AS regionConfidence, a.region_candidates AS regionCandidates, a.synthetic';

function toRow(r: Omit<AgencyRow, 'regionCandidates'> & { regionCandidates: string }): AgencyRow {
  return { ...r, synthetic: Boolean(r.synthetic), regionCandidates: JSON.parse(r.regionCandidates) as AgencyRow['regionCandidates'] };
}

export function agenciesByIds(db: Db, ids: readonly number[]): (AgencyRow | null)[] {
  const rows = db.$client.prepare(`SELECT ${COLUMNS} FROM agencies a WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Parameters<
    typeof toRow
  >[0][];
  const by = new Map(rows.map((r) => [r.id, toRow(r)]));
  return ids.map((id) => by.get(id) ?? null);
}

export function agencyNames(db: Db, ids: readonly number[]): string[][] {
  const rows = db.$client
    .prepare('SELECT agency_id AS id, name FROM agency_names WHERE agency_id IN (SELECT value FROM json_each(?)) ORDER BY name')
    .all(JSON.stringify(ids)) as { id: number; name: string }[];
  return ids.map((id) => rows.filter((r) => r.id === id).map((r) => r.name));
}

const ORDER: KeysetOrder<AgencyRow> = [
  { sql: 'a.name', type: 'string', of: (a) => a.name },
  { sql: 'a.id', type: 'number', of: (a) => a.id },
];

/** Agencies by name; `search` matches any name the agency was titled with. */
export function listAgencies(
  db: Db,
  p: Pick<ReportFilter, 'search' | 'regionCode' | 'level' | 'synthetic'> & { first?: number | null; after?: string | null },
): Connection<AgencyRow> {
  const where = compileFilter({ search: p.search, regionCode: p.regionCode, level: p.level, synthetic: p.synthetic }, 'agencies');
  const first = pageSize(p.first, { default: 20, max: 100 });
  const after = afterSql(ORDER, p.after);
  const total = (db.$client.prepare(`SELECT count(*) AS n FROM agencies a WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  const rows = db.$client
    .prepare(`SELECT ${COLUMNS} FROM agencies a WHERE ${where.sql}${after ? ` AND ${after.sql}` : ''} ORDER BY ${orderSql(ORDER)} LIMIT ?`)
    .all(...where.params, ...(after?.params ?? []), first + 1) as Parameters<typeof toRow>[0][];
  return toConnection(rows.map(toRow), first, ORDER, total);
}
