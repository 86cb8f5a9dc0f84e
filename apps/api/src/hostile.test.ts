import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/client.ts';
import { BIN, filledDatabase } from './test-support.ts';

// Each hostile request of the security review, sent while another client keeps asking /health: the
// request is refused before it runs (or stopped at its deadline) with the right code and a message that
// names the limit, and /health keeps answering throughout (within 1 s: see HEALTH_MS).

type Json = any;
let db: Db;
let base: string;
let slowBase: string;
const children: ChildProcess[] = [];
// A hostile request that blocked the event loop would hold /health for as long as its work (seconds); an
// idle server answers in a few ms. The bound sits far from both, so a busy 2-core machine cannot trip it;
// the slowest answer seen is printed for the record.
const HEALTH_MS = 1000;
let slowestOfAll = 0;
const SLOW_LIMIT_MS = 20;

/** The API as an operator runs it (`gongkai serve`, production mode), in its own process. */
async function serve(file: string, env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', file, '--port', '0'], {
    env: { ...process.env, NODE_ENV: '', GONGKAI_SAMPLES: 'false', GONGKAI_API_TOKEN: 'test-operator-token', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const m = /GraphQL API on (http:\/\/[\d.]+:\d+)\/graphql/.exec(log);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`gongkai serve exited ${code}: ${log}`)));
  });
}

beforeAll(async () => {
  let file: string;
  ({ db, file } = await filledDatabase(60));
  base = await serve(file, {});
  slowBase = await serve(file, { GONGKAI_TIME_LIMIT_MS: String(SLOW_LIMIT_MS) });
}, 180_000);
afterAll(async () => {
  console.log(`slowest /health answer during the hostile requests: ${slowestOfAll.toFixed(0)} ms`);
  for (const c of children) c.kill('SIGTERM');
  db.$client.close();
});

// The /health client runs in a thread of its own, so the hostile client's work (building and sending
// 30 MB) never delays it: what it measures is the server.
const WATCHER = `
const { parentPort, workerData } = require('node:worker_threads');
let done = false, slowest = 0, count = 0;
parentPort.on('message', () => { done = true; });
(async () => {
  // A first request to open the connection, not counted.
  await (await fetch(workerData.url)).text();
  parentPort.postMessage('ready');
  while (!done) {
    const started = performance.now();
    const res = await fetch(workerData.url);
    await res.text();
    slowest = Math.max(slowest, performance.now() - started);
    count++;
  }
  parentPort.postMessage({ slowest, count });
})();`;

/** Sends the request while another thread polls /health; returns the answer and the slowest /health seen. */
async function underWatch(url: string, init: RequestInit): Promise<{ status: number; body: Json; slowestHealth: number; tookMs: number }> {
  const watcher = new Worker(WATCHER, { eval: true, workerData: { url: `${url.replace(/\/graphql.*$/, '')}/health` } });
  await new Promise((resolve) => watcher.once('message', resolve));
  const result = new Promise<{ slowest: number; count: number }>((resolve) => watcher.once('message', resolve));
  const started = performance.now();
  const res = await fetch(url, init);
  const text = await res.text();
  const tookMs = performance.now() - started;
  watcher.postMessage('stop');
  const { slowest } = await result;
  await watcher.terminate();
  let body: Json = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  slowestOfAll = Math.max(slowestOfAll, slowest);
  return { status: res.status, body, slowestHealth: slowest, tookMs };
}

const post = (query: string, variables: Record<string, unknown> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
});

const SORT = 'query ($s: [AnalyticsSort!]) { analytics(query: { measures: ["reports"], groupBy: [YEAR], sort: $s }) { rowCount } }';
const MEASURES = 'query ($m: [String!]!) { analytics(query: { measures: $m, groupBy: [YEAR, REGION] }) { rowCount } }';
const fiftyMeasures = Array.from({ length: 50 }, () => 'applications.newlyReceived.total');
const twentyMeasures = fiftyMeasures.slice(0, 20);
const aliases = (n: number) =>
  `query ($m: [String!]!) { ${Array.from({ length: n }, (_, i) => `a${i}: analytics(query: { measures: $m, groupBy: [YEAR, REGION] }) { rowCount }`).join(' ')} }`;

