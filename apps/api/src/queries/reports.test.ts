import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import type { StoredReport } from '../test-support.ts';
import { filledDatabase, storedReports } from '../test-support.ts';
import type { ReportOrder } from './reports.ts';
import {
  cellsOfReports,
  diagnosticsOfReports,
  latestReportsOfAgencies,
  listReports,
  narrativesOfReports,
  reportsByIds,
  sourceText,
  tablesFromCells,
  versionsOf,
} from './reports.ts';
import type { ReportFilter } from './filter-sql.ts';

// The report list and the per-report loaders against a store filled by the real ingest.

let db: Db;
let stored: StoredReport[];

beforeAll(async () => {
  ({ db } = await filledDatabase(30));
  stored = storedReports(db);
}, 120_000);
afterAll(() => db.$client.close());

/** Every page of a list, following endCursor. */
function everyPage(filter: ReportFilter, orderBy: ReportOrder, first: number): { ids: number[]; pages: number; totals: number[] } {
  const ids: number[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const c = listReports(db, { filter, orderBy, first, after });
    ids.push(...c.edges.map((e) => e.node.id));
    totals.push(c.totalCount);
    pages++;
    after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
  } while (after);
  return { ids, pages, totals };
}

const latest = () => stored.filter((r) => r.isLatest);
const agencyName = (r: StoredReport) => r.agencyName;

describe('listReports', () => {
  it('filtering by province and year returns exactly the reports of that province and those years', () => {
    const c = listReports(db, { filter: { regionCode: '41', yearFrom: 2021, yearTo: 2022 }, first: 100 });
    const want = latest().filter((r) => r.regionCode.startsWith('41') && r.year !== null && r.year >= 2021 && r.year <= 2022);
    expect(want.length).toBeGreaterThan(3);
    expect(c.edges.map((e) => e.node.id).sort((a, b) => a - b)).toEqual(want.map((r) => r.id));
    expect(c.totalCount).toBe(want.length);
    expect(c.syntheticCount).toBe(want.filter((r) => r.synthetic).length);
    for (const { node } of c.edges) expect(node.year! >= 2021 && node.year! <= 2022).toBe(true);
  });

  it('a county code finds the county’s reports and nothing of the city around it', () => {
    const c = listReports(db, { filter: { regionCode: '410823' }, first: 100 });
    expect(c.totalCount).toBe(latest().filter((r) => r.regionCode === '410823').length);
    expect(c.totalCount).toBeLessThan(listReports(db, { filter: { regionCode: '4108' } }).totalCount);
  });

  const ORDERED: Record<ReportOrder, (a: StoredReport, b: StoredReport) => number> = {
    YEAR_DESC: (a, b) => (b.year ?? 0) - (a.year ?? 0) || b.id - a.id,
    YEAR_ASC: (a, b) => (a.year ?? 0) - (b.year ?? 0) || a.id - b.id,
    AGENCY_ASC: (a, b) => (agencyName(a) < agencyName(b) ? -1 : agencyName(a) > agencyName(b) ? 1 : a.id - b.id),
    INGESTED_DESC: (a, b) => b.id - a.id,
  };

  it.each((Object.keys(ORDERED) as ReportOrder[]).flatMap((order) => [1, 6, 100].map((first) => [order, first] as const)))(
    'pages in %s order, %i a page: every report once, in order',
    (orderBy, first) => {
      for (const filter of [{}, { latestOnly: false }, { synthetic: 'EXCLUDE' }] satisfies ReportFilter[]) {
        const want = stored.filter((r) => (filter.latestOnly === false || r.isLatest) && (filter.synthetic !== 'EXCLUDE' || !r.synthetic));
        const { ids, pages, totals } = everyPage(filter, orderBy, first);
        expect(ids).toEqual([...want].sort(ORDERED[orderBy]).map((r) => r.id));
        expect(pages).toBe(Math.max(1, Math.ceil(want.length / first)));
        expect(new Set(totals)).toEqual(new Set([want.length]));
      }
    },
  );

  it('caps a page at 100 and reads none for first: 0', () => {
    const all = listReports(db, { filter: { latestOnly: false }, first: 1000 });
    expect(all.edges.length).toBe(Math.min(100, stored.length));
    const none = listReports(db, { first: 0 });
    expect(none.edges).toEqual([]);
    expect(none.totalCount).toBe(latest().length);
  });

  it.each([
    ['garbage', 'not-a-cursor', 'YEAR_DESC'],
    ['a cursor of the agency order in the year order', null, 'YEAR_DESC'],
    ['SQL as a cursor', "' OR 1=1 --", 'INGESTED_DESC'],
  ] as const)('refuses %s as BAD_USER_INPUT', (_, cursor, orderBy) => {
    const after = cursor ?? listReports(db, { orderBy: 'AGENCY_ASC', first: 2 }).pageInfo.endCursor!;
    expect(() => listReports(db, { orderBy, after })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'invalid cursor' }));
  });

  it('returns rows with booleans, not SQLite integers', () => {
    const { node } = listReports(db, { first: 1 }).edges[0]!;
    expect(typeof node.isLatest).toBe('boolean');
    expect(typeof node.synthetic).toBe('boolean');
    expect(typeof node.complete).toBe('boolean');
    expect(node).not.toHaveProperty('agencyName');
  });
});

