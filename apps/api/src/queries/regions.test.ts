import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { count, filledDatabase } from '../test-support.ts';
import { childRegions, ensureRegions, regionCounts, regionsByCodes } from './regions.ts';

// The division tree as the API reads it, from a store filled by the real ingest.

let db: Db;

beforeAll(async () => {
  ({ db } = await filledDatabase(30));
}, 120_000);
afterAll(() => db.$client.close());

describe('regions', () => {
  it('loads the division tree once: a second call adds nothing', () => {
    const before = count(db, 'regions');
    expect(before).toBeGreaterThan(3000);
    ensureRegions(db);
    expect(count(db, 'regions')).toBe(before);
  });

  it('looks divisions up in the order asked, null for a code that is none', () => {
    expect(regionsByCodes(db, ['410823', '999999', '410000']).map((r) => r && [r.name, r.level, r.parentCode])).toEqual([
      ['武陟县', 'COUNTY', '410800'],
      null,
      ['河南省', 'PROVINCE', null],
    ]);
  });

  it('walks down the tree: provinces at the root, cities under a province, counties under a city', () => {
    const [provinces, cities, counties] = childRegions(db, [null, '410000', '410800']);
    expect(provinces!.length).toBeGreaterThanOrEqual(31);
    expect(provinces!.every((p) => p.level === 'PROVINCE' && p.parentCode === null)).toBe(true);
    expect(cities!.map((c) => c.name)).toContain('焦作市');
    expect(cities!.every((c) => c.parentCode === '410000')).toBe(true);
    expect(counties!.map((c) => c.name)).toContain('武陟县');
    // Ordered by code, so the tree reads the same every time.
    expect(cities!.map((c) => c.code)).toEqual([...cities!.map((c) => c.code)].sort());
  });

  it('counts the agencies and latest reports placed in each division or below it', () => {
    const codes = ['410000', '410800', '410823', '320000', '110000'];
    const agencies = db.$client.prepare("SELECT coalesce(region_code, '') AS code FROM agencies").all() as { code: string }[];
    const latest = db.$client
      .prepare("SELECT coalesce(a.region_code, '') AS code FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.is_latest = 1")
      .all() as { code: string }[];
    const under = (code: string, rows: { code: string }[]) => rows.filter((r) => r.code.startsWith(code.replace(/(00)+$/, ''))).length;
    expect(regionCounts(db, codes)).toEqual(codes.map((code) => ({ agencies: under(code, agencies), reports: under(code, latest) })));
    // Not a vacuous check: Henan holds most of the fixture, Beijing none of it.
    expect(regionCounts(db, ['410000'])[0]!.reports).toBeGreaterThan(10);
    expect(regionCounts(db, ['110000'])[0]).toEqual({ agencies: 0, reports: 0 });
  });
});