/** A DOCX that inflates to `megabytes` of zeros: a few hundred kilobytes on the wire. */
function zipBomb(megabytes: number): Buffer {
  const entries = [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    { name: 'word/document.xml', data: Buffer.alloc(megabytes * 1024 * 1024, 0x20) },
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = deflateRawSync(e.data, { level: 9 });
    const name = Buffer.from(e.name);
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

describe('hostile requests', () => {
  it.each([
    [
      '30,000 sort keys',
      () => post(SORT, { s: Array.from({ length: 30_000 }, () => ({ key: 'YEAR' })) }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /\$s has 30000 items; no list may have more than 200/,
    ],
    [
      '11 sort keys',
      () => post(SORT, { s: Array.from({ length: 11 }, () => ({ key: 'YEAR' })) }),
      200,
      'BAD_USER_INPUT',
      /query\.sort has 11 items; the limit is 10/,
    ],
    [
      'an 11 MB search',
      () => post('query ($q: String) { reports(filter: { search: $q }) { totalCount } }', { q: 'x'.repeat(11_000_000) }),
      413,
      'PAYLOAD_TOO_LARGE',
      /request body of \d+ bytes is over the limit of 1048576 bytes/,
    ],
    [
      'a 500 KB search',
      () => post('query ($q: String) { reports(filter: { search: $q }) { totalCount } }', { q: 'x'.repeat(500_000) }),
      200,
      'BAD_USER_INPUT',
      /filter\.search is 500000 characters long; the limit is 200/,
    ],
    ['a 50-measure analytics query', () => post(MEASURES, { m: fiftyMeasures }), 200, 'BAD_USER_INPUT', /query\.measures has 50 items; the limit is 20/],
    [
      '20 aliases of a 20-measure analytics query',
      () => post(aliases(20), { m: twentyMeasures }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /query cost \d+ is over the limit of 100000/,
    ],
    ['a bad cursor', () => post('{ reports(after: "W10") { totalCount } }'), 200, 'BAD_USER_INPUT', /^invalid cursor$/],
    ['an agencies cursor that is not one', () => post('{ agencies(after: "bm90IGpzb24") { totalCount } }'), 200, 'BAD_USER_INPUT', /^invalid cursor$/],
    [
      'a NUL byte in search',
      () => post('query ($q: String) { reports(filter: { search: $q }) { totalCount } }', { q: '政务\u0000公开' }),
      200,
      'BAD_USER_INPUT',
      /filter\.search contains a NUL byte/,
    ],
    [
      'more than 4,000 tokens',
      () => post(`{ status { ${Array.from({ length: 5000 }, () => 'reports').join(' ')} } }`),
      400,
      'GRAPHQL_PARSE_FAILED',
      /more than 4000 tokens \(the limit\)/,
    ],
    [
      'query text of 200,000 characters',
      () => post(`{ status { reports } } # ${'x'.repeat(200_000)}`),
      413,
      'PAYLOAD_TOO_LARGE',
      /longer than 100000 characters/,
    ],
    ['a 30 MB body', () => post('{ status { reports } }', { pad: 'x'.repeat(30 * 1024 * 1024) }), 413, 'PAYLOAD_TOO_LARGE', /over the limit of 1048576 bytes/],
    [
      '__schema nested five deep',
      () => post('{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /introspection depth|query cost \d+ is over the limit/i,
    ],
    [
      '__type nested past the introspection depth',
      () => post(`{ __type(name: "Query") { ${'ofType { '.repeat(16)}name${' }'.repeat(16)} } }`),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /introspection depth \d+ is over the limit of 15/,
    ],
    [
      '100 reports with every cell',
      () =>
        post('{ reports(first: 100, filter: { latestOnly: false }) { edges { node { cells { path value state raw line } diagnostics { code message } } } } }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /query cost \d+ is over the limit/,
    ],
  ])('%s: refused with the right code while /health answers', async (_, request, status, code, message) => {
    const r = await underWatch(`${base}/graphql`, request());
    expect(r.status).toBe(status);
    expect(r.body.errors[0].extensions.code).toBe(code);
    expect(r.body.errors[0].message).toMatch(message);
    expect(r.body.data ?? null).toBeNull();
    // Production mode: no stack, no file paths, no SQLite words.
    expect(JSON.stringify(r.body)).not.toMatch(/stacktrace|\/work\/|\.ts:\d+|SQLITE|fts5/i);
    expect(r.slowestHealth).toBeLessThan(HEALTH_MS);
  });

  it('requests stopped at their deadline never take the server down, however many', async () => {
    // Past its deadline a request leaves promises that graphql-js no longer awaits; their rejections once
    // ended the process (an unhandled rejection), so that any reader could stop the server.
    const fields = Array.from(
      { length: 8 },
      (_, i) => `p${i}: reports(first: 20, filter: { latestOnly: false }) { edges { node { cells { value state } } } }`,
    ).join(' ');
    for (let i = 0; i < 60; i++) {
      const res = await fetch(`${slowBase}/graphql`, { ...post(`{ ${fields} }`), signal: AbortSignal.timeout(60_000) });
      expect([200, 503]).toContain(res.status);
      await res.text();
    }
    expect((await fetch(`${slowBase}/health`, { signal: AbortSignal.timeout(60_000) })).status).toBe(200);
  });

  it('a request past its deadline is answered TIMEOUT at the deadline, not when its work would have ended', async () => {
    // A 20 ms limit on this server; eight pages of every report's cells take longer than that. Most of
    // that work is one list of cells completed field by field: the deadline must stop it midway.
    const fields = (name: string) =>
      Array.from({ length: 8 }, (_, i) => `${name}${i}: reports(first: 20, filter: { latestOnly: false }) { edges { node { cells { value state } } } }`).join(
        ' ',
      );
    // Both servers first run the same work once (other aliases: not from the response cache), so that
    // neither timing below includes a first run's compiling.
    for (const server of [slowBase, base]) await (await fetch(`${server}/graphql`, post(`{ ${fields('warm')} }`))).text();
    const r = await underWatch(`${slowBase}/graphql`, post(`{ ${fields('p')} }`));
    expect(r.status).toBe(503);
    expect(r.body.errors[0]).toMatchObject({ message: `request took longer than ${SLOW_LIMIT_MS} ms and was stopped`, extensions: { code: 'TIMEOUT' } });
    // Answered at the deadline (the same query on the normal server shows how long the work takes).
    const whole = await underWatch(`${base}/graphql`, post(`{ ${fields('p')} }`));
    expect(whole.status).toBe(200);
    // Measured here: about 35 ms against 140 ms.
    expect(r.tookMs).toBeLessThan(whole.tookMs / 2);
    expect(r.slowestHealth).toBeLessThan(HEALTH_MS);
    // The server is still fine afterwards.
    expect((await fetch(`${slowBase}/health`)).status).toBe(200);
  });

  it('a zip bomb sent to the import fails with the limit it broke, and the API stays up', async () => {
    const bomb = zipBomb(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const r = await underWatch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer test-operator-token' },
      body: JSON.stringify({
        query: 'mutation ($c: String!) { importReport(fileName: "bomb.docx", content: $c) { status reason } }',
        variables: { c: bomb.toString('base64') },
      }),
    });
    expect(r.status).toBe(200);
    expect(r.body.data.importReport.status).toBe('FAILED');
    expect(r.body.data.importReport.reason).toMatch(/MB|limit/i);
    expect(r.slowestHealth).toBeLessThan(HEALTH_MS);
    const after = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ status { reports } }' }),
    });
    expect(after.status).toBe(200);
  }, 120_000);

  it('an anonymous write is refused before it runs, and written to the audit log', async () => {
    const r = await underWatch(`${base}/graphql`, post('mutation { deleteNotebook(id: "overview") }'));
    expect([r.status, r.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    await new Promise((r) => setTimeout(r, 0));
    const logged = db.$client.prepare("SELECT actor, action, ok FROM audit_log WHERE action = 'deleteNotebook' ORDER BY id DESC LIMIT 1").get();
    expect(logged).toEqual({ actor: 'anonymous', action: 'deleteNotebook', ok: 0 });
  });

  it('treats SQL in every filter as data: 300 injection attempts, no error, no change', async () => {
    const payloads = [
      "' OR '1'='1",
      "'; DROP TABLE reports; --",
      '" OR 1=1 --',
      '1; DELETE FROM notebooks',
      "%' UNION SELECT name FROM sqlite_master --",
      "') OR ('a'='a",
      '*/ OR 1=1 /*',
      "x\\' OR 1=1 --",
      "41' AND (SELECT count(*) FROM user) > 0 --",
      'NEAR(a b) OR "x"',
      '1 OR 1=1',
      "' || (SELECT password FROM account LIMIT 1) || '",
      '\u0027 OR 1=1',
      "ATTACH DATABASE '/tmp/x.db' AS x --",
      "%%%_'_",
      "政务' OR 1=1 --",
      "'; PRAGMA writable_schema=1; --",
      '"); SELECT 1; --',
      "' AND sqlite_version() > '0",
      '0x27204f5220313d31',
      "'/**/OR/**/1=1",
      "1' ORDER BY 1 --",
      "' GROUP BY 1 HAVING 1=1 --",
      "admin'--",
      "' OR ''='",
    ];
    const before = db.$client
      .prepare('SELECT (SELECT count(*) FROM reports) AS r, (SELECT count(*) FROM notebooks) AS n, (SELECT count(*) FROM user) AS u')
      .get();
    const queries = [
      ['query ($v: String) { reports(filter: { search: $v }) { totalCount } }', (d: Json) => d.reports.totalCount],
      ['query ($v: String) { reports(filter: { regionCode: $v }) { totalCount } }', (d: Json) => d.reports.totalCount],
      ['query ($v: String) { reports(filter: { diagnosticCode: $v }) { totalCount } }', (d: Json) => d.reports.totalCount],
      ['query ($v: String) { reports(filter: { template: $v }) { totalCount } }', (d: Json) => d.reports.totalCount],
      ['query ($v: String) { agencies(search: $v) { totalCount } }', (d: Json) => d.agencies.totalCount],
      ['query ($v: String) { notebooks(search: $v) { id } }', (d: Json) => d.notebooks.length],
      ['query ($v: ID!) { report(id: $v) { id } }', (d: Json) => (d.report ? 1 : 0)],
      ['query ($v: String) { reports(after: $v) { totalCount } }', (d: Json) => d.reports.totalCount],
      ['query ($v: String!) { analytics(query: { measures: [$v] }) { rowCount } }', (d: Json) => d.analytics.rowCount],
      ['query ($v: String) { auditLog(actor: $v) { totalCount } }', () => 0],
      ['query ($v: String!) { embed(token: $v) { cellId } }', () => 0],
      ['query ($v: ID!) { notebook(id: $v) { id } }', (d: Json) => (d.notebook ? 1 : 0)],
    ] as const;
    let attempts = 0;
    for (const [query, count] of queries) {
      for (const v of payloads) {
        attempts++;
        const res = await fetch(`${base}/graphql`, post(query, { v }));
        const body = (await res.json()) as Json;
        // Refused as input (a bad cursor, an unknown measure, a role), or answered as a search for that text: never an internal error.
        expect(JSON.stringify(body)).not.toMatch(/INTERNAL_SERVER_ERROR|SQLITE_[A-Z]|: syntax error|no such (table|column)/);
        if (body.data) expect(count(body.data)).toBeLessThanOrEqual(100);
      }
    }
    expect(attempts).toBe(300);
    expect(
      db.$client.prepare('SELECT (SELECT count(*) FROM reports) AS r, (SELECT count(*) FROM notebooks) AS n, (SELECT count(*) FROM user) AS u').get(),
    ).toEqual(before);
    expect(db.$client.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
  }, 120_000);

  it('sends the security headers on every answer', async () => {
    for (const path of ['/health', '/graphql?query=%7Bstatus%7Breports%7D%7D']) {
      const res = await fetch(`${base}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });
});
