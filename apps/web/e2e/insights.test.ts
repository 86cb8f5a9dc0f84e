import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, connect, digits, open, shot } from './helpers';

// Insights on the sample corpus's planted patterns (global setup ingests them): two outliers in 2022, a
// body that copied its 2023 report in 2024, a county whose whole-area report does not add up in 2024. Each
// view shows them and every figure is one click from the report behind it.

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

describe('insights', () => {
  it('the overview links to the year’s anomalies; a flagged value opens the report that printed it', async () => {
    const { context, page, errors } = await open(browser, '/?yearFrom=2022&yearTo=2022', undefined, 'light', 'viewer');
    const truth = await api<{ anomalies: { totalCount: number; entries: { agency: { name: string }; value: number; report: { id: string } }[] } }>(
      '{ anomalies(filter: { year: 2022 }) { totalCount entries { agency { name } value report { id } } } }',
    );
    // The planted outliers are among them (the test corpus's other bodies are drawn freely year to year).
    for (const name of ['二七区人民政府', '无锡市生态环境局']) expect(truth.anomalies.entries.map((e) => e.agency.name)).toContain(name);
    const link = page.locator('[data-testid="overview-anomalies"]');
    await link.waitFor({ timeout: 30_000 });
    expect(await link.textContent()).toContain(`${truth.anomalies.totalCount} 个异常值`);
    await Promise.all([page.waitForURL(/\/insights\?year=2022/), link.click()]);
    const rows = page.locator('[data-testid="anomalies"] tbody tr');
    await rows.first().waitFor({ timeout: 30_000 });
    expect(await rows.count()).toBe(truth.anomalies.totalCount);
    const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')!.textContent ?? ''));
    for (const e of truth.anomalies.entries) expect(names.some((n) => n.includes(e.agency.name))).toBe(true);
    expect(await rows.first().locator('td').last().textContent()).toMatch(/本机关其他\d+个年度的中位数/);
    await shot(page, 'insights-anomalies');

    const value = rows.first().locator('[data-testid="anomaly-report"]');
    const shown = digits(await value.textContent());
    await Promise.all([page.waitForURL(/\/reports\/\d+/), value.click()]);
    const cell = page.locator('button.cell-button[data-path="applications.newlyReceived.total"]');
    expect(digits(await cell.textContent())).toBe(shown);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the copied report of 2024 and shows it beside the year it copied, shared text highlighted', async () => {
    const { context, page, errors } = await open(browser, '/insights?year=2024', undefined, 'light', 'viewer');
    const rows = page.locator('[data-testid="copies"] tbody tr');
    await rows.first().waitFor({ timeout: 30_000 });
    const texts = await rows.allTextContents();
    expect(texts.length).toBe(2);
    for (const t of texts) expect(t).toMatch(/开封市人民政府 2024.*开封市人民政府 2023/);
    await Promise.all([page.waitForURL(/\/reports\/\d+\/similar/), rows.first().locator('[data-testid="copy-compare"]').click()]);
    const copied = page.locator('[data-testid="side-by-side"][data-copied="true"]');
    await copied.first().waitFor({ timeout: 30_000 });
    expect(await copied.count()).toBe(2);
    expect(await copied.first().locator('h3').textContent()).toContain('100%');
    const marked = await copied.first().locator('mark').allTextContents();
    expect(marked.join('').length).toBeGreaterThan(100);
    await shot(page, 'insights-side-by-side');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a county whose whole-area report does not add up, with the cells that differ; the figure opens the report', async () => {
    const { context, page, errors } = await open(browser, '/insights?year=2024', undefined, 'light', 'viewer');
    const mismatch = page.locator('[data-testid="hierarchy"] li[data-status="MISMATCH"]');
    await mismatch.waitFor({ timeout: 30_000 });
    expect(await mismatch.locator('h3').textContent()).toContain('顺河回族区人民政府');
    expect(await page.locator('[data-testid="hierarchy"] li[data-status="ADDS_UP"] h3').textContent()).toContain('玄武区人民政府');
    const truth = await api<{ hierarchyChecks: { status: string; cells: { path: string; reported: number; difference: number }[] }[] }>(
      '{ hierarchyChecks(year: 2024) { status cells { path reported difference } } }',
    );
    const cells = truth.hierarchyChecks.find((h) => h.status === 'MISMATCH')!.cells;
    const rows = mismatch.locator('[data-testid="hierarchy-cells"] tbody tr');
    expect(await rows.count()).toBe(cells.length);
    const difference = await rows.first().locator('td').nth(3).textContent();
    expect(digits(difference)).toBe(Math.abs(cells[0]!.difference));
    expect(/^[-−]/.test(difference!.trim())).toBe(cells[0]!.difference < 0);
    await shot(page, 'insights-hierarchy');
    const reported = rows.first().locator('td').nth(1).locator('a');
    const shown = digits(await reported.textContent());
    await Promise.all([page.waitForURL(/\/reports\/\d+/), reported.click()]);
    const cell = page.locator(`button.cell-button[data-path="${cells[0]!.path}"]`);
    expect(digits(await cell.textContent())).toBe(shown);
    // The county government's own page shows its latest year's check.
    const found = await api<{ agencies: { edges: { node: { id: string } }[] } }>(
      '{ agencies(search: "顺河回族区人民政府", first: 1) { edges { node { id } } } }',
    );
    await page.goto(`${page.url().replace(/\/reports\/.*$/, '')}/agencies/${found.agencies.edges[0]!.node.id}`);
    const own = page.locator('[data-testid="agency-hierarchy"] li[data-status="ADDS_UP"]');
    await own.waitFor({ timeout: 30_000 });
    expect(await own.locator('h3').textContent()).toContain('顺河回族区人民政府 2025');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a report’s page says how alike its sections are to its earlier years and to others’', async () => {
    const found = await api<{ copiedSections: { pairs: { report: { id: string } }[] } }>('{ copiedSections(year: 2024) { pairs { report { id } } } }');
    const id = found.copiedSections.pairs[0]!.report.id;
    const { context, page, errors } = await open(browser, `/reports/${id}`, undefined, 'light', 'viewer');
    const card = page.locator('[data-testid="similarity-card"]');
    await card.waitFor({ timeout: 30_000 });
    expect(await card.locator('td[data-copied="true"]').count()).toBe(2);
    expect(await card.textContent()).toContain('开封市人民政府 2023');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the shipped insight notebooks draw their charts, and a chart embeds', async () => {
    for (const [id, chart] of [
      ['anomalies', 'zChart'],
      ['hierarchy', 'mismatchChart'],
      ['peers', 'histogram'],
    ] as const) {
      const years = id === 'anomalies' ? '2022-2022' : '2024-2024';
      const { context, page, errors } = await open(browser, `/notebooks/${id}?years=${years}`, undefined, 'light', 'viewer');
      await page.locator(`figure[data-chart="${chart}"] .recharts-bar-rectangle`).first().waitFor({ timeout: 30_000 });
      expect(errors).toEqual([]);
      await context.close();
    }
    const { context, page, errors } = await open(browser, '/embed/notebooks/anomalies/cells/zChart?years=2022-2022', undefined, 'light', null);
    await page.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
    const truth = await api<{ anomalies: { totalCount: number } }>('{ anomalies(filter: { year: 2022 }) { totalCount } }');
    expect(await page.locator('.recharts-bar-rectangle').count()).toBe(truth.anomalies.totalCount);
    expect(errors).toEqual([]);
    await context.close();
  });
});
