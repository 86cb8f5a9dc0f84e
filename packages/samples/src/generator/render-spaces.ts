import { applicationLines } from './grid.ts';
import type { ApplicationLine, GridTable } from './grid.ts';
import { applicantLabels, cornerLabel, RESULTS_GROUP, REVIEW_RESULT_LABELS, spaceOut } from './labels.ts';
import type { LabelStyle } from './labels.ts';
import type { ReportDoc } from './report-doc.ts';
import type { Rng } from './rng.ts';
import { putAt, spaceDigits, splitEven, textWidth, wrapByWidth } from './text-utils.ts';

// pdftotext -layout output (see /work/shared/samples): cells apart by runs of spaces, numbers
// right-aligned in fixed columns, long labels wrapped with their numbers on the first line, between
// the two halves or after them, the row header 三、本年度办理结果 one character per line or spaced out,
// and page footers (-3-) with a form feed between pages.

/** Collects lines into pages; a block (one table row) never straddles a page break. */
class Pager {
  readonly lines: string[] = [];
  private page = 1;
  private onPage = 0;
  private footerAt: number;

  constructor(
    private readonly length: number,
    private readonly rng: Rng,
  ) {
    this.footerAt = rng.int(20, 40);
  }

  block(lines: string[]): void {
    if (this.onPage + lines.length > this.length) this.breakPage();
    for (const l of lines) {
      this.lines.push(this.onPage === 0 && this.page > 1 ? `\f${l}` : l);
      this.onPage++;
    }
  }

  line(l: string): void {
    this.block([l]);
  }

  finish(): string {
    this.footer();
    return `${this.lines.join('\n')}\n\f`;
  }

  private breakPage(): void {
    this.footer();
    this.page++;
    this.onPage = 0;
  }

  private footer(): void {
    this.lines.push(...new Array<string>(this.rng.int(1, 3)).fill(''), `${' '.repeat(this.footerAt)}-${this.page}-`);
    // Odd and even pages put the folio on different sides, as the samples do.
    this.footerAt = this.footerAt > 20 ? this.rng.int(2, 8) : this.rng.int(26, 44);
  }
}

interface Geometry {
  /** Display width of the label area of section 三. */
  labelWidth: number;
  colWidth: number;
  indent1: number;
  indent2: number;
  results: 'vertical' | 'spaced' | 'inline';
  groups: 'own-line' | 'split' | 'inline';
  rowGap: boolean;
}

export function renderSpaces(doc: ReportDoc, rng: Rng): string {
  const pager = new Pager(rng.int(44, 54), rng);
  const width = rng.int(58, 64);
  const digits = rng.chance(0.7);
  const fix = (s: string) => (digits ? spaceDigits(s) : s);
  for (const c of doc.chrome ?? []) pager.line(c);
  for (const t of doc.title) pager.line(centre(fix(t), 56));
  pager.block(['', '']);
  if (doc.preamble) paragraph(pager, fix(doc.preamble), width);
  for (const section of doc.sections) {
    pager.line(`${' '.repeat(rng.int(2, 5))}${section.heading}`);
    for (const b of section.blocks) {
      if (b.kind === 'subhead') pager.line(`   ${fix(b.text)}`);
      else if (b.kind === 'para') paragraph(pager, fix(b.text), width);
      else if (b.table.name === 'active') activeTable(pager, b.table, rng);
      else if (b.table.name === 'applications') applicationsTable(pager, b.table, doc.style, rng);
      else reviewTable(pager, b.table, rng);
    }
  }
  if (doc.signature) {
    const at = rng.int(30, 40);
    pager.block(['', '']);
    if (doc.signature.agency) pager.line(`${' '.repeat(at)}${doc.signature.agency}`);
    if (doc.signature.date) pager.line(`${' '.repeat(at)}${fix(doc.signature.date)}`);
    if (doc.signature.issued) pager.block(['', doc.signature.issued]);
  }
  return pager.finish();
}

function centre(text: string, width: number): string {
  return ' '.repeat(Math.max(0, Math.floor((width - textWidth(text)) / 2))) + text;
}

function paragraph(pager: Pager, text: string, width: number): void {
  wrapByWidth(`   ${text}`, width).forEach((l) => pager.line(l));
}

/** Right-aligns each number at its column's right edge. */
function numbersLine(prefix: string, numbers: string[], edges: number[]): string {
  let line = prefix;
  numbers.forEach((n, i) => {
    if (n !== '') line = putAt(line, (edges[i] ?? 0) - textWidth(n), n);
  });
  return line;
}

// ─── Section 二 ─────────────────────────────────────────────────────────────────────────────────────

