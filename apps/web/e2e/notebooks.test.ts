import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, artifacts, connect, DESKTOP, open, PHONE, shot, webUrl } from './helpers';

// Notebooks and embeds as an analyst uses them: the shipped notebooks, building one from nothing
// (query, chart, parameter), saving and restoring, the embed in another site's frame, the downloads
// (their content, not just their existence), and markdown that must not run a script.

let browser: Browser;
let tmp: string;
beforeAll(async () => {
  browser = await connect();
  tmp = mkdtempSync(join(tmpdir(), 'gongkai-notebooks-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const YEARS_QUERY =
  'query ($filter: ReportFilter) { analytics(query: { measures: ["applications.newlyReceived.total"], groupBy: [YEAR], filter: $filter }) { columns { key values } } }';

/** The years the API has data for in a range: one bar each. */
async function yearsWithData(filter: Record<string, unknown>): Promise<number[]> {
  const data = await api<{ analytics: { columns: { key: string; values: number[] }[] } }>(YEARS_QUERY, { filter });
  return data.analytics.columns.find((c) => c.key === 'YEAR')!.values;
}

/** Replaces a CodeMirror editor's text as a user would: select all, then type (inserted at once). */
async function setEditor(page: Page, testId: string, text: string): Promise<void> {
  const editor = page.locator(`[data-testid="${testId}"]`);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Escape');
}

async function bars(page: Page, chart: string): Promise<number> {
  return page.locator(`figure[data-chart="${chart}"] .recharts-bar-rectangle`).count();
}

async function runs(page: Page, cell: string): Promise<number> {
  return Number(await page.locator(`[data-cell-id="${cell}"]`).getAttribute('data-runs'));
}

async function cellIds(page: Page): Promise<string[]> {
  return page.locator('[data-cell-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cellId!));
}

/** Serves one HTML page from another origin (another port): the “other site” that embeds a chart. */
async function otherSite(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, server };
}

describe('notebooks', () => {
  it('lists the shipped notebooks first, and searches by title', async () => {
    const { page, context, errors } = await open(browser, '/notebooks');
    const ids = await page.locator('[data-testid="notebook-list"] li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.notebookId));
    expect(ids.slice(0, 3).sort()).toEqual(['agency', 'overview', 'quality']);
    expect(await page.locator('[data-notebook-id="overview"] .badge').textContent()).toBe('内置');
    await shot(page, 'notebooks-list-desktop');
    await page.fill('[data-testid="notebook-search"]', '质量');
    await Promise.all([page.waitForURL(/search=/), page.press('[data-testid="notebook-search"]', 'Enter')]);
    await page.locator('[data-testid="notebook-list"]').waitFor();
    expect(await page.locator('[data-testid="notebook-list"] li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.notebookId))).toEqual([
      'quality',
    ]);
    expect(errors).toEqual([]);
    await context.close();

    const phone = await open(browser, '/notebooks', PHONE);
    await shot(phone.page, 'notebooks-list-phone');
    await phone.context.close();
  });

  it('runs the shipped notebooks: charts with the data the API holds', async () => {
    const { page, context, errors } = await open(browser, '/notebooks/overview?years=2020-2024');
    await page.locator('figure[data-chart="requestsChart"] .recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
    expect(await bars(page, 'requestsChart')).toBe((await yearsWithData({ yearFrom: 2020, yearTo: 2024 })).length);
    expect(await page.locator('figure[data-chart="grantedChart"] .recharts-line-curve').count()).toBe(1);
    await page.locator('figure[data-chart="outcomesChart"] .recharts-bar-rectangle').first().waitFor();
    // Parameters in markdown, from the URL.
    expect(await page.locator('[data-testid="markdown-intro"]').textContent()).toContain('2020–2024');
    expect(await page.locator('[data-testid="param-years-from"]').inputValue()).toBe('2020');
    // Synthetic reports are among the data: the chart says so.
    expect(await page.locator('figure[data-chart="requestsChart"] .badge-synthetic').count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'notebook-editor-desktop');
    expect(errors).toEqual([]);
    await context.close();

    // The agency deep-dive picks the first agency of its options query when the URL names none.
    const agency = await open(browser, '/notebooks/agency');
    const select = agency.page.locator('[data-testid="param-agency"]');
    await agency.page.locator('figure[data-chart="seriesChart"] .recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
    const chosen = await select.inputValue();
    expect(chosen).toMatch(/^\d+$/);
    // The reader sees the agency's name, not its id.
    expect(await select.locator('option:checked').textContent()).toMatch(/[\u4e00-\u9fff]{2,}/);
    const other = await select
      .locator('option')
      .evaluateAll((os, current) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v && v !== current), chosen);
    const before = await runs(agency.page, 'checks');
    await select.selectOption(other!);
    await agency.page.waitForURL(new RegExp(`agency=${other}`));
    await expect.poll(() => runs(agency.page, 'checks')).toBe(before + 1);
    // The query's table shows the chosen agency's years.
    const otherYears = (await yearsWithData({ agencyId: other })).length;
    await expect.poll(() => agency.page.locator('[data-cell-id="series"] [data-table="analytics"] tbody tr').count()).toBe(otherYears);
    await agency.context.close();

    const phone = await open(browser, '/notebooks/overview', PHONE);
    await phone.page.locator('figure[data-chart="requestsChart"] .recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
    await shot(phone.page, 'notebook-editor-phone');
    await phone.context.close();
  });

  it('builds a notebook: query, chart and parameter; a parameter change re-runs only what reads it; save, reload, restore', async () => {
    const { page, context, errors } = await open(browser, '/notebooks');
    await page.fill('[data-testid="notebook-new-title"]', '端到端测试笔记本');
    await Promise.all([page.waitForURL(/\/notebooks\/[A-Za-z0-9_-]+$/), page.click('[data-testid="notebook-create"]')]);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await page.locator('[data-cell-id="query-1"][data-runs="1"]').waitFor({ timeout: 30_000 });

    // A parameter: a year range named years.
    await page.click('[data-cell-id="query-1"] [data-testid="add-parameter"]');
    await page.click('[data-cell-id="parameter-1"] summary');
    await page.fill('[data-testid="param-name-parameter-1"]', 'years');
    await page.fill('[data-testid="param-label-parameter-1"]', '年度');
    await page.selectOption('[data-testid="param-control-parameter-1"]', 'yearRange');
    await page.fill('[data-testid="param-default-parameter-1"]', '2019-2025');
    await page.press('[data-testid="param-default-parameter-1"]', 'Tab');

    // The query reads it; Shift+Enter runs it.
    await setEditor(page, 'query-variables-query-1', '{"filter": {"yearFrom": "$years.0", "yearTo": "$years.1"}}');
    await page.keyboard.press('Shift+Enter');
    await page.locator('[data-cell-id="query-1"][data-runs="2"]').waitFor();

    // A second query that reads no parameter, and a chart of the first.
    await page.click('[data-cell-id="query-1"] [data-testid="add-query"]');
    await page.click('[data-cell-id="query-2"] [data-testid="run-query-2"]');
    await page.locator('[data-cell-id="query-2"][data-runs="1"]').waitFor();
    await page.click('[data-cell-id="query-1"] [data-testid="add-chart"]');
    await page.click('[data-cell-id="chart-1"] summary');
    await page.fill('[data-testid="chart-title-chart-1"]', '本年新收申请（测试）');
    await page.fill('[data-testid="chart-units-chart-1"]', '件');
    await page.locator('figure[data-chart="chart-1"] .recharts-bar-rectangle').first().waitFor();
    expect(await bars(page, 'chart-1')).toBe((await yearsWithData({ yearFrom: 2019, yearTo: 2025 })).length);

    // Changing the parameter re-runs query-1 (and redraws its chart), not query-2; the URL follows.
    await page.selectOption('[data-testid="param-years-from"]', '2023');
    await page.waitForURL(/years=2023-2025/);
    await page.locator('[data-cell-id="query-1"][data-runs="3"]').waitFor();
    const expected = (await yearsWithData({ yearFrom: 2023, yearTo: 2025 })).length;
    await expect.poll(() => bars(page, 'chart-1')).toBe(expected);
    expect(await runs(page, 'query-2')).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'notebook-built-desktop');

    // Save: revision 2.
    await page.click('[data-testid="notebook-save"]');
    await page.locator('[data-testid="notebook"][data-revision="2"]').waitFor();
    expect(await page.locator('[data-testid="notebook-status"]').textContent()).toBe('已保存，第 2 版');

    // Reload: the cells and the parameter's value (from the URL) are back.
    await page.reload({ waitUntil: 'networkidle' });
    expect(await cellIds(page)).toEqual(['intro', 'query-1', 'chart-1', 'query-2', 'parameter-1']);
    await page.locator('figure[data-chart="chart-1"] .recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
    expect(await bars(page, 'chart-1')).toBe(expected);
    expect(await page.locator('figure[data-chart="chart-1"] h3').textContent()).toBe('本年新收申请（测试）');
    const stored = await api<{ notebook: { revision: number; revisions: { revision: number }[] } }>(
      'query ($id: ID!) { notebook(id: $id) { revision revisions { revision } } }',
      { id },
    );
    expect(stored.notebook.revision).toBe(2);

    // Restore revision 1 (the starter): a new revision 3, without the cells added since.
    await page.click('#revisions-title');
    await page.click('[data-testid="restore-1"]');
    await page.locator('[data-testid="notebook"][data-revision="3"]').waitFor({ timeout: 30_000 });
    expect(await cellIds(page)).toEqual(['intro', 'query-1']);
    expect(await page.locator('[data-testid="revisions"] li').count()).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses to overwrite a newer save, and says so', async () => {
    const first = await open(browser, '/notebooks');
    await first.page.fill('[data-testid="notebook-new-title"]', '冲突测试');
    await Promise.all([first.page.waitForURL(/\/notebooks\/[A-Za-z0-9_-]+$/), first.page.click('[data-testid="notebook-create"]')]);
    const second = await open(browser, new URL(first.page.url()).pathname);
    await second.page.fill('[data-testid="notebook-title"]', '冲突测试（另一处）');
    await second.page.click('[data-testid="notebook-save"]');
    await second.page.locator('[data-testid="notebook"][data-revision="2"]').waitFor();
    await first.page.fill('[data-testid="notebook-title"]', '冲突测试（这里）');
    await first.page.keyboard.press('Control+S');
    await expect.poll(() => first.page.locator('[data-testid="notebook-status"]').textContent()).toContain('已在别处保存过（第 2 版）');
    await first.context.close();
    await second.context.close();
  });

  it('keyboard: Shift+Enter runs a cell, Alt+↑/↓ moves it, Alt+Shift+Q adds a query, Alt+Shift+Backspace deletes', async () => {
    const { page, context } = await open(browser, '/notebooks/quality');
    await page.locator('[data-cell-id="byCode"][data-runs="1"]').waitFor({ timeout: 30_000 });
    await page.click('[data-testid="query-source-byCode"]');
    await page.keyboard.press('Shift+Enter');
    await page.locator('[data-cell-id="byCode"][data-runs="2"]').waitFor();
    await page.focus('[data-cell-id="byCodeChart"]');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await cellIds(page)).toEqual(['intro', 'byCodeChart', 'byCode', 'byRuleChart']);
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    expect(await cellIds(page)).toEqual(['intro', 'byCode', 'byRuleChart', 'byCodeChart']);
    await page.keyboard.press('Alt+Shift+KeyQ');
    expect(await cellIds(page)).toEqual(['intro', 'byCode', 'byRuleChart', 'byCodeChart', 'query-1']);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cellId)).toBe('query-1');
    await page.keyboard.press('Alt+Shift+Backspace');
    expect(await cellIds(page)).toEqual(['intro', 'byCode', 'byRuleChart', 'byCodeChart']);
    expect(await page.locator('[data-testid="notebook-status"]').textContent()).toBe('有未保存的修改');
    await context.close();
  });

  it('the query editor completes from the API schema and marks errors', async () => {
    const { page, context } = await open(browser, '/notebooks/quality');
    await page.locator('[data-cell-id="byCode"][data-runs="1"]').waitFor({ timeout: 30_000 });
    await setEditor(page, 'query-source-byCode', '{ dataQuality { nosuchfield } }');
    const mark = page.locator('[data-cell-id="byCode"] .cm-lintRange-error');
    await mark.first().waitFor({ timeout: 10_000 });
    expect(await mark.first().textContent()).toBe('nosuchfield');
    // Completion offers the schema's fields where the cursor is.
    await setEditor(page, 'query-source-byCode', '{ dataQuality { ');
    await page.keyboard.type('by');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await options.first().waitFor({ timeout: 10_000 });
    expect(await options.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('byCode'), expect.stringContaining('byRule')]));
    await page.screenshot({ path: join(artifacts, 'notebook-query-editor.png') });
    // Undo and redo are the editor's own (CodeMirror history), not the browser's.
    await page.keyboard.press('Escape');
    const source = page.locator('[data-testid="query-source-byCode"]');
    const before = await source.textContent();
    await page.waitForTimeout(700); // edits within 500 ms are one undo step
    await page.keyboard.type('Code');
    expect(await source.textContent()).toBe(`${before}Code`);
    await page.keyboard.press('Control+z');
    expect(await source.textContent()).not.toContain('byCode');
    await page.keyboard.press('Control+y');
    expect(await source.textContent()).toBe(`${before}Code`);
    await context.close();
  });

  it('exports a notebook as a file, imports it back, duplicates and deletes', async () => {
    const { page, context } = await open(browser, '/notebooks/overview');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="notebook-export"]')]);
    const file = join(tmp, 'overview.json');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('总览：历年政府信息公开.json');
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; document: { cells: { id: string }[] } };
    expect(exported.format).toBe('gongkai-notebook');
    expect(exported.document.cells.map((c) => c.id)).toContain('outcomesChart');

    await page.goto(`${webUrl}/notebooks`, { waitUntil: 'networkidle' });
    await Promise.all([page.waitForURL(/\/notebooks\/[A-Za-z0-9_-]+$/), page.setInputFiles('[data-testid="notebook-import"]', file)]);
    const imported = new URL(page.url()).pathname.split('/').pop()!;
    expect(imported).not.toBe('overview');
    await page.locator('[data-testid="notebook"]').waitFor();
    expect(await cellIds(page)).toEqual(exported.document.cells.map((c) => c.id));

    await Promise.all([page.waitForURL((url) => !url.pathname.endsWith(imported)), page.click('[data-testid="notebook-duplicate"]')]);
    const copy = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.locator('[data-testid="notebook-title"]').inputValue()).toBe('总览：历年政府信息公开（副本）');

    page.once('dialog', (d) => void d.accept());
    await Promise.all([page.waitForURL(/\/notebooks$/), page.click('[data-testid="notebook-delete"]')]);
    const left = await api<{ notebook: { id: string } | null }>('query ($id: ID!) { notebook(id: $id) { id } }', { id: copy });
    expect(left.notebook).toBeNull();
    await context.close();
  });

  it('a markdown cell with a script or an event handler runs neither', async () => {
    const file = join(tmp, 'script.json');
    const source = '# 标题\n\n<script>window.__pwned = 1</script>\n\n<img src=x onerror="window.__pwned=2">\n\n[点我](javascript:window.__pwned=3)';
    writeFileSync(
      file,
      JSON.stringify({
        format: 'gongkai-notebook',
        version: 1,
        title: '脚本测试',
        document: { version: 1, cells: [{ id: 'evil', kind: 'markdown', source }] },
      }),
    );
    const { page, context, errors } = await open(browser, '/notebooks');
    await Promise.all([page.waitForURL(/\/notebooks\/[A-Za-z0-9_-]+$/), page.setInputFiles('[data-testid="notebook-import"]', file)]);
    const cell = page.locator('[data-testid="markdown-evil"]');
    await cell.waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await cell.locator('script, img, iframe').count()).toBe(0);
    expect(await cell.locator('h1').textContent()).toBe('标题');
    // The markup is shown as the text it is; the javascript: link lost its target.
    expect(await cell.textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await cell.locator('a').count()).toBe(0);
    expect(await cell.locator('.markdown-dead-link').textContent()).toBe('点我');
    await shot(page, 'notebook-markdown-script');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('downloads', () => {
  it('SVG, PNG and CSV of a chart, and CSV of a query, hold the data shown', async () => {
    const { page, context } = await open(browser, '/notebooks/overview?years=2019-2025');
    const figure = page.locator('figure[data-chart="outcomesChart"]');
    await figure.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
    // The chart's own table (screen readers, the table view) is what the chart shows.
    // (A stacked chart's table ends with the stack's total, which the files leave out.)
    const header = (await figure.locator('table.data-table thead th').allTextContents()).slice(0, -1);
    const rows = await figure
      .locator('table.data-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, -1).map((c) => c.textContent ?? '')));
    expect(header.slice(1)).toEqual(['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']);

    const save = async (kind: 'svg' | 'png' | 'csv', where = figure) => {
      const [download] = await Promise.all([page.waitForEvent('download'), where.locator(`[data-download="${kind}"]`).click()]);
      const path = join(tmp, `outcomes.${kind}`);
      await download.saveAs(path);
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    };

    // CSV: the BOM, the column labels, one line per row shown, the same numbers.
    const csv = await save('csv');
    expect(csv.name).toBe('办理结果构成.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      `年度,${header
        .slice(1)
        .map((h) => `${h} (件)`)
        .join(',')}`,
    );
    expect(lines).toHaveLength(rows.length + 1);
    rows.forEach((row, i) => {
      const cells = lines[i + 1]!.split(',');
      expect(`${cells[0]}年`).toBe(row[0]);
      expect(cells.slice(1).map((v) => Number(v).toLocaleString('en-US'))).toEqual(row.slice(1).map((v) => v.replace(/\s*件$/, '')));
    });

    // SVG: a standalone document with the title, the series, the years and the values.
    const svg = (await save('svg')).bytes.toString('utf8');
    expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="(\d+)"/);
    expect(svg).toContain('<title>办理结果构成</title>');
    for (const label of header.slice(1)) expect(svg).toContain(`>${label}</text>`);
    for (const row of rows) expect(svg).toContain(`>${row[0]!.replace('年', '')}</tspan>`);
    const desc = /<desc>([\s\S]*?)<\/desc>/.exec(svg)![1]!;
    lines.slice(1).forEach((line) => {
      const [year, ...values] = line.split(',');
      expect(desc).toContain(
        `${year}: ${header
          .slice(1)
          .map((h, j) => `${h} ${values[j]}`)
          .join('; ')}`,
      );
    });
    expect(svg).toContain('数据来源：公开');
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(rows.length);

    // PNG: a real PNG, twice the SVG's size.
    const [, width, height] = /<svg xmlns="[^"]+" width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    const png = (await save('png')).bytes;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width! * 2, height! * 2]);
    expect(png.length).toBeGreaterThan(5_000);

    await context.close();
  });

  it('CSV of a query holds every row of its table', async () => {
    // A page of its own: Chromium may hold back a tab's further downloads once one of them (the PNG,
    // drawn asynchronously) started after the click's user activation had run out on a busy machine.
    const { page, context } = await open(browser, '/notebooks/overview?years=2019-2025');
    const table = page.locator('[data-cell-id="byYear"] [data-table="analytics"]');
    await table.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    const shown = await table.locator('tbody tr').count();
    const [download] = await Promise.all([page.waitForEvent('download'), table.locator('[data-download="csv"]').click()]);
    const path = join(tmp, 'by-year.csv');
    await download.saveAs(path);
    const qcsv = readFileSync(path, 'utf8');
    expect(qcsv.charCodeAt(0)).toBe(0xfeff);
    const qlines = qcsv.slice(1).trimEnd().split('\r\n');
    expect(qlines[0]).toBe('年度,报告数 (份),本年新收政府信息公开申请数量·总计 (件),予以公开率 (%),行政处罚·处理决定数量 (件)');
    expect(qlines).toHaveLength(shown + 1);
    expect(qlines[1]!.split(',')[0]).toBe(await table.locator('tbody tr').first().locator('td').first().textContent());
    await context.close();
  });
});

describe('embeds', () => {
  const EMBED = '/embed/notebooks/overview/cells/requestsChart';

  it('frame headers: /embed may be framed anywhere, nothing else may', async () => {
    const embed = await fetch(`${webUrl}${EMBED}?years=2020-2024`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toMatch(/; frame-ancestors \*$/);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    for (const path of ['/', '/notebooks', '/notebooks/overview', '/reports']) {
      const res = await fetch(`${webUrl}${path}`);
      expect([path, res.headers.get('x-frame-options'), res.headers.get('content-security-policy')?.split('; ').at(-1)]).toEqual([
        path,
        'DENY',
        "frame-ancestors 'none'",
      ]);
    }
    const explorer = await fetch(`${webUrl}/graphiql`);
    expect([explorer.headers.get('x-frame-options'), explorer.headers.get('content-security-policy')]).toEqual(['SAMEORIGIN', "frame-ancestors 'self'"]);
  });

  it('renders the chart alone inside an <iframe> of a page from another origin', async () => {
    const years = await yearsWithData({ yearFrom: 2020, yearTo: 2024 });
    const site = await otherSite(
      `<!doctype html><meta charset="utf-8"><title>别的网站</title><h1 style="font:16px sans-serif">别的网站的文章</h1>` +
        `<iframe id="chart" src="${webUrl}${EMBED}?years=2020-2024" width="100%" height="420" style="border:1px solid #ccc"></iframe>` +
        `<iframe id="page" src="${webUrl}/notebooks/overview" width="100%" height="200"></iframe>`,
    );
    try {
      const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(site.url, { waitUntil: 'networkidle' });
      const frame = page.frameLocator('#chart');
      await frame.locator('figure[data-chart="requestsChart"] .recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
      expect(await frame.locator('figure[data-chart="requestsChart"] .recharts-bar-rectangle').count()).toBe(years.length);
      expect(await frame.locator('figure[data-chart="requestsChart"] h3').textContent()).toBe('本年新收申请数量');
      expect(await frame.locator('.badge-synthetic').count()).toBe(1);
      const source = frame.locator('[data-testid="embed-source"]');
      expect(await source.textContent()).toMatch(
        /^数据来源：公开 · 政府信息公开工作年度报告 · 数据截至 \d{4}年\d{1,2}月\d{1,2}日 · 笔记本：总览：历年政府信息公开$/,
      );
      expect(await source.locator('a').getAttribute('href')).toBe('/notebooks/overview?years=2020-2024');
      // Nothing else: no site header, no controls (fixed parameters), no downloads.
      expect(await frame.locator('.site-header, nav, select, [data-download]').count()).toBe(0);
      // The chart fills the frame's width.
      const inner = page.frames().find((f) => f.url().includes('/embed/'))!;
      const [frameWidth, svgWidth] = await inner.evaluate(() => [
        document.documentElement.clientWidth,
        document.querySelector('svg.recharts-surface')?.getBoundingClientRect().width ?? 0,
      ]);
      expect(frameWidth).toBeGreaterThan(1000);
      expect(svgWidth).toBeGreaterThan(frameWidth! - 60);
      // Any other page refuses to be framed: the browser shows nothing of it.
      expect(await page.frameLocator('#page').locator('[data-testid="notebook"], .site-header').count()).toBe(0);
      await shot(page, 'notebook-embed-iframe');
      await context.close();
    } finally {
      site.server.close();
    }
  });

  it('with ?controls=1 the reader changes the parameters inside the frame', async () => {
    const site = await otherSite(
      `<!doctype html><meta charset="utf-8"><iframe id="chart" src="${webUrl}${EMBED}?years=2019-2025&controls=1" width="360" height="460" style="border:0"></iframe>`,
    );
    try {
      const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(site.url, { waitUntil: 'networkidle' });
      const frame = page.frameLocator('#chart');
      await frame.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
      expect(await frame.locator('.recharts-bar-rectangle').count()).toBe((await yearsWithData({ yearFrom: 2019, yearTo: 2025 })).length);
      await frame.locator('[data-testid="param-years-from"]').selectOption('2024');
      const expected = (await yearsWithData({ yearFrom: 2024, yearTo: 2025 })).length;
      await expect.poll(() => frame.locator('.recharts-bar-rectangle').count(), { timeout: 15_000 }).toBe(expected);
      expect(await frame.locator('[data-testid="embed-source"] a').getAttribute('href')).toBe('/notebooks/overview?years=2024-2025');
      await shot(page, 'notebook-embed-phone');
      await context.close();
    } finally {
      site.server.close();
    }
  });

  it('the Embed dialog gives the <iframe> code for the current parameters', async () => {
    const { page, context } = await open(browser, '/notebooks/overview?years=2021-2023');
    await page.locator('figure[data-chart="requestsChart"] .recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
    await page.click('[data-testid="embed-requestsChart"]');
    const code = page.locator('[data-testid="embed-code"]');
    expect(await code.inputValue()).toBe(
      `<iframe src="${webUrl}${EMBED}?years=2021-2023" title="本年新收申请数量" width="100%" height="420" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
    await page.check('[data-testid="embed-controls"]');
    expect(await code.inputValue()).toContain(`${EMBED}?years=2021-2023&amp;controls=1`);
    await page.screenshot({ path: join(artifacts, 'notebook-embed-dialog.png') });
    await context.close();
  });
});
