import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Cell, Row, SourceDocument } from './document.ts';
import { checkPdfStreams, LimitError, LIMITS } from './limits.ts';

// A text PDF → a layout text in the manner of `pdftotext -layout`: text items are grouped into lines by
// baseline, into cells by horizontal gaps, and each cell is put at a column proportional to its x, so
// that the numbers of one table column share a column from line to line. One row per line.

export interface PdfOptions {
  /** Refuse documents with more pages than this (a yearly report has a handful). */
  maxPages?: number;
  /** Give up after this long; pdf.js runs in this thread, so a hostile file must not hold it forever. */
  timeoutMs?: number;
}

const MAX_PDF_BYTES = 100 * 1024 * 1024;
const DEFAULT_MAX_PAGES = LIMITS.pdfPages;
const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_ITEMS_PER_PAGE = 20_000;
/** Points of page width per character column of the layout text. */
const COLUMN_PT = 4;
/** Two cells of one line are at least this many spaces apart in the layout text. */
const CELL_GAP = 2;

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, 'gu');
// Fonts that map glyphs to Kangxi radicals or compatibility ideographs make '⼀' of '一'.
const COMPAT_IDEOGRAPH = /[\u2f00-\u2fdf\uf900-\ufaff]/g;
const NUMBER = /^[+\-−]?\d[\d,，.]*%?$/;
const PAGE_NUMBER = /^(?:[-—–－―_~·•\s]+\d{1,4}[-—–－―_~·•\s]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4} ?\/ ?\d{1,4})$/;
const BARE_PAGE_NUMBER = /^\d{1,4}$/;

/** One text item in page space: origin top left, y growing down to the item's baseline. */
interface Glyph {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  y: number;
  size: number;
  glyphs: Glyph[];
}

/** A rebuilt cell before it is placed in the layout text. */
interface Span {
  text: string;
  x: number;
  width: number;
}

interface PageLine {
  spans: Span[];
  footer: boolean;
}

type PdfJs = typeof PdfJsModule;

let pdfjsLoading: Promise<PdfJs> | undefined;

/**
 * Reads the text of a PDF into a SourceDocument whose text is the rebuilt layout text (pages separated by
 * a line holding a form feed) and whose rows are its lines (tabular: false). Page-number footers stay in
 * the text but get no row. Scanned PDFs without a text layer give an empty document.
 *
 * Rejects with a plain Error whose message starts with "PDF could not be read" (not a PDF, encrypted, too
 * large, too many pages, too slow); the caller turns it into a diagnostic.
 */
