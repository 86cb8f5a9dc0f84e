import { toMatrix } from './grid.ts';
import { RESULTS_GROUP } from './labels.ts';
import type { GridCell, GridTable } from './grid.ts';
import { splitEven } from './text-utils.ts';

// The dense matrix of a table as texts, with the positions that a spanning cell covers marked, so that
// text layouts can print covered positions as empty cells or leave them out.

export interface MatrixCell {
  text: string;
  /**
   * Null where a cell starts; 'row' below it in its first column; 'col' in its other columns (a
   * spanning cell covers one 'row' position per later row and 'col' positions beside them).
   */
  covered: 'row' | 'col' | null;
  cell: GridCell;
}

export function cellMatrix(table: GridTable): MatrixCell[][] {
  return toMatrix(table).map((row) =>
    row.map((s) => ({ text: s.origin ? s.cell.text : '', covered: s.origin ? null : s.colOffset > 0 ? 'col' : 'row', cell: s.cell })),
  );
}

/** Dense: every position a cell; sparse: covered positions left out (one empty cell where a row starts covered). */
export function rowCells(row: MatrixCell[], mode: 'dense' | 'sparse'): string[] {
  if (mode === 'dense') return row.map((c) => c.text);
  const out: string[] = [];
  row.forEach((c, i) => {
    if (c.covered === null) out.push(c.text);
    else if (i === 0 && c.covered === 'row') out.push('');
  });
  return out;
}

/**
 * Spreads the text of a row-spanning cell over the rows it covers ('三、本' / '年度办' / '理结果'), as
 * converters print a merged cell whose text wraps inside it.
 */
export function spreadRowSpan(m: MatrixCell[][], predicate: (cell: GridCell) => boolean, pieces: number, centre: boolean): void {
  const done = new Set<GridCell>();
  for (let r = 0; r < m.length; r++) {
    const row = m[r]!;
    for (let c = 0; c < row.length; c++) {
      const slot = row[c]!;
      if (slot.covered !== null || done.has(slot.cell) || !predicate(slot.cell)) continue;
      done.add(slot.cell);
      const span = slot.cell.rowSpan ?? 1;
      const parts = splitEven(slot.cell.text, Math.min(pieces, span));
      const start = centre ? r + Math.max(0, Math.floor((span - parts.length) / 2)) : r;
      slot.text = '';
      parts.forEach((part, i) => {
        const target = m[start + i]?.[c];
        if (target) {
          target.text = part;
          target.covered = null;
        }
      });
    }
  }
}

export const isResultsGroup = (cell: GridCell) => cell.role === 'group' && cell.text === RESULTS_GROUP;
export const isOutcomeGroup = (cell: GridCell) => cell.role === 'group' && cell.text !== RESULTS_GROUP;

/** Splits '一、本年新收…' into '一、' and the rest over the first two positions of a 3-wide label. */
export function splitNumberingCell(m: MatrixCell[][]): void {
  for (const row of m) {
    const first = row[0];
    const second = row[1];
    if (!first || !second || first.covered !== null || first.cell.role !== 'label' || second.covered !== 'col') continue;
    const match = /^([一二三四五六七八九十]+、)(.+)$/.exec(first.text);
    if (!match) continue;
    first.text = match[1]!;
    second.text = match[2]!;
    second.covered = null;
  }
}
