import type { Cell, Row } from './document.ts';
import { lineIndex } from './document.ts';
import { isValueLike } from './normalise.ts';

// Text layouts → rows of cells. Each line picks its own splitter (tabs, pipes, runs of spaces), because
// one report mixes them: narrative paragraphs around tab-separated tables, markdown around pipe tables.

export type TextLayout = 'tabs' | 'cell-lines' | 'pipes' | 'spaces' | 'flat';

// "3/6" is a page number; "2      /      2" is a table row of two numbers and a blank mark.
const PAGE_FOOTER = /^\s*(?:[-—–－] ?\d{1,3} ?[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?|\d{1,3} ?\/ ?\d{1,3}|page\s*\d+)\s*$/i;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** A flattened page: one very long line carrying table labels and digits. */
const FLAT_LINE_MIN = 400;

interface Line {
  text: string;
  start: number;
  line: number;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let n = 1;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      let end = i;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      out.push({ text: text.slice(start, end), start, line: n });
      start = i + 1;
      n++;
    }
  }
  return out;
}

function cell(text: string, start: number, end: number, line: number): Cell {
  return { text, start, end, line };
}

const globalPatterns = new Map<string, RegExp>();

/** Split `line` at every match of `sep`, keeping offsets; cells are trimmed. */
function splitBy(line: Line, sep: RegExp): Cell[] {
  const cells: Cell[] = [];
  let re = globalPatterns.get(sep.source);
  if (!re) globalPatterns.set(sep.source, (re = new RegExp(sep.source, 'g')));
  re.lastIndex = 0;
  let last = 0;
  const push = (from: number, to: number) => {
    const raw = line.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const s = line.start + from + lead;
    cells.push(cell(trimmed, s, s + trimmed.length, line.line));
  };
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, line.text.length);
  return cells;
}

function pipeCells(line: Line, outerPipes: boolean): Cell[] {
  const cells = splitBy(line, /\|/);
  // Markdown's outer pipes leave empty cells at both ends that are not table cells; a table written
  // ` a | b | ` without them keeps its (possibly empty) first and last cells.
  if (outerPipes && /^\|/.test(line.text.trimStart()) && /\|$/.test(line.text.trimEnd())) {
    cells.shift();
    cells.pop();
  }
  return cells;
}

/** Section headings inside a flattened line, spaced-out characters allowed (二 、主 动 公 开…). */
const spaced = (word: string) => [...word].join('\\s*');
const FLAT_HEADING = new RegExp(
  `(?<=.)(?=[一二三四五六]\\s*[、.．]\\s*(?:${['总体情况', '主动公开政府信息', '收到和处理', '政府信息公开行政复议', '行政复议、', '存在的主要问题', '其他需要报告'].map(spaced).join('|')}))`,
  'g',
);

/** Digits glued to Chinese on either side: in a flattened report, such a line is split into runs. */
const GLUED = /[\u4e00-\u9fff）)][+-]?\d|\d[\u4e00-\u9fff（(]/;

/** Numbering such as `1.` or `（2）` printed apart from its label is text, not a count. */
const NUMBERING_TOKEN = /^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])$/;

function spaceCells(line: Line): Cell[] {
  const cells = splitBy(line, /\s+/).filter((c) => c.text !== '');
  // Glue a bare numbering token to the label that follows it.
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const next = cells[i + 1];
    if (next && NUMBERING_TOKEN.test(c.text) && !isValueLike(next.text)) {
      out.push(cell(`${c.text}${next.text}`, c.start, next.end, c.line));
      i++;
    } else out.push(c);
  }
  return out;
}

/**
 * A flattened line: digits glued to labels with no separator. Split it into text runs and digit runs;
 * a digit directly before `.`/`、` and a Chinese character is the numbering of the next label.
 */
export function flatCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  const re = /(?:[+-]\s?)?\d[\d.,]*/g;
  let textStart = 0;
  const pushOne = (from: number, to: number) => {
    const raw = line.text.slice(from, to);
    if (raw.trim())
      cells.push(cell(raw.trim(), line.start + from + (raw.length - raw.trimStart().length), line.start + from + raw.trimEnd().length, line.line));
  };
  // Section headings start a cell of their own, so the sections can be told apart.
  const pushText = (from: number, to: number) => {
    const raw = line.text.slice(from, to);
    let last = 0;
    for (const m of raw.matchAll(FLAT_HEADING)) {
      if (m.index > last) pushOne(from + last, from + m.index);
      last = m.index;
    }
    pushOne(from + last, to);
  };
  // Digits inside brackets are words of a label or a note (（单位：万元，保留4位小数）, （国令第711号）).
  // A bracket left open for long was a stray one.
  let depth = 0;
  let openedAt = 0;
  let scanned = 0;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
    const run = m[0];
    const from = m.index;
    for (; scanned < from; scanned++) {
      const ch = line.text[scanned];
      if (ch === '（' || ch === '(') {
        if (depth === 0) openedAt = scanned;
        depth++;
      } else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    }
    if (depth > 0 && from - openedAt > 40) depth = 0;
    if (depth > 0) continue;
    const after = line.text.slice(from + run.length, from + run.length + 4).replace(/^\s+/, '');
    let numbering = 0;
    if (/[.,]$/.test(run) && /^[\u4e00-\u9fff]/.test(after)) {
      // `00000003.补正…`: the final digit and the dot are the next label's numbering.
      numbering = run.length >= 3 ? 2 : run.length;
    } else if (/^[、．]/.test(after) && /[\u4e00-\u9fff]/.test(after[1] ?? '')) {
      numbering = run.length >= 2 ? 1 : run.length;
    }
    const valueText = run.slice(0, run.length - numbering);
    pushText(textStart, from);
    if (valueText) cells.push(cell(valueText, line.start + from, line.start + from + valueText.length, line.line));
    textStart = from + valueText.length;
  }
  pushText(textStart, line.text.length);
  return cells;
}

