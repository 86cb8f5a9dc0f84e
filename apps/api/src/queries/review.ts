import { CELLS, unitsToDecimal } from '@gongkai/schema/report';
import type { Db } from '../db/client.ts';
import { DomainError } from '../errors.ts';
import type { ReportFilter } from './filter-sql.ts';
import { compileFilter } from './filter-sql.ts';
import { pageSize } from './connection.ts';

// The read side of review: corrections, a report's review status and history, and the queue of reports
// that most need a person.

export interface CorrectionRow {
  id: number;
  reportId: number;
  path: string;
  cell: number;
  value: number | null;
  decimal: string | null;
  parsedValue: number | null;
  parsedDecimal: string | null;
  reason: string;
  source: { page: number | null; line: number | null; note: string | null } | null;
  status: 'ACTIVE' | 'SUPERSEDED' | 'REVERTED' | 'STALE';
  by: string;
  at: string;
  revertedBy: string | null;
  revertedAt: string | null;
  carryNote: string | null;
}

/** A stored value as exact text: counts as digits, money (integer millionths) as decimal 万元. */
export function decimalOf(cell: number, value: number | null): string | null {
  if (value === null) return null;
  return CELLS[cell]!.money ? unitsToDecimal(BigInt(value)) : String(value);
}

interface CorrectionDbRow {
  id: number;
  report_id: number;
  cell: number;
  value: number | null;
  parsed_value: number | null;
  reason: string;
  source_page: number | null;
  source_line: number | null;
  source_note: string | null;
  status: string;
  actor: string;
  at: string;
  reverted_by: string | null;
  reverted_at: string | null;
  carry_note: string | null;
}

function toCorrection(r: CorrectionDbRow): CorrectionRow {
  const decimal = decimalOf(r.cell, r.value);
  const parsedDecimal = decimalOf(r.cell, r.parsed_value);
  return {
    id: r.id,
    reportId: r.report_id,
    path: CELLS[r.cell]!.path,
    cell: r.cell,
    value: decimal === null ? null : Number(decimal),
    decimal,
    parsedValue: parsedDecimal === null ? null : Number(parsedDecimal),
    parsedDecimal,
    reason: r.reason,
    source:
      r.source_page === null && r.source_line === null && r.source_note === null ? null : { page: r.source_page, line: r.source_line, note: r.source_note },
    status: r.status.toUpperCase() as CorrectionRow['status'],
    by: r.actor,
    at: r.at,
    revertedBy: r.reverted_by,
    revertedAt: r.reverted_at,
    carryNote: r.carry_note,
  };
}

/** Every correction of each report, newest first. */
export function correctionsOfReports(db: Db, reportIds: readonly number[]): CorrectionRow[][] {
  const rows = db.$client
    .prepare('SELECT * FROM cell_corrections WHERE report_id IN (SELECT value FROM json_each(?)) ORDER BY id DESC')
    .all(JSON.stringify(reportIds)) as CorrectionDbRow[];
  const by = new Map<number, CorrectionRow[]>();
  for (const r of rows) by.set(r.report_id, [...(by.get(r.report_id) ?? []), toCorrection(r)]);
  return reportIds.map((id) => by.get(id) ?? []);
}

export function correctionById(db: Db, id: number): CorrectionRow | null {
  const row = db.$client.prepare('SELECT * FROM cell_corrections WHERE id = ?').get(id) as CorrectionDbRow | undefined;
  return row ? toCorrection(row) : null;
}

/** The cells people look at first: sections 三 (applications) and 四 (reconsideration and litigation). */
export const DASHBOARD_CELLS: readonly number[] = CELLS.flatMap((c, i) => (c.section === 'applications' || c.section === 'review' ? [i] : []));
/** An inferred value at least this large is worth a person's look: a rule filled it, nobody printed it. */
export const INFERRED_LARGE = 100;

const LATEST_REVIEW = `(SELECT v.status FROM diagnostic_reviews v WHERE v.diagnostic_id = d.id ORDER BY v.id DESC LIMIT 1)`;
const NO_ACTIVE_CORRECTION = `NOT EXISTS (SELECT 1 FROM cell_corrections k WHERE k.report_id = c.report_id AND k.cell = c.cell AND k.status = 'active')`;

