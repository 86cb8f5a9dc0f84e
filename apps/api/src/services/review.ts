import { CELLS, decimalToUnits } from '@gongkai/schema/report';
import type { CellSpec } from '@gongkai/schema/report';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/client.ts';
import { DomainError } from '../errors.ts';
import { PRIORITY_SQL, REFRESH_COUNTS_SQL } from '../queries/review.ts';

// The write side of review: corrections of cells and reviews of diagnostics. A correction never
// overwrites the parsed value (report_cells keeps it); the cell's one ACTIVE correction is what
// report_facts and the rollups hold, changed by the difference in the same transaction, so every
// analytic, chart and export reads the corrected value without knowing about corrections.

export const REVIEW_LIMITS = { reasonChars: 1_000, noteChars: 200, commentChars: 1_000, digits: 9, sourceNumber: 1_000_000 };

const CELL_INDEX = new Map(CELLS.map((c, i) => [c.path, i]));

export interface Reviewer {
  userId: string | null;
  name: string;
}

export interface CorrectionInput {
  reportId: number;
  path: string;
  value: string | null;
  reason: string;
  source?: { page?: number | null; line?: number | null; note?: string | null } | null;
}

export type CorrectionStatus = 'active' | 'superseded' | 'reverted' | 'stale';

/** A cell's index in the catalogue, or a clear refusal naming the path. */
export function cellIndex(path: string): number {
  const index = CELL_INDEX.get(path);
  if (index === undefined) throw new DomainError('BAD_USER_INPUT', `unknown cell “${path.slice(0, 80)}” (paths look like applications.newlyReceived.total)`);
  return index;
}

/** A typed value as stored: counts as whole numbers, money (万元) as integer millionths; null for “not filled”. */
export function storedValue(spec: CellSpec, text: string | null): number | null {
  if (text === null) return null;
  const t = text.trim();
  if (t === '') return null;
  const { digits } = REVIEW_LIMITS;
  if (spec.money) {
    if (!new RegExp(`^\\d{1,${digits}}(\\.\\d{1,6})?$`).test(t))
      throw new DomainError(
        'BAD_USER_INPUT',
        `${spec.path} is money in 万元: digits with at most 6 decimals (such as 12.5), at most ${digits} before the point; not “${t.slice(0, 40)}”`,
      );
    return Number(decimalToUnits(t));
  }
  if (!new RegExp(`^\\d{1,${digits}}$`).test(t))
    throw new DomainError('BAD_USER_INPUT', `${spec.path} is a count: a whole number of at most ${digits} digits, not “${t.slice(0, 40)}”`);
  return Number(t);
}

function boundedText(name: string, value: string | null | undefined, max: number, required: boolean): string | null {
  const t = value?.trim() ?? '';
  if (!t) {
    if (required) throw new DomainError('BAD_USER_INPUT', `${name} is required: say why (for example “第3页表三第2行印作12”)`);
    return null;
  }
  if (t.length > max) throw new DomainError('BAD_USER_INPUT', `${name} is ${t.length} characters long; the limit is ${max}`);
  return t;
}

function boundedNumber(name: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > REVIEW_LIMITS.sourceNumber)
    throw new DomainError('BAD_USER_INPUT', `${name} must be a whole number from 1 to ${REVIEW_LIMITS.sourceNumber}`);
  return value;
}

/** The line of `text` that holds offset `at`: what a person saw when they read the cell. */
export function lineAt(text: string | null, at: number | null): string | null {
  if (text === null || at === null || at < 0 || at > text.length) return null;
  const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return text.slice(start, nl === -1 ? text.length : nl).slice(0, 2_000);
}

interface ParsedCell {
  value: number | null;
  raw: string | null;
  start: number | null;
}

function parsedCell(db: Db, reportId: number, cell: number): ParsedCell | null {
  return (
    (db.$client.prepare('SELECT value, raw, start FROM report_cells WHERE report_id = ? AND cell = ?').get(reportId, cell) as ParsedCell | undefined) ?? null
  );
}

function sourceTextOf(db: Db, reportId: number): string | null {
  return (db.$client.prepare('SELECT text FROM report_sources WHERE report_id = ?').get(reportId) as { text: string } | undefined)?.text ?? null;
}

/**
 * Puts a cell's value in force after its corrections changed: the newest correction that is ACTIVE or
 * SUPERSEDED becomes ACTIVE (the others SUPERSEDED), else the parsed value; the fact row and, for a latest
 * complete report, both rollups change by the difference. Call inside a transaction.
 */
