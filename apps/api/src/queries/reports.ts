import type { CellSpec } from '@gongkai/schema/report';
import { CELLS } from '@gongkai/schema/report';
import type { Db } from '../db/client.ts';
import type { Connection, KeysetOrder, SortKey } from './connection.ts';
import { afterSql, orderSql, pageSize, toConnection } from './connection.ts';
import type { ReportFilter } from './filter-sql.ts';
import { compileFilter } from './filter-sql.ts';
import type { CorrectionRow } from './review.ts';
import { correctionsOfReports, decimalOf } from './review.ts';

export interface ReportRow {
  id: number;
  agencyId: number;
  agencyTitle: string | null;
  year: number | null;
  template: string | null;
  publishedOn: string | null;
  sourceName: string;
  sourceFormat: string;
  layout: string | null;
  encoding: string | null;
  contentHash: string;
  parserVersion: string;
  ingestedAt: string;
  status: string;
  version: number;
  isLatest: boolean;
  synthetic: boolean;
  complete: boolean;
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

const REPORT_COLUMNS = `r.id, r.agency_id AS agencyId, r.agency_title AS agencyTitle, r.year, r.template, r.published_on AS publishedOn,
  r.source_name AS sourceName, r.source_format AS sourceFormat, r.layout, r.encoding, r.content_hash AS contentHash,
  r.parser_version AS parserVersion, r.ingested_at AS ingestedAt, r.status, r.version, r.is_latest AS isLatest, r.synthetic, r.complete,
  r.error_count AS errorCount, r.warning_count AS warningCount, r.info_count AS infoCount`;

function toRow(r: ReportRow): ReportRow {
  return { ...r, isLatest: Boolean(r.isLatest), synthetic: Boolean(r.synthetic), complete: Boolean(r.complete) };
}

export type ReportOrder = 'YEAR_DESC' | 'YEAR_ASC' | 'AGENCY_ASC' | 'INGESTED_DESC';

type ListedRow = ReportRow & { agencyName: string };

const idKey = (desc: boolean): SortKey<ListedRow> => ({ sql: 'r.id', desc, type: 'number', of: (r) => r.id });
const yearKey = (desc: boolean): SortKey<ListedRow> => ({ sql: 'coalesce(r.year, 0)', desc, type: 'number', of: (r) => r.year ?? 0 });

const ORDERS: Record<ReportOrder, KeysetOrder<ListedRow>> = {
  YEAR_DESC: [yearKey(true), idKey(true)],
  YEAR_ASC: [yearKey(false), idKey(false)],
  AGENCY_ASC: [{ sql: 'a.name', type: 'string', of: (r) => r.agencyName }, idKey(false)],
  INGESTED_DESC: [idKey(true)],
};

export const MAX_PAGE = 100;

export type ReportConnection = Connection<ReportRow> & { syntheticCount: number };

export function listReports(
  db: Db,
  params: { filter?: ReportFilter | null; first?: number | null; after?: string | null; orderBy?: ReportOrder | null },
): ReportConnection {
  const order = ORDERS[params.orderBy ?? 'YEAR_DESC'];
  const first = pageSize(params.first, { default: 20, max: MAX_PAGE });
  const where = compileFilter(params.filter, 'reports');
  const after = afterSql(order, params.after);
  const from = 'FROM reports r JOIN agencies a ON a.id = r.agency_id';
  const counts = db.$client.prepare(`SELECT count(*) AS total, coalesce(sum(r.synthetic), 0) AS synthetic ${from} WHERE ${where.sql}`).get(...where.params) as {
    total: number;
    synthetic: number;
  };
  const rows = db.$client
    .prepare(`SELECT ${REPORT_COLUMNS}, a.name AS agencyName ${from} WHERE ${where.sql}${after ? ` AND ${after.sql}` : ''} ORDER BY ${orderSql(order)} LIMIT ?`)
    .all(...where.params, ...(after?.params ?? []), first + 1) as ListedRow[];
  return { ...toConnection(rows, first, order, counts.total, ({ agencyName: _, ...row }) => toRow(row)), syntheticCount: counts.synthetic };
}

export function reportsByIds(db: Db, ids: readonly number[]): (ReportRow | null)[] {
  const rows = db.$client
    .prepare(`SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as ReportRow[];
  const byId = new Map(rows.map((r) => [r.id, toRow(r)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export function versionsOf(db: Db, keys: readonly { agencyId: number; year: number | null }[]): ReportRow[][] {
  const rows = db.$client
    .prepare(
      `SELECT ${REPORT_COLUMNS} FROM reports r WHERE (r.agency_id, coalesce(r.year, -1)) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)) ORDER BY r.version`,
    )
    .all(JSON.stringify(keys.map((k) => [k.agencyId, k.year ?? -1]))) as ReportRow[];
  return keys.map((k) => rows.filter((r) => r.agencyId === k.agencyId && (r.year ?? -1) === (k.year ?? -1)).map(toRow));
}

export function latestReportsOfAgencies(db: Db, agencyIds: readonly number[]): ReportRow[][] {
  const rows = db.$client
    .prepare(`SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.is_latest = 1 AND r.agency_id IN (SELECT value FROM json_each(?)) ORDER BY coalesce(r.year, 0)`)
    .all(JSON.stringify(agencyIds)) as ReportRow[];
  return agencyIds.map((id) => rows.filter((r) => r.agencyId === id).map(toRow));
}

export const STATES = ['PRINTED', 'INFERRED', 'REPAIRED', 'MISSING'] as const;

export interface CellRow {
  spec: CellSpec;
  /** The value in force: the active correction's, else the parsed one. */
  value: number | null;
  decimal: string | null;
  state: (typeof STATES)[number] | 'CORRECTED';
  line: number | null;
  start: number | null;
  end: number | null;
  raw: string | null;
  scanBox: { page: number; x0: number; y0: number; x1: number; y1: number } | null;
  confidence: number | null;
  parsedValue: number | null;
  parsedDecimal: string | null;
  parsedState: (typeof STATES)[number];
  /** Newest first; the one in force is ACTIVE. */
  corrections: CorrectionRow[];
}

export function cellsOfReports(db: Db, reportIds: readonly number[]): CellRow[][] {
  const rows = db.$client
    .prepare(
      'SELECT report_id AS reportId, cell, value, state, line, start, "end", raw, page, box, confidence FROM report_cells WHERE report_id IN (SELECT value FROM json_each(?)) ORDER BY report_id, cell',
    )
    .all(JSON.stringify(reportIds)) as {
    reportId: number;
    cell: number;
    value: number | null;
    state: number;
    line: number | null;
    start: number | null;
    end: number | null;
    raw: string | null;
    page: number | null;
    box: string | null;
    confidence: number | null;
  }[];
  const corrections = correctionsOfReports(db, reportIds);
  const correctionsOf = new Map(reportIds.map((id, i) => [id, corrections[i]!]));
  const by = new Map<number, CellRow[]>();
  for (const r of rows) {
    const spec = CELLS[r.cell]!;
    const decimal = decimalOf(r.cell, r.value);
    const mine = (correctionsOf.get(r.reportId) ?? []).filter((c) => c.cell === r.cell);
    const active = mine.find((c) => c.status === 'ACTIVE');
    const parsedState = STATES[r.state] ?? 'MISSING';
    const list = by.get(r.reportId) ?? [];
    list.push({
      spec,
      value: active ? active.value : decimal === null ? null : Number(decimal),
      decimal: active ? active.decimal : decimal,
      state: active ? 'CORRECTED' : parsedState,
      line: r.line,
      start: r.start,
      end: r.end,
      raw: r.raw,
      scanBox: scanBoxOf(r.page, r.box),
      confidence: r.confidence,
      parsedValue: decimal === null ? null : Number(decimal),
      parsedDecimal: decimal,
      parsedState,
      corrections: mine,
    });
    by.set(r.reportId, list);
  }
  return reportIds.map((id) => by.get(id) ?? []);
}

export interface DiagnosticRow {
  /** Null for an import's diagnostics when nothing was stored. */
  id: number | null;
  code: string;
  severity: 'ERROR' | 'WARNING' | 'INFO';
  path: string | null;
  rule: number | null;
  line: number | null;
  message: string;
  candidates: number[] | null;
  review?: { status: 'OPEN' | 'CONFIRMED' | 'DISMISSED'; comment: string | null; by: string; at: string } | null;
}

export function diagnosticsOfReports(db: Db, reportIds: readonly number[]): DiagnosticRow[][] {
  const rows = db.$client
    .prepare(
      `SELECT d.id, d.report_id AS reportId, d.code, d.severity, d.path, d.rule, d.line, d.message, d.candidates,
         v.status AS reviewStatus, v.comment AS reviewComment, v.actor AS reviewedBy, v.at AS reviewedAt
       FROM diagnostics d LEFT JOIN diagnostic_reviews v ON v.id = (SELECT max(x.id) FROM diagnostic_reviews x WHERE x.diagnostic_id = d.id)
       WHERE d.report_id IN (SELECT value FROM json_each(?)) ORDER BY d.id`,
    )
    .all(JSON.stringify(reportIds)) as (Omit<DiagnosticRow, 'candidates' | 'severity' | 'review'> & {
    reportId: number;
    severity: string;
    candidates: string | null;
    reviewStatus: string | null;
    reviewComment: string | null;
    reviewedBy: string | null;
    reviewedAt: string | null;
  })[];
  const by = new Map<number, DiagnosticRow[]>();
  for (const r of rows) {
    const list = by.get(r.reportId) ?? [];
    list.push({
      id: r.id,
      code: r.code,
      severity: r.severity.toUpperCase() as DiagnosticRow['severity'],
      path: r.path,
      rule: r.rule,
      line: r.line,
      message: r.message,
      candidates: r.candidates ? (JSON.parse(r.candidates) as number[]) : null,
      review: r.reviewStatus
        ? { status: r.reviewStatus.toUpperCase() as 'OPEN', comment: r.reviewComment, by: r.reviewedBy ?? '', at: r.reviewedAt ?? '' }
        : null,
    });
    by.set(r.reportId, list);
  }
  return reportIds.map((id) => by.get(id) ?? []);
}

export function narrativesOfReports(db: Db, reportIds: readonly number[]): Record<string, string>[] {
  const rows = db.$client
    .prepare('SELECT report_id AS reportId, section, text FROM narratives WHERE report_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(reportIds)) as { reportId: number; section: string; text: string }[];
  return reportIds.map((id) => Object.fromEntries(rows.filter((r) => r.reportId === id).map((r) => [r.section, r.text])));
}

function scanBoxOf(page: number | null, box: string | null): CellRow['scanBox'] {
  if (page === null || box === null) return null;
  const [x0, y0, x1, y1] = box.split(',').map(Number) as [number, number, number, number];
  return { page, x0, y0, x1, y1 };
}

export interface ScanPageRow {
  reportId: number;
  page: number;
  width: number;
  height: number;
}

/** The pages kept of a scanned report (their images are read one at a time, see scanPageImage). */
export function scanPagesOf(db: Db, reportId: number): ScanPageRow[] {
  return db.$client
    .prepare('SELECT report_id AS reportId, page, width, height FROM scan_pages WHERE report_id = ? ORDER BY page')
    .all(reportId) as ScanPageRow[];
}

/** One kept page's PNG as a data URL, or null. */
export function scanPageImage(db: Db, reportId: number, page: number): string | null {
  const row = db.$client.prepare('SELECT png FROM scan_pages WHERE report_id = ? AND page = ?').get(reportId, page) as { png: Buffer } | undefined;
  return row ? `data:image/png;base64,${row.png.toString('base64')}` : null;
}

export function sourceText(db: Db, reportId: number): string | null {
  return (db.$client.prepare('SELECT text FROM report_sources WHERE report_id = ?').get(reportId) as { text: string } | undefined)?.text ?? null;
}

/** The typed tables of one report from its cells: { newlyReceived: { naturalPerson: 1, … }, … }. */
export function tablesFromCells(cells: CellRow[], section: 'active' | 'applications' | 'review'): Record<string, Record<string, number | string | null>> {
  const out: Record<string, Record<string, number | string | null>> = {};
  for (const c of cells) {
    if (c.spec.section !== section) continue;
    out[c.spec.row] ??= {};
    out[c.spec.row]![c.spec.column] = c.spec.money ? c.decimal : c.value;
  }
  return out;
}
