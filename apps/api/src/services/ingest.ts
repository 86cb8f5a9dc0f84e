import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { CELL_BY_PATH, CELLS, decimalToUnits } from '@gongkai/schema/report';
import type { ParsedReport } from '@gongkai/schema/report';
import { PARSER_VERSION } from '@gongkai/parser/parse';
import type { Db } from '../db/client.ts';
import type { Parsed, ParsePool } from './parse-pool.ts';
import { ParseFailure, sharedParsePool } from './parse-pool.ts';
import { agencyLevel, normaliseAgencyName, resolveAgency } from './regions.ts';
import { refreshReviewCounts, restoreReview, snapshotReview } from './review.ts';
import { OCR_VERSION } from './ocr-reading.ts';
import type { ScanReading } from './ocr-reading.ts';
import type { SectionSignature } from './shingles.ts';
import { storeSimilarity } from './similarity.ts';

// One report → one transaction: the report, its cells with provenance, diagnostics, narratives, its fact
// row, and the rollups. A killed process leaves either all of it or none of it.

export type IngestStatus = 'ingested' | 'unchanged' | 'updated' | 'failed';

export interface IngestOutcome {
  file: string;
  status: IngestStatus;
  reason?: string;
  reportId?: number;
  agency?: string | null;
  year?: number | null;
  version?: number;
  /** Diagnostic codes with their counts, for the run's summary. */
  codes?: Record<string, number>;
  report?: ParsedReport;
}

