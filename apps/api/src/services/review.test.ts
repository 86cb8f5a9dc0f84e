import { CELL_BY_PATH } from '@gongkai/schema/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { runAnalytics } from '../queries/analytics.ts';
import { cellsOfReports, diagnosticsOfReports } from '../queries/reports.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNTS, correctionsOfReports, PRIORITY_SQL, reviewQueue, reviewStatusOfReports } from '../queries/review.ts';
import { filledDatabase, rollupDisagreements, seedFiles } from '../test-support.ts';
import { longRows, wideCsv } from './export.ts';
import { ingestBytes } from './ingest.ts';
import { confirmCorrection, correctCell, reviewDiagnostic, revertCorrection } from './review.ts';

// Corrections are a layer over the parsed cells: every analytic, rollup and export moves by exactly the
// difference, a revert puts everything back, and a newer parser's re-read keeps or flags them.

let db: Db;
const ed = { userId: 'u-ed', name: 'ed' };
const PATH = 'applications.newlyReceived.total';
const MONEY = 'active.fees.amount';

beforeAll(async () => {
  ({ db } = await filledDatabase(20));
}, 120_000);
afterAll(() => db.$client.close());

/** A latest complete report with a year, and a cell it has. */
function pickReport(path: string, where = ''): { id: number; year: number; value: number | null } {
  const cell = [...CELL_BY_PATH.keys()].indexOf(path);
  const row = db.$client
    .prepare(
      `SELECT r.id, r.year, c.value FROM reports r JOIN report_cells c ON c.report_id = r.id AND c.cell = ? JOIN report_facts f ON f.report_id = r.id
       WHERE r.is_latest = 1 AND r.complete = 1 AND r.year IS NOT NULL ${where} ORDER BY r.id LIMIT 1`,
    )
    .get(cell) as { id: number; year: number; value: number | null } | undefined;
  if (!row) throw new Error(`no report with ${path}`);
  return row;
}

function yearTotal(year: number, measure = PATH, extra: { useParsed?: boolean; groupBy?: ('YEAR' | 'AGENCY')[] } = {}): { value: number; source: string } {
  const out = runAnalytics(db, {
    measures: [measure],
    groupBy: extra.groupBy ?? ['YEAR'],
    filter: { yearFrom: year, yearTo: year },
    useParsed: extra.useParsed,
  });
  const values = out.columns.find((c) => c.key === measure)!.values as number[];
  return { value: values.reduce((a, b) => a + (b ?? 0), 0), source: out.source };
}

const cellOf = (reportId: number, path: string) => cellsOfReports(db, [reportId])[0]!.find((c) => c.spec.path === path)!;