export async function pdfToDocument(bytes: Uint8Array, opts: PdfOptions = {}): Promise<SourceDocument> {
  if (bytes.byteLength === 0) throw new Error('PDF could not be read: the file is empty');
  if (bytes.byteLength > MAX_PDF_BYTES) {
    throw new Error(`PDF could not be read: ${bytes.byteLength} bytes is over the ${MAX_PDF_BYTES}-byte limit`);
  }
  if (!hasPdfHeader(bytes)) throw new Error('PDF could not be read: it is not a PDF (no %PDF- header)');
  // Its streams decoded with a cap before pdf.js reads them (a stream bomb stops at the limit).
  checkPdfStreams(bytes);
  let task: PDFDocumentLoadingTask | undefined;
  try {
    task = await openDocument(bytes);
    const pages = await withDeadline(readPages(task, opts.maxPages ?? DEFAULT_MAX_PAGES), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    return render(pages);
  } catch (error) {
    if (error instanceof LimitError) throw error;
    throw new Error(`PDF could not be read: ${reason(error)}`, { cause: error });
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}

async function openDocument(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await loadPdfJs();
  const assets = assetDirs();
  return pdfjs.getDocument({
    // pdf.js may detach the buffer it is given; the caller keeps its bytes.
    data: new Uint8Array(bytes),
    cMapUrl: assets.cMaps,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFonts,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    useWorkerFetch: false,
    verbosity: 0,
  });
}

/** Readers accept junk before the header, so look for it in the first kilobyte as they do. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function loadPdfJs(): Promise<PdfJs> {
  if (!pdfjsLoading) {
    pdfjsLoading = importPdfJs();
    // A failed load is not kept, so that the next document tries again.
    pdfjsLoading.catch(() => {
      pdfjsLoading = undefined;
    });
  }
  return pdfjsLoading;
}

async function importPdfJs(): Promise<PdfJs> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Running the worker's code in this thread ("fake worker") needs no worker file lookup at run time.
  const workerModule: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
  const worker: unknown = await import(workerModule);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  return pdfjs;
}

/** pdf.js reads these with fs in Node, so plain directory paths with a trailing separator do. */
function assetDirs(): { cMaps: string; standardFonts: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMaps: join(root, 'cmaps') + '/', standardFonts: join(root, 'standard_fonts') + '/' };
}

async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function reason(error: unknown): string {
  if (error instanceof Error && error.name === 'PasswordException') return 'the file is encrypted with a password';
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() || 'unknown error';
}

async function readPages(task: PDFDocumentLoadingTask, maxPages: number): Promise<PageLine[][]> {
  const doc: PDFDocumentProxy = await task.promise;
  if (doc.numPages > maxPages) throw new LimitError('pdfPages', `${doc.numPages} pages is over the ${maxPages}-page limit`);
  const pages: PageLine[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    pages.push(await readPage(page));
    page.cleanup();
  }
  return pages;
}

async function readPage(page: PDFPageProxy): Promise<PageLine[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const glyphs: Glyph[] = [];
  // A page of tens of thousands of items is a map or a chart, not a report table; keep the work bounded.
  for (const item of content.items.slice(0, MAX_ITEMS_PER_PAGE)) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const glyph = toGlyph(item.str, multiply(viewport.transform, item.transform), item.width, item.height);
    if (glyph) glyphs.push(glyph);
  }
  const lines = groupLines(glyphs).map((line) => ({ y: line.y, spans: splitSpans(line) }));
  return lines.map((line, i) => ({
    spans: line.spans,
    footer: isFooter(line.spans, line.y / viewport.height, i === 0 || i === lines.length - 1),
  }));
}

function toGlyph(text: string, m: number[], width: number, height: number): Glyph | null {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = m;
  // Rotated text (diagonal watermarks, stamps) does not belong to any line.
  if (a <= 0 || Math.abs(b) > Math.abs(a) * 0.1) return null;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || height || 1;
  return { text: text.replace(COMPAT_IDEOGRAPH, (ch) => ch.normalize('NFKC')), x, y, width, size };
}

function multiply(m1: number[], m2: number[]): number[] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/**
 * Items on one exact baseline form a run; runs then join the nearest line within half a font height,
 * the fullest runs first, so that a row of numbers anchors its line and the label beside it (set a little
 * higher or lower) joins it rather than a stray item of a neighbouring cell.
 */
function groupLines(glyphs: Glyph[]): Line[] {
  const lines: Line[] = []; // kept in y order
  const runs = baselineRuns(glyphs).sort((p, q) => q.glyphs.length - p.glyphs.length || p.y - q.y);
  for (const run of runs) {
    const at = insertionIndex(lines, run.y);
    const home = nearestLine(lines, at, run);
    if (home) {
      home.glyphs.push(...run.glyphs);
      home.size = Math.max(home.size, run.size);
    } else lines.splice(at, 0, run);
  }
  return lines;
}

function baselineRuns(glyphs: Glyph[]): Line[] {
  const sorted = [...glyphs].sort((p, q) => p.y - q.y || p.x - q.x);
  const runs: Line[] = [];
  let current: Line | undefined;
  for (const glyph of sorted) {
    if (current && glyph.y - current.y <= 0.15 * Math.min(current.size, glyph.size)) {
      current.glyphs.push(glyph);
      current.size = Math.max(current.size, glyph.size);
    } else {
      current = { y: glyph.y, size: glyph.size, glyphs: [glyph] };
      runs.push(current);
    }
  }
  return runs;
}