export function settleCell(db: Db, reportId: number, cell: number): void {
  const s = db.$client;
  const live = s
    .prepare("SELECT id, value FROM cell_corrections WHERE report_id = ? AND cell = ? AND status IN ('active', 'superseded') ORDER BY id DESC")
    .all(reportId, cell) as { id: number; value: number | null }[];
  let value: number | null;
  if (live.length > 0) {
    s.prepare("UPDATE cell_corrections SET status = 'superseded' WHERE report_id = ? AND cell = ? AND status = 'active' AND id <> ?").run(
      reportId,
      cell,
      live[0]!.id,
    );
    s.prepare("UPDATE cell_corrections SET status = 'active' WHERE id = ?").run(live[0]!.id);
    value = live[0]!.value;
  } else {
    value = parsedCell(db, reportId, cell)?.value ?? null;
  }
  setFact(db, reportId, cell, value);
}

function setFact(db: Db, reportId: number, cell: number, value: number | null): void {
  const s = db.$client;
  const col = `"${CELLS[cell]!.sqlName}"`;
  const fact = s
    .prepare(
      `SELECT is_latest AS latest, complete, year, province_code AS province, county_code AS county, level, template, synthetic, ${col} AS old FROM report_facts WHERE report_id = ?`,
    )
    .get(reportId) as
    | {
        latest: number;
        complete: number;
        year: number;
        province: string;
        county: string;
        level: string;
        template: string;
        synthetic: number;
        old: number | null;
      }
    | undefined;
  // A report without a year has no fact row: it is in no analytics, so only its cells change.
  if (!fact || fact.old === value) return;
  s.prepare(`UPDATE report_facts SET ${col} = ? WHERE report_id = ?`).run(value, reportId);
  if (!fact.latest || !fact.complete) return;
  const delta = (value ?? 0) - (fact.old ?? 0);
  if (delta === 0) return;
  s.prepare(
    `UPDATE rollup_county SET ${col} = coalesce(${col}, 0) + ? WHERE year = ? AND county_code = ? AND level = ? AND template = ? AND synthetic = ?`,
  ).run(delta, fact.year, fact.county, fact.level, fact.template, fact.synthetic);
  s.prepare(
    `UPDATE rollup_province SET ${col} = coalesce(${col}, 0) + ? WHERE year = ? AND province_code = ? AND level = ? AND template = ? AND synthetic = ?`,
  ).run(delta, fact.year, fact.province, fact.level, fact.template, fact.synthetic);
}

/** Recounts what is open for review in one report, and its place in the queue. Call inside the write's transaction. */
export function refreshReviewCounts(db: Db, reportId: number): void {
  let s = refreshStatements.get(db);
  if (!s) {
    s = [db.$client.prepare(`${REFRESH_COUNTS_SQL} WHERE r.id = ?`), db.$client.prepare(`UPDATE reports SET review_priority = ${PRIORITY_SQL} WHERE id = ?`)];
    refreshStatements.set(db, s);
  }
  for (const statement of s) statement.run(reportId);
}
const refreshStatements = new WeakMap<Db, [Statement, Statement]>();

function requireReport(db: Db, reportId: number): void {
  if (!db.$client.prepare('SELECT 1 FROM reports WHERE id = ?').get(reportId)) throw new DomainError('NOT_FOUND', `report ${reportId} not found`);
}

/** Stores a correction and puts it in force. Returns its id. */
export function correctCell(db: Db, who: Reviewer, input: CorrectionInput): number {
  const cell = cellIndex(input.path);
  const spec = CELLS[cell]!;
  const value = storedValue(spec, input.value);
  const reason = boundedText('reason', input.reason, REVIEW_LIMITS.reasonChars, true)!;
  const note = boundedText('source.note', input.source?.note, REVIEW_LIMITS.noteChars, false);
  const page = boundedNumber('source.page', input.source?.page);
  const line = boundedNumber('source.line', input.source?.line);
  const run = db.$client.transaction(() => {
    requireReport(db, input.reportId);
    const parsed = parsedCell(db, input.reportId, cell);
    const snippet = parsed?.start != null ? lineAt(sourceTextOf(db, input.reportId), parsed.start) : null;
    const id = Number(
      db.$client
        .prepare(
          `INSERT INTO cell_corrections (report_id, cell, value, parsed_value, parsed_raw, source_snippet, reason, source_page, source_line, source_note, status, user_id, actor, at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'superseded', ?, ?, ?)`,
        )
        .run(
          input.reportId,
          cell,
          value,
          parsed?.value ?? null,
          parsed?.raw ?? null,
          snippet,
          reason,
          page,
          line,
          note,
          who.userId,
          who.name.slice(0, 200),
          new Date().toISOString(),
        ).lastInsertRowid,
    );
    settleCell(db, input.reportId, cell);
    refreshReviewCounts(db, input.reportId);
    return id;
  });
  return run.immediate();
}

