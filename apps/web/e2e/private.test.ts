import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateReport } from '@gongkai/samples/generator';
import { SignJWT } from 'jose';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, CLI, freePort, ingest, NEXT_BIN, ROOT, SEEDS, start, stop, waitFor, WEB } from './global-setup';
import { connect, contextAs, shot, signInCookie } from './helpers';

// A server a team puts on the internet: reads need an account (GONGKAI_PUBLIC=0) and only signed embed
// links are shown (GONGKAI_EMBED=signed). Its own API and dashboard, over one seed report.

let tmp: string;
let api: ReturnType<typeof start>;
let web: ReturnType<typeof start>;
let apiUrl: string;
let webUrl: string;
let browser: Browser;
const passwords: Record<string, string> = {};
const SECRET = 'e2e-private-server-secret-0123456789abcdef';

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'gongkai-private-'));
  const db = join(tmp, 'private.db');
  ingest(
    db,
    readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(SEEDS, f)),
    false,
  );
  // Complete generated reports too, so the embedded chart has bars to draw whatever the seeds hold.
  const generated = [2021, 2022, 2023].map((year) => {
    const g = generateReport({ seed: 8_100 + year, layout: 'tabs', template: '2021', agency: '郑州市人民政府', province: '河南省', year });
    const file = join(tmp, `${year}-${g.fileName}`);
    writeFileSync(file, g.bytes);
    return file;
  });
  ingest(db, generated, true);
  passwords.vera = addUser(db, 'vera', 'viewer');
  passwords.ed = addUser(db, 'ed', 'editor');
  const [apiPort, webPort] = [await freePort(), await freePort()];
  webUrl = `http://127.0.0.1:${webPort}`;
  api = start(
    CLI,
    ['serve', '--port', String(apiPort)],
    {
      GONGKAI_DB: db,
      GONGKAI_SAMPLES: 'false',
      GONGKAI_PUBLIC: '0',
      GONGKAI_EMBED: 'signed',
      GONGKAI_AUTH_SECRET: SECRET,
      GONGKAI_WEB_URL: webUrl,
      GONGKAI_SIGN_IN_LIMIT: '1000',
      NODE_ENV: '',
    },
    ROOT,
  );
  apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  await waitFor(`http://127.0.0.1:${apiPort}/health`, 'the API', api.child, api.log);
  web = start(
    NEXT_BIN,
    ['start', '-p', String(webPort), '-H', '127.0.0.1'],
    { GONGKAI_API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    WEB,
  );
  await waitFor(`${webUrl}/login`, 'next start', web.child, web.log);
  browser = await connect();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stop(web?.child);
  await stop(api?.child);
  rmSync(tmp, { recursive: true, force: true });
});

async function otherSite(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server };
}

const status = JSON.stringify({ query: '{ status { reports } }' });

