import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/client.ts';
import { createApp, LIMITS } from './server.ts';
import { filledDatabase, testEnv } from './test-support.ts';

// Over real HTTP: the guards a public API needs, each rejected before execution where it should be.

let db: Db;
const servers: { stop(): Promise<void> }[] = [];

async function serve(env = testEnv(), timeLimitMs?: number): Promise<string> {
  const app = await createApp({ db, env, timeLimitMs });
  servers.push(app);
  return `${await app.listen(0)}/graphql`;
}

beforeAll(async () => {
  ({ db } = await filledDatabase(20));
}, 120_000);
afterAll(async () => {
  for (const s of servers) await s.stop();
  db.$client.close();
});

// Response bodies are whatever the server sent: tests read them loosely.
type Json = any;
const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, json: () => res.json() as Promise<Json> };
};

describe('HTTP guards', () => {
  let url: string;
  beforeAll(async () => {
    url = await serve();
  });

  it('answers a plain query', async () => {
    const res = await post(url, { query: '{ status { reports } }' });
    expect(res.status).toBe(200);
    expect((await res.json()).data.status.reports).toBeGreaterThan(0);
  });

  it('rejects a query deeper than the limit before running it', async () => {
    const deep = `{ regions { children { children { parent { parent { children { parent { children { parent { children { parent { children { name } } } } } } } } } } } } }`;
    const res = await post(url, { query: deep });
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(body.errors[0].message).toMatch(/depth/i);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.data).toBeUndefined();
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: status { reports }`).join(' ');
    const body = await (await post(url, { query: `{ ${aliases} }` })).json();
    expect(body.errors[0].message).toMatch(/alias/i);
  });

  it('rejects an oversized query (token count)', async () => {
    const fields = Array.from({ length: 5000 }, () => 'reports').join(' ');
    const res = await post(url, { query: `{ status { ${fields} } }` });
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(body.errors[0].message).toBe('query has more than 4000 tokens (the limit)');
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('rejects a query over the cost limit', async () => {
    const heavy = `{ reports(first: 100) { edges { node { agency { reports { versions { agency { reports { cells { path value state raw line labelZh labelEn } diagnostics { code message } } } } } } } } } }`;
    const body = await (await post(url, { query: heavy })).json();
    expect(body.errors[0].message).toMatch(/query cost \d+ is over the limit of 100000/);
    expect(body.data).toBeUndefined();
  });

  it('caps the page size at 100', async () => {
    const body = await (
      await post(url, {
        query: 'query ($n: Int) { reports(first: $n, filter: { latestOnly: false }) { totalCount edges { node { id } } } }',
        variables: { n: 100_000 },
      })
    ).json();
    expect(body.data.reports.edges.length).toBe(Math.min(100, body.data.reports.totalCount));
  });

  it('refuses a body over the size limit', async () => {
    const res = await post(url, { query: '{ status { reports } }', variables: { pad: 'x'.repeat(30 * 1024 * 1024) } });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('prevents CSRF: a simple cross-site GET or form POST is refused', async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent('{ status { reports } }')}`);
    expect(get.status).toBe(400);
    const form = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ status { reports } }' }) });
    expect(form.status).toBe(400);
    const withPreflight = await fetch(`${url}?query=${encodeURIComponent('{ status { reports } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(withPreflight.status).toBe(200);
  });

  it('caches GET queries over HTTP and in the server', async () => {
    const q = `${url}?query=${encodeURIComponent('{ analytics(query: { measures: ["reports"], groupBy: [YEAR] }) { rowCount } }')}`;
    const first = await fetch(q, { headers: { 'apollo-require-preflight': 'true' } });
    expect(first.headers.get('cache-control')).toBe(`max-age=${LIMITS.cacheSeconds}, public`);
    const second = await fetch(q, { headers: { 'apollo-require-preflight': 'true' } });
    expect(second.headers.get('age')).not.toBeNull();
  });

  it('clears the cached answers after a write, so an import shows at once', async () => {
    const q = `${url}?query=${encodeURIComponent('{ status { reports } }')}`;
    const read = async () => ((await (await fetch(q, { headers: { 'apollo-require-preflight': 'true' } })).json()) as Json).data.status.reports as number;
    const before = await read();
    expect(await read()).toBe(before); // now cached
    const text =
      '海南乡2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n（一）予以公开\t0\t0\t0\t0\t0\t0\t0\n（七）总计\t0\t0\t0\t0\t0\t0\t0\n四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0\n';
    const imported = await (
      await post(
        url,
        { query: 'mutation ($c: String!) { importReport(fileName: "fresh.txt", content: $c, encoding: TEXT) { status reason } }', variables: { c: text } },
        { authorization: 'Bearer test-operator-token' },
      )
    ).json();
    expect(imported.data.importReport.status).toBe('INGESTED');
    expect(await read()).toBe(before + 1);
  });

  it('supports automatic persisted queries', async () => {
    const query = '{ status { agencies } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const miss = await (await post(url, { extensions })).json();
    expect(miss.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await (await post(url, { query, extensions })).json();
    expect(register.data.status.agencies).toBeGreaterThan(0);
    const hit = await (await post(url, { extensions })).json();
    expect(hit.data).toEqual(register.data);
  });

  it('needs an editor (or the operator token) for mutations', async () => {
    const mutation = { query: 'mutation { importReport(fileName: "x.txt", content: "eA==") { status } }' };
    const none = await post(url, mutation);
    expect(none.status).toBe(401);
    expect((await none.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await post(url, mutation, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const right = await (await post(url, mutation, { authorization: 'Bearer test-operator-token' })).json();
    expect(right.data.importReport.status).toBe('FAILED');
  });

  it('serves the GraphQL explorer from its own bundle', async () => {
    const base = url.replace(/\/graphql$/, '');
    const html = await (await fetch(`${base}/graphiql`)).text();
    expect(html).toContain('/graphiql/bundle.js');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    const js = await (await fetch(`${base}/graphiql/bundle.js`)).text();
    expect(js.length).toBeGreaterThan(100_000);
    expect(js).toContain('graphiql');
    const redirected = await fetch(url, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(redirected.headers.get('location')).toBe('/graphiql');
  }, 60_000);
});

describe('configured guards', () => {
  it('turns introspection off when configured', async () => {
    const url = await serve(testEnv({ GONGKAI_INTROSPECTION: 'false' }));
    const body = await (await post(url, { query: '{ __schema { types { name } } }' })).json();
    expect(body.errors[0].message).toMatch(/introspection/i);
  });

  it('stops a request that runs past its time limit', async () => {
    const url = await serve(testEnv(), 1);
    const body = await (
      await post(url, {
        query: '{ reports(first: 50, filter: { latestOnly: false }) { edges { node { agency { name } cells { path value } diagnostics { code } } } } }',
      })
    ).json();
    expect(body.errors.some((e: any) => e.extensions.code === 'TIMEOUT')).toBe(true);
  });

  it('a request stopped at its deadline leaves no rejection unawaited (the test run fails on one)', async () => {
    // Async fields (agency, cells) in flight when the deadline passes: graphql-js once dropped them
    // unawaited, and their rejections ended the process that served them.
    const query =
      '{ reports(first: 50, filter: { latestOnly: false }) { edges { node { agency { name } cells { path value state } diagnostics { code } } } } }';
    for (const limit of [2, 4, 6, 8, 12, 16, 24, 32]) {
      const url = await serve(testEnv(), limit);
      for (let i = 0; i < 3; i++) {
        const res = await post(url, { query });
        expect([200, 503]).toContain(res.status);
        expect(await res.json()).toHaveProperty(res.status === 503 ? 'errors' : 'data');
      }
    }
  });

  it('never sends a stack trace outside development, and keeps stable codes', async () => {
    const url = await serve(testEnv({ NODE_ENV: 'production' }));
    const body = await (await post(url, { query: '{ reports(after: "not-a-cursor") { totalCount } }' })).json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});
