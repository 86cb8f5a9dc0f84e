import type { Db } from '../db/client.ts';
import { decodeCursor } from './reports.ts';
import { regionPrefix } from './filters.ts';
import type { Level, SyntheticFilter } from './filters.ts';

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

const COLUMNS = 'a.id, a.name, a.level, a.region_code AS regionCode, a.township, a.region_confidence AS regionConfidence, a.region_candidates AS regionCandidates, a.synthetic';

function toRow(r: Omit<AgencyRow, 'regionCandidates'> & { regionCandidates: string }): AgencyRow {
  return { ...r, synthetic: Boolean(r.synthetic), regionCandidates: JSON.parse(r.regionCandidates) as AgencyRow['regionCandidates'] };
}

export function agenciesByIds(db: Db, ids: readonly number[]): (AgencyRow | null)[] {
  const rows = db.$client.prepare(`SELECT ${COLUMNS} FROM agencies a WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Parameters<typeof toRow>[0][];
  const by = new Map(rows.map((r) => [r.id, toRow(r)]));
  return ids.map((id) => by.get(id) ?? null);
}

export function agencyNames(db: Db, ids: readonly number[]): string[][] {
  const rows = db.$client.prepare('SELECT agency_id AS id, name FROM agency_names WHERE agency_id IN (SELECT value FROM json_each(?)) ORDER BY name').all(JSON.stringify(ids)) as { id: number; name: string }[];
  return ids.map((id) => rows.filter((r) => r.id === id).map((r) => r.name));
}

export interface AgencyPage {
  totalCount: number;
  rows: { cursor: string; row: AgencyRow }[];
  hasNextPage: boolean;
}

export function listAgencies(db: Db, p: { search?: string | null; regionCode?: string | null; level?: Level | null; synthetic?: SyntheticFilter | null; first?: number | null; after?: string | null }): AgencyPage {
  const where: string[] = [];
  const params: unknown[] = [];
  if (p.search?.trim()) {
    where.push('(a.name LIKE ? OR a.id IN (SELECT agency_id FROM agency_names WHERE name LIKE ?))');
    const like = `%${p.search.trim().replace(/[%_]/g, '')}%`;
    params.push(like, like);
  }
  if (p.regionCode) {
    where.push("coalesce(a.region_code, '') LIKE ?");
    params.push(`${regionPrefix(p.regionCode)}%`);
  }
  if (p.level) {
    where.push('a.level = ?');
    params.push(p.level.toLowerCase());
  }
  if (p.synthetic === 'EXCLUDE') where.push('a.synthetic = 0');
  if (p.synthetic === 'ONLY') where.push('a.synthetic = 1');
  const w = where.length ? where.join(' AND ') : '1';
  const first = Math.max(0, Math.min(p.first ?? 20, 100));
  const total = (db.$client.prepare(`SELECT count(*) AS n FROM agencies a WHERE ${w}`).get(...params) as { n: number }).n;
  const afterName = p.after ? (decodeCursor(p.after, 'sn') as [string, number]) : null;
  const rows = db.$client
    .prepare(`SELECT ${COLUMNS} FROM agencies a WHERE ${w}${afterName ? ' AND (a.name > ? OR (a.name = ? AND a.id > ?))' : ''} ORDER BY a.name, a.id LIMIT ?`)
    .all(...params, ...(afterName ? [afterName[0], afterName[0], afterName[1]] : []), first + 1) as Parameters<typeof toRow>[0][];
  return {
    totalCount: total,
    rows: rows.slice(0, first).map((r) => ({ cursor: Buffer.from(JSON.stringify([r.name, r.id])).toString('base64url'), row: toRow(r) })),
    hasNextPage: rows.length > first,
  };
}
