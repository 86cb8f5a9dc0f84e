import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lineIndex, type Row, type SourceDocument } from './document.ts';
import { pdfToDocument } from './extract-pdf.ts';
import { SHARED_SAMPLES } from './test-support/shared.ts';

// The real reports stay in the shared samples folder; these tests skip where it is absent.

const cellTexts = (row: Row) => row.cells.map((cell) => cell.text);

function expectProvenance(doc: SourceDocument): void {
  const lineOf = lineIndex(doc.text);
  for (const row of doc.rows) {
    for (const cell of row.cells) {
      expect(doc.text.slice(cell.start, cell.end)).toBe(cell.text);
      expect(cell.line).toBe(lineOf(cell.start));
    }
  }
}

/** The numbers printed after the cell that carries `label`. */
function numbersOf(doc: SourceDocument, label: string): string[] {
  const row = doc.rows.find((r) => r.cells.some((cell) => cell.text.includes(label)));
  if (!row) throw new Error(`no row for ${label}`);
  const at = row.cells.findIndex((cell) => cell.text.includes(label));
  return row.cells.slice(at + 1).map((cell) => cell.text);
}

/** The first all-number row after the section 四 heading: the one printed row of that table. */
function reviewRow(doc: SourceDocument): string[] {
  const heading = doc.rows.findIndex((r) => r.cells.some((cell) => cell.text.includes('行政复议、行政诉讼情况')));
  const row = doc.rows.slice(heading + 1).find((r) => r.cells.length >= 15 && r.cells.every((c) => /^\d+$/.test(c.text)));
  return row ? cellTexts(row) : [];
}

function rowIndex(doc: SourceDocument, label: string): number {
  return doc.rows.findIndex((r) => r.cells.some((cell) => cell.text.includes(label)));
}

/** Text column of a cell's centre, the column that the numbers of one table column share. */
function centreColumn(doc: SourceDocument, cell: { start: number; text: string }): number {
  const lineStart = doc.text.lastIndexOf('\n', cell.start - 1) + 1;
  return cell.start - lineStart + Math.floor(cell.text.length / 2);
}

const ws = (...values: number[]) => values.map(String);

interface Sample {
  file: string;
  pages: number;
  applications: Record<string, string[]>;
  review: string[];
}

const SAMPLE_REPORTS: Sample[] = [
  {
    file: '010_huaian_city_gov_2024.pdf',
    pages: 6,
    applications: {
      '一、本年新收政府信息公开申请数量': ws(3001, 53, 0, 0, 61, 4, 3119),
      '二、上年结转政府信息公开申请数量': ws(34, 0, 0, 0, 0, 0, 34),
      '（一）予以公开': ws(1288, 21, 0, 0, 50, 3, 1362),
      '2.其他法律行政法规禁止公开': ws(30, 1, 0, 0, 0, 0, 31),
      '6.属于四类过程性信息': ws(12, 0, 0, 0, 0, 0, 12),
      '8.属于行政查询事项': ws(105, 0, 0, 0, 0, 0, 105),
      '1.本机关不掌握相关政府信息': ws(746, 12, 0, 0, 10, 1, 769),
      '3、其他': ws(108, 2, 0, 0, 0, 0, 110),
      '（七）总计': ws(2932, 53, 0, 0, 61, 4, 3050),
      '四、结转下年度继续办理': ws(103, 0, 0, 0, 0, 0, 103),
    },
    review: ws(72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20),
  },
  {
    file: '008_hongze_district_gov_2023.pdf',
    pages: 5,
    applications: {
      '一、本年新收政府信息公开申请数量': ws(21, 0, 0, 0, 0, 0, 21),
      '1.属于国家秘密': ws(1, 0, 0, 0, 0, 0, 1),
      '1.本机关不掌握相关政府信息': ws(10, 0, 0, 0, 0, 0, 10),
      '（七）总计': ws(21, 0, 0, 0, 0, 0, 21),
      '四、结转下年度继续办理': ws(0, 0, 0, 0, 0, 0, 0),
    },
    review: ws(10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0),
  },
  {
    file: '009_hongze_district_gov_2024.pdf',
    pages: 5,
    applications: {
      '一、本年新收政府信息公开申请数量': ws(95, 0, 0, 0, 0, 0, 95),
      '（一）予以公开': ws(50, 0, 0, 0, 0, 0, 50),
      '1.本机关不掌握相关政府信息': ws(31, 0, 0, 0, 0, 0, 31),
      '（七）总计': ws(95, 0, 0, 0, 0, 0, 95),
    },
    review: ws(1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3),
  },
];