function insertionIndex(lines: Line[], y: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.y < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The closest line within half a font height, looking outwards from the run's place in y order. */
function nearestLine(lines: Line[], at: number, run: Line): Line | undefined {
  const reach = 0.5 * run.size;
  let best: Line | undefined;
  const consider = (line: Line) => {
    const distance = Math.abs(line.y - run.y);
    if (distance > 0.5 * Math.min(line.size, run.size)) return;
    if (!best || distance < Math.abs(best.y - run.y)) best = line;
  };
  for (let i = at - 1; i >= 0 && run.y - lines[i]!.y <= reach; i--) consider(lines[i]!);
  for (let i = at; i < lines.length && lines[i]!.y - run.y <= reach; i++) consider(lines[i]!);
  return best;
}

/** Cuts a line into cells where the gap between items is wide; narrow gaps stay inside a cell. */
function splitSpans(line: Line): Span[] {
  const glyphs = dropOverprint([...line.glyphs].sort((p, q) => p.x - q.x));
  const spans: Span[] = [];
  let open: { glyphs: Glyph[]; right: number } | undefined;
  for (const glyph of glyphs) {
    if (open && !startsCell(open.glyphs[open.glyphs.length - 1]!, open.right, glyph)) {
      open.glyphs.push(glyph);
      open.right = Math.max(open.right, glyph.x + glyph.width);
    } else {
      if (open) spans.push(toSpan(open.glyphs));
      open = { glyphs: [glyph], right: glyph.x + glyph.width };
    }
  }
  if (open) spans.push(toSpan(open.glyphs));
  return spans.filter((span) => span.text !== '');
}

/** Fake bold is often the same text printed twice a hair apart. */
function dropOverprint(glyphs: Glyph[]): Glyph[] {
  return glyphs.filter((g, i) => {
    const prev = glyphs[i - 1];
    return !prev || prev.text !== g.text || Math.abs(prev.x - g.x) > 0.3 * g.size;
  });
}

function startsCell(prev: Glyph, right: number, next: Glyph): boolean {
  const gap = next.x - right;
  const size = Math.min(prev.size, next.size);
  return gap > gapFactor(prev.text, next.text) * size;
}

/**
 * Inside a cell, Chinese is set solid and numbers are one item, so a gap between two such items means a
 * column border even when the table is tight; other text gets a full em.
 */
function gapFactor(left: string, right: string): number {
  if (NUMBER.test(left.trim()) && NUMBER.test(right.trim())) return 0.6;
  // Letter-spaced titles and headings come one character per item.
  if (isCjkChar(left.trim()) && isCjkChar(right.trim())) return 1.5;
  if (endsCjk(left) && startsCjk(right)) return 0.5;
  return 1.0;
}

function isCjkChar(text: string): boolean {
  return text.length === 1 && CJK_CHAR.test(text);
}

function toSpan(glyphs: Glyph[]): Span {
  let text = '';
  let right = -Infinity;
  for (const glyph of glyphs) {
    const gap = glyph.x - right;
    if (text !== '' && gap > 0.2 * glyph.size && !(endsCjk(text) && startsCjk(glyph.text))) text += ' ';
    text += glyph.text;
    right = Math.max(right, glyph.x + glyph.width);
  }
  const first = glyphs[0];
  const x = first?.x ?? 0;
  return { text: cleanCellText(text), x, width: right - x };
}

function cleanCellText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SPACE_BETWEEN_CJK, '').trim();
}

function endsCjk(text: string): boolean {
  return CJK_CHAR.test(text.trimEnd().slice(-1));
}

function startsCjk(text: string): boolean {
  return CJK_CHAR.test(text.trimStart().slice(0, 1));
}

/** Page numbers ('-3-', '— 3 —', '第3页', '3/6', a bare '3' as the page's first or last line) in the page margins. */
function isFooter(spans: Span[], relativeY: number, edge: boolean): boolean {
  if (spans.length === 0 || (relativeY > 0.12 && relativeY < 0.88)) return false;
  if (spans.every((span) => PAGE_NUMBER.test(span.text))) return true;
  return edge && spans.length === 1 && BARE_PAGE_NUMBER.test(spans[0]!.text);
}

/** Places every cell at its column and numbers the lines; numbers are placed by their centre. */
function render(pages: PageLine[][]): SourceDocument {
  const origin = leftEdge(pages);
  const rows: Row[] = [];
  const out: string[] = [];
  let offset = 0;
  let lineNo = 1;
  const emit = (lineText: string) => {
    out.push(lineText, '\n');
    offset += lineText.length + 1;
    lineNo += 1;
  };
  pages.forEach((page, p) => {
    if (p > 0) emit('\f');
    for (const line of page) {
      const cells: Cell[] = [];
      let text = '';
      for (const span of line.spans) {
        const col = Math.max(columnOf(span, origin), text === '' ? 0 : text.length + CELL_GAP);
        text += ' '.repeat(col - text.length) + span.text;
        cells.push({ text: span.text, start: offset + col, end: offset + col + span.text.length, line: lineNo });
      }
      if (!line.footer && cells.length > 0) rows.push({ cells, tabular: false });
      emit(text);
    }
  });
  return { text: out.join(''), rows, format: 'pdf', encoding: null, layout: 'pdf' };
}

