import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { filledDatabase } from '../test-support.ts';
import { agenciesByIds, agencyNames, listAgencies } from './agencies.ts';

// The agency list against a store filled by the real ingest: searched by any name an agency was
// titled with, filtered by region, level and synthetic, paged by name.

let db: Db;
let agencies: { id: number; name: string; level: string | null; regionCode: string; synthetic: boolean; names: string[] }[];

beforeAll(async () => {
  ({ db } = await filledDatabase(30));
  const rows = db.$client.prepare("SELECT id, name, level, coalesce(region_code, '') AS regionCode, synthetic FROM agencies ORDER BY id").all() as {
    id: number;
    name: string;
    level: string | null;
    regionCode: string;
    synthetic: number;
  }[];
  const names = db.$client.prepare('SELECT agency_id AS id, name FROM agency_names').all() as { id: number; name: string }[];
  agencies = rows.map((a) => ({ ...a, synthetic: Boolean(a.synthetic), names: [a.name, ...names.filter((n) => n.id === a.id).map((n) => n.name)] }));
}, 120_000);
afterAll(() => db.$client.close());

const idsOf = (c: ReturnType<typeof listAgencies>) => c.edges.map((e) => e.node.id).sort((a, b) => a - b);

describe('listAgencies', () => {
  it('finds an agency by a name it was titled with in another year', () => {
    const renamed = agencies.find((a) => a.names.some((n) => n !== a.name && !a.name.includes(n)));
    expect(renamed, 'the fixture has an agency titled two ways').toBeDefined();
    const other = renamed!.names.find((n) => n !== renamed!.name && !renamed!.name.includes(n))!;
    expect(idsOf(listAgencies(db, { search: other }))).toContain(renamed!.id);
  });

  it.each([
    ['a province', { regionCode: '41' }, (a: (typeof agencies)[number]) => a.regionCode.startsWith('41')],
    ['a city by its full code', { regionCode: '410800' }, (a: (typeof agencies)[number]) => a.regionCode.startsWith('4108')],
    ['a level', { level: 'COUNTY' as const }, (a: (typeof agencies)[number]) => a.level === 'county'],
    ['real ones only', { synthetic: 'EXCLUDE' as const }, (a: (typeof agencies)[number]) => !a.synthetic],
    [
      'synthetic ones in Henan',
      { synthetic: 'ONLY' as const, regionCode: '41' },
      (a: (typeof agencies)[number]) => a.synthetic && a.regionCode.startsWith('41'),
    ],
    ['a name part', { search: '人民政府' }, (a: (typeof agencies)[number]) => a.names.some((n) => n.includes('人民政府'))],
    ['a search with LIKE wildcards, taken literally', { search: '%_' }, (a: (typeof agencies)[number]) => a.names.some((n) => n.includes('%_'))],
    ['SQL in the search, as text', { search: "' OR 1=1 --" }, () => false],
  ])('filters by %s: exactly the matching agencies', (_, filter, keep) => {
    const c = listAgencies(db, { ...filter, first: 100 });
    const want = agencies.filter(keep).map((a) => a.id);
    expect(idsOf(c)).toEqual(want);
    expect(c.totalCount).toBe(want.length);
  });

  it.each([1, 2, 5, 100])('pages by name, %i a page: every agency once, in name order', (first) => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const c = listAgencies(db, { first, after });
      expect(c.totalCount).toBe(agencies.length);
      seen.push(...c.edges.map((e) => `${e.node.name}#${e.node.id}`));
      after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
    } while (after);
    const want = [...agencies].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id)).map((a) => `${a.name}#${a.id}`);
    expect(seen).toEqual(want);
  });

  it('refuses a cursor that is not one of its own', () => {
    expect(() => listAgencies(db, { after: 'bm90IGpzb24' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => listAgencies(db, { after: Buffer.from(JSON.stringify([2021, 5])).toString('base64url') })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});

describe('agency loaders', () => {
  it('agenciesByIds answers in the order asked, with candidates parsed and null for an unknown id', () => {
    const [a, b] = [agencies[2]!, agencies[0]!];
    const rows = agenciesByIds(db, [a.id, 999_999, b.id]);
    expect(rows.map((r) => r?.name ?? null)).toEqual([a.name, null, b.name]);
    expect(Array.isArray(rows[0]!.regionCandidates)).toBe(true);
    expect(typeof rows[0]!.synthetic).toBe('boolean');
  });

  it('agencyNames lists the other titles of each agency', () => {
    const names = agencyNames(
      db,
      agencies.map((a) => a.id),
    );
    agencies.forEach((a, i) => expect(new Set([a.name, ...names[i]!])).toEqual(new Set(a.names)));
  });
});
