import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CELLS } from '@gongkai/schema/cells';
import type { Db } from './db/client.ts';
import { openDatabase } from './db/client.ts';

// Helpers for tests: a fresh SQLite file with the real migrations, and the seed reports.

const here = dirname(fileURLToPath(import.meta.url));
export const SEED_DIR = join(here, '../../../packages/parser/src/__fixtures__/seeds');
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
 * The rollups must equal the sums of the latest facts, cell by cell: checked the slow way, by scanning.
 * Returns the cells whose rollup disagrees (empty when consistent).
 */
export function rollupDisagreements(db: Db): string[] {
  const sums = CELLS.map((c) => `coalesce(sum("${c.sqlName}"), 0) AS "${c.sqlName}"`).join(', ');
  const facts = db.$client.prepare(`SELECT count(*) AS reports, ${sums} FROM report_facts WHERE is_latest = 1`).get() as Record<string, number>;
  const county = db.$client.prepare(`SELECT coalesce(sum(reports), 0) AS reports, ${sums} FROM rollup_county`).get() as Record<string, number>;
  const province = db.$client.prepare(`SELECT coalesce(sum(reports), 0) AS reports, ${sums} FROM rollup_province`).get() as Record<string, number>;
  const bad: string[] = [];
  for (const key of ['reports', ...CELLS.map((c) => c.sqlName)]) {
    if (facts[key] !== county[key]) bad.push(`county ${key}: ${county[key]} ≠ ${facts[key]}`);
    if (facts[key] !== province[key]) bad.push(`province ${key}: ${province[key]} ≠ ${facts[key]}`);
  }
  return bad;
}
