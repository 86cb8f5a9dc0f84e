import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PageImage } from '@gongkai/parser/parse';
import {
  composeScanTextWithCells,
  cropPgm,
  deskew,
  doubtfulNumbers,
  faintPoint,
  readByTypeface,
  glyphShapes,
  glyphCount,
  imagePages,
  inkBox,
  inkPieces,
  layoutScannedPage,
  parseReportWithSource,
  pdfPageImages,
} from '@gongkai/parser/parse';
import type { ParsedReport } from '@gongkai/schema/report';
import type { Box, ReadNumber } from '@gongkai/parser/parse';
import { PNG } from 'pngjs';
import { PAGE_WIDTH } from './ocr-reading.ts';
import type { ScanPage, ScanReading } from './ocr-reading.ts';
import { createWorker, PSM } from 'tesseract.js';
import type { Worker as OcrWorker } from 'tesseract.js';

// Scanned PDFs and page images (.png, .jpg, .tif), read offline: tesseract.js with the simplified-Chinese
// model from the npm registry (@tesseract.js-data/chi_sim, read from node_modules: nothing is downloaded).
// Runs inside the parse worker, so each core OCRs its own file. The page is cut by the parser
// (layoutScannedPage): text blocks are read as blocks, each table cell on its own, its writing cut out and
// enlarged. A number is taken only when three readers agree: the text model, a digits-only pass, and the
// document's own typeface (each digit must look like the other copies of what it was read as: the two
// passes share one model and can misread alike, a 6 as 0). Anything less is printed as “?”: the rules may
// then infer it, or it stays empty with a diagnostic. Each number keeps its page, box and confidence, and
// the pages are kept, so that a person can check it against the image; the report carries OCR_READ as a
// warning, so it waits in the review queue. A table printed without rulings is found by its text positions,
// but its numbers are left unread: in trials, the ones read there were sometimes wrong.

/** What a table prints for a cell not filled: read as such when the digits pass is not sure of a number. */
const BLANK_MARK = /^(?:[/／\\\-—－]|——|无)$/;

/** A cell's characters are enlarged to about this height (pixels) before they are read (see cropPgm). */
const READ_HEIGHT = 20;

/** Below this confidence (0–100) a digits-only reading is not taken. */
export const MIN_DIGIT_CONFIDENCE = 60;

const LANG_PATH = join(dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/chi_sim/package.json')), '4.0.0_best_int');

let engines: Promise<{ text: OcrWorker; digits: OcrWorker }> | undefined;

/** One text and one digits engine per thread, started on first use (about a second). */
function ocrEngines(): Promise<{ text: OcrWorker; digits: OcrWorker }> {
  engines ??= (async () => {
    const options = { langPath: LANG_PATH, cacheMethod: 'none', gzip: true };
    const [text, digits] = await Promise.all([createWorker('chi_sim', 1, options), createWorker('chi_sim', 1, options)]);
    await text.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
    await digits.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_LINE, tessedit_char_whitelist: '0123456789.' });
    return { text, digits };
  })();
  engines.catch(() => {
    engines = undefined;
  });
  return engines;
}

export async function stopOcr(): Promise<void> {
  const e = await engines?.catch(() => undefined);
  engines = undefined;
  if (e) await Promise.all([e.text.terminate(), e.digits.terminate()]);
}

/** A cell's reading: words or a mark, or a number with its glyphs (checked against the document's other digits). */
type ReadCellNumber = ReadNumber & { confidence: number };
/** One glyph the engine could not read: read afterwards by the document's typeface, or left unread. */
type LoneGlyph = { lone: Float32Array };
export type CellReading = string | ReadCellNumber | LoneGlyph;

/**
 * A cell's reading; a value the engine could not read (?) that is one character is passed on as its glyph,
 * for the typeface to read (readScan).
 */
async function readCell(img: PageImage, box: Box): Promise<CellReading> {
  const reading = await readCellByEngine(img, box);
  return reading === '?' ? unreadValue(img, box) : reading;
}

/**
 * The cells of a ruled row that hold a character or two of words between two values (a 0 the text model
 * read as 人): values not read, for no label stands between a row's numbers. A blank mark (无) stands.
 */
export function wordsAmongValues(cells: readonly CellReading[]): number[] {
  const valueLike = (c: CellReading | undefined) => c !== undefined && (typeof c !== 'string' || c === '?');
  const out: number[] = [];
  for (let k = 1; k + 1 < cells.length; k++) {
    const c = cells[k]!;
    if (typeof c === 'string' && /^[\u3400-\u9fff]{1,2}$/.test(c) && !BLANK_MARK.test(c) && valueLike(cells[k - 1]) && valueLike(cells[k + 1])) out.push(k);
  }
  return out;
}

