import { generateReport } from '@gongkai/samples/generator';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, connect, digits, open, shot, webUrl } from './helpers';

// The review queue walked with the keyboard only: an editor fills two cells the parser had to leave
// empty and dismisses a diagnostic; the overview's figures then include the corrected values.

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

const AGENCY = '洛阳市人民政府';

/** A 2024 report whose rows 一 and 二 of section 三 are printed blank: no rule can fill them (the format
 * knows only their sum), so the parser leaves 14 cells empty, each with a CELL_MISSING warning. */
function blankRowsReport() {
  const g = generateReport({
    seed: 4242,
    layout: 'tabs',
    template: '2021',
    agency: AGENCY,
    province: '河南省',
    year: 2024,
    encoding: 'utf-8',
    damage: [],
    conventions: [],
  });
  const text = Buffer.from(g.bytes)
    .toString('utf8')
    .split('\n')
    .map((line) => (/^(一|二)、\s*(本年新收|上年结转)/.test(line) ? line.replace(/\t\d+/g, '\t') : line))
    .join('\n');
  const newly = g.truth.applications.newlyReceived!;
  return {
    file: { name: `${AGENCY}2024年政府信息公开工作年度报告.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) },
    total: newly.total!,
    naturalPerson: newly.naturalPerson!,
  };
}

/** The overview's “requests” figure (the sum of 本年新收 over every report), read as a number. */
async function requestsFigure(page: Page): Promise<number> {
  await page.goto(`${webUrl}/`, { waitUntil: 'networkidle' });
  return digits(await page.locator('[data-testid="figure-requests"] [data-value]').textContent());
}

/** Reads until the value is what the test waits for, with a deadline (each read is a round trip). */
async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: still ${JSON.stringify(v)} after ${timeoutMs / 1000} s`);
  }
}

/** Waits until the keyboard focus is on an element the selector matches (checked in the page on each frame). */
async function focusOn(page: Page, what: string, selector: string): Promise<void> {
  await page
    .waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector, { timeout: 30_000 })
    .catch(() => {
      throw new Error(`focus never reached ${what} (${selector})`);
    });
}

describe('the review queue', () => {
  it('fixes two empty cells and dismisses a diagnostic with the keyboard only, and the overview changes', async () => {
    const report = blankRowsReport();
    const { context, page, errors } = await open(browser, '/import');
    await page.setInputFiles('[data-testid="file-input"]', report.file);
    await page.locator('[data-testid="import-results"] li[data-status="INGESTED"]').waitFor({ timeout: 60_000 });
    await page.waitForURL(/imported=\d+/);
    const id = await page.locator('[data-testid="imported-report"]').getAttribute('data-report-id');
    const stored = (
      await api<{ report: { id: string; agency: { id: string; name: string } } }>('query($id: ID!) { report(id: $id) { id agency { id name } } }', { id })
    ).report;
    expect(stored.agency.name).toContain('洛阳');
    const before = await requestsFigure(page);

    // The queue, narrowed to this agency: the first report's link has focus; Enter opens the desk.
    await page.goto(`${webUrl}/review?agency=${stored.agency.id}`, { waitUntil: 'networkidle' });
    await focusOn(page, 'the first report of the queue', 'a[data-testid="review-open"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="review-desk"]');
    expect(page.url()).toContain(`/review/${stored.id}`);

    // The desk opens on the first cell to check: 本年新收·总计 (a total first: the overview reads totals).
    const cellInput = (path: string) => `input[data-path="${path}"]`;
    await focusOn(page, 'the first cell', cellInput('applications.newlyReceived.total'));
    expect(await page.locator('[data-testid="review-source-lines"] [data-hit]').textContent()).toContain('本年新收');
    await page.keyboard.type(String(report.total));
    await page.keyboard.press('Enter');
    await focusOn(page, 'the next cell', cellInput('applications.newlyReceived.naturalPerson'));
    await page.keyboard.type(String(report.naturalPerson));
    await page.keyboard.press('Enter');
    await focusOn(page, 'the cell after', cellInput('applications.newlyReceived.commercial'));
    expect(await page.locator('td[data-saved="true"]').count()).toBe(2);

    // Esc: to the diagnostics; D dismisses the one in hand (a CELL_MISSING warning).
    await page.keyboard.press('Escape');
    await focusOn(page, 'a diagnostic', 'li[data-diagnostic-id]');
    const diagnosticId = (await page.evaluate(() => document.activeElement?.getAttribute('data-diagnostic-id')))!;
    await page.keyboard.press('d');
    await page.locator(`li[data-diagnostic-id="${diagnosticId}"][data-review-status="DISMISSED"]`).waitFor({ timeout: 30_000 });
    await shot(page, 'review-desk');

    // What the API now holds: the corrected cells (the parsed value kept), the dismissed diagnostic.
    const after = await api<{
      report: {
        cells: { path: string; value: number | null; parsedValue: number | null; state: string; corrections: { by: string }[] }[];
        diagnostics: { id: string; reviewStatus: string }[];
      };
    }>(
      'query($id: ID!) { report(id: $id) { cells(section: "applications") { path value parsedValue state corrections { by } } diagnostics { id reviewStatus } } }',
      { id: stored.id },
    );
    const cell = (path: string) => after.report.cells.find((c) => c.path === path)!;
    expect(cell('applications.newlyReceived.total')).toMatchObject({ value: report.total, parsedValue: null, state: 'CORRECTED', corrections: [{ by: 'ed' }] });
    expect(cell('applications.newlyReceived.naturalPerson')).toMatchObject({ value: report.naturalPerson, state: 'CORRECTED' });
    expect(after.report.diagnostics.find((d) => d.id === diagnosticId)!.reviewStatus).toBe('DISMISSED');

    // The overview sums the corrected total.
    expect(
      await until(
        'the overview figure',
        () => requestsFigure(page),
        (v) => v !== before,
      ),
    ).toBe(before + report.total);

    // The report's page shows the review and its history.
    await page.goto(`${webUrl}/reports/${stored.id}`, { waitUntil: 'networkidle' });
    expect(await page.locator('[data-testid="review-card"]').getAttribute('data-review-state')).toBe('IN_REVIEW');
    expect(await page.locator('[data-testid="review-history"] li[data-kind="CORRECTION"]').count()).toBe(2);
    expect(await page.locator('[data-testid="review-history"] li[data-kind="DIAGNOSTIC"]').count()).toBe(1);
    expect(await page.locator('button.cell-button[data-path="applications.newlyReceived.total"]').getAttribute('data-state')).toBe('CORRECTED');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is not a desk for a viewer: the page is forbidden and the queue has no way to write', async () => {
    const { context, page } = await open(browser, '/review', undefined, 'light', 'viewer');
    expect(await page.locator('[data-testid="review-queue"]').count()).toBe(1);
    const id = await page.locator('[data-testid="review-open"]').first().getAttribute('href');
    const res = await page.goto(`${webUrl}${id}`);
    expect(res?.status()).toBe(403);
    await context.close();
  });
});
