import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, open, shot, webUrl } from './helpers';

// The empty and error states of the widgets, as a user would meet them.

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('empty and error states', () => {
  it('says so when the filters match no report', async () => {
    const { page, context } = await open(browser, '/?yearFrom=2099');
    expect(await page.locator('.empty').first().textContent()).toBe('没有符合条件的报告。');
    for (const chart of ['applicants', 'outcomes', 'decisions', 'review', 'coverage']) {
      expect(await page.locator(`figure[data-chart="${chart}"] .empty`).count(), chart).toBe(1);
    }
    await shot(page, 'overview-empty-desktop');
    await context.close();
  });

  describe('when the API is down', () => {
    let server: ChildProcess;
    let url: string;
    beforeAll(async () => {
      const [port, deadApi] = await Promise.all([freePort(), freePort()]);
      // The same build, started against an address where nothing listens.
      server = spawn(
        process.execPath,
        [join(import.meta.dirname, '../../../node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
        {
          cwd: join(import.meta.dirname, '..'),
          env: { ...process.env, GONGKAI_API_URL: `http://127.0.0.1:${deadApi}/graphql`, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
          stdio: 'ignore',
        },
      );
      url = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 120; i++) {
        try {
          if ((await fetch(`${url}/explorer`)).ok) return;
        } catch {
          // starting
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error('next start did not come up');
    });
    afterAll(() => {
      server?.kill('SIGTERM');
    });

    it('every widget shows a visible error, the page still renders', async () => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${url}/`, { waitUntil: 'networkidle' });
      expect(await page.locator('h1').textContent()).toBe('总览');
      const alerts = page.locator('[role="alert"]');
      expect(await alerts.count()).toBeGreaterThanOrEqual(7);
      expect(await alerts.first().textContent()).toContain('无法连接 API');
      await shot(page, 'overview-api-down-desktop');
      for (const path of ['/reports/1', '/rankings', '/review']) {
        await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
        expect(await page.locator('[role="alert"]').first().textContent()).toContain('API_UNREACHABLE');
      }
      await context.close();
    });
  });

  it('answers an unknown report with a not-found page', async () => {
    const res = await fetch(`${webUrl}/reports/999999`);
    expect(res.status).toBe(404);
  });
});
