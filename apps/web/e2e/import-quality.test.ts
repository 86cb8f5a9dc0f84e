import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataQualityQuery } from '../src/graphql/generated';
import { DataQualityDocument } from '../src/graphql/generated';
import { api, connect, importSeed, open, PHONE, shot } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

describe('import', () => {
  it('imports a seed file through the API and shows its parsed tables and diagnostics', async () => {
    const { page, context, errors } = await open(browser, '/import');
    await page.setInputFiles('[data-testid="file-input"]', importSeed);
    await page.locator('[data-testid="import-results"] li[data-status="INGESTED"]').waitFor({ timeout: 60_000 });
    await page.waitForURL(/imported=\d+/);
    const report = page.locator('[data-testid="imported-report"]');
    await report.waitFor();
    const id = await report.getAttribute('data-report-id');
    expect(await report.locator('h3').first().textContent()).toContain('淮源镇');
    expect(await report.locator('table.form-table[data-section="applications"]').count()).toBe(1);

    // The tables show what the API stored.
    const data = await api<{ report: { cells: { path: string; value: number | null }[]; diagnostics: unknown[] } }>(
      'query($id: ID!) { report(id: $id) { cells { path value } diagnostics { code } } }',
      { id },
    );
    const total = data.report.cells.find((c) => c.path === 'applications.newlyReceived.total')!;
    expect(await report.locator('button[data-path="applications.newlyReceived.total"]').textContent()).toBe(total.value === null ? '—' : String(total.value));
    expect(await report.locator('button.cell-button').count()).toBe(data.report.cells.length);
    const shownDiagnostics = await report.locator('[data-testid="diagnostics"] li').count();
    expect(shownDiagnostics).toBe(data.report.diagnostics.length);
    await shot(page, 'import-desktop');
    expect(errors).toEqual([]);

    // Importing the same file again changes nothing.
    await page.setInputFiles('[data-testid="file-input"]', importSeed);
    await page.locator('[data-testid="import-results"] li[data-status="UNCHANGED"]').waitFor({ timeout: 60_000 });
    await context.close();

    const phone = await open(browser, `/import?imported=${id}`, PHONE);
    await shot(phone.page, 'import-phone');
    await phone.context.close();
  });

  it('imports a legacy Word (.doc) report and shows its tables', async () => {
    const { page, context, errors } = await open(browser, '/import');
    const file = join(import.meta.dirname, '../../../packages/parser/src/__fixtures__/legacy-word/pingtan-word-2019.doc');
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.locator('[data-testid="import-results"] li[data-status="INGESTED"]').waitFor({ timeout: 60_000 });
    const report = page.locator('[data-testid="imported-report"]');
    await report.waitFor();
    expect(await report.locator('h3').first().textContent()).toContain('平潭综合实验区经济发展局');
    // 本年新收 3 (自然人 3), as the report prints it.
    expect(await report.locator('button[data-path="applications.newlyReceived.total"]').textContent()).toBe('3');
    const id = await report.getAttribute('data-report-id');
    const stored = await api<{ report: { sourceFormat: string } }>('query($id: ID!) { report(id: $id) { sourceFormat } }', { id });
    expect(stored.report.sourceFormat).toBe('doc');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reports a file that is not a report, with its diagnostics', async () => {
    const { page, context } = await open(browser, '/import');
    await page.setInputFiles('[data-testid="file-input"]', {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('这不是一份年度报告。\n只是一些笔记。\n'),
    });
    const row = page.locator('[data-testid="import-results"] li[data-status="FAILED"]');
    await row.waitFor({ timeout: 60_000 });
    expect(await row.textContent()).toContain('NOT_A_REPORT');
    await context.close();
  });
});

describe('data quality', () => {
  it('shows what is broken, by code, year and region, with links to the reports', async () => {
    const { page, context } = await open(browser, '/quality');
    // The very request the page sends: the API caches answers for a while, per request.
    const q = await api<DataQualityQuery>(DataQualityDocument, { filter: { synthetic: 'INCLUDE' } });
    expect(await page.locator('[data-testid="figure-quality-reports"] dd').textContent()).toBe(new Intl.NumberFormat('zh-CN').format(q.dataQuality.reports));
    expect(await page.locator('[data-testid="quality-codes"] tbody tr').count()).toBe(q.dataQuality.byCode.length);
    expect(await page.locator('[data-testid="quality-rules"] tbody tr').count()).toBeGreaterThan(0);
    const link = page.locator('[data-testid="quality-codes"] tbody tr a').first();
    await link.click();
    await page.waitForURL(/\/reports\?.*code=/);
    await page.locator('[data-testid="report-link"]').first().waitFor();
    await context.close();
  });
});