/** A value the engine could not read: its glyph when it is one character, for the typeface; else ?. */
function unreadValue(img: PageImage, box: Box): CellReading {
  const ink = inkBox(img, box, 6 * (img.width / 1240));
  if (!ink || ink.box.y1 - ink.box.y0 > 1.6 * ink.height || glyphCount(img, ink.box) !== 1) return '?';
  return { lone: glyphShapes(img, ink.box)[0]! };
}

async function readCellByEngine(img: PageImage, box: Box): Promise<CellReading> {
  const width = box.x1 - box.x0;
  const s = img.width / 1240;
  if (width < 8 * s || box.y1 - box.y0 < 8 * s) return '';
  // Specks alone are an empty cell; the writing is cut out with a margin and enlarged to the height the
  // engine reads best (specks away from it are left out).
  const ink = inkBox(img, box, 6 * s);
  if (!ink) return '';
  const margin = Math.round(ink.height * 0.4);
  const tight = {
    x0: Math.max(box.x0, ink.box.x0 - margin),
    y0: Math.max(box.y0, ink.box.y0 - margin),
    x1: Math.min(box.x1, ink.box.x1 + margin),
    y1: Math.min(box.y1, ink.box.y1 + margin),
  };
  const scale = Math.min(4, Math.max(1, READ_HEIGHT / ink.height));
  const { text, digits } = await ocrEngines();
  const image = cropPgm(img, tight, 10, scale);
  const read = (await text.recognize(image)).data.text.replace(/\s+/g, '');
  const narrow = width < 90 * s;
  const numeric = /^[-−]?[\dOoDIl|.,]+$/.test(read);
  // One line of a few characters: a value cell, whatever the text model made of it (a 5 read as 人).
  const short = read.length <= 3 && ink.box.y1 - ink.box.y0 <= 1.6 * ink.height;
  // A number (or what the text model makes of one), ink the text model could not read, a short mark, or
  // a short mark in a narrow cell: read the digits.
  if (numeric || read === '' || short || (narrow && read.length <= 4)) {
    const d = (await digits.recognize(image)).data;
    const value = d.text.replace(/\s+/g, '');
    // Taken only when both readings agree on every digit (the text model's O, D, l, | read as 0 and 1)
    // and the digits pass is sure: two models misreading the same way is rare; one misreading is not.
    const asDigits = read.replace(/[OoD]/g, '0').replace(/[Il|]/g, '1').replace(/,/g, '');
    const digitsRead = /^\d+(\.\d+)?$/.test(value);
    // A minus sign cannot be told from a stroke of the ruling beside it: a signed reading is not taken.
    // And the cell must print as many characters as were read: a digit the engines ran together (11 read
    // as 1) or a decimal point they lost (1.226 read as 1226) makes the counts differ; a point too faint
    // to count, under a reading without one, is a point lost all the same.
    if (/^\d+(\.\d+)?$/.test(asDigits) && digitsRead)
      return asDigits === value &&
        d.confidence >= MIN_DIGIT_CONFIDENCE &&
        glyphCount(img, ink.box) === value.length &&
        (value.includes('.') || !faintPoint(img, ink.box))
        ? { text: value, glyphs: glyphShapes(img, ink.box), confidence: d.confidence }
        : '?';
    // Printed, but not read the same way twice (or not at all): a value nobody can vouch for.
    if (numeric || read === '') return '?';
    // Vertical headers (商业企业 in a narrow column, over several lines) are not numbers: left out.
    if (narrow && !short) return '';
    // Digits where the text model saw a character (a 5 read as 人): the cell holds a value, not known.
    // A printed blank mark (/ - 无) stands unless the digits pass is sure of a number.
    if (digitsRead && (!BLANK_MARK.test(read) || d.confidence >= MIN_DIGIT_CONFIDENCE)) return '?';
    // A character or two whose shapes are all narrower than a Chinese character is square: digits the
    // text model took for words (1 read as 工); passed on as words they would start a label among values.
    if (short && !BLANK_MARK.test(read) && /[\u3400-\u9fff]/.test(read) && digitLike(img, ink.box, ink.height)) return '?';
    // A mark that is neither a word nor a blank (a 1 read as “]”): printed, but not known.
    if (short && !BLANK_MARK.test(read) && !/[\u3400-\u9fff]/.test(read)) return '?';
    return read;
  }
  // Words with digits among them in a table cell (a number with a stray stroke read as a sign or a
  // character): not passed on, for the parser would take the digits.
  if (/\d/.test(read) && !/[\u3400-\u9fff]{2,}/.test(read)) return '?';
  return read;
}

