import { STORED_LEVELS, STORED_REGION_LEVELS } from '@gongkai/schema/measures';
import { CELLS } from '@gongkai/schema/report';
import { sql } from 'drizzle-orm';
import type { SQLiteColumnBuilderBase } from 'drizzle-orm/sqlite-core';
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// The store. Reports keep every cell with its state and provenance (report_cells); analytics read a
// wide row per report (report_facts) and two rollups kept in the ingest's own transaction, so a sum of
// any cell by year, region and level never scans the cells of every report.

export const regions = sqliteTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: STORED_REGION_LEVELS }).notNull(),
    parentCode: text('parent_code'),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);

export const agencies = sqliteTable(
  'agencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Identity: the normalised name (海通乡人民政府 and 海通乡 are one body). */
    key: text('key').notNull(),
    name: text('name').notNull(),
    level: text('level', { enum: STORED_LEVELS }),
    regionCode: text('region_code'),
    provinceCode: text('province_code').notNull().default(''),
    cityCode: text('city_code').notNull().default(''),
    countyCode: text('county_code').notNull().default(''),
    township: text('township'),
    regionConfidence: real('region_confidence').notNull().default(0),
    /** JSON array of {code, path, level, confidence}: ambiguity stays visible. */
    regionCandidates: text('region_candidates').notNull().default('[]'),
    synthetic: integer('synthetic', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('agencies_key_idx').on(t.key),
    index('agencies_region_idx').on(t.provinceCode, t.cityCode, t.countyCode),
    index('agencies_level_idx').on(t.level),
  ],
);

/** Every name an agency was titled with. */
export const agencyNames = sqliteTable('agency_names', {
  name: text('name').primaryKey(),
  agencyId: integer('agency_id')
    .notNull()
    .references(() => agencies.id),
});

export const reports = sqliteTable(
  'reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year'),
    template: text('template', { enum: ['2019', '2021'] }),
    publishedOn: text('published_on'),
    agencyTitle: text('agency_title'),
    sourceName: text('source_name').notNull(),
    sourceFormat: text('source_format').notNull(),
    layout: text('layout'),
    encoding: text('encoding'),
    contentHash: text('content_hash').notNull(),
    byteSize: integer('byte_size').notNull(),
    parserVersion: text('parser_version').notNull(),
    ingestedAt: text('ingested_at').notNull(),
    status: text('status', { enum: ['ok', 'warnings', 'errors'] }).notNull(),
    version: integer('version').notNull(),
    isLatest: integer('is_latest', { mode: 'boolean' }).notNull(),
    synthetic: integer('synthetic', { mode: 'boolean' }).notNull().default(false),
    errorCount: integer('error_count').notNull().default(0),
    warningCount: integer('warning_count').notNull().default(0),
    infoCount: integer('info_count').notNull().default(0),
    /** False when the parser found tables missing or cut short (REPORT_INCOMPLETE): never latest over a complete one. */
    complete: integer('complete', { mode: 'boolean' }).notNull().default(true),
    /**
     * What is still open for review (kept by services/review.ts at ingest and on every review write), and
     * the queue's order as one number: open errors, stale corrections, empty cells of 三/四, large inferred
     * values, open warnings, each capped at 999, most significant first. The queue reads an index, not a scan.
     */
    openErrors: integer('open_errors').notNull().default(0),
    openWarnings: integer('open_warnings').notNull().default(0),
    staleCorrections: integer('stale_corrections').notNull().default(0),
    emptyCells: integer('empty_cells').notNull().default(0),
    inferredLarge: integer('inferred_large').notNull().default(0),
    reviewPriority: integer('review_priority').notNull().default(0),
  },
  (t) => [
    uniqueIndex('reports_hash_idx').on(t.contentHash),
    index('reports_review_idx').on(t.isLatest, t.reviewPriority),
    index('reports_agency_year_idx').on(t.agencyId, t.year),
    index('reports_year_idx').on(t.year, t.isLatest),
  ],
);