describe.skipIf(!existsSync(SHARED_SAMPLES))('pdfToDocument on the sample reports', () => {
  const docs = new Map<string, SourceDocument>();
  const read = async (file: string) => {
    const cached = docs.get(file);
    if (cached) return cached;
    const doc = await pdfToDocument(new Uint8Array(readFileSync(join(SHARED_SAMPLES, file))));
    docs.set(file, doc);
    return doc;
  };

  for (const sample of SAMPLE_REPORTS) {
    const present = existsSync(join(SHARED_SAMPLES, sample.file));

    it.skipIf(!present)(`${sample.file}: section 三 rows carry their numbers in order`, { timeout: 30_000 }, async () => {
      const doc = await read(sample.file);
      expect(doc.format).toBe('pdf');
      expect(doc.layout).toBe('pdf');
      for (const [label, numbers] of Object.entries(sample.applications)) expect(numbersOf(doc, label), label).toEqual(numbers);
      const order = Object.keys(sample.applications).map((label) => rowIndex(doc, label));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(reviewRow(doc)).toEqual(sample.review);
    });

    it.skipIf(!present)(`${sample.file}: cells point into the layout text; page numbers get no row`, { timeout: 30_000 }, async () => {
      const doc = await read(sample.file);
      expectProvenance(doc);
      expect(doc.rows.every((row) => !row.tabular)).toBe(true);
      expect(doc.text.split('\f')).toHaveLength(sample.pages);
      expect(doc.text).toMatch(/^ *- 2 -$/m);
      expect(doc.rows.some((row) => row.cells.some((cell) => /^-\s*\d+\s*-$/.test(cell.text)))).toBe(false);
    });
  }

  it.skipIf(!existsSync(join(SHARED_SAMPLES, '010_huaian_city_gov_2024.pdf')))(
    'lines the numbers of one table column up in the layout text',
    { timeout: 30_000 },
    async () => {
      const doc = await read('010_huaian_city_gov_2024.pdf');
      const rows = ['一、本年新收政府信息公开申请数量', '（一）予以公开', '8.属于行政查询事项', '（七）总计', '四、结转下年度继续办理'];
      const columns = rows.map((label) => {
        const row = doc.rows.find((r) => r.cells[0]?.text.includes(label) || r.cells[1]?.text.includes(label))!;
        return row.cells.slice(-7).map((cell) => centreColumn(doc, cell));
      });
      for (const line of columns.slice(1)) {
        line.forEach((column, i) => expect(Math.abs(column - columns[0]![i]!)).toBeLessThanOrEqual(1));
      }
    },
  );
});

/**
 * A PDF of text items, each drawn at its own position: [x, y, text, size?]. ASCII goes in Helvetica,
 * Chinese in the non-embedded STSong-Light through the predefined UniGB-UCS2-H CMap (read from pdf.js's
 * cmaps folder), one em per character.
 */