function correctionRow(db: Db, id: number): { id: number; reportId: number; cell: number; status: CorrectionStatus } {
  const row = db.$client.prepare('SELECT id, report_id AS reportId, cell, status FROM cell_corrections WHERE id = ?').get(id) as
    { id: number; reportId: number; cell: number; status: CorrectionStatus } | undefined;
  if (!row) throw new DomainError('NOT_FOUND', `correction ${id} not found`);
  return row;
}

/** Undoes a correction: the cell goes back to the correction it superseded, or to the parsed value. */
export function revertCorrection(db: Db, who: Reviewer, id: number): void {
  db.$client
    .transaction(() => {
      const row = correctionRow(db, id);
      if (row.status === 'reverted') throw new DomainError('BAD_USER_INPUT', `correction ${id} is already reverted`);
      db.$client
        .prepare("UPDATE cell_corrections SET status = 'reverted', reverted_by = ?, reverted_at = ? WHERE id = ?")
        .run(who.name.slice(0, 200), new Date().toISOString(), id);
      settleCell(db, row.reportId, row.cell);
      refreshReviewCounts(db, row.reportId);
    })
    .immediate();
}

/** A STALE correction (its source changed under a newer parser) back in force after a second look. */
export function confirmCorrection(db: Db, who: Reviewer, id: number): void {
  db.$client
    .transaction(() => {
      const row = correctionRow(db, id);
      if (row.status !== 'stale')
        throw new DomainError('BAD_USER_INPUT', `correction ${id} is ${row.status.toUpperCase()}, not STALE: only a stale one is confirmed`);
      db.$client
        .prepare("UPDATE cell_corrections SET status = 'superseded', carry_note = coalesce(carry_note, '') || ? WHERE id = ?")
        .run(` · confirmed by ${who.name.slice(0, 200)} ${new Date().toISOString()}`, id);
      settleCell(db, row.reportId, row.cell);
      refreshReviewCounts(db, row.reportId);
    })
    .immediate();
}

export type DiagnosticReviewStatus = 'open' | 'confirmed' | 'dismissed';