function leftEdge(pages: PageLine[][]): number {
  let min = Infinity;
  for (const page of pages) for (const line of page) for (const span of line.spans) min = Math.min(min, span.x);
  return Number.isFinite(min) ? min : 0;
}

function columnOf(span: Span, origin: number): number {
  if (!NUMBER.test(span.text)) return Math.max(0, Math.round((span.x - origin) / COLUMN_PT));
  const centre = Math.round((span.x + span.width / 2 - origin) / COLUMN_PT);
  return Math.max(0, centre - Math.floor(span.text.length / 2));
}

/** A scanned page: its largest image, in grey levels (0 black … 255 white), row by row. */
export interface PageImage {
  page: number;
  width: number;
  height: number;
  gray: Uint8Array;
}

/** A page image larger than this (about A4 at 600 dpi) is not read: the OCR would take minutes. */
export const MAX_PAGE_PIXELS = 36_000_000;

/**
 * The page images of a PDF without a text layer (a scan, or pages saved as images): per page the largest
 * image it paints, as grey levels. Pages with text of their own, or no image, give none. Rejects like
 * pdfToDocument.
 */
export async function pdfPageImages(bytes: Uint8Array, opts: PdfOptions = {}): Promise<PageImage[]> {
  if (!hasPdfHeader(bytes)) throw new Error('PDF could not be read: it is not a PDF (no %PDF- header)');
  checkPdfStreams(bytes);
  let task: PDFDocumentLoadingTask | undefined;
  try {
    task = await openDocument(bytes);
    const pdfjs = await loadPdfJs();
    const read = async (): Promise<PageImage[]> => {
      const doc = await task!.promise;
      const pages = Math.min(doc.numPages, opts.maxPages ?? DEFAULT_MAX_PAGES);
      const out: PageImage[] = [];
      for (let p = 1; p <= pages; p++) {
        const page = await doc.getPage(p);
        if ((await page.getTextContent()).items.some((i) => 'str' in i && i.str.trim() !== '')) continue;
        const ops = await page.getOperatorList();
        let best: { width: number; height: number; kind: number; data: Uint8ClampedArray | Uint8Array } | null = null;
        for (let i = 0; i < ops.fnArray.length; i++) {
          if (ops.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue;
          const name = (ops.argsArray[i] as [string])[0];
          const img = await new Promise<{ width: number; height: number; kind: number; data?: Uint8ClampedArray | Uint8Array } | null>((resolve) => {
            const objs = name.startsWith('g_') ? page.commonObjs : page.objs;
            objs.get(name, resolve);
          });
          if (!img?.data || img.width * img.height > MAX_PAGE_PIXELS) continue;
          if (!best || img.width * img.height > best.width * best.height) best = { width: img.width, height: img.height, kind: img.kind, data: img.data };
        }
        if (best) out.push({ page: p, width: best.width, height: best.height, gray: toGray(best) });
      }
      return out;
    };
    return await withDeadline(read(), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  } catch (error) {
    if (error instanceof LimitError) throw error;
    throw new Error(`PDF could not be read: ${reason(error)}`, { cause: error });
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}

/** pdf.js image kinds: 1 one bit per pixel (rows padded to bytes), 2 RGB, 3 RGBA. */
function toGray(img: { width: number; height: number; kind: number; data: Uint8ClampedArray | Uint8Array }): Uint8Array {
  const { width, height, kind, data } = img;
  const gray = new Uint8Array(width * height);
  if (kind === 1) {
    const stride = Math.ceil(width / 8);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) gray[y * width + x] = (data[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
    return gray;
  }
  const step = kind === 3 ? 4 : 3;
  for (let i = 0, j = 0; i < gray.length; i++, j += step) gray[i] = (data[j]! * 299 + data[j + 1]! * 587 + data[j + 2]! * 114) / 1000;
  return gray;
}