/** Per report `r`: what is still open for review (one SQL expression each; the status reads them live). */
export const COUNTS = {
  openErrors: `(SELECT count(*) FROM diagnostics d WHERE d.report_id = r.id AND d.severity = 'error' AND coalesce(${LATEST_REVIEW}, 'open') = 'open')`,
  openWarnings: `(SELECT count(*) FROM diagnostics d WHERE d.report_id = r.id AND d.severity = 'warning' AND coalesce(${LATEST_REVIEW}, 'open') = 'open')`,
  staleCorrections: `(SELECT count(*) FROM cell_corrections k WHERE k.report_id = r.id AND k.status = 'stale')`,
  emptyCells: `(SELECT count(*) FROM report_cells c WHERE c.report_id = r.id AND c.value IS NULL AND c.cell IN (SELECT value FROM json_each('${JSON.stringify(DASHBOARD_CELLS)}')) AND ${NO_ACTIVE_CORRECTION})`,
  inferredLarge: `(SELECT count(*) FROM report_cells c WHERE c.report_id = r.id AND c.state = 1 AND c.value >= ${INFERRED_LARGE} AND ${NO_ACTIVE_CORRECTION})`,
};

/** The queue's order as one number (see reports.review_priority): each count capped at 999. */
export const PRIORITY_SQL =
  'min(open_errors, 999) * 1000000000000 + min(stale_corrections, 999) * 1000000000 + min(empty_cells, 999) * 1000000 + min(inferred_large, 999) * 1000 + min(open_warnings, 999)';

/** Recounts one report's (or, without `WHERE`, every report's) open review work into its columns. */
export const REFRESH_COUNTS_SQL = `UPDATE reports AS r SET open_errors = ${COUNTS.openErrors}, open_warnings = ${COUNTS.openWarnings},
  stale_corrections = ${COUNTS.staleCorrections}, empty_cells = ${COUNTS.emptyCells}, inferred_large = ${COUNTS.inferredLarge}`;

export interface ReviewStatusRow {
  state: 'UNREVIEWED' | 'IN_REVIEW' | 'REVIEWED';
  openErrors: number;
  openWarnings: number;
  confirmed: number;
  dismissed: number;
  corrections: number;
  staleCorrections: number;
  emptyCells: number;
  lastReviewedBy: string | null;
  lastReviewedAt: string | null;
}