export interface TokenizedText {
  rows: Row[];
  layout: TextLayout;
}

/** Whether tables print one cell per line with blank lines between rows (seed 001's layout). */
const LONE_NUMBER = /^\s*[-+]?\d[\d.,]*\s*$/;
const NUMBER_TOKEN = /(?:^|\s)[-+]?\d[\d.,]*(?=\s|$)/g;

/** A line holding one indented cell: `\t0`, `\t/`, `\t` (an empty cell), `\t规章`. */
const ONE_TABBED_CELL = /^\t[^\t]*$/;

function isCellPerLine(lines: Line[]): boolean {
  let single = 0;
  let multi = 0;
  let tabbedCells = 0;
  let tabbedRows = 0;
  for (const l of lines) {
    if (LONE_NUMBER.test(l.text)) single++;
    else if ((l.text.match(NUMBER_TOKEN)?.length ?? 0) >= 3) multi++;
    if (ONE_TABBED_CELL.test(l.text)) tabbedCells++;
    else if (l.text.indexOf('\t') !== l.text.lastIndexOf('\t')) tabbedRows++;
  }
  // Zero cells printed blank leave few lone numbers; the one-cell lines still show the layout.
  return (single >= 20 && multi * 10 < single) || (tabbedCells >= 60 && tabbedRows * 10 < tabbedCells);
}

export function tokenizeText(text: string): TokenizedText {
  const lines = splitLines(text).filter((l) => !PAGE_FOOTER.test(l.text));
  const pipeLines = lines.filter((l) => /^\s*\|.*\|\s*$/.test(l.text)).length;
  // Markdown tables: a |---| separator, or rows that start at the margin with a pipe.
  const separators = lines.filter((l) => l.text.includes('---') && PIPE_SEPARATOR.test(l.text));
  const outerPipes = separators.length > 0 ? separators.some((l) => /^\s*\|/.test(l.text)) : lines.filter((l) => /^\|/.test(l.text)).length >= 5;
  const tabLines = lines.filter((l) => l.text.includes('\t')).length;
  const flatLines = lines.filter((l) => l.text.length >= FLAT_LINE_MIN && /\d{4,}/.test(l.text) && /本年新收|予以公开|行政复议/.test(l.text)).length;

  if (isCellPerLine(lines)) return { rows: groupCellLines(lines), layout: 'cell-lines' };

  const rows: Row[] = [];
  for (const l of lines) {
    if (!l.text.trim()) continue;
    if (l.text.includes('---') && PIPE_SEPARATOR.test(l.text)) continue;
    let cells: Cell[];
    let tabular = true;
    let piped = false;
    if (/^\s*\|.*\|\s*$/.test(l.text)) {
      cells = pipeCells(l, outerPipes);
      piped = true;
    } else if (l.text.includes('\t')) cells = splitBy(l, /\t/);
    else if (flatLines > 0 && GLUED.test(l.text)) {
      cells = flatCells(l);
      tabular = false;
    } else if ((l.text.match(/\s\|(?=\s|$)/g)?.length ?? 0) >= 2) {
      cells = pipeCells(l, outerPipes);
      piped = true;
    } else {
      cells = spaceCells(l);
      tabular = false;
    }
    // Delimited rows keep their columns. (Converters of pipe tables push a row right now and then; its
    // numbers then stand outside the header's columns, and such a row is counted instead.)
    if (tabular) cells.forEach((c, i) => (c.col = i));
    rows.push({ cells, tabular, ...(tabular ? { width: cells.length } : {}), ...(piped ? { piped } : {}) });
  }
  const layout: TextLayout = flatLines > 0 ? 'flat' : pipeLines >= 10 ? 'pipes' : tabLines >= 10 ? 'tabs' : 'spaces';
  return { rows, layout };
}

function groupCellLines(lines: Line[]): Row[] {
  const rows: Row[] = [];
  let current: Cell[] = [];
  const flush = () => {
    current.forEach((c, i) => (c.col = i));
    if (current.some((c) => c.text)) rows.push({ cells: current, tabular: true, width: current.length });
    current = [];
  };
  for (const l of lines) {
    if (!l.text.trim()) {
      // A line of only tabs is an empty cell; a truly empty line ends the row.
      if (l.text.length > 0 && /\t/.test(l.text)) {
        current.push(cell('', l.start, l.start, l.line));
        continue;
      }
      flush();
      continue;
    }
    const lead = l.text.length - l.text.trimStart().length;
    const t = l.text.trim();
    current.push(cell(t, l.start + lead, l.start + lead + t.length, l.line));
  }
  flush();
  return rows;
}

export { lineIndex };
