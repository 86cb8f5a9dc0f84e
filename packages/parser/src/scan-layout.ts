import type { PageImage } from './extract-pdf.ts';

// A scanned page cut into what an OCR engine reads well: the official tables are ruled, so their grid is
// found from the ruling lines (long dark runs across and down), and each cell is read on its own; the text
// between the tables (titles, headings, paragraphs) is read as blocks. Pure: pixels in, boxes out. The
// sizes are for a page 1,240 pixels wide (A4 at 150 dpi) and scale with the image.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type ScanRegion = { kind: 'text'; box: Box } | { kind: 'row'; box: Box; cells: Box[] };

/** Grey levels under this are ink. */
const INK = 140;

interface HLine {
  y0: number;
  y1: number;
  x0: number;
  x1: number;
}
interface VLine {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The page as text blocks and table rows, top to bottom. */
export function layoutScannedPage(img: Pick<PageImage, 'width' | 'height' | 'gray'>): ScanRegion[] {
  const { width: W, height: H, gray: g } = img;
  const s = W / 1240;
  const ink = (x: number, y: number) => g[y * W + x]! < INK;
  // Rulings across (long dark runs along rows) and down (along columns).
  const hl: HLine[] = rulings((y, x) => ink(x, y), H, W, Math.round(120 * s)).map((r) => ({ y0: r.a0, y1: r.a1, x0: r.b0, x1: r.b1 }));
  const vl: VLine[] = rulings((x, y) => ink(x, y), W, H, Math.round(25 * s)).map((r) => ({ x0: r.a0, x1: r.a1, y0: r.b0, y1: r.b1 }));
  const ys = [...new Set(hl.map((l) => Math.round((l.y0 + l.y1) / 2)))].sort((a, b) => a - b);
  // A table: horizontal rulings no further apart than a tall row, or further apart with rulings down the
  // whole way between them (a row whose label wraps over six lines in a narrow column). At least three
  // rulings down: a page's frame is two.
  const enclosed = (y0: number, y1: number) => y1 - y0 <= 600 * s && vl.filter((v) => v.y0 <= y0 + 4 * s && v.y1 >= y1 - 4 * s).length >= 3;
  const tables: { y0: number; y1: number; ys: number[] }[] = [];
  for (const y of ys) {
    const t = tables.at(-1);
    if (t && (y - t.y1 <= 160 * s || enclosed(t.y1, y))) {
      t.y1 = y;
      t.ys.push(y);
    } else tables.push({ y0: y, y1: y, ys: [y] });
  }
  // Narrow: a page turned level moves its left edge by some pixels, and a cut-off first character misreads.
  const margin = Math.round(8 * s);
  const regions: ScanRegion[] = [];
  const text = (y0: number, y1: number) => {
    if (y1 - y0 >= 20 * s && inkIn(img, { x0: margin, y0, x1: W - margin, y1 }) >= 50)
      regions.push({ kind: 'text', box: { x0: margin, y0, x1: W - margin, y1 } });
  };
  let cursor = 0;
  const inset = Math.round(4 * s);
  for (const t of tables.filter((t) => t.ys.length >= 2)) {
    text(cursor, t.y0 - 2);
    for (let i = 0; i + 1 < t.ys.length; i++) {
      const top = t.ys[i]!;
      const bottom = t.ys[i + 1]!;
      if (bottom - top < 15 * s) continue;
      const mid = (top + bottom) / 2;
      // A ruling drawn twice (a double border, or a thick one anti-aliased) is one ruling.
      const xs = vl
        .filter((v) => v.y0 <= mid && v.y1 >= mid)
        .map((v) => Math.round((v.x0 + v.x1) / 2))
        .sort((a, b) => a - b)
        .filter((x, k, all) => k === 0 || x - all[k - 1]! > 10 * s);
      // A band without two rulings down is text that happens to sit between two lines.
      if (xs.length < 2) {
        text(top + 3, bottom - 2);
        continue;
      }
      const cells: Box[] = [];
      for (let k = 0; k + 1 < xs.length; k++) cells.push({ x0: xs[k]! + inset, y0: top + inset, x1: xs[k + 1]! - inset + 1, y1: bottom - inset + 1 });
      regions.push({ kind: 'row', box: { x0: xs[0]!, y0: top, x1: xs.at(-1)!, y1: bottom }, cells });
    }
    cursor = t.y1 + 3;
  }
  text(cursor, H);
  return regions;
}

/**
 * Ruling lines along one axis: in each of `lines` lines (rows, or columns), runs of ink at least `minRun`
 * long (a scan may break a ruling by a pixel: one-pixel gaps are bridged), joined with the runs of the
 * lines just before that overlap them by half a run into one ruling of some thickness. `at(a, b)` is
 * whether position b of line a is ink. Returned as line span a0–a1 and run span b0–b1.
 */
function rulings(at: (a: number, b: number) => boolean, lines: number, length: number, minRun: number): { a0: number; a1: number; b0: number; b1: number }[] {
  const found: { a0: number; a1: number; b0: number; b1: number }[] = [];
  for (let a = 0; a < lines; a++) {
    for (let b = 0; b < length;) {
      if (!at(a, b)) {
        b++;
        continue;
      }
      let e = b;
      while (e < length && (at(a, e) || (e + 1 < length && at(a, e + 1)))) e++;
      if (e - b >= minRun) {
        const line = found.find((l) => a - l.a1 <= 2 && Math.min(l.b1, e) - Math.max(l.b0, b) > minRun / 2);
        if (line) {
          line.a1 = a;
          line.b0 = Math.min(line.b0, b);
          line.b1 = Math.max(line.b1, e);
        } else found.push({ a0: a, a1: a, b0: b, b1: e });
      }
      b = e + 1;
    }
  }
  return found;
}

/** Ink pixels in a box: an empty cell has (almost) none. */
export function inkIn(img: Pick<PageImage, 'width' | 'gray'>, b: Box): number {
  let n = 0;
  for (let y = b.y0; y < b.y1; y++) for (let x = b.x0; x < b.x1; x++) if (img.gray[y * img.width + x]! < INK) n++;
  return n;
}

/**
 * A box of the page as a PGM image (white border added), which the OCR engine reads directly, enlarged
 * `scale` times (bilinear): the engine reads characters best when they are some 30 pixels tall, and a
 * table's digits on a page scanned at 150 dpi are about 10.
 */
export function cropPgm(img: Pick<PageImage, 'width' | 'gray'>, b: Box, pad = 10, scale = 1): Uint8Array {
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  const W = Math.round(w * scale) + 2 * pad;
  const H = Math.round(h * scale) + 2 * pad;
  const header = new TextEncoder().encode(`P5\n${W} ${H}\n255\n`);
  const out = new Uint8Array(header.length + W * H).fill(255);
  out.set(header);
  if (scale === 1) {
    for (let y = 0; y < h; y++) out.set(img.gray.subarray((b.y0 + y) * img.width + b.x0, (b.y0 + y) * img.width + b.x1), header.length + (y + pad) * W + pad);
    return out;
  }
  const at = (x: number, y: number) => img.gray[(b.y0 + Math.min(Math.max(y, 0), h - 1)) * img.width + b.x0 + Math.min(Math.max(x, 0), w - 1)]!;
  for (let y = 0; y < H - 2 * pad; y++) {
    const sy = (y + 0.5) / scale - 0.5;
    const y0 = Math.floor(sy);
    const fy = sy - y0;
    for (let x = 0; x < W - 2 * pad; x++) {
      const sx = (x + 0.5) / scale - 0.5;
      const x0 = Math.floor(sx);
      const fx = sx - x0;
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
      out[header.length + (y + pad) * W + x + pad] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return out;
}

/**
 * The text the pipeline reads from the OCR of a scan: each text block's lines (the spaces OCR puts
 * between Chinese characters, and between them and numbers, taken out), each table row as its cells between tabs, pages separated by a
 * form feed line.
 */
export function composeScanText(pages: ScanTextPage[]): string {
  return composeScanTextWithCells(pages).text;
}

/**
 * A page's OCR for composeScanText: text blocks; rows of a ruled table (cells between tabs); and rows of a
 * table printed without rulings ('laid': each cell at its display column, counted in half-width characters
 * from the page's left edge, so the columns line up under their headers as in text laid out by spaces).
 */
export interface ScanTextPage {
  regions: ({ kind: 'text'; text: string } | { kind: 'row'; cells: string[] } | { kind: 'laid'; cells: string[]; columns: number[] })[];
}

/**
 * The same text, and where each table cell stands in it: `cells[r][k]` is the offset range of the k-th
 * cell of the r-th table row (ruled or laid, counted over all pages), so that a number's provenance can be
 * traced back to its box on the page.
 */
export function composeScanTextWithCells(pages: ScanTextPage[]): { text: string; cells: { start: number; end: number }[][] } {
  const lines: string[] = [];
  const cells: { start: number; end: number }[][] = [];
  let offset = 0;
  const push = (line: string) => {
    lines.push(line);
    offset += line.length + 1;
  };
  const han = /(?<=[\u3400-\u9fff，。、；：（）《》“”])\s+(?=[\u3400-\u9fff，。、；：（）《》“”])/g;
  // OCR spaces a number off the characters around it too (“2023 年”): printed reports do not.
  const digitHan = /(?<=\d)\s+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s+(?=\d)/g;
  const width = (t: string) => [...t].reduce((w, c) => w + (c.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
  for (const page of pages) {
    for (const r of page.regions) {
      if (r.kind === 'text') {
        for (const line of r.text.split('\n')) {
          const l = line.replace(han, '').replace(digitHan, '').trim();
          if (l !== '') push(l);
        }
        continue;
      }
      const texts = r.cells.map((c) => c.replace(/\s+/g, ''));
      const spans: { start: number; end: number }[] = [];
      let line = '';
      for (const [k, t] of texts.entries()) {
        if (r.kind === 'row') {
          if (k > 0) line += '\t';
        } else {
          // At its column, and at least two spaces after the cell before (one space joins words).
          const at = k === 0 ? r.columns[0]! : Math.max(r.columns[k]!, width(line) + 2);
          line += ' '.repeat(Math.max(0, at - width(line)));
        }
        spans.push({ start: offset + line.length, end: offset + line.length + t.length });
        line += t;
      }
      cells.push(spans);
      push(line);
    }
    push('\f');
  }
  return { text: lines.join('\n'), cells };
}

/** The largest tilt looked for, in tenths of a degree. */
const MAX_SKEW_TENTHS = 50;

/**
 * The angle (degrees, within ±5°: a page laid crooked on the glass, not a photograph) by which the page's lines of ink are tilted: the one at which the ink,
 * projected onto rows, is most sharply banded (text lines and rulings line up). Measured on every fourth
 * pixel.
 */
export function skewAngle(img: Pick<PageImage, 'width' | 'height' | 'gray'>): number {
  const step = 4;
  const points: number[] = [];
  for (let y = 0; y < img.height; y += step) for (let x = 0; x < img.width; x += step) if (img.gray[y * img.width + x]! < INK) points.push(x, y);
  if (points.length < 200) return 0;
  let best = 0;
  let bestScore = -1;
  const rows = new Float64Array(Math.ceil(img.height / step) + Math.ceil(img.width / step) + 2);
  // Level first, then ever larger tilts: a tilt must do strictly better than a smaller one to be taken.
  const tenths = [0, ...Array.from({ length: MAX_SKEW_TENTHS }, (_, i) => [i + 1, -(i + 1)]).flat()];
  for (const tenth of tenths) {
    const t = Math.tan((tenth / 10) * (Math.PI / 180));
    rows.fill(0);
    const offset = Math.ceil(img.width / step);
    for (let i = 0; i < points.length; i += 2) rows[Math.round((points[i + 1]! - points[i]! * t) / step) + offset]!++;
    let score = 0;
    for (const r of rows) score += r * r;
    if (score > bestScore) {
      bestScore = score;
      best = tenth / 10;
    }
  }
  return best;
}

/** Tilts smaller than this leave the rulings long enough to be found: the page is not turned. */
const TURN_FROM = 0.3;

/** The page turned back by its skew (nearest pixel, paper filling the corners); the same page when level. */
export function deskew<T extends Pick<PageImage, 'width' | 'height' | 'gray'>>(img: T): T & { skew: number } {
  const angle = skewAngle(img);
  if (Math.abs(angle) < TURN_FROM) return { ...img, skew: angle };
  const { width: W, height: H, gray } = img;
  const a = (angle * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = W / 2;
  const cy = H / 2;
  const out = new Uint8Array(W * H).fill(255);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      // The source pixel that lands here when the page is turned by -angle.
      const sx = Math.round(cx + (x - cx) * cos - (y - cy) * sin);
      const sy = Math.round(cy + (x - cx) * sin + (y - cy) * cos);
      if (sx >= 0 && sx < W && sy >= 0 && sy < H) out[y * W + x] = gray[sy * W + sx]!;
    }
  }
  return { ...img, gray: out, skew: angle };
}

/** A connected piece of ink: its extent in the box and its size in pixels. */
export interface InkPiece {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  size: number;
}

/** The connected pieces of ink in a box (8-connected), in box coordinates, left to right. */
export function inkPieces(img: Pick<PageImage, 'width' | 'gray'>, b: Box): InkPiece[] {
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  if (w <= 0 || h <= 0) return [];
  const seen = new Uint8Array(w * h);
  const pieces: InkPiece[] = [];
  const inkAt = (x: number, y: number) => img.gray[(b.y0 + y) * img.width + b.x0 + x]! < INK;
  const stack: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (seen[y * w + x] || !inkAt(x, y)) continue;
      const piece = { x0: x, x1: x, y0: y, y1: y, size: 0 };
      seen[y * w + x] = 1;
      stack.push(x, y);
      while (stack.length) {
        const cy = stack.pop()!;
        const cx = stack.pop()!;
        piece.size++;
        piece.x0 = Math.min(piece.x0, cx);
        piece.x1 = Math.max(piece.x1, cx);
        piece.y0 = Math.min(piece.y0, cy);
        piece.y1 = Math.max(piece.y1, cy);
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const nx = cx + dx;
            const ny = cy + dy;
            if (nx < 0 || ny < 0 || nx >= w || ny >= h || seen[ny * w + nx] || !inkAt(nx, ny)) continue;
            seen[ny * w + nx] = 1;
            stack.push(nx, ny);
          }
      }
      pieces.push(piece);
    }
  }
  return pieces.sort((p, q) => p.x0 - q.x0);
}

/**
 * Where a cell's writing is: the box around its characters (pieces at least half as tall as the tallest,
 * with the dots and strokes among them), and the height of its tallest character; null when the cell
 * holds only specks. Specks away from the writing are left out of the box.
 */
export function inkBox(img: Pick<PageImage, 'width' | 'gray'>, b: Box, minHeight: number): { box: Box; height: number } | null {
  // What is left of a ruling at the cell's edge (a long thin line) is not writing.
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  const ruling = (p: InkPiece) => {
    const pw = p.x1 - p.x0 + 1;
    const ph = p.y1 - p.y0 + 1;
    return (ph > 0.6 * h && ph >= 4 * pw) || (pw > 0.6 * w && pw >= 4 * ph);
  };
  const pieces = inkPieces(img, b).filter((p) => !ruling(p));
  const tallest = Math.max(0, ...pieces.map((p) => p.y1 - p.y0 + 1));
  if (tallest < minHeight) return null;
  const main = pieces.filter((p) => p.y1 - p.y0 + 1 >= tallest / 2);
  let x0 = Math.min(...main.map((p) => p.x0));
  let x1 = Math.max(...main.map((p) => p.x1));
  const y0 = Math.min(...main.map((p) => p.y0));
  const y1 = Math.max(...main.map((p) => p.y1));
  // A minus sign or a decimal point beside the characters belongs to them.
  for (const p of pieces) {
    if (p.y0 < y0 || p.y1 > y1) continue;
    if (p.x1 >= x0 - tallest && p.x0 <= x1 + tallest) {
      x0 = Math.min(x0, p.x0);
      x1 = Math.max(x1, p.x1);
    }
  }
  return { box: { x0: b.x0 + x0, y0: b.y0 + y0, x1: b.x0 + x1 + 1, y1: b.y0 + y1 + 1 }, height: tallest };
}

/** Gray below which a pixel is part of a stroke, if a faint one: a thin stroke a scan lightened past INK. */
const FAINT = 200;

/**
 * The characters printed in a box, left to right, as column spans of the box: its ink in connected pieces,
 * pieces that overlap across (the two strokes of a broken 5) as one, and a glyph whose thin strokes the
 * scan left too light (a 0 as two arcs) as one: two pieces a column or two apart, each as tall as the line,
 * joined by faint ink at its top and at its bottom, and together no wider than one digit. (Two 1s side by
 * side are wider than a digit and not joined at the top.) A dot is a character of its own. Specks of one
 * or two pixels are left out; anything larger counts, so dirt makes the count disagree, and a reading that
 * disagrees is not taken.
 */
export function glyphSpans(img: Pick<PageImage, 'width' | 'gray'>, b: Box): { x0: number; x1: number }[] {
  const pieces = inkPieces(img, b).filter((p) => p.size > 2);
  if (pieces.length === 0) return [];
  const top = Math.min(...pieces.map((p) => p.y0));
  const bottom = Math.max(...pieces.map((p) => p.y1));
  const height = bottom - top + 1;
  const band = Math.max(1, Math.floor(height / 4));
  const tall = (p: { y0: number; y1: number }) => p.y0 < top + band && p.y1 > bottom - band;
  const faintIn = (x: number, y0: number, y1: number) => {
    for (let y = y0; y <= y1; y++) if (img.gray[(b.y0 + y) * img.width + b.x0 + x]! < FAINT) return true;
    return false;
  };
  const arcs = (left: InkPiece, right: InkPiece) => {
    const gap = right.x0 - left.x1 - 1;
    if (gap < 1 || gap > 2 || !tall(left) || !tall(right) || right.x1 - left.x0 + 1 > 0.8 * height) return false;
    for (let x = left.x1 + 1; x < right.x0; x++) if (!faintIn(x, top, top + band - 1) || !faintIn(x, bottom - band + 1, bottom)) return false;
    return true;
  };
  const spans: { x0: number; x1: number; last: InkPiece }[] = [];
  for (const p of pieces) {
    const span = spans.at(-1);
    if (span && (p.x0 <= span.x1 || (span.x0 === span.last.x0 && arcs(span.last, p)))) {
      span.x1 = Math.max(span.x1, p.x1);
      span.last = p;
    } else spans.push({ x0: p.x0, x1: p.x1, last: p });
  }
  return spans.map(({ x0, x1 }) => ({ x0, x1 }));
}

/**
 * Whether a speck too small to count as a character (one or two pixels) sits at the foot of a line of
 * characters, between two of them: a decimal point the scan left faint, which a reading without one may
 * have lost (1.226 read as 1226, and the count of characters agreeing with it).
 */
export function faintPoint(img: Pick<PageImage, 'width' | 'gray'>, b: Box): boolean {
  const spans = glyphSpans(img, b);
  if (spans.length < 2) return false;
  const pieces = inkPieces(img, b);
  const marks = pieces.filter((p) => p.size > 2);
  const top = Math.min(...marks.map((p) => p.y0));
  const bottom = Math.max(...marks.map((p) => p.y1));
  const foot = bottom - (bottom - top + 1) / 4;
  return pieces.some((p) => p.size <= 2 && p.y0 >= foot && p.x0 > spans[0]!.x1 && p.x1 < spans.at(-1)!.x0 && !spans.some((s) => p.x0 <= s.x1 && p.x1 >= s.x0));
}

/** How many characters are printed in a box (see glyphSpans). */
export function glyphCount(img: Pick<PageImage, 'width' | 'gray'>, b: Box): number {
  return glyphSpans(img, b).length;
}