/** Pixels of white cropPgm puts around a crop. */
const PAD = 10;

type BlockLine = { kind: 'text'; text: string } | { kind: 'laid'; cells: CellReading[]; boxes: Box[]; columns: number[] };

/**
 * A text block's lines. A line whose characters stand apart in columns is a table row printed without
 * rulings: its words are its cells, each at its column (in half-width characters from the page's edge), as
 * in text laid out by spaces; a cell that is not words is “?”. The text model's own digits are never taken
 * for a value. Other lines are text.
 */
async function readTextBlock(img: PageImage, box: Box): Promise<BlockLine[]> {
  const { text } = await ocrEngines();
  const data = (await text.recognize(cropPgm(img, box, PAD), {}, { text: true, blocks: true })).data;
  const lines = (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  if (lines.length === 0) return [{ kind: 'text', text: data.text }];
  const heights = lines.map((l) => l.bbox.y1 - l.bbox.y0).sort((a, b) => a - b);
  // A half-width character is about half as wide as a line of text is high.
  const unit = Math.max(1, heights[Math.floor(heights.length / 2)]! / 2);
  const out: BlockLine[] = [];
  for (const line of lines) {
    const height = Math.max(1, line.bbox.y1 - line.bbox.y0);
    // Grouped character by character: the engine may run two columns' digits into one word (1 and 1 as 11).
    const groups: { text: string; box: Box }[] = [];
    const symbols = line.words.flatMap((w) => (w.symbols.length > 0 ? w.symbols : [{ text: w.text, bbox: w.bbox }]));
    for (const sym of symbols.filter((x) => x.text.trim() !== '').sort((a, b) => a.bbox.x0 - b.bbox.x0)) {
      const b = {
        x0: Math.max(box.x0, box.x0 + sym.bbox.x0 - PAD),
        y0: Math.max(box.y0, box.y0 + sym.bbox.y0 - PAD),
        x1: Math.min(box.x1, box.x0 + sym.bbox.x1 - PAD),
        y1: Math.min(box.y1, box.y0 + sym.bbox.y1 - PAD),
      };
      const last = groups.at(-1);
      if (last && b.x0 - last.box.x1 <= Math.max(unit * 2, height)) {
        last.text += sym.text;
        last.box = { x0: Math.min(last.box.x0, b.x0), y0: Math.min(last.box.y0, b.y0), x1: Math.max(last.box.x1, b.x1), y1: Math.max(last.box.y1, b.y1) };
      } else groups.push({ text: sym.text, box: b });
    }
    const words = (t: string) => /[\u3400-\u9fff].*[\u3400-\u9fff]/.test(t);
    if (groups.length < 2 || groups.every((g) => words(g.text))) {
      out.push({ kind: 'text', text: line.text });
      continue;
    }
    const cells: CellReading[] = [];
    const boxes: Box[] = [];
    const columns: number[] = [];
    for (const g of groups) {
      // The characters' box, with room around it for what the text model left out of it.
      const m = Math.round(height * 0.3);
      const cellBox = {
        x0: Math.max(0, g.box.x0 - m),
        y0: Math.max(0, g.box.y0 - m),
        x1: Math.min(img.width, g.box.x1 + m),
        y1: Math.min(img.height, g.box.y1 + m),
      };
      const printed = g.text.replace(/\s+/g, '');
      if (words(printed)) {
        cells.push(printed);
        boxes.push(cellBox);
        columns.push(Math.round(g.box.x0 / unit));
        continue;
      }
      // Anything but words is read as a cell (a 1 the text model made “]”), cut where its ink stands apart
      // (the engine runs two columns' digits into one word: 1 and 1 as 11); a cell of specks only is no
      // cell at all: a table without rulings prints nothing where a cell is empty.
      for (const part of apart(img, cellBox, unit * 2)) {
        if (!inkBox(img, part, 6 * (img.width / 1240))) continue;
        // Not read: without rulings a missing cell cannot be told from an empty one, nor two columns'
        // digits from one number, and numbers read on such rows were wrong in trials. The value is
        // printed but unknown, and the report waits for a person (the page image shows it).
        cells.push('?');
        boxes.push(part);
        columns.push(Math.round(part.x0 / unit));
      }
    }
    out.push({ kind: 'laid', cells, boxes, columns });
  }
  return out;
}

/** The box cut into parts where its ink (specks left out) has a gap wider than `gap` pixels. */
function apart(img: PageImage, box: Box, gap: number): Box[] {
  const spans = inkPieces(img, box)
    .filter((p) => p.size > 4)
    .map((p) => ({ x0: box.x0 + p.x0, x1: box.x0 + p.x1 }));
  const parts: { x0: number; x1: number }[] = [];
  for (const sp of spans) {
    const last = parts.at(-1);
    if (last && sp.x0 - last.x1 <= gap) last.x1 = Math.max(last.x1, sp.x1);
    else parts.push({ ...sp });
  }
  if (parts.length <= 1) return [box];
  const m = Math.round(gap / 4);
  return parts.map((p) => ({ x0: Math.max(box.x0, p.x0 - m), y0: box.y0, x1: Math.min(box.x1, p.x1 + 1 + m), y1: box.y1 }));
}

/** Every glyph in the box (ink overlapping across is one) narrower than three quarters of its height. */
function digitLike(img: PageImage, box: Box, height: number): boolean {
  let x0 = -1;
  let x1 = -2;
  const spans: number[] = [];
  for (const p of inkPieces(img, box).filter((p) => p.size > 2)) {
    if (p.x0 <= x1) x1 = Math.max(x1, p.x1);
    else {
      if (x1 >= x0 && x0 >= 0) spans.push(x1 - x0 + 1);
      x0 = p.x0;
      x1 = p.x1;
    }
  }
  if (x0 >= 0) spans.push(x1 - x0 + 1);
  return spans.length > 0 && spans.every((w) => w < 0.75 * height);
}

/** The page as a grey PNG, shrunk by the whole factor that brings it nearest PAGE_WIDTH wide; the factor is returned. */
function keptPage(img: PageImage & { page: number }): { page: ScanPage; factor: number } {
  const factor = Math.max(1, Math.round(img.width / PAGE_WIDTH));
  const width = Math.floor(img.width / factor);
  const height = Math.floor(img.height / factor);
  const gray = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) for (let dx = 0; dx < factor; dx++) sum += img.gray[(y * factor + dy) * img.width + x * factor + dx]!;
      gray[y * width + x] = Math.round(sum / (factor * factor));
    }
  const png = PNG.sync.write({ width, height, data: gray } as PNG, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
  return { page: { page: img.page, width, height, png: new Uint8Array(png) }, factor };
}