function activeTable(pager: Pager, table: GridTable, rng: Rng): void {
  const labelWidth = rng.int(16, 24);
  const colWidth = rng.int(12, 16);
  const [article, header, ...rows] = table.rows;
  const single = header ? header.cells.length === 2 : false;
  const edges = single ? [labelWidth + colWidth * 2 + 6] : [1, 2, 3].map((i) => labelWidth + colWidth * i);
  pager.block([centre(article?.cells[0]?.text ?? '', rng.int(40, 76)), ...blank(rng, 1, 2)]);
  if (header) {
    let line = putAt('', rng.int(4, 8), header.cells[0]?.text ?? '');
    header.cells.slice(1).forEach((c, i) => {
      if (c.text !== '') line = putAt(line, (edges[i] ?? 0) - Math.ceil(colWidth / 2) - Math.floor(textWidth(c.text) / 2), c.text);
    });
    pager.block([line, ...blank(rng, 1, 2)]);
  }
  for (const row of rows) {
    const label = row.cells[0]?.text ?? '';
    const numbers = row.cells.filter((c) => c.role === 'number').map((c) => c.text);
    pager.block([numbersLine(label, numbers, edges), ...blank(rng, 0, 1)]);
  }
  pager.block(blank(rng, 1, 2));
}

function blank(rng: Rng, lo: number, hi: number): string[] {
  return new Array<string>(rng.int(lo, hi)).fill('');
}

// ─── Section 三 ─────────────────────────────────────────────────────────────────────────────────────

function geometry(rng: Rng): Geometry {
  const results = rng.weighted([
    ['vertical', 2],
    ['spaced', 2],
    ['inline', 1],
  ] as const);
  const indent1 = results === 'inline' ? 20 : rng.int(4, 12);
  const indent2 = indent1 + rng.int(6, 12);
  // Item labels keep at least nine characters a line, as in the samples.
  const labelWidth = Math.max(rng.int(38, 46), indent2 + 20);
  const groups = rng.weighted([
    ['own-line', 3],
    ['split', 2],
    ['inline', indent2 - indent1 >= 16 ? 2 : 0],
  ] as const);
  return { labelWidth, colWidth: rng.int(6, 9), indent1, indent2, results, groups, rowGap: rng.chance(0.35) };
}

function applicationsTable(pager: Pager, table: GridTable, style: LabelStyle, rng: Rng): void {
  const g = geometry(rng);
  const edges = [0, 1, 2, 3, 4, 5, 6].map((i) => g.labelWidth + g.colWidth * (i + 1));
  pager.block(applicationsHeader(g, edges, style, rng));
  const lines = applicationLines(table);
  let results: string[][] = [];
  lines.forEach((l, i) => {
    const rows = rowLines(l, g, edges, rng);
    if (g.rowGap || (g.results === 'vertical' && l.inResults)) rows.push('');
    if (!l.inResults) {
      pager.block(rows);
      return;
    }
    results.push(rows);
    if (!lines[i + 1]?.inResults) {
      // The results rows get their row header together, so it can run down beside them.
      for (const row of placeResultsHeader(results, g, rng)) pager.block(row);
      results = [];
    }
  });
  pager.block(blank(rng, 1, 3));
}

function applicationsHeader(g: Geometry, edges: number[], style: LabelStyle, rng: Rng): string[] {
  const a = applicantLabels();
  const colCentre = (i: number) => (edges[i] ?? 0) - Math.ceil(g.colWidth / 2);
  const at = (text: string, centreCol: number) => Math.max(0, centreCol - Math.floor(textWidth(text) / 2));
  const out = [putAt('', at('申请人情况', colCentre(3)), '申请人情况'), ''];
  out.push(putAt('', at(a.orgGroup, colCentre(3)), a.orgGroup));
  out.push(...wrapByWidth(cornerLabel(style), g.labelWidth + rng.int(0, 10)).map((l) => l));
  const columns = [[a.naturalPerson], ...a.orgs.map((o) => splitEven(o, Math.ceil([...o].length / 2))), [a.total]];
  for (let k = 0; k < 3; k++) {
    let line = '';
    columns.forEach((chunks, i) => {
      const top = Math.floor((3 - chunks.length) / 2);
      const text = chunks[k - top];
      if (text) line = putAt(line, at(text, colCentre(i)), text, 1);
    });
    out.push(line);
  }
  out.push('');
  return out;
}

