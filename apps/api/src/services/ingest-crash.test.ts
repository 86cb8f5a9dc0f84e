import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport, TEXT_LAYOUTS } from '@gongkai/samples/generator';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { BIN, count, rollupDisagreements, tempDir } from '../test-support.ts';

// kill -9 at random moments of a real ingest (the CLI in a child process): the database must stay
// consistent every time, hold no half-written report, and a re-run must finish the rest.

const FILES = 800;
const KILLS = 20;

/**
 * Runs the CLI ingest and kills it with SIGKILL once it has stored `afterStored` more reports (watched
 * on its progress lines, so the kill lands while it writes however busy the machine is); never killed
 * when afterStored is Infinity. Resolves with the exit code (null when killed).
 */
function ingestUntilKilled(dir: string, db: string, afterStored: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db, '--json'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stored = 0;
    let buffer = '';
    child.stderr.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (/: (?:ingested|updated)\b/.test(line)) stored++;
      if (stored >= afterStored) child.kill('SIGKILL');
    });
    child.on('exit', (code) => resolve(code));
  });
}

function checkConsistent(file: string): number {
  const db = openDatabase(file);
  try {
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    // No half-written report: each has its cells, its fact row (it has a year) and its source.
    const partial = db.$client
      .prepare(
        `SELECT r.id FROM reports r
         WHERE NOT EXISTS (SELECT 1 FROM report_cells c WHERE c.report_id = r.id)
            OR (r.year IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_facts f WHERE f.report_id = r.id))
            OR NOT EXISTS (SELECT 1 FROM report_sources s WHERE s.report_id = r.id)`,
      )
      .all();
    expect(partial).toEqual([]);
    expect(rollupDisagreements(db)).toEqual([]);
    return count(db, 'reports');
  } finally {
    db.$client.close();
  }
}

describe('ingest survives kill -9', () => {
  it(`stays consistent after ${KILLS} kills at random points and a re-run finishes`, async () => {
    const dir = tempDir('gongkai-crash-');
    for (let i = 0; i < FILES; i++) {
      const g = generateReport({ seed: 5000 + i, layout: TEXT_LAYOUTS[i % TEXT_LAYOUTS.length]! });
      writeFileSync(join(dir, `${String(i).padStart(3, '0')}-${g.fileName}`), g.bytes);
    }
    const db = join(tempDir('gongkai-crash-db-'), 'crash.db');
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let stored = 0;
    let killedWhileWriting = 0;
    for (let k = 0; k < KILLS; k++) {
      const code = await ingestUntilKilled(dir, db, 1 + Math.floor(random() * 60));
      const now = checkConsistent(db);
      expect(now).toBeGreaterThanOrEqual(stored);
      if (code === null && now > stored && now < FILES) killedWhileWriting++;
      stored = now;
    }
    expect(killedWhileWriting).toBeGreaterThanOrEqual(3);
    const final = await ingestUntilKilled(dir, db, Infinity);
    expect(final).toBe(0);
    expect(checkConsistent(db)).toBe(FILES);
  }, 240_000);
});