export interface IngestOptions {
  synthetic?: boolean;
  dryRun?: boolean;
  /** Largest file taken, in bytes. */
  maxBytes?: number;
  /**
   * false: leave the similarity signatures to the server's background pass (a bulk load goes faster;
   * copies among the new reports are found when the server next starts). Default true.
   */
  similarity?: boolean;
}

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** How a parse that did not finish is reported (the outcome's reason starts with the code). */
export const PARSE_FAILURE_CODES = { timeout: 'PARSE_TIMEOUT', memory: 'PARSE_OUT_OF_MEMORY', crashed: 'PARSE_FAILED', cancelled: 'CANCELLED' } as const;
const FATAL = new Set(['NOT_A_REPORT', 'INPUT_UNREADABLE', 'INPUT_TOO_LARGE', 'PARSE_FAILED']);
const STATE_CODE = { printed: 0, inferred: 1, repaired: 2, missing: 3 } as const;
const CELL_INDEX = new Map(CELLS.map((c, i) => [c.path, i]));

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function formatOf(fileName: string, report: ParsedReport): string {
  const ext = fileName.toLowerCase().match(/\.(txt|md|html?|docx|doc|wps|pdf)$/)?.[1];
  return ext === 'htm' ? 'html' : (ext ?? report.source.format);
}

interface Dimensions {
  year: number;
  provinceCode: string;
  cityCode: string;
  countyCode: string;
  level: string;
  template: string;
  synthetic: number;
}

/** The prepared statements of the write path, made once per database. */
class Statements {
  readonly findByHash;
  readonly findAgencyByKey;
  readonly findAgencyByName;
  readonly insertAgency;
  readonly insertAgencyName;
  readonly knownAgencies;
  readonly latestOf;
  readonly maxVersion;
  readonly unmarkLatest;
  readonly unmarkFactLatest;
  readonly insertReport;
  readonly insertNarrative;
  readonly insertSource;
  readonly insertScanPage;
  readonly insertScanReading;
  readonly storedScan;
  readonly storedScanPages;
  readonly insertFact;
  readonly factOf;
  readonly deleteReport;
  readonly upsertCounty;
  readonly upsertProvince;
  readonly markLatest;
  readonly markFactLatest;
  readonly previousVersion;
  readonly agencyDims;
  readonly sameDivision;
  readonly db: Db;
  private readonly batches = new Map<string, Database.Statement<unknown[]>>();

  /** A multi-row INSERT for `rows` rows: one native call per report instead of one per cell. */
  batch(table: string, columns: string[], rows: number) {
    const key = `${table}:${rows}`;
    let stmt = this.batches.get(key);
    if (!stmt) {
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      stmt = this.db.$client.prepare<unknown[]>(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`);
      this.batches.set(key, stmt);
    }
    return stmt;
  }

  constructor(db: Db) {
    this.db = db;
    const s = db.$client;
    const cols = CELLS.map((c) => `"${c.sqlName}"`);
    const dims = ['year', 'province_code', 'city_code', 'county_code', 'level', 'template', 'synthetic'];
    const add = (c: string) => `"${c}" = coalesce("${c}", 0) + coalesce(excluded."${c}", 0)`;
    this.findByHash = s.prepare<[string], { id: number; parser_version: string; agency_id: number; year: number | null; is_latest: number }>(
      'SELECT id, parser_version, agency_id, year, is_latest FROM reports WHERE content_hash = ?',
    );
    this.findAgencyByKey = s.prepare<[string], { id: number; name: string }>('SELECT id, name FROM agencies WHERE key = ?');
    this.findAgencyByName = s.prepare<[string], { id: number; name: string }>(
      'SELECT a.id, a.name FROM agency_names n JOIN agencies a ON a.id = n.agency_id WHERE n.name = ?',
    );
    this.insertAgency = s.prepare(
      `INSERT INTO agencies (key, name, level, region_code, province_code, city_code, county_code, township, region_confidence, region_candidates, synthetic, created_at)
       VALUES (@key, @name, @level, @regionCode, @provinceCode, @cityCode, @countyCode, @township, @confidence, @candidates, @synthetic, @createdAt)`,
    );
    this.insertAgencyName = s.prepare('INSERT OR IGNORE INTO agency_names (name, agency_id) VALUES (?, ?)');
    this.knownAgencies = s.prepare<[string], { name: string; code: string }>(
      "SELECT name, region_code AS code FROM agencies WHERE region_code IS NOT NULL AND region_confidence >= 0.6 AND key LIKE '%' || ? || '%' LIMIT 20",
    );
    this.latestOf = s.prepare<[number, number | null], { id: number; version: number; complete: number }>(
      'SELECT id, version, complete FROM reports WHERE agency_id = ? AND year IS ? AND is_latest = 1',
    );
    this.maxVersion = s.prepare<[number, number | null], { v: number | null }>('SELECT max(version) AS v FROM reports WHERE agency_id = ? AND year IS ?');
    this.agencyDims = s.prepare<[number], { provinceCode: string; cityCode: string; countyCode: string; level: string }>(
      "SELECT province_code AS provinceCode, city_code AS cityCode, county_code AS countyCode, coalesce(level, '') AS level FROM agencies WHERE id = ?",
    );
    this.sameDivision = s.prepare<[string, string], { id: number; key: string }>('SELECT id, key FROM agencies WHERE region_code = ? AND level = ?');
    // The version that takes over as latest: the newest complete one, else the newest.
    this.previousVersion = s.prepare<[number, number | null], { id: number }>(
      'SELECT id FROM reports WHERE agency_id = ? AND year IS ? ORDER BY complete DESC, version DESC LIMIT 1',
    );
    this.unmarkLatest = s.prepare('UPDATE reports SET is_latest = 0 WHERE id = ?');
    this.unmarkFactLatest = s.prepare('UPDATE report_facts SET is_latest = 0 WHERE report_id = ?');
    this.markLatest = s.prepare('UPDATE reports SET is_latest = 1 WHERE id = ?');
    this.markFactLatest = s.prepare('UPDATE report_facts SET is_latest = 1 WHERE report_id = ?');
    this.insertReport = s.prepare(
      `INSERT INTO reports (agency_id, year, template, published_on, agency_title, source_name, source_format, layout, encoding, content_hash, byte_size, parser_version, ingested_at, status, version, is_latest, synthetic, error_count, warning_count, info_count, complete)
       VALUES (@agencyId, @year, @template, @publishedOn, @agencyTitle, @sourceName, @sourceFormat, @layout, @encoding, @contentHash, @byteSize, @parserVersion, @ingestedAt, @status, @version, @latest, @synthetic, @errors, @warnings, @infos, @complete)`,
    );
    this.insertNarrative = s.prepare('INSERT INTO narratives (report_id, section, text) VALUES (?, ?, ?)');
    this.insertSource = s.prepare('INSERT INTO report_sources (report_id, text) VALUES (?, ?)');
    this.insertScanPage = s.prepare('INSERT INTO scan_pages (report_id, page, width, height, png) VALUES (?, ?, ?, ?, ?)');
    this.insertScanReading = s.prepare('INSERT INTO scan_readings (report_id, ocr_version, cells, ms) VALUES (?, ?, ?, ?)');
    this.storedScan = s.prepare<[string, number], { id: number; cells: string; ms: number; text: string }>(
      `SELECT r.id, x.cells, x.ms, t.text FROM reports r JOIN scan_readings x ON x.report_id = r.id JOIN report_sources t ON t.report_id = r.id
       WHERE r.content_hash = ? AND x.ocr_version = ?`,
    );
    this.storedScanPages = s.prepare<[number], { page: number; width: number; height: number; png: Buffer }>(
      'SELECT page, width, height, png FROM scan_pages WHERE report_id = ? ORDER BY page',
    );
    this.insertFact = s.prepare(
      `INSERT INTO report_facts (report_id, agency_id, is_latest, complete, ${dims.join(', ')}, ${cols.join(', ')}) VALUES (${['?', '?', '?', '?', ...dims.map(() => '?'), ...cols.map(() => '?')].join(', ')})`,
    );
    this.factOf = s.prepare<[number], Record<string, number | string | null>>(
      `SELECT complete, ${dims.join(', ')}, ${cols.join(', ')} FROM report_facts WHERE report_id = ?`,
    );
    this.deleteReport = s.prepare('DELETE FROM reports WHERE id = ?');
    this.upsertCounty = s.prepare(
      `INSERT INTO rollup_county (${dims.join(', ')}, reports, ${cols.join(', ')}) VALUES (${[...dims, 'r', ...cols].map(() => '?').join(', ')})
       ON CONFLICT (year, county_code, level, template, synthetic) DO UPDATE SET reports = reports + excluded.reports, ${CELLS.map((c) => add(c.sqlName)).join(', ')}`,
    );
    this.upsertProvince = s.prepare(
      `INSERT INTO rollup_province (year, province_code, level, template, synthetic, reports, ${cols.join(', ')}) VALUES (${['y', 'p', 'l', 't', 's', 'r', ...cols].map(() => '?').join(', ')})
       ON CONFLICT (year, province_code, level, template, synthetic) DO UPDATE SET reports = reports + excluded.reports, ${CELLS.map((c) => add(c.sqlName)).join(', ')}`,
    );
  }
}

const statements = new WeakMap<Db, Statements>();
function stmts(db: Db): Statements {
  let s = statements.get(db);
  if (!s) {
    s = new Statements(db);
    statements.set(db, s);
  }
  return s;
}

/** Adds (sign 1) or removes (sign -1) one report's fact row from both rollups. */
function rollup(s: Statements, dims: Dimensions, values: (number | null)[], sign: 1 | -1): void {
  const signed = values.map((v) => (v === null ? null : sign * v));
  s.upsertCounty.run(dims.year, dims.provinceCode, dims.cityCode, dims.countyCode, dims.level, dims.template, dims.synthetic, sign, ...signed);
  s.upsertProvince.run(dims.year, dims.provinceCode, dims.level, dims.template, dims.synthetic, sign, ...signed);
}

/** Adds (1) or removes (-1) a stored report's fact row to or from the rollups (which hold complete reports only). */
function rollupStored(s: Statements, reportId: number, sign: 1 | -1): void {
  const fact = s.factOf.get(reportId);
  if (!fact || !fact.complete) return;
  const dims: Dimensions = {
    year: fact.year as number,
    provinceCode: fact.province_code as string,
    cityCode: fact.city_code as string,
    countyCode: fact.county_code as string,
    level: fact.level as string,
    template: fact.template as string,
    synthetic: fact.synthetic as number,
  };
  rollup(
    s,
    dims,
    CELLS.map((c) => fact[c.sqlName] as number | null),
    sign,
  );
}

function cellValue(path: string, value: number | null, decimal: string | undefined): number | null {
  if (value === null) return null;
  const spec = CELL_BY_PATH.get(path);
  if (spec?.money) return Number(decimalToUnits(decimal ?? String(value)));
  return Number.isInteger(value) ? value : Math.round(value);
}

type AgencyDims = Omit<Dimensions, 'year' | 'template' | 'synthetic'>;

function findOrCreateAgency(s: Statements, report: ParsedReport, fallbackName: string, synthetic: boolean, now: string): { id: number; dims: AgencyDims } {
  const title = report.agency ?? fallbackName;
  const key = normaliseAgencyName(title);
  const existing = s.findAgencyByName.get(title) ?? s.findAgencyByKey.get(key);
  let id: number;
  if (existing) {
    id = existing.id;
  } else {
    const texts = [report.narratives.overview ?? '', report.narratives.otherMatters ?? ''].map((t) => t.slice(0, 2000));
    const resolution = resolveAgency({ agency: title, texts, known: s.knownAgencies.all(key.slice(-4)) });
    const best = resolution.best;
    const code = best?.code ?? null;
    // 洪泽区人民政府 one year, 淮安市洪泽区人民政府 the next: one body when both land on the same division
    // and level and one name extends the other.
    const level = resolution.level ?? agencyLevel(title);
    const same =
      code && level
        ? s.sameDivision.all(code, level).find((a) => a.key.length >= 2 && key.length >= 2 && (a.key.endsWith(key) || key.endsWith(a.key)))
        : undefined;
    if (same) {
      s.insertAgencyName.run(title, same.id);
      return { id: same.id, dims: s.agencyDims.get(same.id)! };
    }
    const info = s.insertAgency.run({
      key,
      name: title,
      level: resolution.level ?? agencyLevel(title),
      regionCode: code,
      provinceCode: code ? `${code.slice(0, 2)}0000` : '',
      cityCode: code && code.slice(2, 4) !== '00' ? `${code.slice(0, 4)}00` : '',
      countyCode: code && code.slice(4, 6) !== '00' ? code : '',
      township: best?.township ?? null,
      confidence: best?.confidence ?? 0,
      candidates: JSON.stringify(resolution.candidates),
      synthetic: synthetic ? 1 : 0,
      createdAt: now,
    });
    id = Number(info.lastInsertRowid);
  }
  s.insertAgencyName.run(title, id);
  return { id, dims: s.agencyDims.get(id)! };
}

function countCodes(report: ParsedReport): Record<string, number> {
  const codes: Record<string, number> = {};
  for (const d of report.diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1;
  return codes;
}

/** Writes one parsed report (a new version of its agency-year) and returns its id. Call inside a transaction. */
function writeReport(
  s: Statements,
  input: {
    report: ParsedReport;
    fileName: string;
    hash: string;
    bytes: number;
    sourceText: string | null;
    signatures?: SectionSignature[];
    scan?: ScanReading;
    similarity: boolean;
    synthetic: boolean;
    now: string;
  },
): { reportId: number; version: number } {
  const { report, fileName, synthetic, now } = input;
  const agency = findOrCreateAgency(s, report, fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/i, ''), synthetic, now);
  // A report cut short (REPORT_INCOMPLETE) is kept, but never made the latest over a complete one, and
  // never summed into the rollups.
  const complete = !report.diagnostics.some((d) => d.code === 'REPORT_INCOMPLETE');
  const previous = s.latestOf.get(agency.id, report.year);
  const latest = complete || !previous || !previous.complete;
  if (previous && latest) {
    s.unmarkLatest.run(previous.id);
    s.unmarkFactLatest.run(previous.id);
    rollupStored(s, previous.id, -1);
  }
  const version = (s.maxVersion.get(agency.id, report.year)?.v ?? 0) + 1;
  const severities = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) severities[d.severity]++;
  const reportId = Number(
    s.insertReport.run({
      agencyId: agency.id,
      year: report.year,
      template: report.template,
      publishedOn: report.publishedOn,
      agencyTitle: report.agency,
      sourceName: fileName,
      sourceFormat: formatOf(fileName, report),
      layout: report.source.layout,
      encoding: report.source.encoding,
      contentHash: input.hash,
      byteSize: input.bytes,
      parserVersion: report.source.parserVersion,
      ingestedAt: now,
      status: severities.error > 0 ? 'errors' : severities.warning > 0 ? 'warnings' : 'ok',
      version,
      latest: latest ? 1 : 0,
      complete: complete ? 1 : 0,
      synthetic: synthetic ? 1 : 0,
      errors: severities.error,
      warnings: severities.warning,
      infos: severities.info,
    }).lastInsertRowid,
  );

  const values: (number | null)[] = CELLS.map(() => null);
  const cellRows: unknown[] = [];
  let cellCount = 0;
  for (const [path, p] of Object.entries(report.provenance)) {
    const index = CELL_INDEX.get(path);
    if (index === undefined) continue;
    const raw = path.split('.');
    const table = (report as unknown as Record<string, Record<string, Record<string, number | null>>>)[raw[0]!]?.[raw[1]!];
    const value = cellValue(path, table?.[raw[2]!] ?? null, p.decimal);
    values[index] = value;
    cellRows.push(
      reportId,
      index,
      value,
      STATE_CODE[p.state],
      p.line ?? null,
      p.start ?? null,
      p.end ?? null,
      p.raw ?? null,
      p.page ?? null,
      p.box ? p.box.join(',') : null,
      p.confidence ?? null,
    );
    cellCount++;
  }
  insertMany(s, 'report_cells', ['report_id', 'cell', 'value', 'state', 'line', 'start', '"end"', 'raw', 'page', 'box', 'confidence'], cellRows, cellCount);
  const diagnosticRows: unknown[] = [];
  for (const d of report.diagnostics) {
    diagnosticRows.push(
      reportId,
      d.code,
      d.severity,
      d.path ?? null,
      d.rule ?? null,
      d.line ?? null,
      d.message,
      d.candidates ? JSON.stringify(d.candidates) : null,
    );
  }
  insertMany(s, 'diagnostics', ['report_id', 'code', 'severity', 'path', 'rule', 'line', 'message', 'candidates'], diagnosticRows, report.diagnostics.length);
  for (const [section, text] of Object.entries(report.narratives)) if (text) s.insertNarrative.run(reportId, section, text);
  if (input.similarity) storeSimilarity(s.db.$client, { id: reportId, agencyId: agency.id, year: report.year }, report.narratives, input.signatures);
  else s.db.$client.prepare('INSERT OR IGNORE INTO similarity_backfill (report_id) VALUES (?)').run(reportId);
  if (input.sourceText !== null) s.insertSource.run(reportId, input.sourceText);
  if (input.scan) {
    for (const p of input.scan.images) s.insertScanPage.run(reportId, p.page, p.width, p.height, Buffer.from(p.png));
    s.insertScanReading.run(reportId, OCR_VERSION, JSON.stringify(input.scan.cells), input.scan.ms);
  }

  // Reports without a year cannot be placed on the time axis: stored, but out of the analytics tables.
  if (report.year !== null) {
    const dims: Dimensions = { year: report.year, ...agency.dims, template: report.template ?? '', synthetic: synthetic ? 1 : 0 };
    s.insertFact.run(
      reportId,
      agency.id,
      latest ? 1 : 0,
      complete ? 1 : 0,
      dims.year,
      dims.provinceCode,
      dims.cityCode,
      dims.countyCode,
      dims.level,
      dims.template,
      dims.synthetic,
      ...values,
    );
    if (latest && complete) rollup(s, dims, values, 1);
  }
  refreshReviewCounts(s.db, reportId);
  return { reportId, version };
}

/** Inserts `count` rows of flattened values, in chunks that stay under SQLite's variable limit. */
function insertMany(s: Statements, table: string, columns: string[], flat: unknown[], count: number): void {
  const chunk = 256;
  for (let i = 0; i < count; i += chunk) {
    const rows = Math.min(chunk, count - i);
    s.batch(table, columns, rows).run(...flat.slice(i * columns.length, (i + rows) * columns.length));
  }
}

/** Deletes a report (a re-parse replaces it), keeping the rollups and the latest flags right. */
function removeReport(s: Statements, found: { id: number; agency_id: number; year: number | null; is_latest: number }): void {
  if (found.is_latest) rollupStored(s, found.id, -1);
  s.deleteReport.run(found.id);
  if (found.is_latest) {
    const previous = s.previousVersion.get(found.agency_id, found.year);
    if (previous) {
      s.markLatest.run(previous.id);
      s.markFactLatest.run(previous.id);
      rollupStored(s, previous.id, 1);
    }
  }
}

export interface Checked {
  /** Set when the file needs no parse: unchanged, empty or too large. */
  outcome?: IngestOutcome;
  hash: string;
}

/** Before parsing: is this exact file already stored by this parser version, or unreadable at a glance? */
export function checkFile(db: Db, fileName: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Checked {
  if (bytes.length === 0) return { hash: '', outcome: { file: fileName, status: 'failed', reason: 'empty file' } };
  if (bytes.length > maxBytes) {
    return {
      hash: '',
      outcome: {
        file: fileName,
        status: 'failed',
        reason: `file too large: ${(bytes.length / 1048576).toFixed(1)} MB (limit ${(maxBytes / 1048576).toFixed(0)} MB)`,
      },
    };
  }
  const hash = contentHash(bytes);
  const found = stmts(db).findByHash.get(hash);
  if (found && found.parser_version === PARSER_VERSION) return { hash, outcome: { file: fileName, status: 'unchanged', reportId: found.id } };
  return { hash };
}

/**
 * The OCR reading stored for these bytes by this OCR (a newer parser reads a scan again: its pages are not
 * read again), or undefined.
 */
export function storedScanReading(db: Db, hash: string): ScanReading | undefined {
  const s = stmts(db);
  const found = s.storedScan.get(hash, OCR_VERSION);
  if (!found) return undefined;
  const images = s.storedScanPages.all(found.id).map((p) => ({ page: p.page, width: p.width, height: p.height, png: new Uint8Array(p.png) }));
  return { text: found.text, pages: images.length, ms: found.ms, cells: JSON.parse(found.cells) as ScanReading['cells'], images };
}

/** After parsing: store it, in one transaction (or only report what would be stored, on a dry run). */
export function storeParsed(db: Db, fileName: string, bytes: Uint8Array, hash: string, parsed: Parsed, options: IngestOptions = {}): IngestOutcome {
  const { report, sourceText } = parsed;
  const fatal = report.diagnostics.find((d) => FATAL.has(d.code));
  if (fatal) return { file: fileName, status: 'failed', reason: `${fatal.code}: ${fatal.message}`, report };
  const codes = countCodes(report);
  const s = stmts(db);
  if (options.dryRun)
    return { file: fileName, status: s.findByHash.get(hash) ? 'updated' : 'ingested', agency: report.agency, year: report.year, codes, report };
  const now = new Date().toISOString();
  const write = db.$client.transaction(() => {
    // Looked up again inside the transaction: the same bytes may have been stored since the check.
    const found = s.findByHash.get(hash);
    if (found && found.parser_version === PARSER_VERSION) return { unchanged: found.id };
    // A newer parser re-reads the same bytes: people's corrections and reviews move to the new report.
    const review = found ? snapshotReview(db, found.id, found.parser_version) : null;
    if (found) removeReport(s, found);
    const written = writeReport(s, {
      report,
      fileName,
      hash,
      bytes: bytes.length,
      sourceText,
      signatures: parsed.signatures,
      scan: parsed.scan,
      similarity: options.similarity ?? true,
      synthetic: options.synthetic ?? false,
      now,
    });
    if (review) restoreReview(db, review, written.reportId, report.source.parserVersion);
    return { ...written, replaced: Boolean(found) };
  });
  const result = write.immediate();
  if ('unchanged' in result) return { file: fileName, status: 'unchanged', reportId: result.unchanged };
  return {
    file: fileName,
    status: result.replaced ? 'updated' : 'ingested',
    reportId: result.reportId,
    agency: report.agency,
    year: report.year,
    version: result.version,
    codes,
    report,
  };
}

/**
 * Ingest one file's bytes: unchanged when the same bytes were read by this parser version already,
 * updated when an older parser read them, else a new report (a new version of its agency-year).
 */
export async function ingestBytes(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  options: IngestOptions & { pool?: ParsePool; signal?: AbortSignal; onPage?: (page: number, of: number) => void } = {},
): Promise<IngestOutcome> {
  const checked = checkFile(db, fileName, bytes, options.maxBytes);
  if (checked.outcome) return checked.outcome;
  let parsed: Parsed;
  try {
    // In a worker thread with a memory and a time limit, never on the caller's thread.
    parsed = await (options.pool ?? sharedParsePool()).parse(fileName, bytes, options.signal, options.onPage, storedScanReading(db, checked.hash));
  } catch (error) {
    return {
      file: fileName,
      status: 'failed',
      reason: error instanceof ParseFailure ? `${PARSE_FAILURE_CODES[error.kind]}: ${error.message}` : (error as Error).message,
    };
  }
  // Cancelled while the parse finished: nothing is written for an answer nobody waits for.
  if (options.signal?.aborted) return { file: fileName, status: 'failed', reason: `${PARSE_FAILURE_CODES.cancelled}: the request was cancelled` };
  return storeParsed(db, fileName, bytes, checked.hash, parsed, options);
}