/** One row per printed (or inferred, repaired, missing) cell. `cell` indexes the CELLS catalogue. */
export const reportCells = sqliteTable(
  'report_cells',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    cell: integer('cell').notNull(),
    /** Counts as they are; money in integer millionths (exact). Null: not filled, not inferable. */
    value: integer('value'),
    /** 0 printed, 1 inferred, 2 repaired, 3 missing. */
    state: integer('state').notNull(),
    line: integer('line'),
    start: integer('start'),
    end: integer('end'),
    raw: text('raw'),
    /** A cell read by OCR: its page (from 1) and box "x0,y0,x1,y1" in the kept page image (scan_pages). */
    page: integer('page'),
    box: text('box'),
    /** The OCR engine's confidence in the number (0–100). */
    confidence: integer('confidence'),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.cell] })],
);

/**
 * What OCR read of a scanned report: which OCR made it, and where each table cell stands in the OCR text
 * (report_sources) with its page, box and confidence. A newer parser reading the same bytes again takes
 * this and the kept pages instead of reading the pages again.
 */
export const scanReadings = sqliteTable('scan_readings', {
  reportId: integer('report_id')
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  ocrVersion: integer('ocr_version').notNull(),
  /** JSON: [{ start, end, page, box: [x0, y0, x1, y1], confidence? }] */
  cells: text('cells').notNull(),
  ms: integer('ms').notNull(),
});

/** The pages of a scanned report as grey PNGs, so that a person can check a number read by OCR against the page. */
export const scanPages = sqliteTable(
  'scan_pages',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    png: blob('png', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.page] })],
);

export const diagnostics = sqliteTable(
  'diagnostics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    severity: text('severity', { enum: ['error', 'warning', 'info'] }).notNull(),
    path: text('path'),
    rule: integer('rule'),
    line: integer('line'),
    message: text('message').notNull(),
    candidates: text('candidates'),
  },
  (t) => [index('diagnostics_report_idx').on(t.reportId), index('diagnostics_code_idx').on(t.code)],
);

export const narratives = sqliteTable(
  'narratives',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    section: text('section', { enum: ['overview', 'problems', 'otherMatters'] }).notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('narratives_report_section_idx').on(t.reportId, t.section)],
);

/** The source text, kept so the dashboard can show a cell's place in it. */
export const reportSources = sqliteTable('report_sources', {
  reportId: integer('report_id')
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
});

function cellColumns(): Record<string, SQLiteColumnBuilderBase> {
  return Object.fromEntries(CELLS.map((c) => [c.sqlName, integer(c.sqlName)]));
}

const dimensionColumns = () => ({
  year: integer('year').notNull(),
  provinceCode: text('province_code').notNull(),
  cityCode: text('city_code').notNull(),
  countyCode: text('county_code').notNull(),
  level: text('level').notNull(),
  template: text('template').notNull(),
  synthetic: integer('synthetic').notNull(),
});