function rowLines(l: ApplicationLine, g: Geometry, edges: number[], rng: Rng): string[] {
  const indent = l.level === 0 ? 0 : l.level === 1 ? g.indent1 : g.indent2;
  const numbers = l.numbers.map((c) => c.text);
  const parts = wrapByWidth(l.label, g.labelWidth - indent - 2);
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  const groupInline = g.groups === 'inline' && l.group?.index === 0;
  const first = groupInline ? putAt(putAt('', g.indent1, l.group?.label ?? ''), indent, parts[0] ?? '') : `${pad}${parts[0] ?? ''}`;
  if (g.groups !== 'inline' && l.group) out.push(...groupLabelLines(l.group, g, 'before'));
  if (parts.length === 1) out.push(numbersLine(first, numbers, edges));
  else {
    const mode = rng.weighted([
      ['first', 4],
      ['between', 3],
      ['after', 3],
    ] as const);
    const rest = parts.slice(1).map((p) => `${pad}${p}`);
    if (mode === 'first') out.push(numbersLine(first, numbers, edges), ...rest);
    else if (mode === 'between') out.push(first, numbersLine('', numbers, edges), ...rest);
    else out.push(first, ...rest, numbersLine('', numbers, edges));
  }
  if (g.groups !== 'inline' && l.group) out.push(...groupLabelLines(l.group, g, 'after'));
  return out;
}

/** The outcome group label on lines of its own, at the middle of its rows ('split' halves it). */
function groupLabelLines(group: NonNullable<ApplicationLine['group']>, g: Geometry, where: 'before' | 'after'): string[] {
  const middle = Math.floor((group.size - 1) / 2);
  const pad = ' '.repeat(g.indent1);
  if (g.groups === 'own-line') return where === 'before' && group.index === middle ? [`${pad}${group.label}`] : [];
  const [head = '', tail = ''] = splitEven(group.label, 2);
  if (group.index !== middle) return [];
  return where === 'before' ? [`${pad}${head}`] : [`${pad}${tail}`];
}

/**
 * 三、本年度办理结果 beside the results rows (each row a list of lines): on the first row, spaced out on
 * a line of its own between two rows, or one character per line running down the rows.
 */
function placeResultsHeader(rows: string[][], g: Geometry, rng: Rng): string[][] {
  if (g.results === 'inline') {
    return rows.map((r, i) => (i === 0 ? r.map((l, k) => (k === 0 ? `${RESULTS_GROUP}${l.slice(textWidth(RESULTS_GROUP))}` : l)) : r));
  }
  if (g.results === 'spaced') {
    const at = Math.floor(rows.length / 3);
    return [...rows.slice(0, at), [` ${spaceOut(RESULTS_GROUP, rng)}`, ...blank(rng, 0, 4)], ...rows.slice(at)];
  }
  const chars = rng.chance(0.5) ? ['三、', ...'本年度办理结果'] : [...RESULTS_GROUP];
  const out = rows.map((r) => [...r]);
  chars.forEach((ch, k) => {
    const row = out[Math.min(out.length - 1, Math.floor(((k + 0.5) * out.length) / chars.length))];
    if (!row) return;
    // Over the leading spaces of one of the row's lines, else on a line of its own before the row.
    const at = row.findIndex((l) => l.trim() === '' || /^ {4}/.test(l));
    const line = row[at];
    if (line === undefined) row.unshift(ch);
    else row[at] = line.trim() === '' ? ch : ch + line.slice(textWidth(ch));
  });
  return out;
}

// ─── Section 四 ─────────────────────────────────────────────────────────────────────────────────────

function reviewTable(pager: Pager, table: GridTable, rng: Rng): void {
  const start = rng.int(0, 3);
  const w = rng.int(5, 7);
  const edges = Array.from({ length: 15 }, (_, j) => start + w * (j + 1));
  const centreOf = (from: number, to: number, text: string) => Math.max(0, Math.floor(((edges[from] ?? 0) - w + (edges[to] ?? 0)) / 2 - textWidth(text) / 2));
  const labels = [...REVIEW_RESULT_LABELS, ...REVIEW_RESULT_LABELS, ...REVIEW_RESULT_LABELS];
  const half = (k: 0 | 1) => {
    let line = '';
    labels.forEach((l, j) => {
      const piece = l === '总计' ? (k === 0 ? l : '') : (splitEven(l, 2)[k] ?? '');
      if (piece) line = putAt(line, (edges[j] ?? 0) - textWidth(piece), piece, 1);
    });
    return line;
  };
  const head = [
    putAt(putAt('', centreOf(0, 4, '行政复议'), '行政复议'), centreOf(5, 14, '行政诉讼'), '行政诉讼'),
    ...blank(rng, 0, 2),
    putAt(putAt('', centreOf(5, 9, '未经复议直接起诉'), '未经复议直接起诉'), centreOf(10, 14, '复议后起诉'), '复议后起诉'),
    '',
    half(0),
    half(1),
    ...blank(rng, 1, 3),
  ];
  const numbers = table.rows.filter((r) => !r.header).flatMap((r) => r.cells.filter((c) => c.role === 'number').map((c) => c.text));
  pager.block(head);
  pager.block([numbersLine('', numbers, edges), ...blank(rng, 1, 2)]);
}
