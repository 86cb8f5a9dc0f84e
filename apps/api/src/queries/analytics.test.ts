import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { DomainError } from '../errors.ts';
import type { StoredReport } from '../test-support.ts';
import { filledDatabase, storedReports } from '../test-support.ts';
import type { AnalyticsOut, AnalyticsQueryInput } from './analytics.ts';
import { runAnalytics } from './analytics.ts';
import { listReports } from './reports.ts';
import { cellsOfReports } from './reports.ts';

// The analytics against a store filled by the real ingest: the figures equal what the stored cells
// add up to, whichever table (province rollup, county rollup, per-report facts) answers.

let db: Db;
let stored: StoredReport[];
let cellValue: (reportId: number, path: string) => number | null;

beforeAll(async () => {
  ({ db } = await filledDatabase(30));
  stored = storedReports(db);
  const ids = stored.map((r) => r.id);
  const cells = new Map(cellsOfReports(db, ids).map((list, i) => [ids[i]!, list]));
  cellValue = (id, path) => cells.get(id)!.find((c) => c.spec.path === path)?.value ?? null;
}, 120_000);
afterAll(() => db.$client.close());

const column = (out: AnalyticsOut, key: string) => out.columns.find((c) => c.key === key)!.values;
/** The answer as { dimension values joined → measure values }. */
function byKey(out: AnalyticsOut, dims: string[], measures: string[]): Record<string, (number | null)[]> {
  const rows: Record<string, (number | null)[]> = {};
  for (let i = 0; i < out.rowCount; i++) rows[dims.map((d) => String(column(out, d)[i])).join('|')] = measures.map((m) => column(out, m)[i] as number | null);
  return rows;
}

/** Latest complete reports with a year: what the analytics count unless asked otherwise. */
const counted = (keep: (r: StoredReport) => boolean = () => true) => stored.filter((r) => r.isLatest && r.complete && r.year !== null && keep(r));
const sum = (reports: StoredReport[], path: string) => reports.reduce((n, r) => n + (cellValue(r.id, path) ?? 0), 0);

