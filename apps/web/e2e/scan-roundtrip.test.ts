import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport } from '@gongkai/samples/generator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, artifacts, connect, open, shot, webUrl } from './helpers';

// Generated reports printed to page images and read back by OCR: the generator's HTML is drawn by the
// browser (Noto CJK, ruled tables, a page 1,240 pixels wide: A4 at 150 dpi), tilted by a little less than
// a degree and sprinkled with specks, saved as PNG and imported through the import page. Every number the
// OCR gives must be the generator's; most of them must be read where the tables are ruled. A table printed
// without rulings is read as text, its numbers left unread: none may be wrong.

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

const value = (r: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | null | undefined)?.[k], r);

function leaves(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object') return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('generated reports as scanned images', () => {
  it.each([
    [601, '2021', 0.6, 'ruled'],
    [602, '2019', -0.8, 'ruled'],
    [603, '2021', 0.3, 'ruled'],
    // Tables printed without rulings: their numbers are left unread (null), never guessed.
    [604, '2019', -0.5, 'unruled'],
  ] as const)(
    'seed %i (%s tables, tilted %s°, %s): no wrong number',
    async (seed, template, degrees, rules) => {
      const g = generateReport({ seed, layout: 'html', template, encoding: 'utf-8', damage: [], conventions: [] });
      const html = new TextDecoder().decode(g.bytes);
      const paper = await browser.newPage({ viewport: { width: 1240, height: 1754 } });
      await paper.setContent(html);
      await paper.addStyleTag({
        content: `body { margin: 60px; font: 18px/1.6 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; color: #111; transform: rotate(${degrees}deg); transform-origin: 50% 0; }
        table { border-collapse: collapse !important; width: 100% !important; } td, th { ${rules === 'ruled' ? 'border: 2px solid #000 !important; padding: 6px' : 'border: none !important; padding: 6px 14px'} !important; }`,
      });
      // Specks of dust and toner, the same for every run of a seed.
      await paper.evaluate((s) => {
        let x = s;
        const rand = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
        const h = document.documentElement.scrollHeight;
        for (let i = 0; i < 600; i++) {
          const d = document.createElement('div');
          d.style.cssText = `position:absolute;left:${Math.floor(rand() * 1240)}px;top:${Math.floor(rand() * h)}px;width:2px;height:2px;background:#333`;
          document.body.appendChild(d);
        }
      }, seed);
      const png = await paper.screenshot({ fullPage: true, type: 'png' });
      await paper.close();

      const { page, context, errors } = await open(browser, '/import');
      await page.setInputFiles('[data-testid="file-input"]', { name: `scan-${seed}.png`, mimeType: 'image/png', buffer: png });
      await page.locator('[data-testid="import-results"] li[data-status="INGESTED"]').waitFor({ timeout: 120_000 });
      const report = page.locator('[data-testid="imported-report"]');
      await report.waitFor();
      if (seed === 601) await shot(page, 'import-scan');
      const id = await report.getAttribute('data-report-id');
      const stored = await api<{
        report: { sourceFormat: string; layout: string | null; sourceText: string | null; cells: { path: string; value: number | null; state: string }[] };
      }>('query($id: ID!) { report(id: $id) { sourceFormat layout sourceText cells { path value state } } }', { id });
      expect(stored.report.sourceFormat).toBe('png');
      expect(stored.report.layout).toBe('scan-ocr');
      const paths = ['active', 'applications', 'review'].flatMap((s) => leaves(value(g.truth, s), s)).filter((p) => typeof value(g.truth, p) === 'number');
      const wrong: string[] = [];
      let right = 0;
      for (const path of paths) {
        const got = stored.report.cells.find((c) => c.path === path)?.value;
        if (got === null || got === undefined) continue;
        if (got === value(g.truth, path)) right++;
        else wrong.push(`${path}: ${got} for ${String(value(g.truth, path))}`);
      }
      if (wrong.length) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(`${artifacts}/scan-${seed}.txt`, stored.report.sourceText ?? '');
        writeFileSync(`${artifacts}/scan-${seed}.png`, png);
      }
      expect(wrong).toEqual([]);
      if (rules === 'unruled') {
        await context.close();
        return;
      }
      expect(right / paths.length).toBeGreaterThanOrEqual(0.8);

      // On the report page a number read by OCR shows the scanned page around it, its cell outlined.
      const printed = stored.report.cells.find((c) => c.path.startsWith('applications.newlyReceived.') && c.state === 'PRINTED')!.path;
      await page.goto(`${webUrl}/reports/${id}`);
      await page.locator(`.cell-button[data-path="${printed}"]`).first().click();
      const crop = page.getByTestId('scan-crop');
      await crop.waitFor();
      await expect.poll(() => page.getByTestId('scan-image').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(600);
      const box = await page.getByTestId('scan-box').boundingBox();
      expect(box!.width).toBeGreaterThan(5);
      await expect.poll(() => page.getByTestId('source-cell-confidence').textContent()).toMatch(/%/);
      if (seed === 601) await page.getByTestId('source-panel').screenshot({ path: `${artifacts}/report-scan-cell.png` });
      expect(errors).toEqual([]);
      await context.close();
    },
    240_000,
  );

  const scanned = join(import.meta.dirname, '../../../../shared/samples/scanned/009_hongze_district_gov_2024.pdf');
  it.skipIf(!existsSync(scanned))(
    'the import page shows a scan’s pages as OCR reads them',
    async () => {
      const { page, context, errors } = await open(browser, '/import');
      await page.setInputFiles('[data-testid="file-input"]', { name: 'hongze-scan.pdf', mimeType: 'application/pdf', buffer: readFileSync(scanned) });
      // Seen while the import runs: “第 n / 5 页已读完”, then the result.
      await page.getByTestId('import-progress').filter({ hasText: /\/ 5/ }).waitFor({ timeout: 120_000 });
      await page.locator('[data-testid="import-results"] li[data-status="INGESTED"]').waitFor({ timeout: 120_000 });
      expect(errors).toEqual([]);
      await context.close();
    },
    240_000,
  );
});
