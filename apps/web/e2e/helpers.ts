import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

// What every end-to-end test needs: the browser started by the global setup, the two servers' URLs,
// a way to ask the API directly (the truth the pages are checked against) and screenshots.

export const webUrl = inject('webUrl');
export const apiUrl = inject('apiUrl');
export const artifacts = inject('artifacts');
export const importSeed = inject('importSeed');
export const users = inject('users');

export type As = 'viewer' | 'editor' | 'admin' | null;
const NAMES = { viewer: 'vera', editor: 'ed', admin: 'ada' } as const;
const sessions = new Map<string, { name: string; value: string }>();

/** Signs in through the dashboard's /api/auth as a browser would, returning the session cookie. */
export async function signInCookie(base: string, name: string, password: string): Promise<{ name: string; value: string }> {
  const key = `${base} ${name}`;
  const known = sessions.get(key);
  if (known) return known;
  const res = await fetch(`${base}/api/auth/sign-in/username`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username: name, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${name} failed: ${res.status} ${await res.text()}`);
  const [pair] = (res.headers.get('set-cookie') ?? '').split(';');
  const [cookieName, ...rest] = pair!.split('=');
  const cookie = { name: cookieName!, value: rest.join('=') };
  sessions.set(key, cookie);
  return cookie;
}

/** A browser context signed in as one of the test accounts (or nobody). */
export async function contextAs(browser: Browser, as: As, options: Parameters<Browser['newContext']>[0] = {}, base = webUrl): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  if (as) {
    const c = await signInCookie(base, NAMES[as], users[NAMES[as]]!);
    await context.addCookies([{ name: c.name, value: c.value, url: base, httpOnly: true, sameSite: 'Lax' }]);
  }
  return context;
}

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

export async function connect(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen by the page. */
  errors: string[];
}

/** A page of the dashboard; signed in as an editor unless `as` says otherwise (null: nobody). */
export async function open(browser: Browser, path: string, viewport = DESKTOP, colorScheme: 'light' | 'dark' = 'light', as: As = 'editor'): Promise<Session> {
  const context = await contextAs(browser, as, { viewport, colorScheme });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${webUrl}${path}`, { waitUntil: 'networkidle' });
  return { context, page, errors };
}

/** Writes test-artifacts/<name>.png (whole page). */
export async function shot(page: Page, name: string): Promise<string> {
  const path = join(artifacts, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The same page at desktop and phone width, for the artifacts. */
export async function shotBoth(browser: Browser, path: string, name: string, ready?: (page: Page) => Promise<void>): Promise<void> {
  for (const [suffix, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    const s = await open(browser, path, viewport);
    if (ready) await ready(s.page);
    await shot(s.page, `${name}-${suffix}`);
    await s.context.close();
  }
}

export async function api<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const json = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join('; '));
  return json.data!;
}

/** Waits until the chart's SVG has drawn shapes (bars, lines or dots), and returns how many. */
export async function chartShapes(page: Page, chart: string): Promise<number> {
  const selector = `figure[data-chart="${chart}"] svg.recharts-surface`;
  await page.waitForSelector(selector, { timeout: 30_000 });
  return page.$$eval(
    `figure[data-chart="${chart}"] .recharts-bar-rectangle path, figure[data-chart="${chart}"] .recharts-line-curve, figure[data-chart="${chart}"] .recharts-line-dot, figure[data-chart="${chart}"] .recharts-dot`,
    (nodes) => nodes.filter((n) => (n.getAttribute('d') ?? '').length > 0 || n.tagName.toLowerCase() === 'circle').length,
  );
}

/** Digits of a displayed figure: “1,234 件” → 1234. */
export function digits(text: string | null): number {
  return Number((text ?? '').replace(/[^\d.]/g, ''));
}
