import { generateReport } from '@gongkai/samples/generator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { ensureRegions } from './regions.ts';
import { ingestBytes } from '../services/ingest.ts';
import { correctCell } from '../services/review.ts';
import { tempDatabase } from '../test-support.ts';
import { peerStanding, quantile, rankAll, rankings } from './rankings.ts';
import { cellsOfReports } from './reports.ts';

// Rankings on a real store filled by the real ingest: the expected order is computed here from each
// report's cells, the slow way, and compared with what the query answers.

let db: Db;
const HENAN = ['武陟县', '温县', '博爱县', '修武县', '获嘉县', '原阳县', '延津县', '封丘县', '新安县', '宜阳县', '洛宁县', '伊川县', '嵩县', '栾川县'];

beforeAll(async () => {
  ({ db } = tempDatabase());
  ensureRegions(db);
  const bodies = [...HENAN.map((n) => ({ agency: `${n}人民政府`, province: '河南省' })), { agency: '沭阳县人民政府', province: '江苏省' }];
  for (const [i, b] of bodies.entries()) {
    const g = generateReport({ seed: 5_100 + i, layout: 'tabs', template: '2021', year: 2024, encoding: 'utf-8', damage: [], conventions: [], ...b });
    await ingestBytes(db, `rank/${i}.txt`, g.bytes, { synthetic: true });
  }
}, 120_000);
afterAll(() => db.$client.close());

/** Each Henan county government's granted rate and its base, from its cells. */
function expectedRates(): { agencyId: number; value: number | null; base: number }[] {
  const reports = db.$client
    .prepare("SELECT r.id, r.agency_id AS agencyId FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.is_latest = 1 AND a.province_code = '410000'")
    .all() as { id: number; agencyId: number }[];
  const cells = cellsOfReports(
    db,
    reports.map((r) => r.id),
  );
  return reports.map((r, i) => {
    const v = (path: string) => cells[i]!.find((c) => c.spec.path === path)?.value ?? 0;
    const base = v('applications.totalProcessed.total');
    return { agencyId: r.agencyId, base, value: base > 0 ? Number(((100 * v('applications.granted.total')) / base).toFixed(2)) : null };
  });
}

