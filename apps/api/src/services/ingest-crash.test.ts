import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport, TEXT_LAYOUTS } from '@gongkai/samples/generator';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { BIN, count, rollupDisagreements, tempDir } from '../test-support.ts';

// kill -9 at random moments of a real ingest (the CLI in a child process): the database must stay
// consistent every time, hold no half-written report, and a re-run must finish the rest.
//
// Nothing here depends on the machine's speed. The CLI prints a report's progress line after the
// transaction holding it commits, and a busy machine may let the child write many more batches (up to
// 64 reports each) before the kill arrives, even all of its files. So the test does not count on a
// fixed number of kills landing mid-run: it keeps killing runs until it has seen enough kills that
// landed after observed progress and before completion, adds files whenever the child managed to store
// them all (more each time it did), and gives up only at a deadline, saying what it saw.

const FIRST_FILES = 600;
/** Kills that must land after a run stored something and before it stored everything. */
const MID_RUN_KILLS = 10;
/** The loop's own deadline; the test's timeout is above it so a failure names what happened. */
const DEADLINE_MS = 200_000;
/** A run that neither finishes nor is killed by then has hung. */
const RUN_DEADLINE_MS = 120_000;

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

/** Writes `n` more generated reports into the folder; returns how many it holds then. */
function addReports(dir: string, from: number, n: number): number {
  for (let i = from; i < from + n; i++) {
    const g = generateReport({ seed: 5000 + i, layout: TEXT_LAYOUTS[i % TEXT_LAYOUTS.length]! });
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}-${g.fileName}`), g.bytes);
  }
  return from + n;
}

/**
 * Runs the CLI ingest and kills it with SIGKILL once its progress lines say it has stored `afterStored`
 * reports in this run (never when afterStored is Infinity). Resolves with how it ended.
 */
function ingestRun(dir: string, db: string, afterStored: number): Promise<{ killed: boolean; code: number | null; storedLines: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db, '--json'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let storedLines = 0;
    let killed = false;
    let buffer = '';
    const hung = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`an ingest run neither finished nor was killed within ${RUN_DEADLINE_MS} ms (${storedLines} reports stored)`));
    }, RUN_DEADLINE_MS);
    child.stderr.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (/: (?:ingested|updated)\b/.test(line)) storedLines++;
      if (!killed && storedLines >= afterStored) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code) => {
      clearTimeout(hung);
      resolve({ killed: code === null, code, storedLines });
    });
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
  it(`stays consistent after kills at random points (${MID_RUN_KILLS} of them mid-run at least) and a re-run finishes`, async () => {
    const dir = tempDir('gongkai-crash-');
    const db = join(tempDir('gongkai-crash-db-'), 'crash.db');
    let files = addReports(dir, 0, FIRST_FILES);
    let topUp = 200;
    let stored = 0;
    let midRun = 0;
    const runs: string[] = [];
    const started = Date.now();
    while (midRun < MID_RUN_KILLS) {
      if (Date.now() - started > DEADLINE_MS) expect.fail(`only ${midRun} of ${runs.length} kills landed mid-run before the deadline: ${runs.join('; ')}`);
      if (stored === files) {
        // The child stored everything before a kill reached it: give it more than it managed last time.
        files = addReports(dir, files, topUp);
        topUp *= 2;
      }
      const run = await ingestRun(dir, db, 1 + Math.floor(random() * Math.min(60, (files - stored) / 4)));
      const now = checkConsistent(db);
      expect(now).toBeGreaterThanOrEqual(stored);
      const landed = run.killed && now > stored && now < files;
      if (landed) midRun++;
      runs.push(`${run.killed ? 'killed' : `exit ${run.code}`} at ${now}/${files}${landed ? ' (mid-run)' : ''}`);
      stored = now;
    }
    const final = await ingestRun(dir, db, Infinity);
    expect(final.code).toBe(0);
    expect(checkConsistent(db)).toBe(files);
  }, 300_000);
});
