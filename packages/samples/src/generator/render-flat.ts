import { cellMatrix } from './cell-matrix.ts';
import type { DamagedCell } from './damage.ts';
import type { GridTable } from './grid.ts';
import type { ReportDoc } from './report-doc.ts';
import type { Rng } from './rng.ts';
import { printText } from './text-report.ts';

// The whole report on one line, or one line per section, with no separators at all: the text of a
// page whose table markup was stripped. The digits of a row run together ('本年新收…1001001'), so a
// row is readable only where every cell holds one digit; every other cell is recorded as glued.

export function renderFlat(doc: ReportDoc, rng: Rng): { text: string; damaged: DamagedCell[] } {
  const perSection = rng.chance(0.4);
  const sep = rng.chance(0.3) ? ' ' : '';
  const lines = printText(doc, {
    title: (t) => [t.join(sep)],
    heading: (h) => (perSection ? ['\n', h] : [h]),
    subhead: (s) => [s],
    paragraph: (p) => [p],
    tables: (tables) => tables.map((t) => tableText(t, sep)),
    signature: (s) => [s.agency ?? '', s.date ?? '', s.issued ?? ''],
    gap: [],
  });
  const text = lines
    .filter((l) => l !== '')
    .join(sep)
    .replace(/ ?\n ?/g, '\n')
    .replace(/^\n+/, '');
  return { text, damaged: doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? gluedCells(b.table) : []))) };
}

function tableText(table: GridTable, sep: string): string {
  return cellMatrix(table)
    .map((row) => {
      // Numbers run together even where words are spaced.
      const glue = row.some((c) => c.cell.role === 'number') ? '' : sep;
      return row
        .filter((c) => c.covered === null && c.text !== '')
        .map((c) => c.text)
        .join(glue);
    })
    .join(sep);
}

/** Cells of rows whose glued digits admit more than one reading. */
function gluedCells(table: GridTable): DamagedCell[] {
  const out: DamagedCell[] = [];
  for (const row of table.rows) {
    const numbers = row.cells.filter((c) => c.role === 'number' && c.path);
    if (numbers.length < 2 || numbers.every((c) => /^\d$/.test(c.text))) continue;
    const printed = numbers.map((c) => c.text).join('');
    // Cells damaged otherwise (blank, OCR) are already on the list.
    for (const c of numbers) if (/^[+-]?\d+(\.\d+)?$/.test(c.text)) out.push({ path: c.path ?? '', kind: 'glued', printed });
  }
  return out;
}
