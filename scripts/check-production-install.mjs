#!/usr/bin/env node
// After `npm ci --omit=dev` (see .ci/run): the API's production dependencies are complete. It starts
// `gongkai serve` on an empty database, which loads the sample corpus (seeds and generated reports in
// every layout, DOCX among them), answers a GraphQL query with those reports, and parses a seed with
// `gongkai parse`. Any module left to the dev dependencies fails one of these.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'apps/api/bin/gongkai.mjs');
const DEADLINE_MS = 5 * 60_000;
const dir = mkdtempSync(join(tmpdir(), 'gongkai-prod-'));

function fail(message) {
  console.error(`check-production-install: ${message}`);
  process.exitCode = 1;
}

const seeds = join(ROOT, 'packages/samples/seeds');
const seed = readdirSync(seeds).find((f) => f.endsWith('.txt'));
const parsed = JSON.parse(execFileSync(process.execPath, [BIN, 'parse', join(seeds, seed)], { encoding: 'utf8', maxBuffer: 64 << 20 }));
if (!parsed.agency || !parsed.year) fail(`gongkai parse ${seed}: no agency or year`);
else console.log(`gongkai parse ${seed}: ${parsed.agency} ${parsed.year}`);

const env = { ...process.env, NODE_ENV: 'production', GONGKAI_SAMPLES: 'true', GONGKAI_PUBLIC: '1' };
const server = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, 'prod.db'), '--port', '0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
let log = '';
const started = Date.now();
try {
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "GraphQL API on" line within ${DEADLINE_MS / 1000} s:\n${log}`)), DEADLINE_MS);
    server.stderr.on('data', (chunk) => {
      log += chunk;
      const m = /GraphQL API on (http:\/\/[\d.]+:\d+\/graphql)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    server.once('exit', (code) => reject(new Error(`gongkai serve exited ${code}:\n${log}`)));
  });
  // The corpus may still be loading when the server listens: poll until reports appear, with a deadline.
  let total = 0;
  while (Date.now() - started < DEADLINE_MS) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ reports { totalCount } }' }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
    total = body.data.reports.totalCount;
    if (total > 100) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  if (total <= 100) fail(`only ${total} sample reports after ${DEADLINE_MS / 1000} s`);
  else console.log(`gongkai serve (production install): ${total} sample reports at ${url}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