function buildPdf(pages: [number, number, string, number?][][]): Uint8Array {
  const show = ([x, y, text, size = 10]: [number, number, string, number?]) =>
    /^[\x20-\x7e]*$/.test(text)
      ? `BT /F1 ${size} Tf ${x} ${y} Td (${text}) Tj ET`
      : `BT /F2 ${size} Tf ${x} ${y} Td <${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}> Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${5 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font ' +
      '/Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> ' +
      '/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
      '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 >>] >>',
  ];
  pages.forEach((items, i) => {
    const content = items.map(show).join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${6 + 2 * i} 0 R >>`,
      `<< /Length ${new TextEncoder().encode(content).length} >>\nstream\n${content}\nendstream`,
    );
  });
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe('pdfToDocument', () => {
  beforeAll(async () => {
    // Loading pdf.js takes a while once; the timings below are about reading, not loading.
    await pdfToDocument(buildPdf([[[72, 750, 'warm up']]]));
  }, 30_000);

  it('rebuilds lines and cells from positioned text', async () => {
    const bytes = buildPdf([
      [
        [72, 750, 'Annual report 2024', 14],
        [72, 700, 'Received'],
        [300, 700, '3001'],
        [350, 700, '53'],
        [400, 698, '7'],
        [72, 680, 'Total'],
        [97, 680, 'processed'],
        // Table numbers are centred in their column (Helvetica digits are 0.556 em wide).
        [305.56, 680, '12'],
        [352.78, 680, '0'],
        [290, 30, '- 1 -'],
      ],
      [
        [72, 750, 'Page two'],
        [290, 30, '2'],
      ],
    ]);
    const doc = await pdfToDocument(bytes);
    expect(doc.rows.map(cellTexts)).toEqual([['Annual report 2024'], ['Received', '3001', '53', '7'], ['Total processed', '12', '0'], ['Page two']]);
    expectProvenance(doc);
    expect(doc.text).toContain('- 1 -');
    expect(doc.text.split('\f')).toHaveLength(2);
    const [received, total] = [doc.rows[1]!, doc.rows[2]!];
    expect(centreColumn(doc, received.cells[1]!)).toBe(centreColumn(doc, total.cells[1]!));
    expect(centreColumn(doc, received.cells[2]!)).toBe(centreColumn(doc, total.cells[2]!));
    expect(doc.text.split('\n')[1]).toMatch(/^Received {2,}3001 {2,}53 {2,}7$/);
  });

  it('joins spaced-out Chinese, anchors lines on their numbers, reads CJK through the predefined CMaps', async () => {
    const bytes = buildPdf([
      [
        [100, 780, '淮', 22],
        [144, 780, '安', 22],
        [188, 780, '市', 22],
        [72, 700, '商 业 企'],
        // The numbers sit a little below the label; a stray character of a tall cell to the left sits above it.
        [50, 684.4, '三'],
        [72, 680, '一、本年新收政府信息公开申请数量'],
        [302.78, 677.7, '3001'],
        [352.78, 677.7, '53'],
        [400, 677.7, '3054'],
        [72, 30, '— 1 —'],
      ],
      [
        [72, 750, '二、上年结转'],
        [300, 750, '0'],
        [280, 30, '第2页'],
      ],
    ]);
    const doc = await pdfToDocument(bytes);
    expect(doc.rows.map(cellTexts)).toEqual([
      ['淮安市'],
      ['商业企'],
      ['三'],
      ['一、本年新收政府信息公开申请数量', '3001', '53', '3054'],
      ['二、上年结转', '0'],
    ]);
    expect(doc.text).toContain('— 1 —');
    expect(doc.text).toContain('第2页');
    expectProvenance(doc);
  });

  it('gives an empty document for a PDF without text', async () => {
    const doc = await pdfToDocument(buildPdf([[]]));
    expect(doc.rows).toEqual([]);
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = buildPdf([[[72, 750, 'kept']]]);
    await pdfToDocument(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await pdfToDocument(bytes)).rows.map(cellTexts)).toEqual([['kept']]);
  });

  it('rejects garbage quickly with a clear message', async () => {
    let seed = 7;
    const noise = Uint8Array.from({ length: 300_000 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16);
    const withHeader = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...noise.subarray(0, 100_000)]);
    const started = performance.now();
    await expect(pdfToDocument(noise)).rejects.toThrow('PDF could not be read: it is not a PDF');
    await expect(pdfToDocument(withHeader)).rejects.toThrow(/^PDF could not be read: /);
    await expect(pdfToDocument(new Uint8Array())).rejects.toThrow('PDF could not be read: the file is empty');
    const truncated = buildPdf([[[72, 750, 'cut']]]).slice(0, 200);
    await expect(pdfToDocument(truncated)).rejects.toThrow(/^PDF could not be read: /);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses documents over the page limit', async () => {
    const bytes = buildPdf([[[72, 750, 'one']], [[72, 750, 'two']], [[72, 750, 'three']]]);
    // A limit, not a broken file: parse reports it as INPUT_TOO_LARGE naming the limit.
    await expect(pdfToDocument(bytes, { maxPages: 2 })).rejects.toThrow(
      expect.objectContaining({ name: 'LimitError', message: '3 pages is over the 2-page limit' }),
    );
  });
});