describe('loaders', () => {
  it('reportsByIds answers in the order asked, null for an unknown id', () => {
    const [a, b] = [stored[3]!.id, stored[0]!.id];
    expect(reportsByIds(db, [a, 999_999, b]).map((r) => r?.id ?? null)).toEqual([a, null, b]);
  });

  it('versionsOf lists every version of an agency-year, oldest first', () => {
    const older = stored.find((r) => !r.isLatest)!;
    const [versions] = versionsOf(db, [{ agencyId: older.agencyId, year: older.year }]);
    expect(versions!.map((v) => v.id).sort((a, b) => a - b)).toEqual(
      stored.filter((r) => r.agencyId === older.agencyId && r.year === older.year).map((r) => r.id),
    );
    expect(versions!.map((v) => v.version)).toEqual([...versions!.map((v) => v.version)].sort((a, b) => a - b));
    expect(versions!.filter((v) => v.isLatest).length).toBe(1);
  });

  it('latestReportsOfAgencies gives each agency its latest reports by year', () => {
    const agencyIds = [...new Set(stored.map((r) => r.agencyId))];
    const lists = latestReportsOfAgencies(db, agencyIds);
    agencyIds.forEach((id, i) => {
      expect(lists[i]!.map((r) => r.id).sort((a, b) => a - b)).toEqual(
        latest()
          .filter((r) => r.agencyId === id)
          .map((r) => r.id),
      );
      expect(lists[i]!.map((r) => r.year ?? 0)).toEqual([...lists[i]!.map((r) => r.year ?? 0)].sort((a, b) => a - b));
    });
  });

  it('cells come back with exact money decimals, and tables read from them', () => {
    const [cells] = cellsOfReports(db, [stored[0]!.id]);
    expect(cells!.length).toBeGreaterThan(0);
    for (const c of cells!) {
      if (c.value === null) continue;
      if (c.spec.money) expect(c.decimal).toMatch(/^-?\d+(\.\d+)?$/);
      else expect(c.decimal).toBe(String(c.value));
    }
    const applications = tablesFromCells(cells!, 'applications');
    const total = cells!.find((c) => c.spec.path === 'applications.newlyReceived.total');
    expect(applications.newlyReceived?.total ?? null).toBe(total?.value ?? null);
  });

  it('diagnostics and narratives load per report, in the order asked', () => {
    const withDiagnostics = stored.find((r) => r.diagnosticCodes.length > 0)!;
    const [none, some] = diagnosticsOfReports(db, [999_999, withDiagnostics.id]);
    expect(none).toEqual([]);
    expect(new Set(some!.map((d) => d.code))).toEqual(new Set(withDiagnostics.diagnosticCodes));
    for (const d of some!) expect(['ERROR', 'WARNING', 'INFO']).toContain(d.severity);
    const withText = stored.find((r) => r.narratives.length > 0)!;
    expect(Object.values(narrativesOfReports(db, [withText.id])[0]!).sort()).toEqual([...withText.narratives].sort());
    expect(sourceText(db, withText.id)).toEqual(expect.any(String));
    expect(sourceText(db, 999_999)).toBeNull();
  });
});
