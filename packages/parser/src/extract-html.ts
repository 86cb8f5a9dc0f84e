import { parseDocument } from 'htmlparser2';
import type { TextEncoding } from '@gongkai/schema/report';
import { lineIndex, type Cell, type Row, type SourceDocument } from './document.ts';
import { checkHtmlDepth } from './limits.ts';

// HTML → rows in reading order. Every <tr> of a data table is
// one tabular row; all other text is cut into lines at block elements and <br>, one single-cell row each.

export interface HtmlOptions {
  format?: 'html' | 'docx';
  encoding?: TextEncoding | null;
}

/** The parts of a domhandler node that the walk reads. */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  /** Offsets in the source: the first character, and the last (inclusive), as htmlparser2 keeps them. */
  startIndex: number | null;
  endIndex: number | null;
}

/** A run of decoded text and the source range it came from. */
interface Piece {
  text: string;
  start: number;
  end: number;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'button']);

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
// CSS Text 3 drops a source line break between two East Asian wide characters instead of rendering a space.
const CJK_SEGMENT_BREAK = new RegExp(`(?<=[${CJK}])[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*(?=[${CJK}])`, 'gu');

export function htmlToDocument(html: string, opts: HtmlOptions = {}): SourceDocument {
  checkHtmlDepth(html);
  // htmlparser2 (a few times faster than an HTML5 tree builder) with source offsets for provenance.
  const root = parseDocument(html, { withStartIndices: true, withEndIndices: true }) as unknown as DomNode;
  const walker = new Walker(html);
  walker.flowChildren(root);
  walker.flush();
  const format = opts.format ?? 'html';
  return { text: html, rows: walker.rows, format, encoding: opts.encoding ?? null, layout: format };
}

/** Gathers text pieces into lines; a line ends at a block boundary or <br>. */
class LineBuffer {
  private pieces: Piece[] = [];
  constructor(
    private readonly html: string,
    private readonly emit: (line: Piece) => void,
  ) {}

  add(piece: Piece): void {
    this.pieces.push(piece);
  }

  flush(): void {
    const line = joinPieces(this.pieces, this.html);
    this.pieces = [];
    if (line) this.emit(line);
  }
}

class Walker {
  readonly rows: Row[] = [];
  private readonly lineOf: (offset: number) => number;
  private readonly page: LineBuffer;

  constructor(private readonly html: string) {
    this.lineOf = lineIndex(html);
    this.page = new LineBuffer(html, (line) => this.rows.push({ cells: [this.cell(line)], tabular: false }));
  }

  flush(): void {
    this.page.flush();
  }

  flowChildren(node: DomNode): void {
    for (const child of node.children ?? []) this.flow(child, this.page, false);
  }

  /** Walks flowing content into `buffer`; tables met on the way are emitted as rows in place. */
  private flow(node: DomNode, buffer: LineBuffer, pre: boolean): void {
    if (node.type === 'text') {
      for (const piece of textPieces(node, this.html, pre)) {
        if (piece.text === '\n' && pre) buffer.flush();
        else buffer.add(piece);
      }
      return;
    }
    if (node.type !== 'tag' || !node.name || SKIPPED.has(node.name) || isHidden(node)) return;
    const name = node.name;
    if (name === 'br') return buffer.flush();
    if (name === 'table' && buffer === this.page) {
      buffer.flush();
      return this.table(node);
    }
    const block = BLOCKS.has(name);
    if (block) buffer.flush();
    for (const child of node.children ?? []) this.flow(child, buffer, pre || name === 'pre');
    if (block) buffer.flush();
  }

  private table(table: DomNode): void {
    const rows = tableRows(table);
    // A table that holds tables, or has a single column, is a page frame: its cells are read as page text.
    const frame = !rows.some((tr) => cellsOf(tr).length > 1) || rows.some((tr) => cellsOf(tr).some(containsTable));
    for (const child of elementChildren(table)) if (child.name === 'caption') this.flow(child, this.page, false);
    if (frame) {
      for (const tr of rows) this.frameRow(cellsOf(tr));
      return;
    }
    const grid = gridColumns(rows.map(cellsOf));
    rows.forEach((tr, r) => this.dataRow(cellsOf(tr), grid.columns[r]!, grid.width));
  }

  private frameRow(cells: DomNode[]): void {
    for (const cell of cells) this.flow(cell, this.page, false);
    this.page.flush();
  }

  private dataRow(cells: DomNode[], columns: { col: number; span: number }[], width: number): void {
    const row = cells.map((cell, i) => ({ ...this.tableCell(cell), ...columns[i] }));
    // A row of empty cells is kept: it may be a table row printed blank (every zero left out).
    if (row.length >= 2 || row.some((cell) => cell.text !== '')) this.rows.push({ cells: row, tabular: true, width, grid: true });
  }

  private tableCell(node: DomNode): Cell {
    const lines: Piece[] = [];
    const buffer = new LineBuffer(this.html, (line) => lines.push(line));
    for (const child of node.children ?? []) this.flow(child, buffer, false);
    buffer.flush();
    const { start, end } = innerRange(node, lines, this.html);
    return { text: lines.map((l) => l.text).join('\n'), start, end, line: this.lineOf(start) };
  }

  private cell(piece: Piece): Cell {
    return { text: piece.text, start: piece.start, end: piece.end, line: this.lineOf(piece.start) };
  }
}

/** Merged cells are capped: no report table is wider or taller than this. */
const MAX_SPAN = 200;

