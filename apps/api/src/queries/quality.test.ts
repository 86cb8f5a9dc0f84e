import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import type { StoredReport } from '../test-support.ts';
import { filledDatabase, storedReports } from '../test-support.ts';
import type { ReportFilter } from './filter-sql.ts';
import { dataQuality } from './quality.ts';

// Data quality over a store filled by the real ingest (every fifteenth generated report prints a
// total that contradicts its parts): the counts a reviewer would check by hand.

let db: Db;
let stored: StoredReport[];

beforeAll(async () => {
  ({ db } = await filledDatabase(30));
  stored = storedReports(db);
}, 120_000);
afterAll(() => db.$client.close());

const diagnostics = () =>
  db.$client.prepare('SELECT report_id AS id, code, severity FROM diagnostics').all() as { id: number; code: string; severity: string }[];

describe('dataQuality', () => {
  it.each([
    ['every latest report', {}],
    ['one province and year span', { regionCode: '41', yearFrom: 2021 }],
    ['synthetic reports, every version', { synthetic: 'ONLY', latestOnly: false }],
    ['reports with diagnostics', { hasDiagnostics: true }],
  ] satisfies [string, ReportFilter][])('%s: report counts and per-code counts match the stored diagnostics', (_, filter: ReportFilter) => {
    const selected = stored.filter(
      (r) =>
        (filter.latestOnly === false || r.isLatest) &&
        (!filter.regionCode || r.regionCode.startsWith(filter.regionCode)) &&
        (filter.yearFrom == null || (r.year ?? 0) >= filter.yearFrom) &&
        (filter.synthetic !== 'ONLY' || r.synthetic) &&
        (filter.hasDiagnostics !== true || r.warnings + r.errors > 0),
    );
    const ids = new Set(selected.map((r) => r.id));
    const q = dataQuality(db, filter);
    expect(q.reports).toBe(selected.length);
    expect(q.reportsWithWarnings).toBe(selected.filter((r) => r.warnings > 0).length);
    expect(q.reportsWithErrors).toBe(selected.filter((r) => r.errors > 0).length);
    const mine = diagnostics().filter((d) => ids.has(d.id));
    for (const c of q.byCode) {
      const of = mine.filter((d) => d.code === c.code && d.severity.toUpperCase() === c.severity);
      expect(c.diagnostics, c.code).toBe(of.length);
      expect(c.reports, c.code).toBe(new Set(of.map((d) => d.id)).size);
      expect(c.labelZh && c.labelEn).toBeTruthy();
    }
    expect(q.byCode.reduce((n, c) => n + c.diagnostics, 0)).toBe(mine.length);
    // Ordered with the most widespread code first.
    expect(q.byCode.map((c) => c.reports)).toEqual([...q.byCode.map((c) => c.reports)].sort((a, b) => b - a));
  });

  it('the contradicting totals the generator printed show up under a rule, with example reports from the selection', () => {
    const q = dataQuality(db, { synthetic: 'ONLY' });
    const broken = q.byRule.filter((r) => r.reports > 0);
    expect(broken.length).toBeGreaterThan(0);
    const synthetic = new Set(stored.filter((r) => r.synthetic && r.isLatest).map((r) => r.id));
    for (const rule of broken) {
      expect(rule.exampleIds.length).toBe(Math.min(rule.reports, 50));
      for (const id of rule.exampleIds) expect(synthetic.has(id)).toBe(true);
    }
    expect(q.byRule.map((r) => r.rule)).toEqual([1, 2, 3, 4, 5].filter((n) => q.byRule.some((r) => r.rule === n)));
  });

  it('by year and by province count only warnings and errors of the selected reports', () => {
    const q = dataQuality(db, { yearFrom: 2022 });
    for (const y of q.byYear) expect(y.year).toBeGreaterThanOrEqual(2022);
    const wanted = stored.filter((r) => r.isLatest && (r.year ?? 0) >= 2022);
    const ids = new Set(wanted.map((r) => r.id));
    const notInfo = diagnostics().filter((d) => ids.has(d.id) && d.severity !== 'info');
    const byYear = q.byYear.reduce((n, y) => n + y.reports, 0);
    const expected = new Set(notInfo.map((d) => `${d.code}#${d.id}`)).size;
    expect(byYear).toBe(expected);
    expect(q.byRegion.reduce((n, r) => n + r.reports, 0)).toBe(expected);
  });

  it('a filter that selects nothing answers zeros, not an error', () => {
    const q = dataQuality(db, { yearFrom: 2100 });
    expect(q).toMatchObject({ reports: 0, reportsWithWarnings: 0, reportsWithErrors: 0, byCode: [], byYear: [], byRegion: [] });
    for (const r of q.byRule) expect(r).toMatchObject({ reports: 0, exampleIds: [] });
  });
});