export function reviewStatusOfReports(db: Db, reportIds: readonly number[]): ReviewStatusRow[] {
  const rows = db.$client
    .prepare(
      `SELECT r.id, ${COUNTS.openErrors} AS openErrors, ${COUNTS.openWarnings} AS openWarnings, ${COUNTS.staleCorrections} AS staleCorrections, ${COUNTS.emptyCells} AS emptyCells,
        (SELECT count(*) FROM diagnostics d WHERE d.report_id = r.id AND ${LATEST_REVIEW} = 'confirmed') AS confirmed,
        (SELECT count(*) FROM diagnostics d WHERE d.report_id = r.id AND ${LATEST_REVIEW} = 'dismissed') AS dismissed,
        (SELECT count(*) FROM cell_corrections k WHERE k.report_id = r.id AND k.status = 'active') AS corrections,
        (SELECT count(*) FROM diagnostic_reviews v WHERE v.report_id = r.id) + (SELECT count(*) FROM cell_corrections k WHERE k.report_id = r.id) AS steps
       FROM reports r WHERE r.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(reportIds)) as (Omit<ReviewStatusRow, 'state' | 'lastReviewedBy' | 'lastReviewedAt'> & { id: number; steps: number })[];
  const last = new Map(
    (
      db.$client
        .prepare(
          `SELECT report_id AS id, actor, max(at) AS at FROM (SELECT report_id, actor, at FROM diagnostic_reviews UNION ALL SELECT report_id, actor, at FROM cell_corrections)
           WHERE report_id IN (SELECT value FROM json_each(?)) GROUP BY report_id`,
        )
        .all(JSON.stringify(reportIds)) as { id: number; actor: string; at: string }[]
    ).map((r) => [r.id, r]),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return reportIds.map((id) => {
    const r = byId.get(id) ?? { id, openErrors: 0, openWarnings: 0, staleCorrections: 0, emptyCells: 0, confirmed: 0, dismissed: 0, corrections: 0, steps: 0 };
    const open = r.openErrors + r.openWarnings + r.staleCorrections;
    const { steps: _, id: __, ...counts } = r;
    return {
      ...counts,
      state: r.steps === 0 ? 'UNREVIEWED' : open > 0 ? 'IN_REVIEW' : 'REVIEWED',
      lastReviewedBy: last.get(id)?.actor ?? null,
      lastReviewedAt: last.get(id)?.at ?? null,
    };
  });
}

export interface ReviewEventRow {
  kind: 'CORRECTION' | 'DIAGNOSTIC';
  subject: string;
  status: string;
  value: string | null;
  comment: string | null;
  by: string;
  at: string;
}

export function reviewHistory(db: Db, reportId: number): ReviewEventRow[] {
  const corrections = correctionsOfReports(db, [reportId])[0]!.map((c): ReviewEventRow => ({
    kind: 'CORRECTION',
    subject: c.path,
    status: c.status,
    value: c.decimal,
    comment: c.reason,
    by: c.by,
    at: c.at,
  }));
  const reviews = (
    db.$client
      .prepare(
        'SELECT d.code, d.path, v.status, v.comment, v.actor, v.at FROM diagnostic_reviews v JOIN diagnostics d ON d.id = v.diagnostic_id WHERE v.report_id = ?',
      )
      .all(reportId) as { code: string; path: string | null; status: string; comment: string | null; actor: string; at: string }[]
  ).map((r): ReviewEventRow => ({
    kind: 'DIAGNOSTIC',
    subject: r.path ? `${r.code} ${r.path}` : r.code,
    status: r.status.toUpperCase(),
    value: null,
    comment: r.comment,
    by: r.actor,
    at: r.at,
  }));
  return [...corrections, ...reviews].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export interface ReviewQueueRow {
  reportId: number;
  openErrors: number;
  staleCorrections: number;
  emptyCells: number;
  inferredLarge: number;
  openWarnings: number;
}

/**
 * The queue, read from the counts kept on each report (an index on is_latest and the priority gives the
 * order); paged by offset, as its order is not unique enough for a keyset.
 */
export function reviewQueue(
  db: Db,
  params: { filter?: ReportFilter | null; first?: number | null; after?: string | null; countCap?: number },
): {
  totalCount: number;
  totalCountCapped: boolean;
  edges: { cursor: string; node: ReviewQueueRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
} {
  const first = pageSize(params.first, { default: 20, max: 100 });
  const offset = params.after ? decodeOffset(params.after) : 0;
  const cap = params.countCap ?? QUEUE_COUNT_CAP;
  const where = compileFilter(params.filter, 'reports');
  const from = `FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE ${where.sql} AND r.review_priority > 0`;
  // Counted up to a cap: a million reports waiting is “10,000+” to a person, and an exact count would scan them all.
  const total = (db.$client.prepare(`SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${cap + 1})`).get(...where.params) as { n: number }).n;
  const rows = db.$client
    .prepare(
      `SELECT r.id AS reportId, r.open_errors AS openErrors, r.stale_corrections AS staleCorrections, r.empty_cells AS emptyCells,
        r.inferred_large AS inferredLarge, r.open_warnings AS openWarnings ${from} ORDER BY r.review_priority DESC, r.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...where.params, first + 1, offset) as ReviewQueueRow[];
  const page = rows.slice(0, first);
  const edges = page.map((node, i) => ({ cursor: encodeOffset(offset + i + 1), node }));
  return {
    totalCount: Math.min(total, cap),
    totalCountCapped: total > cap,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

export const QUEUE_COUNT_CAP = 10_000;

const encodeOffset = (n: number) => Buffer.from(`q:${n}`).toString('base64url');

function decodeOffset(cursor: string): number {
  const m = /^q:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new DomainError('BAD_USER_INPUT', 'after is not a cursor of reviewQueue');
  return Number(m[1]);
}
