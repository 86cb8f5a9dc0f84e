import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { filledDatabase } from '../test-support.ts';
import { agencyYears, crossYearChecks } from './checks.ts';
import type { CellRow, ReportRow } from './reports.ts';
import { cellsOfReports, latestReportsOfAgencies } from './reports.ts';

// Rules 6 and 7 across consecutive years of one agency, on reports stored by the real ingest, and on
// copies of them with one figure changed to see each rule catch it.

let db: Db;
let reports: ReportRow[];
let cells: Map<number, CellRow[]>;

beforeAll(async () => {
  ({ db } = await filledDatabase(30));
  // An agency with a report every year (the generator writes one for 2019–2024).
  const agencyId = (
    db.$client
      .prepare('SELECT agency_id AS id FROM reports WHERE is_latest = 1 GROUP BY agency_id ORDER BY count(DISTINCT year) DESC, agency_id LIMIT 1')
      .get() as { id: number }
  ).id;
  reports = latestReportsOfAgencies(db, [agencyId])[0]!;
  cells = new Map(
    reports.map((r, i) => [
      r.id,
      cellsOfReports(
        db,
        reports.map((x) => x.id),
      )[i]!,
    ]),
  );
}, 120_000);
afterAll(() => db.$client.close());

const valueOf = (list: CellRow[], path: string) => list.find((c) => c.spec.path === path)?.value ?? null;
const withValue = (list: CellRow[], path: string, value: number) => list.map((c) => (c.spec.path === path ? { ...c, value, decimal: String(value) } : c));

describe('crossYearChecks', () => {
  it('the agency has consecutive years to compare', () => {
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(agencyYears(db, reports[0]!.agencyId)).toEqual([...new Set(reports.map((r) => r.year))].sort());
  });

  it('checks each consecutive pair: rule 6 per column, rule 7 per row, each verdict what the figures say', () => {
    const checks = crossYearChecks(reports, (id) => cells.get(id)!);
    expect(checks.length).toBeGreaterThan(0);
    const byYear = new Map(reports.map((r) => [r.year!, cells.get(r.id)!]));
    for (const c of checks) {
      expect(c.year - c.previousYear).toBe(1);
      const now = byYear.get(c.year)!;
      const before = byYear.get(c.previousYear)!;
      if (c.rule === 6) {
        const column = c.path.split('.').at(-1)!;
        expect([c.expected, c.actual]).toEqual([valueOf(before, `applications.carriedForward.${column}`), valueOf(now, `applications.carriedOver.${column}`)]);
      } else {
        const row = c.path.split('.')[1]!;
        expect(c.expected).toBe(valueOf(before, `active.${row}.inForce`)! + valueOf(now, `active.${row}.issued`)! - valueOf(now, `active.${row}.repealed`)!);
        expect(c.actual).toBe(valueOf(now, `active.${row}.inForce`));
      }
      expect(c.ok).toBe(c.expected === c.actual);
    }
  });

  it('rule 6 catches a carried-over figure that is not last year’s carried-forward one', () => {
    const [a, b] = reports;
    const forward = valueOf(cells.get(a!.id)!, 'applications.carriedForward.total');
    expect(forward).not.toBeNull();
    const broken = withValue(cells.get(b!.id)!, 'applications.carriedOver.total', forward! + 3);
    const checks = crossYearChecks([a!, b!], (id) => (id === b!.id ? broken : cells.get(id)!));
    expect(checks.find((c) => c.rule === 6 && c.path === 'applications.carriedOver.total')).toMatchObject({
      ok: false,
      expected: forward,
      actual: forward! + 3,
      year: b!.year,
      previousYear: a!.year,
    });
  });

  it('rule 7 catches a row in force that does not follow from last year, issued and repealed', () => {
    const found = crossYearChecks(reports, (id) => cells.get(id)!).find((c) => c.rule === 7);
    expect(found, 'the fixture has a pair of years with every rule-7 figure printed').toBeDefined();
    const a = reports.find((r) => r.year === found!.previousYear)!;
    const b = reports.find((r) => r.year === found!.year)!;
    const broken = withValue(cells.get(b.id)!, found!.path, found!.expected! + 5);
    const check = crossYearChecks([a, b], (id) => (id === b.id ? broken : cells.get(id)!)).find((c) => c.rule === 7 && c.path === found!.path)!;
    expect(check).toMatchObject({ ok: false, expected: found!.expected, actual: found!.expected! + 5 });
    expect(check.message).toContain(String(found!.expected! + 5));
  });

  it('compares nothing across a gap of years, or for a single report', () => {
    const [a, , c] = reports;
    expect(crossYearChecks([a!, c!], (id) => cells.get(id)!)).toEqual([]);
    expect(crossYearChecks([a!], (id) => cells.get(id)!)).toEqual([]);
  });
});