describe('a private server', () => {
  it('refuses anonymous reads at the API and sends anonymous visitors to sign in', async () => {
    expect((await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: status })).status).toBe(401);
    expect((await fetch(`${webUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: status })).status).toBe(401);
    const context = await contextAs(browser, null, {}, webUrl);
    const page = await context.newPage();
    await page.goto(`${webUrl}/reports`, { waitUntil: 'networkidle' });
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.locator('.banner').first().textContent()).toBe('这个站点不公开：请先登录。');
    // Pages that read nothing from the API themselves (the explorer) are closed too.
    const explorer = await fetch(`${webUrl}/explorer`, { redirect: 'manual' });
    expect([explorer.status, explorer.headers.get('location')]).toEqual([307, '/login?next=%2Fexplorer']);
    await page.fill('[data-testid="login-identifier"]', 'vera');
    await page.fill('[data-testid="login-password"]', passwords.vera!);
    await Promise.all([page.waitForURL(/\/reports$/), page.click('[data-testid="login-submit"]')]);
    expect(await page.locator('[data-testid="report-link"]').count()).toBeGreaterThan(0);
    // The browser's own reads (a notebook's queries) get through with the session too.
    const proxied = await page.evaluate(
      async (body) => (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json(),
      status,
    );
    expect(proxied.data.status.reports).toBeGreaterThan(0);
    await shot(page, 'private-reports-signed-in');
    await context.close();
  });

  it('shows a signed embed in another site’s frame without any sign-in, and refuses an unsigned, tampered or expired one', async () => {
    const cookie = await signInCookie(webUrl, 'ed', passwords.ed!);
    const sign = async (expiresInDays: number | null) => {
      const res = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}` },
        body: JSON.stringify({
          query:
            'mutation ($d: Int) { publishEmbed(notebookId: "overview", cellId: "requestsChart", locked: { years: [2019, 2025] }, expiresInDays: $d) { path } }',
          variables: { d: expiresInDays },
        }),
      });
      return ((await res.json()) as { data: { publishEmbed: { path: string } } }).data.publishEmbed.path;
    };
    const signed = await sign(30);
    const token = new URL(signed, webUrl).searchParams.get('embed')!;
    const [h, p, s] = token.split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), params: { years: [2019, 2019] } })).toString('base64url')}.${s}`;
    const unsigned = '/embed/notebooks/overview/cells/requestsChart?years=2019-2025';
    const site = await otherSite(
      `<!doctype html><meta charset="utf-8"><h1>别的网站</h1>` +
        `<iframe id="signed" src="${webUrl}${signed}" width="900" height="420"></iframe>` +
        `<iframe id="tampered" src="${webUrl}/embed/notebooks/overview/cells/requestsChart?embed=${tampered}" width="900" height="120"></iframe>` +
        `<iframe id="unsigned" src="${webUrl}${unsigned}" width="900" height="120"></iframe>`,
    );
    try {
      // A stranger: no cookie at all.
      const context = await contextAs(browser, null, {}, webUrl);
      const page = await context.newPage();
      await page.goto(site.url, { waitUntil: 'load' });
      const frame = page.frameLocator('#signed');
      await frame.locator('figure[data-chart="requestsChart"] .recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
      expect(await frame.locator('figure[data-chart="requestsChart"] h3').textContent()).toBe('本年新收申请数量');
      expect(await page.frameLocator('#tampered').locator('[data-testid="embed-refused"]').textContent()).toContain('没有有效签名');
      await page.frameLocator('#unsigned').locator('[data-testid="embed-refused"]').waitFor();
      expect(await page.frameLocator('#tampered').locator('svg.recharts-surface').count()).toBe(0);
      await shot(page, 'signed-embed-iframe');
      await context.close();
    } finally {
      site.server.close();
    }
    expect((await fetch(`${webUrl}${unsigned}`)).status).toBe(403);
    expect((await fetch(`${webUrl}/embed/notebooks/overview/cells/requestsChart?embed=${tampered}`)).status).toBe(403);
    // The signature covers the cell: the token of one chart does not open another.
    expect((await fetch(`${webUrl}/embed/notebooks/overview/cells/grantedChart?embed=${token}`)).status).toBe(403);
    // The embed's token reads only its chart's queries at the API.
    const other = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gongkai-embed': token },
      body: JSON.stringify({ query: '{ reports { edges { node { sourceText } } } }' }),
    });
    expect(other.status).toBe(403);
  });

  it('refuses an expired embed', async () => {
    // The API signs only future expiries: this one is signed with the server's own key (derived from its
    // GONGKAI_AUTH_SECRET as the API derives it) and expired an hour ago.
    const key = new Uint8Array(createHmac('sha256', SECRET).update('gongkai embed signing key v1').digest());
    const expired = await new SignJWT({ nb: 'overview', cell: 'requestsChart', params: {} })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('gongkai-embed')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(key);
    const res = await fetch(`${webUrl}/embed/notebooks/overview/cells/requestsChart?embed=${expired}`);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('没有有效签名');
  });
});
