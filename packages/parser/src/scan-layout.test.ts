import { describe, expect, it } from 'vitest';
import { composeScanText, composeScanTextWithCells, cropPgm, deskew, inkIn, layoutScannedPage } from './scan-layout.ts';

// The layout of a scanned page, on a page drawn here: a line of text, then a ruled table of three rows
// and three columns with a mark in some cells.

function page(): { width: number; height: number; gray: Uint8Array } {
  const width = 1240;
  const height = 900;
  const gray = new Uint8Array(width * height).fill(255);
  const rect = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = y0; y < y1; y++) gray.fill(0, y * width + x0, y * width + x1);
  };
  // Printed characters: strokes, never a run long enough to be a ruling.
  const word = (x0: number, y0: number, x1: number, y1: number) => {
    for (let x = x0; x + 10 <= x1; x += 16) rect(x, y0, x + 10, y1);
  };
  word(200, 100, 900, 130); // a line of text above the table
  const xs = [150, 600, 800, 1000];
  const ys = [300, 380, 460, 540];
  for (const y of ys) rect(150, y, 1002, y + 2);
  for (const x of xs) rect(x, 300, x + 2, 542);
  word(200, 330, 400, 350); // a label in row 1
  word(680, 330, 700, 350); // a number in row 1, column 2
  word(880, 410, 900, 430); // a number in row 2, column 3
  return { width, height, gray };
}

describe('layoutScannedPage', () => {
  it('finds the text above the table and each ruled row with its cells', () => {
    const img = page();
    const regions = layoutScannedPage(img);
    expect(regions.map((r) => r.kind)).toEqual(['text', 'row', 'row', 'row']);
    const rows = regions.filter((r) => r.kind === 'row');
    for (const r of rows) expect(r.cells).toHaveLength(3);
    // Cells sit inside the rulings, and the marks are where they were drawn.
    const marked = rows.map((r) => r.cells.map((c) => inkIn(img, c) > 0));
    expect(marked).toEqual([
      [true, true, false],
      [false, false, true],
      [false, false, false],
    ]);
  });

  it('keeps a row taller than most (a label wrapped over many lines) in its table, but not text between two tables in a frame', () => {
    const width = 1240;
    const height = 1400;
    const gray = new Uint8Array(width * height).fill(255);
    const rect = (x0: number, y0: number, x1: number, y1: number) => {
      for (let y = y0; y < y1; y++) gray.fill(0, y * width + x0, y * width + x1);
    };
    // A page frame (two rulings down the whole page), a table whose second row is 250 pixels tall, then
    // text, then a second table.
    rect(2, 0, 4, height);
    rect(1234, 0, 1236, height);
    for (const y of [100, 180, 430, 510]) rect(150, y, 1002, y + 2);
    for (const x of [150, 600, 800, 1000]) rect(x, 100, x + 2, 512);
    for (let x = 200; x + 10 <= 900; x += 16) rect(x, 700, x + 10, 730);
    for (const y of [900, 980, 1060]) rect(150, y, 1002, y + 2);
    for (const x of [150, 600, 800, 1000]) rect(x, 900, x + 2, 1062);
    const regions = layoutScannedPage({ width, height, gray });
    expect(regions.map((r) => (r.kind === 'row' ? `row ${r.box.y1 - r.box.y0}` : r.kind))).toEqual(['row 80', 'row 250', 'row 80', 'text', 'row 80', 'row 80']);
  });

  it('crops a box as a PGM image with a white border', () => {
    const pgm = cropPgm(page(), { x0: 200, y0: 100, x1: 300, y1: 130 }, 5);
    const header = new TextDecoder().decode(pgm.subarray(0, 15));
    expect(header.startsWith('P5\n110 40\n255\n')).toBe(true);
    expect(pgm.length).toBe('P5\n110 40\n255\n'.length + 110 * 40);
  });
});

describe('composeScanText', () => {
  const pages = [
    {
      regions: [
        { kind: 'text' as const, text: '三、收到 和 处理 政府信息公开申请情况\n\n' },
        { kind: 'row' as const, cells: ['一、本年新收', '9 5', '0', ''] },
      ],
    },
    {
      regions: [
        { kind: 'text' as const, text: '2024 年 1 月 印发' },
        { kind: 'row' as const, cells: ['行政许可', '3'] },
      ],
    },
  ];

  it('joins the spaces OCR puts between Chinese characters (and numbers) and writes rows as tab-separated cells', () => {
    expect(composeScanText(pages).split('\n')).toEqual([
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收\t95\t0\t',
      '\f',
      '2024年1月印发',
      '行政许可\t3',
      '\f',
    ]);
  });

  it('lays a row of a table without rulings at its columns (CJK counted two wide), at least two spaces apart', () => {
    const { text, cells } = composeScanTextWithCells([{ regions: [{ kind: 'laid', cells: ['行政许可', '?', '12'], columns: [2, 12, 13] }] }]);
    expect(text.split('\n')[0]).toBe('  行政许可  ?  12');
    expect(cells[0]!.map((c) => text.slice(c.start, c.end))).toEqual(['行政许可', '?', '12']);
  });

  it('says where each table cell stands in the text, so a number can be traced to its box', () => {
    const { text, cells } = composeScanTextWithCells(pages);
    expect(cells.map((row) => row.map((c) => text.slice(c.start, c.end)))).toEqual([
      ['一、本年新收', '95', '0', ''],
      ['行政许可', '3'],
    ]);
  });
});

