import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CELLS } from '@gongkai/schema/report';
import type { Db } from './db/client.ts';
import { openDatabase } from './db/client.ts';

// Helpers for tests: a fresh SQLite file with the real migrations, and the seed reports.

const here = dirname(fileURLToPath(import.meta.url));
import { SEEDS_DIR } from '@gongkai/samples/seeds';
export const SEED_DIR = SEEDS_DIR;
export const BIN = join(here, '../bin/gongkai.mjs');

export function tempDir(prefix = 'gongkai-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function tempDatabase(): { db: Db; file: string; dir: string } {
  const dir = tempDir('gongkai-db-');
  const file = join(dir, 'test.db');
  return { db: openDatabase(file), file, dir };
}

export function seedFiles(): { name: string; bytes: Buffer; expected: Record<string, unknown> }[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: f,
      bytes: readFileSync(join(SEED_DIR, f)),
      expected: JSON.parse(readFileSync(join(SEED_DIR, f.replace(/\.txt$/, '.expected.json')), 'utf8')),
    }));
}

export function count(db: Db, table: string): number {
  return (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/**
 * The rollups must equal the sums of the latest complete facts, cell by cell: checked the slow way, by scanning.
 * Returns the cells whose rollup disagrees (empty when consistent).
 */
export function rollupDisagreements(db: Db): string[] {
  const sums = CELLS.map((c) => `coalesce(sum("${c.sqlName}"), 0) AS "${c.sqlName}"`).join(', ');
  const facts = db.$client.prepare(`SELECT count(*) AS reports, ${sums} FROM report_facts WHERE is_latest = 1 AND complete = 1`).get() as Record<
    string,
    number
  >;
  const county = db.$client.prepare(`SELECT coalesce(sum(reports), 0) AS reports, ${sums} FROM rollup_county`).get() as Record<string, number>;
  const province = db.$client.prepare(`SELECT coalesce(sum(reports), 0) AS reports, ${sums} FROM rollup_province`).get() as Record<string, number>;
  const bad: string[] = [];
  for (const key of ['reports', ...CELLS.map((c) => c.sqlName)]) {
    if (facts[key] !== county[key]) bad.push(`county ${key}: ${county[key]} ≠ ${facts[key]}`);
    if (facts[key] !== province[key]) bad.push(`province ${key}: ${province[key]} ≠ ${facts[key]}`);
  }
  return bad;
}

import { generateReport } from '@gongkai/samples/generator';
import type { Env } from './env.ts';
import { loadEnv } from './env.ts';
import { ensureRegions } from './queries/regions.ts';
import { ingestBytes } from './services/ingest.ts';

/** A store filled by the real ingest: the five seeds and `generated` synthetic reports over 2019–2025. */
export async function filledDatabase(generated = 60): Promise<{ db: Db; file: string }> {
  const { db, file } = tempDatabase();
  ensureRegions(db);
  for (const seed of seedFiles()) await ingestBytes(db, `seeds/${seed.name}`, seed.bytes);
  const agencies = ['武陟县人民政府', '焦作市人民政府', '濮阳县海通乡人民政府', '洪泽区人民政府', '郑州市生态环境局'];
  for (let i = 0; i < generated; i++) {
    // Now and then a printed total that contradicts its parts, as real reports print: a warning.
    const damaged = i % 15 === 4 ? { conventions: ['bad-totals' as const] } : {};
    const g = generateReport({
      seed: 900 + i,
      layout: 'tabs',
      agency: agencies[i % agencies.length]!,
      year: 2019 + (Math.floor(i / agencies.length) % 7),
      template: 2019 + (Math.floor(i / agencies.length) % 7) <= 2020 ? '2019' : '2021',
      ...damaged,
    });
    await ingestBytes(db, `gen/${i}-${g.fileName}`, g.bytes, { synthetic: true });
  }
  return { db, file };
}

export function testEnv(overrides: Record<string, string> = {}): Env {
  return loadEnv({ NODE_ENV: 'test', GONGKAI_SAMPLES: 'false', GONGKAI_API_TOKEN: 'test-operator-token', ...overrides });
}

/** Counts the SQL statements a piece of work executes on this database. */
export function countStatements<T>(db: Db, work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const proto = Object.getPrototypeOf(db.$client.prepare('SELECT 1')) as Record<string, (...a: unknown[]) => unknown>;
  let statements = 0;
  const originals = Object.fromEntries(['all', 'get', 'run', 'iterate'].map((m) => [m, proto[m]!]));
  for (const m of Object.keys(originals)) {
    proto[m] = function (this: unknown, ...args: unknown[]) {
      statements++;
      return originals[m]!.apply(this, args);
    };
  }
  return work()
    .then((result) => ({ result, statements }))
    .finally(() => {
      for (const [m, f] of Object.entries(originals)) proto[m] = f;
    });
}

/** A stored report with its agency, read plainly: what the query tests compare their answers with. */
export interface StoredReport {
  id: number;
  agencyId: number;
  agencyName: string;
  /** Every name the agency was titled with, its own included. */
  agencyNames: string[];
  year: number | null;
  template: string | null;
  synthetic: boolean;
  agencySynthetic: boolean;
  isLatest: boolean;
  complete: boolean;
  warnings: number;
  errors: number;
  regionCode: string;
  level: string | null;
  narratives: string[];
  diagnosticCodes: string[];
}

export function storedReports(db: Db): StoredReport[] {
  const rows = db.$client
    .prepare(
      `SELECT r.id, r.agency_id AS agencyId, a.name AS agencyName, r.year, r.template, r.synthetic, a.synthetic AS agencySynthetic, r.is_latest AS isLatest,
              r.complete, r.warning_count AS warnings, r.error_count AS errors, coalesce(a.region_code, '') AS regionCode, a.level
       FROM reports r JOIN agencies a ON a.id = r.agency_id ORDER BY r.id`,
    )
    .all() as (Omit<StoredReport, 'synthetic' | 'agencySynthetic' | 'isLatest' | 'complete' | 'narratives' | 'diagnosticCodes' | 'agencyNames'> &
    Record<'synthetic' | 'agencySynthetic' | 'isLatest' | 'complete', number>)[];
  const narratives = db.$client.prepare('SELECT report_id AS id, text FROM narratives').all() as { id: number; text: string }[];
  const codes = db.$client.prepare('SELECT DISTINCT report_id AS id, code FROM diagnostics').all() as { id: number; code: string }[];
  const names = db.$client.prepare('SELECT agency_id AS id, name FROM agency_names').all() as { id: number; name: string }[];
  return rows.map((r) => ({
    ...r,
    synthetic: Boolean(r.synthetic),
    agencySynthetic: Boolean(r.agencySynthetic),
    isLatest: Boolean(r.isLatest),
    complete: Boolean(r.complete),
    agencyNames: [r.agencyName, ...names.filter((n) => n.id === r.agencyId).map((n) => n.name)],
    narratives: narratives.filter((n) => n.id === r.id).map((n) => n.text),
    diagnosticCodes: codes.filter((c) => c.id === r.id).map((c) => c.code),
  }));
}
