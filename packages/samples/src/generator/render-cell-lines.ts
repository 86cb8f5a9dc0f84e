import { cellMatrix } from './cell-matrix.ts';
import type { GridTable } from './grid.ts';
import type { ReportDoc } from './report-doc.ts';
import type { Rng } from './rng.ts';
import { splitEven } from './text-utils.ts';
import { printText, signatureLines } from './text-report.ts';

// One cell per line, each line starting with a tab, a blank line between rows (seed 001): what a Word
// table gives when pasted as text. Positions under a row-spanning cell print as empty cells; a long
// header wraps inside its cell onto a line of its own.

export function renderCellLines(doc: ReportDoc, rng: Rng): string {
  const wrapHeaders = rng.chance(0.7);
  const lines = printText(doc, {
    title: (t) => ['', t.join(rng.chance(0.5) ? '' : '\n')],
    // Sections sit two blank lines apart, as in the seed.
    heading: (h, s) => (s.key === 'overview' ? [h] : ['', '', h]),
    subhead: (s) => [s],
    paragraph: (p) => [p],
    tables: (tables) => tables.flatMap((t) => tableLines(t, wrapHeaders, rng)),
    signature: (s) => ['', ...signatureLines(s, false)],
    gap: [],
  });
  return lines.join('\n');
}

function tableLines(table: GridTable, wrapHeaders: boolean, rng: Rng): string[] {
  const out: string[] = [];
  for (const row of cellMatrix(table)) {
    for (const c of row) {
      if (c.covered === 'col') continue;
      const isHeader = c.cell.role === 'header' && c.covered === null;
      const text = isHeader && wrapHeaders && [...c.text].length >= 4 && [...c.text].length <= 8 && rng.chance(0.6) ? splitEven(c.text, 2).join('\n') : c.text;
      out.push(`\t${text}`);
    }
    out.push('');
  }
  return out;
}