/**
 * The text of page images (a scanned PDF's, or an image file's), or null when there are none. onPage is
 * called after each page (the parse worker restarts its time limit there: each page has the per-file limit).
 */
export async function readScan(images: PageImage[], onPage?: (page: number, of: number) => void): Promise<ScanReading | null> {
  const started = performance.now();
  if (images.length === 0) return null;
  await ocrEngines();
  const pages: Parameters<typeof composeScanTextWithCells>[0] = [];
  const rows: { cells: CellReading[]; boxes: Box[]; page: number; factor: number }[] = [];
  const read: { cells: string[] }[] = [];
  const kept: ScanPage[] = [];
  for (const page of images) {
    // A page scanned a little askew is turned level first, or its rulings break into short runs.
    const img = deskew(page);
    const { page: shown, factor } = keptPage(img);
    kept.push(shown);
    const regions: Parameters<typeof composeScanTextWithCells>[0][number]['regions'] = [];
    for (const r of layoutScannedPage(img)) {
      if (r.kind === 'text') {
        // A block of text, or a table printed without rulings: lines whose words stand apart in columns
        // are rows, and their numbers are read as cells are.
        for (const line of await readTextBlock(img, r.box)) {
          if (line.kind === 'text') {
            regions.push(line);
            continue;
          }
          rows.push({ cells: line.cells, boxes: line.boxes, page: img.page, factor });
          const laid = { kind: 'laid' as const, cells: [] as string[], columns: line.columns };
          regions.push(laid);
          read.push(laid);
        }
      } else {
        const cells: CellReading[] = [];
        for (const c of r.cells) cells.push(await readCell(img, c));
        for (const k of wordsAmongValues(cells)) cells[k] = unreadValue(img, r.cells[k]!);
        rows.push({ cells, boxes: r.cells, page: img.page, factor });
        regions.push({ kind: 'row', cells: [] });
        read.push(regions.at(-1) as { cells: string[] });
      }
    }
    pages.push({ regions });
    onPage?.(img.page, images.length);
  }
  // Every number's digits against the document's other copies of them: one that does not look like what
  // it was read as is not taken.
  const numbers = rows.flatMap((r) => r.cells).filter((c): c is ReadCellNumber => typeof c !== 'string' && 'text' in c);
  const doubtful = doubtfulNumbers(numbers);
  // A glyph the engine could not read is read by the trusted numbers' typeface, when it is sure.
  const lone = rows.flatMap((r) => r.cells).filter((c): c is LoneGlyph => typeof c !== 'string' && 'lone' in c);
  const byTypeface = new Map(
    readByTypeface(
      numbers.filter((_, k) => !doubtful.has(k)),
      lone.map((c) => c.lone),
    ).map((r, k) => [lone[k]!, r]),
  );
  const index = new Map(numbers.map((n, k) => [n, k]));
  /** What a cell reads as, and how sure (0–100) when it is a number. */
  const settled = (c: CellReading): { text: string; confidence?: number } => {
    if (typeof c === 'string') return { text: c };
    if ('lone' in c) {
      const r = byTypeface.get(c);
      return r ? { text: r.char, confidence: Math.round(r.similarity * 100) } : { text: '?' };
    }
    return doubtful.has(index.get(c)!) ? { text: '?' } : { text: c.text, confidence: Math.round(c.confidence) };
  };
  rows.forEach((row, k) => {
    read[k]!.cells = row.cells.map((c) => settled(c).text);
  });
  const composed = composeScanTextWithCells(pages);
  const cells = rows.flatMap((row, r) =>
    row.cells.map((c, k) => {
      const b = row.boxes[k]!;
      const { confidence } = settled(c);
      const f = row.factor;
      return {
        ...composed.cells[r]![k]!,
        page: row.page,
        box: [Math.floor(b.x0 / f), Math.floor(b.y0 / f), Math.ceil(b.x1 / f), Math.ceil(b.y1 / f)] as [number, number, number, number],
        ...(confidence !== undefined ? { confidence } : {}),
      };
    }),
  );
  return { text: composed.text, pages: images.length, ms: Math.round(performance.now() - started), cells, images: kept };
}

