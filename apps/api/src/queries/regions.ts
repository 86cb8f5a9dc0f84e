import type { RegionLevel } from '@gongkai/schema/graphql';
import { levelFromStored } from '@gongkai/schema/measures';
import type { StoredRegionLevel } from '@gongkai/schema/measures';
import type { Db } from '../db/client.ts';
import { divisions } from '../services/regions.ts';

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** Loads the division tree into the regions table once (it ships with the gazetteer package). */
export function ensureRegions(db: Db): void {
  const n = (db.$client.prepare('SELECT count(*) AS n FROM regions').get() as { n: number }).n;
  if (n > 0) return;
  const insert = db.$client.prepare('INSERT INTO regions (code, name, level, parent_code) VALUES (?, ?, ?, ?)');
  db.$client.transaction(() => {
    for (const d of divisions()) insert.run(d.code, d.name, d.level, d.parentCode);
  })();
}

const COLUMNS = 'code, name, level, parent_code AS parentCode';
type StoredRegionRow = Omit<RegionRow, 'level'> & { level: StoredRegionLevel };
const toRow = (r: StoredRegionRow): RegionRow => ({ ...r, level: levelFromStored(r.level) });

export function regionsByCodes(db: Db, codes: readonly string[]): (RegionRow | null)[] {
  const rows = db.$client
    .prepare(`SELECT ${COLUMNS} FROM regions WHERE code IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(codes)) as StoredRegionRow[];
  const by = new Map(rows.map((r) => [r.code, toRow(r)]));
  return codes.map((c) => by.get(c) ?? null);
}

export function childRegions(db: Db, parentCodes: readonly (string | null)[]): RegionRow[][] {
  const rows = db.$client
    .prepare(`SELECT ${COLUMNS} FROM regions WHERE coalesce(parent_code, '') IN (SELECT value FROM json_each(?)) ORDER BY code`)
    .all(JSON.stringify(parentCodes.map((c) => c ?? '')))
    .map((r) => toRow(r as StoredRegionRow));
  return parentCodes.map((p) => rows.filter((r) => (r.parentCode ?? '') === (p ?? '')));
}

/** Agencies and latest reports placed in each division or below, by code prefix. */
export function regionCounts(db: Db, codes: readonly string[]): { agencies: number; reports: number }[] {
  const stmt = db.$client.prepare(
    `SELECT (SELECT count(*) FROM agencies WHERE coalesce(region_code, '') LIKE ?) AS agencies,
            (SELECT count(*) FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.is_latest = 1 AND coalesce(a.region_code, '') LIKE ?) AS reports`,
  );
  return codes.map((code) => {
    const prefix = `${code.replace(/(00)+$/, '')}%`;
    return stmt.get(prefix, prefix) as { agencies: number; reports: number };
  });
}