/** Appends a review of one diagnostic (its latest review is its state). Returns the report's id. */
export function reviewDiagnostic(db: Db, who: Reviewer, id: number, status: DiagnosticReviewStatus, comment: string | null | undefined): number {
  const text = boundedText('comment', comment, REVIEW_LIMITS.commentChars, false);
  return db.$client
    .transaction(() => {
      const d = db.$client.prepare('SELECT report_id AS reportId FROM diagnostics WHERE id = ?').get(id) as { reportId: number } | undefined;
      if (!d) throw new DomainError('NOT_FOUND', `diagnostic ${id} not found`);
      db.$client
        .prepare('INSERT INTO diagnostic_reviews (diagnostic_id, report_id, status, comment, user_id, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, d.reportId, status, text, who.userId, who.name.slice(0, 200), new Date().toISOString());
      refreshReviewCounts(db, d.reportId);
      return d.reportId;
    })
    .immediate();
}

// Re-parsing: a newer parser re-reads the same bytes into a new report. What people did to the old one is
// taken before it is deleted and put on the new one after it is written, in the ingest's transaction.

interface CarriedCorrection extends Record<string, unknown> {
  id: number;
  cell: number;
  status: CorrectionStatus;
  carry_note: string | null;
}

export interface ReviewSnapshot {
  parserVersion: string;
  corrections: CarriedCorrection[];
  /** The printed source of each corrected cell in the old parse: its raw text and its line. */
  oldSource: Map<number, { raw: string | null; line: string | null }>;
  reviews: { key: string; row: Record<string, unknown> }[];
}

const diagnosticKey = (d: { code: string; path: string | null; rule: number | null; message: string }) => JSON.stringify([d.code, d.path, d.rule, d.message]);

function printedSource(db: Db, reportId: number, cells: number[], text: string | null): Map<number, { raw: string | null; line: string | null }> {
  const out = new Map<number, { raw: string | null; line: string | null }>();
  for (const cell of new Set(cells)) {
    const p = parsedCell(db, reportId, cell);
    out.set(cell, { raw: p?.raw ?? null, line: lineAt(text, p?.start ?? null) });
  }
  return out;
}

/** Everything people did to a report, before a re-parse deletes it. Null when there is nothing. */
export function snapshotReview(db: Db, reportId: number, parserVersion: string): ReviewSnapshot | null {
  const corrections = db.$client.prepare('SELECT * FROM cell_corrections WHERE report_id = ? ORDER BY id').all(reportId) as CarriedCorrection[];
  const reviews = db.$client
    .prepare(
      'SELECT d.code, d.path, d.rule, d.message, v.id, v.status, v.comment, v.user_id, v.actor, v.at FROM diagnostic_reviews v JOIN diagnostics d ON d.id = v.diagnostic_id WHERE v.report_id = ? ORDER BY v.id',
    )
    .all(reportId) as { code: string; path: string | null; rule: number | null; message: string; [k: string]: unknown }[];
  if (corrections.length === 0 && reviews.length === 0) return null;
  const text = corrections.length ? sourceTextOf(db, reportId) : null;
  return {
    parserVersion,
    corrections,
    oldSource: printedSource(
      db,
      reportId,
      corrections.map((c) => c.cell),
      text,
    ),
    reviews: reviews.map((r) => ({ key: diagnosticKey(r), row: r })),
  };
}

const sameLine = (a: string | null, b: string | null) => (a ?? '').replace(/\s+/g, ' ').trim() === (b ?? '').replace(/\s+/g, ' ').trim();

/**
 * Puts a snapshot's corrections and reviews on the report that replaced the old one. A correction in
 * force stays in force when the printed source cell (its raw text and its line) reads the same; else it is
 * STALE, out of force, for a person to confirm or redo. Reviews follow the diagnostic with the same code,
 * cell, rule and message; a review whose diagnostic is gone is dropped.
 */
export function restoreReview(db: Db, snapshot: ReviewSnapshot, reportId: number, parserVersion: string): void {
  const s = db.$client;
  const text = snapshot.corrections.length ? sourceTextOf(db, reportId) : null;
  const newSource = printedSource(
    db,
    reportId,
    snapshot.corrections.map((c) => c.cell),
    text,
  );
  const columns = Object.keys(snapshot.corrections[0] ?? {}).filter((k) => k !== 'report_id');
  const insert = columns.length
    ? s.prepare(`INSERT INTO cell_corrections (report_id, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`)
    : null;
  const touched = new Set<number>();
  for (const c of snapshot.corrections) {
    const row = { ...c };
    if (c.status === 'active' || c.status === 'superseded') {
      const before = snapshot.oldSource.get(c.cell)!;
      const after = newSource.get(c.cell)!;
      const same = before.raw === after.raw && sameLine(before.line, after.line);
      const step = `parser ${snapshot.parserVersion} → ${parserVersion}`;
      if (same) row.carry_note = `${c.carry_note ? `${c.carry_note} · ` : ''}${step}: source cell unchanged`;
      else {
        row.status = 'stale';
        row.carry_note = `${c.carry_note ? `${c.carry_note} · ` : ''}${step}: source cell changed from “${(before.raw ?? before.line ?? '—').slice(0, 80)}” to “${(after.raw ?? after.line ?? '—').slice(0, 80)}”`;
      }
      touched.add(c.cell);
    }
    insert!.run(reportId, ...columns.map((k) => row[k]));
  }
  for (const cell of touched) settleCell(db, reportId, cell);

  if (snapshot.reviews.length) {
    const ids = new Map<string, number>();
    for (const d of s.prepare('SELECT id, code, path, rule, message FROM diagnostics WHERE report_id = ? ORDER BY id').all(reportId) as {
      id: number;
      code: string;
      path: string | null;
      rule: number | null;
      message: string;
    }[]) {
      const key = diagnosticKey(d);
      if (!ids.has(key)) ids.set(key, d.id);
    }
    const insertReview = s.prepare(
      'INSERT INTO diagnostic_reviews (id, diagnostic_id, report_id, status, comment, user_id, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const { key, row } of snapshot.reviews) {
      const id = ids.get(key);
      if (id !== undefined) insertReview.run(row.id, id, reportId, row.status, row.comment, row.user_id, row.actor, row.at);
    }
  }
  refreshReviewCounts(db, reportId);
}