describe('rankings', () => {
  it('stores the bodies as county-level governments of their provinces (the test’s premise)', () => {
    const rows = db.$client.prepare('SELECT level, province_code AS p, count(*) AS n FROM agencies GROUP BY level, province_code ORDER BY p').all();
    expect(rows).toEqual([
      { level: 'county', p: '320000', n: 1 },
      { level: 'county', p: '410000', n: HENAN.length },
    ]);
  });

  it('ranks a rate among the province’s peers, highest first; a base under minBase is listed but not ranked', () => {
    const expected = expectedRates();
    const bases = expected.map((e) => e.base).sort((a, b) => a - b);
    const minBase = bases[Math.floor(bases.length / 3)]!;
    const out = rankings(db, { measure: 'rate.granted', year: 2024, level: 'COUNTY', regionCode: '41', minBase, first: 100 });
    const rankable = expected.filter((e) => e.value !== null && e.base >= minBase).sort((a, b) => b.value! - a.value! || a.agencyId - b.agencyId);
    const small = expected.filter((e) => e.value !== null && e.base < minBase);
    expect(small.length).toBeGreaterThan(0);
    expect(out).toMatchObject({ agencies: rankable.length + small.length, ranked: rankable.length, minBase });
    expect(out.entries.slice(0, rankable.length).map((e) => [e.agencyId, e.value])).toEqual(rankable.map((e) => [e.agencyId, e.value]));
    expect(out.entries.slice(rankable.length).every((e) => e.smallSample && e.rank === null && e.percentile === null && e.base! < minBase)).toBe(true);
    expect(out.entries[0]).toMatchObject({ rank: 1, percentile: 100 });
    expect(out.entries[rankable.length - 1]!.percentile).toBe(0);
    // Ties share a rank; otherwise ranks are positions.
    out.entries
      .slice(0, rankable.length)
      .forEach((e, i) => expect(e.rank).toBe(i > 0 && out.entries[i - 1]!.value === e.value ? out.entries[i - 1]!.rank : i + 1));
    const values = rankable.map((e) => e.value!).sort((a, b) => a - b);
    expect(out.median).toBe(quantile(values, 0.5));
    expect(out.histogram.reduce((a, b) => a + b.agencies, 0)).toBe(rankable.length);
  });

  it('ranks counts without a base, asks ASC for the lowest first, and keeps to the region asked', () => {
    const all = rankings(db, { measure: 'applications.newlyReceived.total', year: 2024, level: 'COUNTY', first: 100 });
    expect(all.agencies).toBe(HENAN.length + 1);
    expect(all.ranked).toBe(all.agencies);
    const henan = rankings(db, { measure: 'applications.newlyReceived.total', year: 2024, level: 'COUNTY', regionCode: '41', order: 'ASC', first: 100 });
    expect(henan.agencies).toBe(HENAN.length);
    const values = henan.entries.map((e) => e.value!);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(henan.entries.every((e) => e.base === null && !e.smallSample)).toBe(true);
    // Pages walk the same order.
    const p1 = rankings(db, { measure: 'applications.newlyReceived.total', year: 2024, level: 'COUNTY', regionCode: '41', order: 'ASC', first: 5 });
    const p2 = rankings(db, {
      measure: 'applications.newlyReceived.total',
      year: 2024,
      level: 'COUNTY',
      regionCode: '41',
      order: 'ASC',
      first: 5,
      after: p1.pageInfo.endCursor,
    });
    expect([...p1.entries, ...p2.entries].map((e) => e.agencyId)).toEqual(henan.entries.slice(0, 10).map((e) => e.agencyId));
    expect(rankings(db, { measure: 'rate.granted', year: 2023, level: 'COUNTY' })).toMatchObject({ agencies: 0, ranked: 0, median: null, entries: [] });
  });

  it('uses corrected values, as every analytic does', () => {
    const top = rankings(db, { measure: 'applications.newlyReceived.total', year: 2024, level: 'COUNTY', regionCode: '41', first: 1 }).entries[0]!;
    const last = rankings(db, { measure: 'applications.newlyReceived.total', year: 2024, level: 'COUNTY', regionCode: '41', order: 'ASC', first: 1 })
      .entries[0]!;
    correctCell(
      db,
      { userId: null, name: 'test' },
      { reportId: last.reportId, path: 'applications.newlyReceived.total', value: String(top.value! + 1), reason: 'test' },
    );
    expect(rankings(db, { measure: 'applications.newlyReceived.total', year: 2024, level: 'COUNTY', regionCode: '41', first: 1 }).entries[0]).toMatchObject({
      agencyId: last.agencyId,
      value: top.value! + 1,
    });
  });

  it('gives an agency its standing among its province’s peers for every headline rate', () => {
    const agency = db.$client.prepare("SELECT id FROM agencies WHERE name = '武陟县人民政府'").get() as { id: number };
    const standing = peerStanding(db, { id: agency.id, level: 'COUNTY', provinceCode: '41' }, 2024, 0);
    expect(standing.map((s) => s.measure.key)).toEqual([
      'rate.granted',
      'rate.grantedOrPartial',
      'rate.denied',
      'rate.reconsiderationCorrected',
      'rate.litigationCorrected',
    ]);
    const granted = standing[0]!;
    const list = rankings(db, { measure: 'rate.granted', year: 2024, level: 'COUNTY', regionCode: '41', minBase: 0, first: 100 });
    const mine = list.entries.find((e) => e.agencyId === agency.id)!;
    expect(granted).toMatchObject({ value: mine.value, rank: mine.rank, of: list.ranked, percentile: mine.percentile, median: list.median });
  });

  it('refuses what it cannot rank, naming the problem', () => {
    expect(() => rankings(db, { measure: 'nope', year: 2024, level: 'COUNTY' })).toThrow(/unknown measure “nope”/);
    expect(() => rankings(db, { measure: 'reports', year: 2024, level: 'COUNTY' })).toThrow(/counts reports or agencies/);
    expect(() => rankings(db, { measure: 'rate.granted', year: 2024, level: 'COUNTY', minBase: -1 })).toThrow(/minBase is a whole number/);
    expect(() => rankings(db, { measure: 'rate.granted', year: 2024, level: 'COUNTY', after: 'eHl6' })).toThrow(/not a cursor/);
  });
});

describe('the kept ranking', () => {
  it('is used again until the store changes, on this connection or by another process', async () => {
    const input = { measure: 'applications.newlyReceived.total', year: 2024, level: 'COUNTY' as const, regionCode: '41' };
    const first = rankings(db, input);
    // The same answer object: not ranked again.
    expect(rankAll(db, input)).toBe(rankAll(db, input));
    const top = first.entries[0]!;
    // A write through this connection: the top agency's figure doubles.
    db.$client
      .prepare('UPDATE report_facts SET applications_newlyReceived_total = applications_newlyReceived_total * 2 + 1 WHERE report_id = ?')
      .run(top.reportId);
    const second = rankings(db, input);
    expect(second.entries[0]!.value).toBe(top.value! * 2 + 1);
    // A commit by another connection (the CLI ingesting beside the server) is seen too.
    const { default: Database } = await import('better-sqlite3');
    const other = new Database(db.$client.name);
    other.prepare('UPDATE report_facts SET applications_newlyReceived_total = 0 WHERE report_id = ?').run(top.reportId);
    other.close();
    const third = rankings(db, input);
    expect(third.entries.find((e) => e.reportId === top.reportId)!.value).toBe(0);
    expect(third.entries[0]!.reportId).not.toBe(top.reportId);
  });
});

describe('a rate with an empty cell', () => {
  it('is not ranked: a sum over a blank would be a wrong rate', () => {
    const input = { measure: 'rate.granted', year: 2024, level: 'COUNTY' as const, regionCode: '41', minBase: 0 };
    const before = rankings(db, input);
    const victim = before.entries[0]!;
    db.$client.prepare('UPDATE report_facts SET applications_granted_total = NULL WHERE report_id = ?').run(victim.reportId);
    const after = rankings(db, input);
    expect(after.entries.find((e) => e.reportId === victim.reportId)).toBeUndefined();
    expect(after.agencies).toBe(before.agencies - 1);
  });
});