function spanOf(node: DomNode, name: 'colspan' | 'rowspan'): number {
  const n = Number.parseInt(node.attribs?.[name] ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/**
 * The column where each cell starts, as browsers lay tables out: a cell takes the next column not
 * covered by a cell merged down from a row above, and covers its colspan × rowspan.
 */
export function gridColumns(rows: DomNode[][]): { columns: { col: number; span: number }[][]; width: number } {
  const below: number[] = []; // rows a column stays covered for, by merged cells above
  let width = 0;
  const columns = rows.map((cells) => {
    const out: { col: number; span: number }[] = [];
    let col = 0;
    const placed: [number, number, number][] = [];
    for (const cell of cells) {
      while ((below[col] ?? 0) > 0) col++;
      const span = spanOf(cell, 'colspan');
      out.push({ col, span });
      placed.push([col, span, spanOf(cell, 'rowspan')]);
      col += span;
    }
    width = Math.max(width, col);
    for (let c = 0; c < below.length; c++) if ((below[c] ?? 0) > 0) below[c]!--;
    for (const [at, span, rowSpan] of placed) for (let k = 0; k < span; k++) below[at + k] = rowSpan - 1;
    return out;
  });
  return { columns, width };
}

function isHidden(node: DomNode): boolean {
  const attribs = node.attribs;
  if (!attribs) return false;
  const style = attribs.style;
  // Word styles every cell at length: look for the word before the pattern.
  return 'hidden' in attribs || (style !== undefined && style.includes('none') && /display\s*:\s*none/i.test(style));
}

function elementChildren(node: DomNode): DomNode[] {
  return (node.children ?? []).filter((c) => c.type === 'tag');
}

/** The <tr> of this table (through thead/tbody/tfoot), never those of a nested table. */
function tableRows(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  for (const child of elementChildren(table)) {
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      rows.push(...elementChildren(child).filter((c) => c.name === 'tr'));
    }
  }
  return rows;
}

function cellsOf(tr: DomNode): DomNode[] {
  return elementChildren(tr).filter((c) => c.name === 'td' || c.name === 'th');
}

function containsTable(node: DomNode): boolean {
  return elementChildren(node).some((c) => c.name === 'table' || containsTable(c));
}

/** A text node as pieces; inside <pre> each line break is its own '\n' piece so that it ends a line. */
function textPieces(node: DomNode, html: string, pre: boolean): Piece[] {
  const data = node.data ?? '';
  if (node.startIndex === null || node.endIndex === null) return [];
  const loc = { startOffset: node.startIndex, endOffset: node.endIndex + 1 };
  if (!pre || !data.includes('\n')) return [{ text: data, start: loc.startOffset, end: loc.endOffset }];
  const raw = html.slice(loc.startOffset, loc.endOffset);
  // Only an entity-free, LF-only text maps offsets one to one; otherwise keep the node's whole range.
  const exact = raw === data;
  const pieces: Piece[] = [];
  let at = 0;
  for (const part of data.split(/(\n)/)) {
    const start = exact ? loc.startOffset + at : loc.startOffset;
    const end = exact ? start + part.length : loc.endOffset;
    pieces.push({ text: part, start, end });
    at += part.length;
  }
  return pieces;
}

/** Joins pieces into one line of rendered text, with the source range of its non-blank part. */
function joinPieces(pieces: Piece[], html: string): Piece | null {
  const text = normalizeSpace(pieces.map((p) => p.text).join(''));
  if (text === '') return null;
  const filled = pieces.filter((p) => p.text.trim() !== '');
  const first = filled[0] ?? pieces[0];
  const last = filled[filled.length - 1] ?? pieces[pieces.length - 1];
  if (!first || !last) return null;
  const start = first.start + leadingSpace(html.slice(first.start, first.end));
  const end = last.end - trailingSpace(html.slice(last.start, last.end));
  return { text, start, end: Math.max(start, end) };
}

function normalizeSpace(text: string): string {
  return (text.includes('\n') ? text.replace(CJK_SEGMENT_BREAK, '') : text).replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
}

function leadingSpace(raw: string): number {
  return /^(?:\s|&nbsp;|&#160;|&#xa0;)*/i.exec(raw)?.[0].length ?? 0;
}

function trailingSpace(raw: string): number {
  return /(?:\s|&nbsp;|&#160;|&#xa0;)*$/i.exec(raw)?.[0].length ?? 0;
}

/** The source range of an element's inner content: after its start tag, before its end tag (if any). */
function innerRange(node: DomNode, lines: Piece[], html: string): { start: number; end: number } {
  if (node.startIndex === null) return { start: lines[0]?.start ?? 0, end: lines[lines.length - 1]?.end ?? 0 };
  const start = startTagEnd(html, node.startIndex);
  let end = lastChildEnd(node) ?? start;
  if (node.endIndex !== null && html[node.endIndex] === '>') {
    const open = html.lastIndexOf('</', node.endIndex);
    if (open >= start && html.slice(open + 2, open + 2 + (node.name?.length ?? 0)).toLowerCase() === node.name) end = open;
  }
  return { start, end: Math.max(start, end) };
}

/** The offset just after a start tag's '>' (quoted attribute values may hold '>'). */
function startTagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length && i < from + 8192; i++) {
    const ch = html[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return from;
}

function lastChildEnd(node: DomNode): number | undefined {
  const children = node.children ?? [];
  for (let i = children.length - 1; i >= 0; i--) {
    const end = children[i]?.endIndex;
    if (end !== null && end !== undefined) return end + 1;
  }
  return undefined;
}
