import { cellMatrix, isOutcomeGroup, isResultsGroup, spreadRowSpan } from './cell-matrix.ts';
import type { MatrixCell } from './cell-matrix.ts';
import type { GridTable } from './grid.ts';
import type { ReportDoc } from './report-doc.ts';
import type { Rng } from './rng.ts';
import { spaceDigits, splitEven, textWidth } from './text-utils.ts';
import { printText, signatureLines } from './text-report.ts';

// Markdown pipe tables as PDF-to-markdown converters write them (seed 003): a |---| separator under the
// first row, <br> inside long cells, empty padding cells at the end of rows, merged-cell text spread
// over several rows, and sometimes a label pushed right by extra empty cells. A variant joins cells
// with ' | ' and leaves out the outer pipes.

interface PipeOptions {
  outer: boolean;
  separator: boolean;
  padding: number;
  align: boolean;
  rng: Rng;
}

export function renderPipes(doc: ReportDoc, rng: Rng): string {
  const o: PipeOptions = {
    outer: rng.chance(0.75),
    separator: rng.chance(0.85),
    padding: rng.weighted([
      [0, 2],
      [1, 1],
      [3, 2],
      [6, 1],
    ] as const),
    align: rng.chance(0.6),
    rng,
  };
  const mergeActive = rng.chance(0.6);
  const spaced = rng.chance(0.5);
  const fix = (s: string) => (spaced ? spaceDigits(s) : s);
  const lines = printText(doc, {
    title: (t) => [`# ${fix(t.join(' '))}`],
    heading: (h, s) => [`${s.key === 'overview' || s.key === 'problems' ? '##' : '#'} ${h}`],
    subhead: (s) => [`## ${s}`, ''],
    paragraph: (p) => [rng.chance(0.1) ? `- ${p}` : p],
    tables: (tables, section) => {
      if (section.key === 'active' && mergeActive)
        return tableLines(
          tables.flatMap((t) => cellMatrix(t)),
          o,
        );
      return tables.flatMap((t, i) => [...(i > 0 ? [''] : []), ...tableLines(prepare(t, rng), o)]);
    },
    signature: (s) => signatureLines(s, true),
    gap: [''],
  });
  return lines.join('\n');
}

function prepare(table: GridTable, rng: Rng): MatrixCell[][] {
  const m = cellMatrix(table);
  if (table.name !== 'applications') return m;
  spreadRowSpan(m, isResultsGroup, 3, true);
  for (const row of m) {
    for (const c of row) {
      if (c.covered !== null) continue;
      if (isOutcomeGroup(c.cell) && rng.chance(0.7)) c.text = splitEven(c.text, 2).join('<br>');
      else if ((c.cell.role === 'label' || c.cell.role === 'corner') && [...c.text].length > 16 && rng.chance(0.5))
        c.text = splitEven(c.text, rng.int(2, 3)).join('<br>');
      else if (c.cell.role === 'header' && [...c.text].length >= 5 && rng.chance(0.5)) c.text = splitEven(c.text, [...c.text].length / 2).join('<br>');
    }
  }
  shiftLabels(m, rng);
  return m;
}

/**
 * Pushes a few labels right by one empty cell, as under merged headers; rows keep their width. Only
 * rows whose last cell is printed: with it blank, the pushed row reads the same as one whose first
 * cell is blank, for a reader as for a parser.
 */
function shiftLabels(m: MatrixCell[][], rng: Rng): void {
  const rate = rng.chance(0.5) ? 0.1 : 0;
  m.forEach((row, r) => {
    const labelAt = row.findIndex((c) => c.cell.role === 'label' && c.covered === null);
    if (labelAt < 0 || !rng.chance(rate)) return;
    if ((row[row.length - 1]?.text ?? '') === '') return;
    const pad: MatrixCell = { text: '', covered: null, cell: { text: '', role: 'pad' } };
    m[r] = [...row.slice(0, labelAt + 1), pad, ...row.slice(labelAt + 1)];
  });
}

function tableLines(m: MatrixCell[][], o: PipeOptions): string[] {
  const width = Math.max(...m.map((r) => r.length)) + o.padding;
  const rows = m.map((r) => {
    const cells = r.map((c) => c.text);
    while (cells.length < width) cells.push('');
    return cells;
  });
  const widths = new Array<number>(width).fill(0);
  if (o.align) for (const r of rows) r.forEach((c, i) => (widths[i] = Math.min(40, Math.max(widths[i] ?? 0, textWidth(c)))));
  const pad = (c: string, i: number) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - textWidth(c)));
  const line = (cells: string[]) => {
    const body = cells.map((c, i) => (o.outer ? ` ${pad(c, i)} ` : pad(c, i))).join(o.outer ? '|' : ' | ');
    return o.outer ? `|${body}|` : body;
  };
  const out = rows.map(line);
  if (o.separator) {
    const dashes = widths.map((w) => '-'.repeat(Math.max(3, w)));
    out.splice(1, 0, o.outer ? `|${dashes.map((d) => `-${d}-`).join('|')}|` : dashes.join(' | '));
  }
  return out;
}
