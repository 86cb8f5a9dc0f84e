import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunAnalyticsQuery } from '../src/graphql/generated';
import { RunAnalyticsDocument } from '../src/graphql/generated';
import { parseFilters, toReportFilter } from '../src/lib/filters';
import { headlineVariables } from '../src/lib/headline';
import { api, chartShapes, connect, DESKTOP, digits, open, PHONE, shot, shotBoth } from './helpers';

const CHARTS = ['applicants', 'coverage', 'outcomes', 'outcomes-percent', 'decisions', 'review'];

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

/** The report count the API gives for a URL's filters, asked exactly as the page asks (the API caches per request). */
async function reportCount(search: string): Promise<number> {
  const filters = parseFilters(Object.fromEntries(new URLSearchParams(search)));
  const data = await api<RunAnalyticsQuery>(RunAnalyticsDocument, headlineVariables(toReportFilter(filters)));
  return data.analytics.totalReports;
}

describe('overview', () => {
  it('renders every chart with data, not just an empty frame', async () => {
    const { page, context, errors } = await open(browser, '/');
    for (const chart of CHARTS) {
      expect(await chartShapes(page, chart), `${chart} has shapes`).toBeGreaterThan(0);
      // Every chart carries its screen-reader table with one row per year.
      expect(await page.locator(`figure[data-chart="${chart}"] table.data-table tbody tr`).count(), `${chart} table`).toBeGreaterThan(0);
    }
    // The review widget draws two panels: reconsideration and litigation.
    expect(await page.locator('figure[data-chart="review"] svg.recharts-surface').count()).toBe(2);
    await expect.poll(() => page.locator('[data-testid="synthetic-banner"]').isVisible()).toBe(true);
    expect(digits(await page.locator('[data-testid="figure-reports"] [data-value]').textContent())).toBe(await reportCount(''));
    await shot(page, 'overview-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders at phone width without horizontal scrolling', async () => {
    const { page, context } = await open(browser, '/', PHONE);
    await chartShapes(page, 'applicants');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot(page, 'overview-phone');
    await context.close();
  });

  it('a filter changes the URL and the numbers', async () => {
    const { page, context } = await open(browser, '/');
    const before = digits(await page.locator('[data-testid="figure-reports"] [data-value]').textContent());
    await page.selectOption('[data-testid="filter-yearFrom"]', '2024');
    await page.waitForURL(/yearFrom=2024/);
    const expected = await reportCount('yearFrom=2024');
    expect(expected).toBeLessThan(before);
    await expect.poll(async () => digits(await page.locator('[data-testid="figure-reports"] [data-value]').textContent()), { timeout: 15_000 }).toBe(expected);

    await page.selectOption('[data-testid="filter-synthetic"]', 'EXCLUDE');
    await page.waitForURL(/synthetic=EXCLUDE/);
    expect(page.url()).toMatch(/yearFrom=2024/);
    const published = await reportCount('yearFrom=2024&synthetic=EXCLUDE');
    await expect.poll(async () => digits(await page.locator('[data-testid="figure-reports"] [data-value]').textContent()), { timeout: 15_000 }).toBe(published);
    // Published reports only: no sample-data banner.
    expect(await page.locator('[data-testid="synthetic-banner"]').count()).toBe(0);

    // The view is a link: opening the URL afresh shows the same numbers and filters.
    const again = await open(browser, new URL(page.url()).pathname + new URL(page.url()).search);
    expect(digits(await again.page.locator('[data-testid="figure-reports"] [data-value]').textContent())).toBe(published);
    expect(await again.page.locator('[data-testid="filter-yearFrom"]').inputValue()).toBe('2024');
    await again.context.close();
    await context.close();
  });

  it('filters by region at any level', async () => {
    const { page, context } = await open(browser, '/?region=41');
    const expected = await reportCount('region=41');
    expect(digits(await page.locator('[data-testid="figure-reports"] [data-value]').textContent())).toBe(expected);
    // The picker opens the chosen province: its cities are offered.
    const options = await page.locator('[data-testid="filter-region"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options.some((v) => v.length === 4 && v.startsWith('41'))).toBe(true);
    await context.close();
  });

  it('switches language and keeps the other params', async () => {
    const { page, context } = await open(browser, '/?yearFrom=2020');
    expect(await page.locator('h1').textContent()).toBe('总览');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.click('[data-testid="lang-switch"]');
    await page.waitForURL(/lang=en/);
    expect(page.url()).toMatch(/yearFrom=2020/);
    expect(await page.locator('h1').textContent()).toBe('Overview');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('nav.site-nav').textContent()).toContain('Agencies');
    expect(await page.locator('figure[data-chart="applicants"] h3').textContent()).toBe('New requests by applicant type');
    await chartShapes(page, 'applicants');
    await shot(page, 'overview-en-desktop');
    // Numbers follow the language: the report count reads “N reports”.
    expect(await page.locator('[data-testid="figure-reports"] [data-value]').textContent()).toMatch(/^\d[\d,]* reports?$/);
    await page.click('[data-testid="lang-switch"]');
    await page.waitForURL((url) => !url.search.includes('lang=en'));
    expect(await page.locator('h1').textContent()).toBe('总览');
    await context.close();
  });

  it('has a dark mode and a print view', async () => {
    const dark = await open(browser, '/', DESKTOP, 'dark');
    await chartShapes(dark.page, 'outcomes');
    const background = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(246, 247, 249)');
    await shot(dark.page, 'overview-dark-desktop');
    await dark.page.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await dark.page.locator('.site-header').isVisible()).toBe(false);
    expect(await chartShapes(dark.page, 'review')).toBeGreaterThan(0);
    await shot(dark.page, 'overview-print');
    await dark.context.close();
  });

  it('shows the other pages at both widths (screenshots)', async () => {
    await shotBoth(browser, '/agencies', 'agencies');
    await shotBoth(browser, '/quality', 'quality');
    await shotBoth(browser, '/explorer', 'explorer', async (page) => {
      const frame = page.frameLocator('[data-testid="explorer-frame"]');
      await frame.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    });
  });
});
