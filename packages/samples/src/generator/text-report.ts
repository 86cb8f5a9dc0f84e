import type { GridTable } from './grid.ts';
import type { DocSection, ReportDoc } from './report-doc.ts';

// Assembles a text layout from per-block printers: each layout says how it prints a title, a heading,
// a paragraph and a table; the order of blocks is the report's.

export interface TextPrinter {
  title(lines: string[]): string[];
  heading(text: string, section: DocSection): string[];
  subhead(text: string): string[];
  paragraph(text: string): string[];
  /** All tables of a section at once, so a layout may merge or separate them. */
  tables(tables: GridTable[], section: DocSection): string[];
  signature(sig: NonNullable<ReportDoc['signature']>): string[];
  /** Lines between blocks. */
  gap: string[];
}

export function printText(doc: ReportDoc, p: TextPrinter): string[] {
  const lines: string[] = [...(doc.chrome ?? []), ...p.title(doc.title), ...p.gap];
  if (doc.preamble) lines.push(...p.paragraph(doc.preamble), ...p.gap);
  for (const section of doc.sections) {
    lines.push(...p.heading(section.heading, section), ...p.gap);
    const tables = section.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    if (tables.length > 0) lines.push(...p.tables(tables, section), ...p.gap);
    for (const b of section.blocks) {
      if (b.kind === 'subhead') lines.push(...p.subhead(b.text));
      else if (b.kind === 'para') lines.push(...p.paragraph(b.text), ...p.gap);
    }
  }
  if (doc.signature) lines.push(...p.signature(doc.signature));
  return lines;
}

export function signatureLines(sig: NonNullable<ReportDoc['signature']>, blankBetween: boolean): string[] {
  const out: string[] = [];
  if (sig.agency) out.push(sig.agency);
  if (sig.agency && sig.date && blankBetween) out.push('');
  if (sig.date) out.push(sig.date);
  if (sig.issued) out.push('', sig.issued);
  return out;
}