describe('deskew', () => {
  /** The page turned by `degrees` (the same nearest-pixel turn a scanner's tilt makes). */
  function turned(degrees: number) {
    const img = page();
    const a = (degrees * Math.PI) / 180;
    const out = new Uint8Array(img.gray.length).fill(255);
    const cx = img.width / 2;
    const cy = img.height / 2;
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++) {
        const sx = Math.round(cx + (x - cx) * Math.cos(a) + (y - cy) * Math.sin(a));
        const sy = Math.round(cy - (x - cx) * Math.sin(a) + (y - cy) * Math.cos(a));
        if (sx >= 0 && sx < img.width && sy >= 0 && sy < img.height) out[y * img.width + x] = img.gray[sy * img.width + sx]!;
      }
    return { ...img, gray: out };
  }

  it.each([0.8, -1.5, 2.5, -4.5])('finds a tilt of %s° and turns the page back, so its table is found again', (degrees) => {
    const tilted = turned(degrees);
    // Tilted by a degree or more, the rulings break into short runs: the table is not found.
    if (Math.abs(degrees) >= 1) expect(layoutScannedPage(tilted).filter((r) => r.kind === 'row').length).toBeLessThan(3);
    const level = deskew(tilted);
    expect(Math.abs(Math.abs(level.skew) - Math.abs(degrees))).toBeLessThanOrEqual(0.2);
    const rows = layoutScannedPage(level).filter((r) => r.kind === 'row');
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.cells).toHaveLength(3);
  });

  it('leaves a level page as it is', () => {
    const img = page();
    const same = deskew(img);
    expect(same.skew).toBe(0);
    expect(same.gray).toBe(img.gray);
  });
});

describe('faintPoint', () => {
  it('finds a decimal point of one or two pixels at the foot of a number, and not a speck above it or at its side', async () => {
    const { faintPoint } = await import('./scan-layout.ts');
    const width = 60;
    const height = 20;
    const box = { x0: 0, y0: 0, x1: width, y1: height };
    const number = (speck: [number, number] | null) => {
      const gray = new Uint8Array(width * height).fill(255);
      for (const x0 of [10, 22]) for (let y = 5; y < 15; y++) gray.fill(0, y * width + x0, y * width + x0 + 6);
      if (speck) gray.fill(0, speck[1] * width + speck[0], speck[1] * width + speck[0] + 2);
      return { width, gray };
    };
    expect(faintPoint(number([18, 14]), box)).toBe(true);
    expect(faintPoint(number(null), box)).toBe(false);
    expect(faintPoint(number([18, 6]), box)).toBe(false);
    expect(faintPoint(number([40, 14]), box)).toBe(false);
  });
});

describe('glyphCount', () => {
  it('counts the characters printed in a cell: strokes apart, a dot apart, a broken stroke as one, specks not', async () => {
    const { glyphCount } = await import('./scan-layout.ts');
    const width = 100;
    const gray = new Uint8Array(width * 40).fill(255);
    const rect = (x0: number, y0: number, x1: number, y1: number) => {
      for (let y = y0; y < y1; y++) gray.fill(0, y * width + x0, y * width + x1);
    };
    rect(10, 10, 13, 30); // 1
    rect(20, 10, 23, 30); // 1
    rect(30, 27, 33, 30); // .
    rect(40, 10, 46, 18); // a 5 broken in two, one piece above the other
    rect(42, 21, 48, 30);
    gray[5 * width + 80] = 0; // a speck
    const box = { x0: 0, y0: 0, x1: width, y1: 40 };
    expect(glyphCount({ width, gray }, box)).toBe(4);
  });

  it('counts a 0 whose thin strokes the scan left too light (two arcs joined by faint ink) as one, and two 1s as two', async () => {
    const { glyphCount } = await import('./scan-layout.ts');
    const width = 60;
    const height = 20;
    const box = { x0: 0, y0: 0, x1: width, y1: height };
    /** Two strokes ten pixels tall, columns [10, leftEnd) and [rightStart, rightEnd), grey between them where asked. */
    const strokes = (leftEnd: number, rightStart: number, rightEnd: number, grey: { top: boolean; bottom: boolean }) => {
      const gray = new Uint8Array(width * height).fill(255);
      const rect = (x0: number, y0: number, x1: number, y1: number, value: number) => {
        for (let y = y0; y < y1; y++) gray.fill(value, y * width + x0, y * width + x1);
      };
      rect(10, 5, leftEnd, 15, 0);
      rect(rightStart, 5, rightEnd, 15, 0);
      if (grey.top) rect(leftEnd, 5, rightStart, 6, 170);
      if (grey.bottom) rect(leftEnd, 14, rightStart, 15, 170);
      return glyphCount({ width, gray }, box);
    };
    // A 0 ten pixels tall, six wide: its arcs two columns apart, the columns between them faint at the
    // top and bottom (a scan's grey, past the ink threshold).
    expect(strokes(12, 14, 16, { top: true, bottom: true })).toBe(1);
    // The same arcs with nothing between them at the top: an open shape, two characters.
    expect(strokes(12, 14, 16, { top: false, bottom: true })).toBe(2);
    // Two 1s with their serifs grey between them, but wider together than one digit: two.
    expect(strokes(13, 15, 19, { top: true, bottom: true })).toBe(2);
  });
});
