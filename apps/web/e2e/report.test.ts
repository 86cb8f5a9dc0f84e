import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, chartShapes, connect, open, PHONE, shot, shotBoth } from './helpers';

interface ApiCell {
  path: string;
  value: number | null;
  decimal: string | null;
  state: string;
  raw: string | null;
  start: number | null;
  end: number | null;
}

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

async function cellsOf(id: string): Promise<ApiCell[]> {
  const data = await api<{ report: { cells: ApiCell[] } }>('query($id: ID!) { report(id: $id) { cells { path value decimal state raw start end } } }', { id });
  return data.report.cells;
}

/** What the page should show for a cell: grouped digits, money as printed, a dash when unfilled. */
function expectedText(c: ApiCell): string {
  if (c.value === null) return '—';
  if (c.path.endsWith('.amount') && c.decimal) {
    const [whole, fraction] = c.decimal.split('.');
    return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
  }
  return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 }).format(c.value);
}

/** Every cell the API has for the report is on the page, with the same value and state. */
async function checkCells(page: Page, id: string): Promise<number> {
  const cells = await cellsOf(id);
  expect(cells.length).toBeGreaterThan(0);
  const shown = await page.$$eval('button.cell-button[data-path]', (buttons) =>
    buttons.map((b) => ({ path: (b as HTMLElement).dataset.path!, text: b.textContent ?? '', state: (b as HTMLElement).dataset.state })),
  );
  const byPath = new Map(shown.map((s) => [s.path, s]));
  for (const c of cells) {
    const s = byPath.get(c.path);
    expect(s, `cell ${c.path} is shown`).toBeDefined();
    expect(s!.text, c.path).toBe(expectedText(c));
    expect(s!.state, c.path).toBe(c.state);
  }
  return cells.length;
}