describe('runAnalytics', () => {
  it('reports and a cell by year, from the province rollup, equal the stored cells added up', () => {
    const out = runAnalytics(db, { measures: ['reports', 'applications.newlyReceived.total'], groupBy: ['YEAR'] });
    expect(out.source).toBe('rollup_province');
    const years = [...new Set(counted().map((r) => r.year!))].sort();
    expect(column(out, 'YEAR')).toEqual(years);
    const rows = byKey(out, ['YEAR'], ['reports', 'applications.newlyReceived.total']);
    for (const year of years) {
      const reports = counted((r) => r.year === year);
      expect(rows[String(year)]).toEqual([reports.length, sum(reports, 'applications.newlyReceived.total')]);
    }
    expect(out.totalReports).toBe(counted().length);
    expect(out.syntheticReports).toBe(counted((r) => r.synthetic).length);
  });

  it.each([
    ['a province', { regionCode: '41' }, 'rollup_province'],
    ['a city', { regionCode: '4108' }, 'rollup_county'],
    ['a prefix that is not a whole level', { regionCode: '410' }, 'rollup_county'],
    ['one agency', { agencyId: String(6) }, 'report_facts'],
    ['reports with diagnostics', { hasDiagnostics: true }, 'report_facts'],
    ['every version', { latestOnly: false }, 'report_facts'],
    ['incomplete reports too', { includeIncomplete: true }, 'report_facts'],
  ] as const)('%s: answered from %s, with the reports the report list finds', (_, filter, source) => {
    const out = runAnalytics(db, { measures: ['reports'], filter });
    expect(out.source).toBe(source);
    // The fixture's reports are complete and dated, so the analytics count what the list counts.
    expect(stored.every((r) => r.complete && r.year !== null)).toBe(true);
    expect(out.totalReports).toBe(listReports(db, { filter }).totalCount);
  });

  it('the rollups and the facts give the same figures for the same question', () => {
    const measures = ['reports', 'applications.granted.total', 'active.regulations.inForce'];
    const rollup = runAnalytics(db, { measures, groupBy: ['YEAR'], filter: { regionCode: '41', synthetic: 'ONLY' } });
    expect(rollup.source).toBe('rollup_province');
    // Grouping by agency too forces the fact rows; added up per year they must agree.
    const facts = runAnalytics(db, { measures, groupBy: ['YEAR', 'AGENCY'], filter: { regionCode: '41', synthetic: 'ONLY' } });
    expect(facts.source).toBe('report_facts');
    const perYear: Record<string, number[]> = {};
    const f = byKey(facts, ['YEAR', 'AGENCY'], measures);
    for (const [key, values] of Object.entries(f)) {
      const year = key.split('|')[0]!;
      perYear[year] = (perYear[year] ?? measures.map(() => 0)).map((n, i) => n + (values[i] ?? 0));
    }
    expect(byKey(rollup, ['YEAR'], measures)).toEqual(perYear);
  });

  it('groups by region at city level from the county rollup, with names', () => {
    const out = runAnalytics(db, { measures: ['reports'], groupBy: ['REGION'], regionLevel: 'CITY', filter: { regionCode: '41' } });
    expect(out.source).toBe('rollup_county');
    const rows = byKey(out, ['REGION'], ['reports']);
    expect(rows['410800']).toEqual([counted((r) => r.regionCode.startsWith('4108')).length]);
    const names = column(out, 'REGION.label');
    expect(names[column(out, 'REGION').indexOf('410800')]).toBe('焦作市');
  });

  it('a rate is the share of its parts, to two decimals', () => {
    const out = runAnalytics(db, { measures: ['rate.granted'], groupBy: ['YEAR'] });
    const rows = byKey(out, ['YEAR'], ['rate.granted']);
    for (const [year, [rate]] of Object.entries(rows)) {
      const reports = counted((r) => String(r.year) === year);
      const processed = sum(reports, 'applications.totalProcessed.total');
      expect(rate).toBe(processed > 0 ? Number(((100 * sum(reports, 'applications.granted.total')) / processed).toFixed(2)) : null);
    }
  });

  it('synthetic reports are counted apart: none when excluded, all when asked for alone', () => {
    const real = runAnalytics(db, { measures: ['reports'], filter: { synthetic: 'EXCLUDE' } });
    expect(real.syntheticReports).toBe(0);
    expect(real.totalReports).toBe(counted((r) => !r.synthetic).length);
    const only = runAnalytics(db, { measures: ['reports'], filter: { synthetic: 'ONLY' } });
    expect(only.syntheticReports).toBe(only.totalReports);
  });

  it('splits a row by applicant type, natural persons first, one row per year and type', () => {
    const out = runAnalytics(db, { measures: ['applications.newlyReceived'], groupBy: ['YEAR', 'APPLICANT_TYPE'] });
    const types = column(out, 'APPLICANT_TYPE');
    expect(types[0]).toBe('naturalPerson');
    const perYear = new Set(types).size;
    expect(out.rowCount).toBe(perYear * new Set(column(out, 'YEAR')).size);
    const rows = byKey(out, ['YEAR', 'APPLICANT_TYPE'], ['applications.newlyReceived']);
    const year = String(column(out, 'YEAR')[0]);
    expect(rows[`${year}|naturalPerson`]).toEqual([
      sum(
        counted((r) => String(r.year) === year),
        'applications.newlyReceived.naturalPerson',
      ),
    ]);
  });

  it('sorts by a measure and keeps the first rows asked for', () => {
    const out = runAnalytics(db, { measures: ['reports'], groupBy: ['AGENCY'], sort: [{ key: 'reports', desc: true }], limit: 2 });
    expect(out.rowCount).toBe(2);
    const counts = column(out, 'reports') as number[];
    const all = runAnalytics(db, { measures: ['reports'], groupBy: ['AGENCY'] });
    expect(counts).toEqual((column(all, 'reports') as number[]).sort((a, b) => b - a).slice(0, 2));
  });

  it.each<[string, AnalyticsQueryInput]>([
    ['no measure', { measures: [] }],
    ['an unknown measure', { measures: ['applications.nope.total'] }],
    ['SQL as a measure', { measures: ['reports; DROP TABLE reports; --'] }],
    ['21 measures', { measures: Array.from({ length: 21 }, () => 'reports') }],
    ['applicant type with outcome group', { measures: ['outcome'], groupBy: ['APPLICANT_TYPE', 'OUTCOME_GROUP'] }],
    ['a cell where applicant type wants a row', { measures: ['applications.newlyReceived.total'], groupBy: ['APPLICANT_TYPE'] }],
    ['a region code without digits', { measures: ['reports'], filter: { regionCode: 'x' } }],
  ])('refuses %s as BAD_USER_INPUT', (_, query) => {
    expect(() => runAnalytics(db, query)).toThrow(DomainError);
    expect(() => runAnalytics(db, query)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
