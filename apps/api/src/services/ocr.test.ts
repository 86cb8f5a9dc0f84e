import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '@gongkai/parser/parse';
import { CELLS } from '@gongkai/schema/report';
import { afterAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { cellsOfReports, scanPageImage, scanPagesOf } from '../queries/reports.ts';
import { tempDatabase } from '../test-support.ts';
import { ingestBytes } from './ingest.ts';
import { ParsePool } from './parse-pool.ts';

// The real 2024 洪泽区 report, printed and scanned (pages are images only), read by OCR through the real
// ingest (its parse workers) and compared cell by cell with the same report's text PDF: every cell right
// or empty (aim ≥ 95 % right), never a wrong number.

const SHARED = join(import.meta.dirname, '../../../../../shared/samples');
const SCANNED = join(SHARED, 'scanned/009_hongze_district_gov_2024.pdf');
const pool = new ParsePool({ size: 1, timeoutMs: 60_000 });
afterAll(() => pool.close());

describe.skipIf(!existsSync(SCANNED))('a scanned report', () => {
  it('reads to the same numbers as its text PDF: ≥ 95 % of cells right, none wrong', async () => {
    const reference = await parseReport(readFileSync(join(SHARED, '009_hongze_district_gov_2024.pdf')), { fileName: '009.pdf' });
    const { db } = tempDatabase();
    const out = await ingestBytes(db, 'scanned/009_hongze_district_gov_2024.pdf', readFileSync(SCANNED), { pool });
    expect(out.status, out.reason).toBe('ingested');
    const stored = db.$client.prepare('SELECT source_format AS format, layout FROM reports WHERE id = ?').get(out.reportId) as {
      format: string;
      layout: string;
    };
    expect(stored).toEqual({ format: 'pdf', layout: 'scan-ocr' });
    expect(out.report!.agency).toBe(reference.agency);
    expect(out.report!.year).toBe(2024);
    expect(out.report!.diagnostics.find((d) => d.code === 'OCR_READ')?.message).toMatch(/5 页/);

    const cells = cellsOfReports(db, [out.reportId!])[0]!;
    const value = (r: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], r);
    let right = 0;
    let all = 0;
    const wrong: string[] = [];
    for (const spec of CELLS) {
      const want = value(reference, spec.path);
      if (typeof want !== 'number') continue;
      all++;
      const got = cells.find((c) => c.spec.path === spec.path)?.value;
      if (got === null || got === undefined) continue;
      if (got === want) right++;
      else wrong.push(`${spec.path}: ${got} for ${want}`);
    }
    expect(wrong).toEqual([]);
    expect(all).toBeGreaterThan(150);
    expect(right / all).toBeGreaterThanOrEqual(0.95);

    // Each number read points at its page and box: the kept page shows ink there, the digits it was read
    // from; and carries the engine's confidence.
    const pages = scanPagesOf(db, out.reportId!);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5]);
    const images = new Map(
      pages.map((p) => {
        const png = PNG.sync.read(Buffer.from(scanPageImage(db, out.reportId!, p.page)!.replace(/^data:image\/png;base64,/, ''), 'base64'));
        expect([png.width, png.height]).toEqual([p.width, p.height]);
        return [p.page, png];
      }),
    );
    const printed = cells.filter((c) => c.state === 'PRINTED' && c.value !== null);
    expect(printed.length).toBeGreaterThan(150);
    for (const c of printed) {
      expect(c.scanBox, c.spec.path).not.toBeNull();
      expect(c.confidence, c.spec.path).toBeGreaterThanOrEqual(60);
      const { page, x0, y0, x1, y1 } = c.scanBox!;
      const png = images.get(page)!;
      let ink = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (png.data[(y * png.width + x) * 4]! < 140) ink++;
      expect(ink, `${c.spec.path} on page ${page}`).toBeGreaterThan(10);
    }

    // A newer parser reads the same bytes again: the stored OCR reading is reused, no page is read again,
    // and the report keeps its numbers, boxes and pages.
    db.$client.prepare("UPDATE reports SET parser_version = '0.0.0-older' WHERE id = ?").run(out.reportId);
    const pagesRead: number[] = [];
    const again = await ingestBytes(db, 'scanned/009_hongze_district_gov_2024.pdf', readFileSync(SCANNED), { pool, onPage: (p) => pagesRead.push(p) });
    expect(again.status, again.reason).toBe('updated');
    expect(pagesRead).toEqual([]);
    expect(again.report!.diagnostics.find((d) => d.code === 'OCR_READ')?.message).toMatch(/沿用.*reused/);
    const reread = cellsOfReports(db, [again.reportId!])[0]!;
    const brief = (list: typeof cells) => list.map((c) => [c.spec.path, c.value, c.state, c.scanBox, c.confidence]);
    expect(brief(reread)).toEqual(brief(cells));
    expect(scanPagesOf(db, again.reportId!)).toHaveLength(5);
    db.$client.close();
  }, 300_000);
});