describe('correctCell', () => {
  it('changes the cell, the analytics from the rollups and from the facts, and the exports by exactly the difference; revert restores them', () => {
    const r = pickReport(PATH, 'AND c.value IS NOT NULL');
    const before = yearTotal(r.year);
    const beforeFacts = yearTotal(r.year, PATH, { groupBy: ['YEAR', 'AGENCY'] });
    expect(before.source).toBe('rollup_province');
    expect(beforeFacts.source).toBe('report_facts');
    const corrected = r.value! + 37;

    const id = correctCell(db, ed, {
      reportId: r.id,
      path: PATH,
      value: String(corrected),
      reason: '第3页表三印作此数',
      source: { page: 3, note: '表三第1行' },
    });

    const cell = cellOf(r.id, PATH);
    expect(cell).toMatchObject({ value: corrected, parsedValue: r.value, state: 'CORRECTED' });
    expect(cell.corrections[0]).toMatchObject({
      id,
      status: 'ACTIVE',
      by: 'ed',
      reason: '第3页表三印作此数',
      source: { page: 3, line: null, note: '表三第1行' },
    });
    expect(yearTotal(r.year).value).toBe(before.value + 37);
    expect(yearTotal(r.year, PATH, { groupBy: ['YEAR', 'AGENCY'] }).value).toBe(beforeFacts.value + 37);
    expect(yearTotal(r.year, PATH, { useParsed: true }).value).toBe(before.value);
    expect(rollupDisagreements(db)).toEqual([]);

    const long = [...longRows(db)].find((x) => x.reportId === r.id && `${x.section}.${x.row}.${x.column}` === PATH)!;
    expect(long).toMatchObject({ value: corrected, state: 'corrected', parsedValue: r.value, correctedBy: 'ed' });
    expect(long.correctedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const wide = [...wideCsv(db, 'applications')];
    const header = wide[0]!.trim().split(',');
    const line = wide
      .find((l) => l.startsWith(`${r.id},`))!
      .trim()
      .split(',');
    expect(line[header.indexOf('newlyReceived.total')]).toBe(String(corrected));
    expect(line[header.indexOf('corrections')]).toMatch(/^newlyReceived\.total ed \d{4}-/);

    revertCorrection(db, ed, id);
    expect(cellOf(r.id, PATH)).toMatchObject({ value: r.value, state: expect.not.stringMatching('CORRECTED') });
    expect(yearTotal(r.year).value).toBe(before.value);
    expect(yearTotal(r.year, PATH, { groupBy: ['YEAR', 'AGENCY'] }).value).toBe(beforeFacts.value);
    expect(rollupDisagreements(db)).toEqual([]);
    const long2 = [...longRows(db)].find((x) => x.reportId === r.id && `${x.section}.${x.row}.${x.column}` === PATH)!;
    expect(long2).toMatchObject({ value: r.value, correctedBy: null });
    expect(correctionsOfReports(db, [r.id])[0]![0]).toMatchObject({ id, status: 'REVERTED', revertedBy: 'ed' });
  });

  it('a later correction supersedes; reverting it brings back the one before, reverting that the parsed value', () => {
    const r = pickReport(PATH, 'AND c.value IS NOT NULL AND r.id > 3');
    const before = yearTotal(r.year).value;
    const first = correctCell(db, ed, { reportId: r.id, path: PATH, value: String(r.value! + 1), reason: 'one' });
    const second = correctCell(db, ed, { reportId: r.id, path: PATH, value: String(r.value! + 5), reason: 'two' });
    expect(yearTotal(r.year).value).toBe(before + 5);
    expect(correctionsOfReports(db, [r.id])[0]!.map((c) => [c.id, c.status])).toEqual([
      [second, 'ACTIVE'],
      [first, 'SUPERSEDED'],
    ]);
    revertCorrection(db, ed, second);
    expect(yearTotal(r.year).value).toBe(before + 1);
    expect(cellOf(r.id, PATH).value).toBe(r.value! + 1);
    revertCorrection(db, ed, first);
    expect(yearTotal(r.year).value).toBe(before);
    expect(() => revertCorrection(db, ed, first)).toThrow(/already reverted/);
    expect(rollupDisagreements(db)).toEqual([]);
  });

  it('keeps money exact: a decimal in 万元 in, the same decimal out, summed without a float', () => {
    const r = pickReport(MONEY);
    const before = yearTotal(r.year, MONEY).value;
    const parsed = cellOf(r.id, MONEY).decimal;
    correctCell(db, ed, { reportId: r.id, path: MONEY, value: '1234.567891', reason: '收费金额印作1234.567891万元' });
    expect(cellOf(r.id, MONEY)).toMatchObject({ decimal: '1234.567891', parsedDecimal: parsed, state: 'CORRECTED' });
    const delta = 1234.567891 - Number(parsed ?? 0);
    expect(yearTotal(r.year, MONEY).value).toBeCloseTo(before + delta, 6);
    const long = [...longRows(db)].find((x) => x.reportId === r.id && `${x.section}.${x.row}.${x.column}` === MONEY)!;
    expect(long.value).toBe('1234.567891');
  });

  it('refuses bad input with a message naming the problem, and stores nothing', () => {
    const r = pickReport(PATH);
    const count = () => (db.$client.prepare('SELECT count(*) AS n FROM cell_corrections').get() as { n: number }).n;
    const n = count();
    const cases: [Parameters<typeof correctCell>[2], RegExp][] = [
      [{ reportId: r.id, path: 'applications.nope.total', value: '1', reason: 'x' }, /unknown cell “applications\.nope\.total”/],
      [{ reportId: r.id, path: PATH, value: '12.5', reason: 'x' }, /is a count: a whole number/],
      [{ reportId: r.id, path: PATH, value: '1e9', reason: 'x' }, /is a count/],
      [{ reportId: r.id, path: PATH, value: '-3', reason: 'x' }, /is a count/],
      [{ reportId: r.id, path: PATH, value: '1234567890', reason: 'x' }, /at most 9 digits/],
      [{ reportId: r.id, path: MONEY, value: '1.1234567', reason: 'x' }, /at most 6 decimals/],
      [{ reportId: r.id, path: PATH, value: '1', reason: '   ' }, /reason is required/],
      [{ reportId: r.id, path: PATH, value: '1', reason: 'x'.repeat(1001) }, /reason is 1001 characters long; the limit is 1000/],
      [{ reportId: r.id, path: PATH, value: '1', reason: 'x', source: { page: 0 } }, /source\.page must be a whole number from 1/],
      [{ reportId: 999_999, path: PATH, value: '1', reason: 'x' }, /report 999999 not found/],
    ];
    for (const [input, message] of cases) expect(() => correctCell(db, ed, input)).toThrow(message);
    expect(count()).toBe(n);
    expect(rollupDisagreements(db)).toEqual([]);
  });

  it('a null value says “not filled”: the cell leaves the sums, and the parsed value stays', () => {
    const r = pickReport(PATH, 'AND c.value > 0 AND r.id > 8');
    const before = yearTotal(r.year).value;
    correctCell(db, ed, { reportId: r.id, path: PATH, value: null, reason: '报告此格空白' });
    expect(cellOf(r.id, PATH)).toMatchObject({ value: null, parsedValue: r.value, state: 'CORRECTED' });
    expect(yearTotal(r.year).value).toBe(before - r.value!);
    expect(yearTotal(r.year, PATH, { useParsed: true }).value).toBe(before);
  });
});

describe('reviewDiagnostic and the review status', () => {
  it('records OPEN, CONFIRMED and DISMISSED with a comment; the latest is the state; the status counts what is open', () => {
    const row = db.$client
      .prepare("SELECT d.id, d.report_id AS reportId FROM diagnostics d WHERE d.severity IN ('error', 'warning') ORDER BY d.id LIMIT 1")
      .get() as { id: number; reportId: number };
    const [before] = reviewStatusOfReports(db, [row.reportId]);
    reviewDiagnostic(db, ed, row.id, 'confirmed', '原文确实如此');
    reviewDiagnostic(db, ed, row.id, 'dismissed', '解析错误：第二页表格错行');
    const d = diagnosticsOfReports(db, [row.reportId])[0]!.find((x) => x.id === row.id)!;
    expect(d.review).toMatchObject({ status: 'DISMISSED', comment: '解析错误：第二页表格错行', by: 'ed' });
    const [after] = reviewStatusOfReports(db, [row.reportId]);
    expect(after!.openErrors + after!.openWarnings).toBe(before!.openErrors + before!.openWarnings - 1);
    expect(after!.dismissed).toBe(before!.dismissed + 1);
    expect(after!.state).not.toBe('UNREVIEWED');
    expect(after!.lastReviewedBy).toBe('ed');
    expect(() => reviewDiagnostic(db, ed, 999_999, 'confirmed', null)).toThrow(/diagnostic 999999 not found/);
  });

  it('the queue puts reports with open errors first, then empty cells, and leaves out what needs nobody', () => {
    const queue = reviewQueue(db, { first: 100 });
    const nodes = queue.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (let i = 1; i < nodes.length; i++) {
      const [a, b] = [nodes[i - 1]!, nodes[i]!];
      expect(a.openErrors >= b.openErrors).toBe(true);
      if (a.openErrors === b.openErrors && a.staleCorrections === b.staleCorrections) expect(a.emptyCells >= b.emptyCells).toBe(true);
    }
    for (const n of nodes) expect(n.openErrors + n.staleCorrections + n.emptyCells + n.inferredLarge + n.openWarnings).toBeGreaterThan(0);
    // Paging walks the same order without repeats.
    const page1 = reviewQueue(db, { first: 2 });
    const page2 = reviewQueue(db, { first: 2, after: page1.pageInfo.endCursor });
    expect([...page1.edges, ...page2.edges].map((e) => e.node.reportId)).toEqual(nodes.slice(0, 4).map((n) => n.reportId));
    expect(() => reviewQueue(db, { after: 'bm9wZQ' })).toThrow(/not a cursor/);
    // A long queue is counted up to a cap, and says so.
    expect(queue).toMatchObject({ totalCount: nodes.length, totalCountCapped: false });
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(reviewQueue(db, { first: 1, countCap: nodes.length - 1 })).toMatchObject({ totalCount: nodes.length - 1, totalCountCapped: true });
  });
});

describe('a newer parser re-reads a corrected report', () => {
  it('keeps a correction whose printed source cell reads the same, flags one whose source changed, and carries diagnostic reviews', async () => {
    const seed = seedFiles()[0]!;
    const stored = db.$client.prepare('SELECT id, year FROM reports WHERE source_name = ?').get(`seeds/${seed.name}`) as { id: number; year: number };
    const cells = cellsOfReports(db, [stored.id])[0]!;
    const printed = cells.filter((c) => c.state === 'PRINTED' && c.value !== null && c.spec.section === 'applications' && c.raw);
    const [kept, flagged] = [printed[0]!, printed[1]!];
    const total = (path: string) => yearTotal(stored.year, path).value;
    const [keptBefore, flaggedBefore] = [total(kept.spec.path), total(flagged.spec.path)];
    const keptId = correctCell(db, ed, { reportId: stored.id, path: kept.spec.path, value: String(kept.value! + 2), reason: 'kept' });
    const flaggedId = correctCell(db, ed, { reportId: stored.id, path: flagged.spec.path, value: String(flagged.value! + 3), reason: 'flagged' });
    const diagnostic = diagnosticsOfReports(db, [stored.id])[0]![0];
    if (diagnostic) reviewDiagnostic(db, ed, diagnostic.id!, 'confirmed', 'printed so');
    expect([total(kept.spec.path), total(flagged.spec.path)]).toEqual([keptBefore + 2, flaggedBefore + 3]);

    // An older parser read this report, and read the second cell's printed text differently.
    const flaggedIndex = [...CELL_BY_PATH.keys()].indexOf(flagged.spec.path);
    db.$client.prepare("UPDATE reports SET parser_version = '0.0.1-old' WHERE id = ?").run(stored.id);
    db.$client.prepare("UPDATE report_cells SET raw = 'l7' WHERE report_id = ? AND cell = ?").run(stored.id, flaggedIndex);

    const outcome = await ingestBytes(db, `seeds/${seed.name}`, seed.bytes);
    expect(outcome.status).toBe('updated');
    const newId = outcome.reportId!;
    expect(newId).not.toBe(stored.id);
    const carried = correctionsOfReports(db, [newId])[0]!;
    expect(carried.find((c) => c.id === keptId)).toMatchObject({ status: 'ACTIVE', carryNote: expect.stringMatching(/0\.0\.1-old → .*source cell unchanged/) });
    expect(carried.find((c) => c.id === flaggedId)).toMatchObject({ status: 'STALE', carryNote: expect.stringMatching(/source cell changed from “l7”/) });
    expect(cellOf(newId, kept.spec.path)).toMatchObject({ value: kept.value! + 2, state: 'CORRECTED' });
    expect(cellOf(newId, flagged.spec.path)).toMatchObject({ value: flagged.value, state: flagged.state });
    expect([total(kept.spec.path), total(flagged.spec.path)]).toEqual([keptBefore + 2, flaggedBefore]);
    expect(rollupDisagreements(db)).toEqual([]);
    expect(reviewStatusOfReports(db, [newId])[0]!.staleCorrections).toBe(1);
    expect(reviewQueue(db, { first: 100 }).edges.find((e) => e.node.reportId === newId)?.node.staleCorrections).toBe(1);
    if (diagnostic) expect(diagnosticsOfReports(db, [newId])[0]!.find((d) => d.code === diagnostic.code)?.review?.status).toBe('CONFIRMED');

    confirmCorrection(db, ed, flaggedId);
    expect(cellOf(newId, flagged.spec.path)).toMatchObject({ value: flagged.value! + 3, state: 'CORRECTED' });
    expect([total(kept.spec.path), total(flagged.spec.path)]).toEqual([keptBefore + 2, flaggedBefore + 3]);
    expect(rollupDisagreements(db)).toEqual([]);
    expect(() => confirmCorrection(db, ed, keptId)).toThrow(/not STALE/);
  });
});

/** Reports whose kept review counts differ from a live count (empty when the writes kept them right). */
function countDisagreements(): unknown[] {
  const live = Object.entries(COUNTS)
    .map(([k, e]) => `${e} AS live_${k}`)
    .join(', ');
  const rows = db.$client
    .prepare(
      `SELECT r.id, r.open_errors, r.open_warnings, r.stale_corrections, r.empty_cells, r.inferred_large, r.review_priority, ${live}, ${PRIORITY_SQL.replace(/(\w+_\w+)/g, 'r.$1')} AS live_priority FROM reports r`,
    )
    .all() as Record<string, number>[];
  return rows.filter(
    (r) =>
      r.open_errors !== r.live_openErrors ||
      r.open_warnings !== r.live_openWarnings ||
      r.stale_corrections !== r.live_staleCorrections ||
      r.empty_cells !== r.live_emptyCells ||
      r.inferred_large !== r.live_inferredLarge ||
      r.review_priority !== r.live_priority,
  );
}

describe('the queue’s kept counts', () => {
  it('equal a live count after ingest, corrections, reverts, reviews and a re-parse', () => {
    expect(db.$client.prepare('SELECT count(*) AS n FROM reports WHERE review_priority > 0').get()).toMatchObject({ n: expect.any(Number) });
    expect(countDisagreements()).toEqual([]);
  });

  it('are what the migration computes for reports stored before it', () => {
    const before = db.$client.prepare('SELECT id, open_errors, empty_cells, review_priority FROM reports ORDER BY id').all();
    db.$client
      .prepare('UPDATE reports SET open_errors = 0, open_warnings = 0, stale_corrections = 0, empty_cells = 0, inferred_large = 0, review_priority = 0')
      .run();
    const migration = readFileSync(join(import.meta.dirname, '../db/migrations/0006_review_priority.sql'), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint').filter((x) => /^\s*(--[^\n]*\n)*\s*UPDATE/.test(x))) db.$client.exec(statement);
    expect(db.$client.prepare('SELECT id, open_errors, empty_cells, review_priority FROM reports ORDER BY id').all()).toEqual(before);
  });
});
