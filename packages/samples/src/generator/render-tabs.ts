import { cellMatrix, isResultsGroup, rowCells, splitNumberingCell, spreadRowSpan } from './cell-matrix.ts';
import type { GridTable } from './grid.ts';
import type { ReportDoc } from './report-doc.ts';
import type { Rng } from './rng.ts';
import { printText, signatureLines } from './text-report.ts';

// Tab-separated rows, as copied out of a Word or HTML table (seeds 000 and 004): group labels lead the
// first row of their group, later rows start with empty cells.

export function renderTabs(doc: ReportDoc, rng: Rng): string {
  const mode = rng.chance(0.5) ? 'dense' : 'sparse';
  const splitNumbering = mode === 'dense' && rng.chance(0.3);
  const spreadResults = mode === 'dense' && rng.chance(0.4);
  const trailing = rng.chance(0.3);
  const blankBetweenActive = rng.chance(0.5);
  const lines = printText(doc, {
    title: (t) => (t.length > 1 && rng.chance(0.5) ? [t[0] ?? '', '', ...t.slice(1)] : t),
    heading: (h) => [h],
    subhead: (s) => [s, ''],
    paragraph: (p) => [p],
    tables: (tables) =>
      tables.flatMap((table, i) => {
        const rows = tableLines(table, { mode: table.name === 'review' ? 'dense' : mode, splitNumbering, spreadResults, trailing, rng });
        return blankBetweenActive && i > 0 ? ['', ...rows] : rows;
      }),
    signature: (s) => signatureLines(s, true),
    gap: [''],
  });
  return `${'\n'.repeat(rng.int(0, 2))}${lines.join('\n')}${rng.chance(0.5) ? '\n' : ''}`;
}

interface TabOptions {
  mode: 'dense' | 'sparse';
  splitNumbering: boolean;
  spreadResults: boolean;
  trailing: boolean;
  rng: Rng;
}

function tableLines(table: GridTable, o: TabOptions): string[] {
  const m = cellMatrix(table);
  if (table.name === 'applications') {
    if (o.splitNumbering) splitNumberingCell(m);
    if (o.spreadResults) spreadRowSpan(m, isResultsGroup, o.rng.int(2, 5), false);
  }
  return m.map((row, r) => {
    const cells = rowCells(row, o.mode);
    if (o.trailing && !table.rows[r]?.header && o.rng.chance(0.3)) cells.push('');
    return cells.join('\t');
  });
}