/** One wide row per report: the analytics read these, never report_cells. */
export const reportFacts = sqliteTable(
  'report_facts',
  {
    reportId: integer('report_id')
      .primaryKey()
      .references(() => reports.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id').notNull(),
    isLatest: integer('is_latest').notNull(),
    /** 1 for a complete report; incomplete ones stay out of the rollups and of analytics unless asked for. */
    complete: integer('complete').notNull().default(1),
    ...dimensionColumns(),
    ...cellColumns(),
  },
  (t) => [
    index('report_facts_latest_year_idx').on(t.isLatest, t.year),
    index('report_facts_agency_idx').on(t.agencyId, t.year),
    index('report_facts_county_idx').on(t.countyCode),
    // Peers: one year, one level, one province (rankings read every peer's value).
    index('report_facts_peers_idx').on(t.year, t.level, t.provinceCode),
  ],
);

/** Sums of the latest version of every report, by year × county × level × format × synthetic. */
export const rollupCounty = sqliteTable(
  'rollup_county',
  {
    ...dimensionColumns(),
    reports: integer('reports').notNull(),
    ...cellColumns(),
  },
  (t) => [primaryKey({ columns: [t.year, t.countyCode, t.level, t.template, t.synthetic] }), index('rollup_county_province_idx').on(t.provinceCode, t.year)],
);

/** The same sums by province: national and provincial views read a few thousand rows at most. */
export const rollupProvince = sqliteTable(
  'rollup_province',
  {
    year: integer('year').notNull(),
    provinceCode: text('province_code').notNull(),
    level: text('level').notNull(),
    template: text('template').notNull(),
    synthetic: integer('synthetic').notNull(),
    reports: integer('reports').notNull(),
    ...cellColumns(),
  },
  (t) => [primaryKey({ columns: [t.year, t.provinceCode, t.level, t.template, t.synthetic] })],
);

/**
 * People's corrections of cells: a layer over report_cells, never an overwrite. The one ACTIVE correction of
 * a cell is its value in report_facts and the rollups; the parsed value stays in report_cells. A re-parse of
 * the same bytes carries the corrections to the new report (STALE when the printed source cell changed).
 */
export const cellCorrections = sqliteTable(
  'cell_corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    cell: integer('cell').notNull(),
    /** Same units as report_cells.value (money in integer millionths). Null: not filled in the report. */
    value: integer('value'),
    /** What the parser had read when the correction was made, and its printed text and source line. */
    parsedValue: integer('parsed_value'),
    parsedRaw: text('parsed_raw'),
    sourceSnippet: text('source_snippet'),
    reason: text('reason').notNull(),
    sourcePage: integer('source_page'),
    sourceLine: integer('source_line'),
    sourceNote: text('source_note'),
    status: text('status', { enum: ['active', 'superseded', 'reverted', 'stale'] }).notNull(),
    userId: text('user_id'),
    actor: text('actor').notNull(),
    at: text('at').notNull(),
    revertedBy: text('reverted_by'),
    revertedAt: text('reverted_at'),
    carryNote: text('carry_note'),
  },
  (t) => [index('cell_corrections_report_idx').on(t.reportId, t.cell), index('cell_corrections_status_idx').on(t.status)],
);

/** Reviews of diagnostics, appended: the latest row of a diagnostic is its state, the rest its history. */
export const diagnosticReviews = sqliteTable(
  'diagnostic_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    diagnosticId: integer('diagnostic_id')
      .notNull()
      .references(() => diagnostics.id, { onDelete: 'cascade' }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['open', 'confirmed', 'dismissed'] }).notNull(),
    comment: text('comment'),
    userId: text('user_id'),
    actor: text('actor').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('diagnostic_reviews_diagnostic_idx').on(t.diagnosticId), index('diagnostic_reviews_report_idx').on(t.reportId)],
);

export const notebooks = sqliteTable('notebooks', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  description: text('description'),
  /** JSON: { version: 1, cells: [...] }, validated by services/notebooks.ts. */
  document: text('document').notNull(),
  revision: integer('revision').notNull(),
  shipped: integer('shipped', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  /** Set when deleted: the notebook sits in the bin (restorable) for 30 days, then is purged. */
  deletedAt: text('deleted_at'),
  deletedBy: text('deleted_by'),
});

/** Earlier states of each notebook: the last 20, and the last of each day for 30 days. */
export const notebookRevisions = sqliteTable(
  'notebook_revisions',
  {
    notebookId: text('notebook_id')
      .notNull()
      .references(() => notebooks.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    title: text('title').notNull(),
    document: text('document').notNull(),
    savedAt: text('saved_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.notebookId, t.revision] })],
);

export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

// Accounts (better-auth with its username and admin plugins; the shape its drizzle adapter expects).
// Times are integer milliseconds, as better-auth's generated SQLite schema has them.

const nowMs = sql`(cast(unixepoch('subsecond') * 1000 as integer))`;

export const user = sqliteTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: integer('email_verified', { mode: 'boolean' }).default(false).notNull(),
  image: text('image'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
    .default(nowMs)
    .$onUpdate(() => new Date())
    .notNull(),
  /** Lower-cased sign-in name (username plugin); displayUsername keeps it as typed. */
  username: text('username').unique(),
  displayUsername: text('display_username'),
  /** viewer | editor | admin (admin plugin). */
  role: text('role'),
  banned: integer('banned', { mode: 'boolean' }).default(false),
  banReason: text('ban_reason'),
  banExpires: integer('ban_expires', { mode: 'timestamp_ms' }),
});

export const session = sqliteTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .$onUpdate(() => new Date())
      .notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    impersonatedBy: text('impersonated_by'),
  },
  (t) => [index('session_userId_idx').on(t.userId)],
);