describe('drill-down', () => {
  it('goes from a bar to the reports of its year, then to a report whose cells match the database', async () => {
    const { page, context, errors } = await open(browser, '/');
    await chartShapes(page, 'applicants');
    const bars = page.locator('figure[data-chart="applicants"] .recharts-bar-rectangle path');
    await bars.last().click();
    await page.waitForURL(/\/reports\?yearFrom=\d{4}&yearTo=\d{4}/);
    const year = new URL(page.url()).searchParams.get('yearFrom');
    expect(new URL(page.url()).searchParams.get('yearTo')).toBe(year);
    const rows = page.locator('[data-testid="report-list"] tbody tr');
    await rows.first().waitFor();
    // Every report listed is of the clicked year.
    const years = await page.$$eval('[data-testid="report-list"] tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent));
    expect(new Set(years)).toEqual(new Set([year]));
    await shot(page, 'reports-drilldown-desktop');

    await page.locator('[data-testid="report-link"]').first().click();
    await page.waitForURL(/\/reports\/\d+$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    expect(await checkCells(page, id)).toBeGreaterThan(50);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('report page', () => {
  let reportId: string;
  beforeAll(async () => {
    // A published seed with blanks the parser inferred: 武陟县大封镇 2024.
    const data = await api<{ reports: { edges: { node: { id: string; agency: { name: string } } }[] } }>(
      '{ reports(filter: { synthetic: EXCLUDE }, first: 20) { edges { node { id agency { name } } } } }',
    );
    reportId = data.reports.edges.find((e) => e.node.agency.name.includes('大封镇'))!.node.id;
  });

  it('lays out the official tables with every cell and its state', async () => {
    const { page, context } = await open(browser, `/reports/${reportId}`);
    expect(await page.locator('table.form-table[data-section="applications"]').count()).toBe(1);
    expect(await page.locator('table.form-table[data-section="review"]').count()).toBe(1);
    expect(await page.locator('table.form-table[data-section="active"]').count()).toBeGreaterThan(0);
    await checkCells(page, reportId);
    expect(await page.locator('td.cell-inferred').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="diagnostics"] li').count()).toBeGreaterThan(0);
    expect(await page.locator('h1').textContent()).toContain('大封镇');
    await context.close();
  });

  it('highlights the source of a clicked cell', async () => {
    const { page, context } = await open(browser, `/reports/${reportId}`);
    const cells = await cellsOf(reportId);
    const printed = cells.find(
      (c) => c.state === 'PRINTED' && c.raw && c.raw.trim() !== '' && c.start !== null && c.path.startsWith('applications.newlyReceived'),
    )!;
    await page.click(`button.cell-button[data-path="${printed.path}"]`);
    const mark = page.locator('[data-testid="source-mark"]');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(printed.raw);
    expect(await page.getAttribute(`button.cell-button[data-path="${printed.path}"]`, 'aria-pressed')).toBe('true');
    // The mark is scrolled into the visible part of the source pane.
    const [pre, box] = await Promise.all([page.locator('[data-testid="source-text"]').boundingBox(), mark.boundingBox()]);
    expect(box!.y).toBeGreaterThanOrEqual(pre!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(pre!.y + pre!.height);
    expect(await page.locator('[data-testid="source-cell-value"]').textContent()).toBe(expectedText(printed));
    await shot(page, 'report-highlight-desktop');

    // An inferred cell was blank in print: an empty mark where the parser placed it, the line tinted.
    const inferred = cells.find((c) => c.state === 'INFERRED' && c.start !== null)!;
    await page.click(`button.cell-button[data-path="${inferred.path}"]`);
    await expect.poll(async () => page.locator('[data-testid="source-mark"]').getAttribute('class')).toBe('caret');
    expect(await page.locator('.source-line-hit').textContent()).not.toBe('');
    await context.close();
  });

  it('shows its narratives, versions and a comparison with another year', async () => {
    const data = await api<{ agencies: { edges: { node: { id: string; years: number[]; reports: { id: string; year: number }[] } }[] } }>(
      '{ agencies(first: 50) { edges { node { id years reports { id year } } } } }',
    );
    const agency = data.agencies.edges.map((e) => e.node).find((a) => a.years.length >= 3)!;
    const [latest, earlier] = [...agency.reports].sort((a, b) => b.year - a.year);
    const { page, context } = await open(browser, `/reports/${latest!.id}`);
    expect(await page.locator('#narratives-title').textContent()).toBe('文字部分');
    await page.selectOption('#compare-title ~ form select[name="year"]', String(earlier!.year));
    await page.click('#compare-title ~ form button[type="submit"]');
    await page.waitForURL(/\/compare\?year=/);
    expect(await page.locator('h1').textContent()).toContain(String(earlier!.year));
    expect(await page.locator('[data-testid="differences"] tbody tr').count()).toBeGreaterThan(0);
    await shot(page, 'compare-desktop');
    await context.close();
  });

  it('screenshots the report page at both widths', async () => {
    await shotBoth(browser, `/reports/${reportId}`, 'report', async (page) => {
      await page.click('button.cell-button[data-path="applications.newlyReceived.total"]');
      await page.locator('[data-testid="source-mark"]').waitFor();
    });
    const phone = await open(browser, `/reports/${reportId}`, PHONE);
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await phone.context.close();
  });
});

describe('agencies', () => {
  it('searches, opens an agency with its series, checks and reports', async () => {
    const { page, context } = await open(browser, '/agencies');
    expect(await page.locator('[data-testid="agency-link"]').count()).toBeGreaterThan(0);
    await page.fill('input[name="search"]', '郑州市人民政府');
    await page.press('input[name="search"]', 'Enter');
    await page.waitForURL(/search=/);
    await expect.poll(() => page.locator('[data-testid="agency-link"]').count()).toBe(1);
    await page.locator('[data-testid="agency-link"]').first().click();
    await page.waitForURL(/\/agencies\/\d+/);
    expect(await chartShapes(page, 'agency-outcomes')).toBeGreaterThan(0);
    // The series, the peers and the checks stream in their own Suspense boundaries: wait for each.
    await expect.poll(() => page.locator('[data-testid="agency-series"] tbody tr').count(), { timeout: 30_000 }).toBe(7);
    await expect.poll(() => page.locator('[data-testid="cross-year-checks"] tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="agency-reports"] tbody tr').count()).toBe(7);
    await shot(page, 'agency-desktop');
    const phone = await open(browser, new URL(page.url()).pathname, PHONE);
    await chartShapes(phone.page, 'agency-outcomes');
    await shot(phone.page, 'agency-phone');
    await phone.context.close();
    await context.close();
  });
});
