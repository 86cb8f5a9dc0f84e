import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, freePort, ingest, NEXT_BIN, ROOT, SEEDS, start, stop, waitFor, WEB } from './global-setup';

// An API that keeps its reads closed (GONGKAI_READ_TOKEN) behind a dashboard that holds the token:
// the pages render, and the browser's reads through the dashboard's /graphql proxy get through.
let tmp: string;
let api: ReturnType<typeof start>;
let web: ReturnType<typeof start>;
let apiUrl: string;
let webUrl: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'gongkai-read-token-'));
  const db = join(tmp, 'closed.db');
  ingest(db, [join(SEEDS, '004_e582fca03554ba2c.txt')], false);
  const apiPort = await freePort();
  api = start(CLI, ['serve', '--port', String(apiPort)], { GONGKAI_DB: db, GONGKAI_SAMPLES: 'false', GONGKAI_READ_TOKEN: 'reader', NODE_ENV: 'test' }, ROOT);
  apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  await waitFor(`http://127.0.0.1:${apiPort}/health`, 'the API', api.child, api.log);
  const webPort = await freePort();
  web = start(NEXT_BIN, ['start', '-p', String(webPort), '-H', '127.0.0.1'], { GONGKAI_API_URL: apiUrl, GONGKAI_READ_TOKEN: 'reader', NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }, WEB);
  webUrl = `http://127.0.0.1:${webPort}`;
  await waitFor(`${webUrl}/explorer`, 'next start', web.child, web.log);
}, 180_000);

afterAll(async () => {
  await stop(web?.child);
  await stop(api?.child);
  rmSync(tmp, { recursive: true, force: true });
});

describe('an API with closed reads behind the dashboard', () => {
  const status = JSON.stringify({ query: '{ status { reports } }' });

  it('refuses anonymous reads itself', async () => {
    const res = await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: status });
    expect(res.status).toBe(401);
  });

  it('is read by the dashboard: its pages and the browser’s reads through /graphql', async () => {
    const page = await fetch(`${webUrl}/reports`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('海通乡');
    const proxied = await fetch(`${webUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: status });
    expect(((await proxied.json()) as { data: { status: { reports: number } } }).data.status.reports).toBe(1);
  });
});