/**
 * A file parsed as the parser reads it, and, when it is a PDF the parser found no report text in, read
 * again from its page images by OCR. The report then says so (OCR_READ, with pages and time), its layout
 * is scan-ocr and its source text is the OCR text the provenance points into.
 */
export async function parseWithOcr(
  bytes: Uint8Array,
  fileName: string,
  onPage?: (page: number, of: number) => void,
  stored?: ScanReading,
): Promise<{ report: ParsedReport; sourceText: string | null; scan?: ScanReading }> {
  const parsed = await parseReportWithSource(bytes, { fileName });
  const format = parsed.report.source.format;
  const image = format === 'png' || format === 'jpg' || format === 'tif';
  const noText = (format === 'pdf' || image) && parsed.report.diagnostics.some((d) => d.code === 'NOT_A_REPORT');
  if (!noText) return parsed;
  let scan: ScanReading | null;
  try {
    // The same bytes read by this OCR before (a newer parser reads them again): its reading is reused.
    scan = stored ?? (await readScan(image ? imagePages(bytes) : await pdfPageImages(bytes), onPage));
  } catch (error) {
    const message = (error as Error).message;
    parsed.report.diagnostics = [{ code: 'INPUT_UNREADABLE', severity: 'error', message: `文件无法读取：${message} / cannot read the file: ${message}` }];
    return parsed;
  }
  if (!scan) return parsed;
  const read = await parseReportWithSource(new TextEncoder().encode(scan.text), { fileName: `${fileName.replace(/\.pdf$/i, '')}.txt` });
  read.report.source = { ...read.report.source, format, layout: 'scan-ocr' };
  // A warning, not a note: numbers read from an image go to the review queue for a person to check.
  read.report.diagnostics.unshift({
    code: 'OCR_READ',
    severity: 'warning',
    message: stored
      ? `扫描件，沿用此前对同一文件的 OCR 识别（${scan.pages} 页）/ a scan: the OCR reading of the same bytes (${scan.pages} pages) was reused`
      : `扫描件，经 OCR 识别：${scan.pages} 页，${(scan.ms / 1000).toFixed(1)} 秒 / a scan, read by OCR: ${scan.pages} pages in ${(scan.ms / 1000).toFixed(1)} s`,
  });
  placeOnPages(read.report, scan.cells);
  return { ...read, scan };
}

/** Each cell's provenance in the OCR text traced back to its page and box (and the number's confidence). */
function placeOnPages(report: ParsedReport, cells: ScanReading['cells']): void {
  for (const p of Object.values(report.provenance)) {
    if (p.start === undefined) continue;
    let lo = 0;
    let hi = cells.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cells[mid]!.start <= p.start) lo = mid;
      else hi = mid - 1;
    }
    const cell = cells[lo];
    if (!cell || cell.start > p.start || p.start > cell.end) continue;
    p.page = cell.page;
    p.box = cell.box;
    if (cell.confidence !== undefined && p.state === 'printed') p.confidence = cell.confidence;
  }
}
