import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB } from './global-setup';
import { generateReport } from '@gongkai/samples/generator';
import { api, connect, contextAs, DESKTOP, open, shot, users, webUrl } from './helpers';

// Accounts as people use them: signing in and out, what a viewer, an editor and an admin may do, and
// that the server refuses what the page does not offer (a forged server action, a forged mutation).

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

/** The id of a server action in this build (what a browser's call to it carries in Next-Action). */
function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(join(WEB, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in the build`);
  return found[0];
}

/** Calls a server action from the page, as a hand-made request would: the page offers no button for it. */
async function forgeAction(page: Page, path: string, name: string, args: unknown[]): Promise<string> {
  return page.evaluate(
    async ({ path, id, args }) => {
      const res = await fetch(path, {
        method: 'POST',
        headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
        body: JSON.stringify(args),
      });
      return `${res.status} ${await res.text()}`;
    },
    { path, id: actionId(name), args },
  );
}

const revisionOf = async (id: string) =>
  (await api<{ notebook: { revision: number } | null }>('query ($id: ID!) { notebook(id: $id) { revision } }', { id })).notebook?.revision ?? null;

describe('signing in and out', () => {
  it('signs in with the user name on the login page, lands where it was going, signs out', async () => {
    const context = await contextAs(browser, null);
    const page = await context.newPage();
    await page.goto(`${webUrl}/import`, { waitUntil: 'networkidle' });
    // Anonymous: the page that writes sends to the sign-in page, with the way back.
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/import');
    await shot(page, 'login-desktop');
    await page.fill('[data-testid="login-identifier"]', 'ed');
    await page.fill('[data-testid="login-password"]', 'not the password');
    await page.click('[data-testid="login-submit"]');
    expect(await page.locator('[data-testid="login-error"]').textContent()).toBe('用户名或密码不正确。');
    await page.fill('[data-testid="login-password"]', users.ed!);
    await Promise.all([page.waitForURL(/\/import$/), page.click('[data-testid="login-submit"]')]);
    expect(await page.locator('[data-testid="user-name"]').textContent()).toContain('ed');
    expect(await page.locator('[data-testid="user-menu"]').getAttribute('data-role')).toBe('EDITOR');
    // The session cookie is out of scripts' reach.
    const cookie = (await context.cookies()).find((c) => c.name === 'gongkai.session_token')!;
    expect([cookie.httpOnly, cookie.sameSite]).toEqual([true, 'Lax']);
    expect(await page.evaluate(() => document.cookie)).not.toContain('session_token');

    await Promise.all([page.waitForURL(`${webUrl}/`), page.click('[data-testid="sign-out"]')]);
    expect(await page.locator('[data-testid="sign-in-link"]').count()).toBe(1);
    await page.goto(`${webUrl}/notebooks/new`, { waitUntil: 'networkidle' });
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });

  it('signs in with the email address too', async () => {
    const context = await contextAs(browser, null);
    const page = await context.newPage();
    await page.goto(`${webUrl}/login?next=/settings`, { waitUntil: 'networkidle' });
    await page.fill('[data-testid="login-identifier"]', 'vera@users.gongkai.invalid');
    await page.fill('[data-testid="login-password"]', users.vera!);
    await Promise.all([page.waitForURL(/\/settings$/), page.click('[data-testid="login-submit"]')]);
    expect(await page.locator('[data-testid="signed-in-as"]').textContent()).toBe('当前账号：vera（查看者）');
    await context.close();
  });
});

describe('a viewer', () => {
  it('sees no save, import or delete, and the server refuses them when forged', async () => {
    const before = await revisionOf('overview');
    const { page, context, errors } = await open(browser, '/notebooks/overview', DESKTOP, 'light', 'viewer');
    await page.locator('[data-testid="notebook"]').waitFor();
    for (const id of ['notebook-save', 'notebook-delete', 'notebook-duplicate']) expect(await page.locator(`[data-testid="${id}"]`).count()).toBe(0);
    expect(await page.locator('.banner').first().textContent()).toContain('需要以编辑者身份登录');

    // A forged save and delete through the server actions: refused on the server, nothing written.
    const doc = { version: 1, cells: [] };
    const saved = await forgeAction(page, '/notebooks/overview', 'saveNotebookAction', [
      'overview',
      { title: '被篡改', description: null, document: doc },
      before,
    ]);
    expect(saved).toMatch(/^200 /);
    expect(saved).toContain('"code":"FORBIDDEN"');
    expect(await forgeAction(page, '/notebooks/overview', 'deleteNotebookAction', ['overview'])).toContain('"code":"FORBIDDEN"');
    const form = await page.evaluate(async (id) => {
      const f = new FormData();
      f.append('file', new File(['海南乡2023年政府信息公开工作年度报告'], 'forged.txt'));
      // The import action takes a FormData: the same encoding a browser's call uses.
      const res = await fetch('/import', {
        method: 'POST',
        headers: { 'next-action': id, accept: 'text/x-component' },
        body: (() => {
          const b = new FormData();
          b.append('1_file', f.get('file') as File);
          b.append('0', '["$K1"]');
          return b;
        })(),
      });
      return `${res.status} ${await res.text()}`;
    }, actionId('importFile'));
    expect(form).toContain('"code":"FORBIDDEN"');
    // A forged mutation through the dashboard's /graphql proxy, with the viewer's cookie: 403.
    const mutation = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { deleteNotebook(id: "overview") }' }),
      });
      return { status: res.status, body: await res.json() };
    });
    expect([mutation.status, mutation.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    expect(await revisionOf('overview')).toBe(before);

    // The pages that write answer 403.
    for (const path of ['/import', '/notebooks/new', '/admin', '/admin/audit']) {
      const res = await page.goto(`${webUrl}${path}`, { waitUntil: 'networkidle' });
      expect([path, res?.status()]).toEqual([path, 403]);
      expect(await page.locator('[data-testid="forbidden"]').count()).toBe(1);
    }
    await shot(page, 'viewer-forbidden');
    expect(errors.filter((e) => !/403|Forbidden/.test(e))).toEqual([]);
    await context.close();
  });
});

describe('an editor', () => {
  it('creates, saves, deletes to the bin, restores from it, and imports', async () => {
    const { page, context } = await open(browser, '/notebooks/new');
    await page.fill('[data-testid="notebook-new-title"]', '编辑者的笔记本');
    await Promise.all([
      page.waitForURL((u) => /^\/notebooks\/[A-Za-z0-9_-]+$/.test(u.pathname) && u.pathname !== '/notebooks/new'),
      page.click('[data-testid="notebook-create"]'),
    ]);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await page.fill('[data-testid="notebook-title"]', '编辑者的笔记本（改）');
    await page.click('[data-testid="notebook-save"]');
    await page.locator('[data-testid="notebook"][data-revision="2"]').waitFor();
    page.once('dialog', (d) => void d.accept());
    await Promise.all([page.waitForURL(/\/notebooks$/), page.click('[data-testid="notebook-delete"]')]);
    expect(await revisionOf(id)).toBeNull();
    await page.goto(`${webUrl}/notebooks/bin`, { waitUntil: 'networkidle' });
    await Promise.all([page.waitForURL(new RegExp(`/notebooks/${id}$`)), page.click(`[data-testid="restore-notebook-${id}"]`)]);
    expect(await revisionOf(id)).toBe(2);

    // A report of its own (the seed kept back is the import test's).
    const g = generateReport({ seed: 4_242, layout: 'tabs', template: '2021', agency: '洛阳市人民政府', province: '河南省', year: 2024 });
    await page.goto(`${webUrl}/import`, { waitUntil: 'networkidle' });
    await page.setInputFiles('[data-testid="file-input"]', { name: g.fileName, mimeType: 'text/plain', buffer: Buffer.from(g.bytes) });
    await page.locator('[data-testid="import-results"] li[data-status="INGESTED"]').waitFor({ timeout: 60_000 });
    await page.waitForURL(/imported=\d+/);
    const reportId = new URL(page.url()).searchParams.get('imported');
    const stored = await api<{ report: { agency: { name: string }; year: number } | null }>('query ($id: ID!) { report(id: $id) { agency { name } year } }', {
      id: reportId,
    });
    expect(stored.report).toEqual({ agency: { name: expect.stringContaining('洛阳') }, year: 2024 });
    await context.close();
  });
});

describe('an admin', () => {
  it('makes a user, who signs in with the one-time password; changes their role; reads the audit log', async () => {
    const { page, context } = await open(browser, '/admin', DESKTOP, 'light', 'admin');
    await page.fill('[data-testid="new-username"]', 'mei');
    await page.selectOption('[data-testid="new-role"]', 'EDITOR');
    await page.click('[data-testid="user-create"]');
    const password = (await page.locator('[data-testid="one-time-password"]').textContent())!.trim();
    await page.locator('[data-testid="user-list"] tr[data-username="mei"]').waitFor();
    expect(await page.locator('tr[data-username="mei"]').getAttribute('data-role')).toBe('EDITOR');
    await shot(page, 'admin-users');

    const mei = await contextAs(browser, null);
    const meiPage = await mei.newPage();
    await meiPage.goto(`${webUrl}/login`, { waitUntil: 'networkidle' });
    await meiPage.fill('[data-testid="login-identifier"]', 'mei');
    await meiPage.fill('[data-testid="login-password"]', password);
    await Promise.all([meiPage.waitForURL(`${webUrl}/`), meiPage.click('[data-testid="login-submit"]')]);
    expect(await meiPage.locator('[data-testid="user-menu"]').getAttribute('data-role')).toBe('EDITOR');

    // Demoted to viewer: at once, the same session may no longer write.
    await page.selectOption('[data-testid="role-mei"]', 'VIEWER');
    await expect.poll(() => page.locator('tr[data-username="mei"]').getAttribute('data-role')).toBe('VIEWER');
    const res = await meiPage.goto(`${webUrl}/import`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(403);
    await mei.close();

    await page.click('[data-testid="audit-link"]');
    await page.waitForURL(/\/admin\/audit/);
    const actions = await page
      .locator('[data-testid="audit-log"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => `${(r as HTMLElement).dataset.action}:${(r as HTMLElement).dataset.ok}`));
    expect(actions).toEqual(expect.arrayContaining(['createUser:true', 'setUserRole:true', 'auth/sign-in/username:true', 'deleteNotebook:false']));
    expect(await page.locator('[data-testid="audit-log"] tbody tr[data-action="createUser"] td').nth(1).textContent()).toContain('ada');
    await shot(page, 'admin-audit');
    await context.close();
  });
});

describe('headers', () => {
  it('every script Next renders carries the nonce of the page’s Content-Security-Policy', async () => {
    const res = await fetch(`${webUrl}/notebooks/overview`);
    const csp = res.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(3);
    for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
    // Another request, another nonce; static files get nosniff too.
    expect((await fetch(`${webUrl}/notebooks/overview`)).headers.get('content-security-policy')).not.toContain(nonce);
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1]!;
    expect((await fetch(`${webUrl}${css}`)).headers.get('x-content-type-options')).toBe('nosniff');
  });
});