describe.skipIf(!existsSync(SCANNED))('gongkai ingest of a scan', () => {
  it('says each page as OCR reads it, then stores the report', async () => {
    const { runIngest } = await import('../commands/ingest.ts');
    const { db } = tempDatabase();
    const lines: string[] = [];
    const progress = { write: (s: string) => lines.push(s) > 0, isTTY: false } as unknown as NodeJS.WriteStream;
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      const { summary } = await runIngest(db, [SCANNED], { json: false, dryRun: false, synthetic: false, progress, workers: 1 });
      expect(summary.ingested).toBe(1);
    } finally {
      process.stdout.write = write;
    }
    const pages = lines.filter((l) => /OCR page/.test(l)).map((l) => /OCR page (\d+)\/(\d+)/.exec(l)!.slice(1).join('/'));
    expect(pages).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(lines.findIndex((l) => /OCR page 5\/5/.test(l))).toBeLessThan(lines.findIndex((l) => /\[1\/1\].*ingested/.test(l)));
    db.$client.close();
  }, 300_000);
});

describe.skipIf(!existsSync(SCANNED))('a page photographed or scanned to an image file', () => {
  it.each(['png', 'jpg', 'tif'] as const)(
    'reads a .%s page: every number it gives is the text PDF’s',
    async (ext) => {
      const { pdfPageImages } = await import('@gongkai/parser/parse');
      const { PNG } = await import('pngjs');
      const jpeg = (await import('jpeg-js')).default;
      const UTIF = (await import('utif')).default;
      // Page 3 of the scan (section 二's end, section 三's first rows), written as an image file here.
      const page = (await pdfPageImages(readFileSync(SCANNED)))[2]!;
      const rgba = new Uint8Array(page.width * page.height * 4);
      for (let i = 0; i < page.gray.length; i++) rgba.set([page.gray[i]!, page.gray[i]!, page.gray[i]!, 255], i * 4);
      const bytes =
        ext === 'png'
          ? PNG.sync.write(Object.assign(new PNG({ width: page.width, height: page.height }), { data: Buffer.from(rgba) }))
          : ext === 'jpg'
            ? jpeg.encode({ data: rgba, width: page.width, height: page.height }, 90).data
            : Buffer.from(UTIF.encodeImage(rgba, page.width, page.height));
      const { parseWithOcr } = await import('./ocr.ts');
      const { report } = await parseWithOcr(new Uint8Array(bytes), `page-3.${ext}`);
      expect(report.source).toMatchObject({ format: ext, layout: 'scan-ocr' });
      const reference = await parseReport(readFileSync(join(SHARED, '009_hongze_district_gov_2024.pdf')), { fileName: '009.pdf' });
      const value = (r: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], r);
      const read = CELLS.filter((c) => typeof value(report, c.path) === 'number');
      expect(read.length).toBeGreaterThan(20);
      for (const c of read) expect(value(report, c.path), c.path).toBe(value(reference, c.path));
    },
    120_000,
  );
});