export const account = sqliteTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: integer('access_token_expires_at', { mode: 'timestamp_ms' }),
    refreshTokenExpiresAt: integer('refresh_token_expires_at', { mode: 'timestamp_ms' }),
    scope: text('scope'),
    password: text('password'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .$onUpdate(() => new Date())
      .notNull(),
  },
  (t) => [index('account_userId_idx').on(t.userId)],
);

export const verification = sqliteTable(
  'verification',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).default(nowMs).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .default(nowMs)
      .$onUpdate(() => new Date())
      .notNull(),
  },
  (t) => [index('verification_identifier_idx').on(t.identifier)],
);

/**
 * Personal API tokens for GraphQL clients. Only a SHA-256 of the token is stored (the token is 32 random
 * bytes, so a slow hash adds nothing); its role is at most its owner's, checked again on every use.
 */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role', { enum: ['viewer', 'editor'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The first characters, shown in lists so a user can tell tokens apart. */
    prefix: text('prefix').notNull(),
    createdAt: text('created_at').notNull(),
    lastUsedAt: text('last_used_at'),
    expiresAt: text('expires_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/** Every write: who, what, when, from which address, and whether it succeeded. Never updated or deleted by the app. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: text('user_id'),
    /** The user's name at the time (kept when the user is gone), or “operator” / “cli”. */
    actor: text('actor').notNull(),
    role: text('role'),
    /** How the writer proved who they are: session, token, operator, cli, anonymous. */
    via: text('via').notNull(),
    action: text('action').notNull(),
    target: text('target'),
    /** JSON: the arguments that say what was written (file contents left out). */
    detail: text('detail'),
    ok: integer('ok', { mode: 'boolean' }).notNull(),
    error: text('error'),
    ip: text('ip'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_user_idx').on(t.userId), index('audit_log_action_idx').on(t.action)],
);

// Copied reports: a MinHash signature of each narrative section long enough to judge, and its band keys
// (locality-sensitive hashing), so that the sections most like one report's are found by an index seek
// among a million reports instead of a scan. Kept by the ingest, in its transaction.
export const narrativeSignatures = sqliteTable(
  'narrative_signatures',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    section: text('section', { enum: ['overview', 'problems', 'otherMatters'] }).notNull(),
    agencyId: integer('agency_id').notNull(),
    year: integer('year'),
    /** Normalised characters (whitespace and punctuation dropped). */
    chars: integer('chars').notNull(),
    minhash: blob('minhash', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.section] }), index('narrative_signatures_agency_idx').on(t.agencyId, t.section, t.year)],
);

export const narrativeBands = sqliteTable(
  'narrative_bands',
  {
    band: integer('band').notNull(),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.band, t.reportId] }), index('narrative_bands_report_idx').on(t.reportId)],
);

/** Pairs of sections at least 90 % alike (exact shingle Jaccard), found at ingest: the data-quality list. */
export const copiedSections = sqliteTable(
  'copied_sections',
  {
    /** The later report (by year, then by id). */
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    otherId: integer('other_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    section: text('section', { enum: ['overview', 'problems', 'otherMatters'] }).notNull(),
    sameAgency: integer('same_agency', { mode: 'boolean' }).notNull(),
    score: real('score').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.otherId, t.section] }),
    index('copied_sections_other_idx').on(t.otherId),
    index('copied_sections_score_idx').on(t.score),
  ],
);

export { sql };
