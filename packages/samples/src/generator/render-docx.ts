import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { GridCell, GridTable } from './grid.ts';
import type { ReportDoc } from './report-doc.ts';
import type { Rng } from './rng.ts';
import { splitEven } from './text-utils.ts';

// A Word document with real tables (merged cells as w:vMerge and w:gridSpan), as most bodies write
// their report before publishing it.

export async function renderDocx(doc: ReportDoc, rng: Rng): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  const font = rng.pick(['仿宋_GB2312', '宋体', '仿宋']);
  const text = (t: string, opts: { bold?: boolean; size?: number } = {}) => new TextRun({ text: t, font, bold: opts.bold, size: opts.size ?? 32 });
  for (const line of doc.chrome ?? []) children.push(new Paragraph({ children: [text(line, { size: 21 })] }));
  for (const line of doc.title) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [text(line, { bold: true, size: 44 })] }));
  if (doc.preamble) children.push(body(doc.preamble, text));
  for (const s of doc.sections) {
    children.push(new Paragraph({ children: [text(s.heading, { bold: true })] }));
    for (const b of s.blocks) {
      if (b.kind === 'table') children.push(tableOf(b.table, rng), new Paragraph({ children: [] }));
      else if (b.kind === 'subhead') children.push(new Paragraph({ children: [text(b.text, { bold: true })] }));
      else children.push(body(b.text, text));
    }
  }
  if (doc.signature?.agency) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(doc.signature.agency)] }));
  if (doc.signature?.date) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(doc.signature.date)] }));
  if (doc.signature?.issued) children.push(new Paragraph({ children: [text(doc.signature.issued)] }));
  const document = new Document({ creator: doc.facts.truth.agency, title: doc.title.join(''), sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

type Run = (t: string, opts?: { bold?: boolean; size?: number }) => TextRun;

function body(t: string, text: Run): Paragraph {
  return new Paragraph({ indent: { firstLine: 640 }, children: [text(t)] });
}

function tableOf(table: GridTable, rng: Rng): Table {
  const widths = columnWidths(table);
  const rows = table.rows.map((row) => new TableRow({ children: row.cells.map((c) => cellOf(c, rng)) }));
  return new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA } });
}

function columnWidths(table: GridTable): number[] {
  if (table.name === 'applications') return [700, 900, 2400, 700, 700, 700, 700, 700, 700, 700];
  if (table.name === 'review') return new Array<number>(15).fill(600);
  return [2600, 2200, 2200, 2200];
}

function cellOf(c: GridCell, rng: Rng): TableCell {
  // A long label wraps inside its cell; Word keeps the pieces as one paragraph with line breaks.
  const pieces = c.role !== 'number' && [...c.text].length > 16 && rng.chance(0.4) ? splitEven(c.text, 2) : [c.text];
  const runs = pieces.map((p, i) => new TextRun({ text: p, break: i > 0 ? 1 : undefined, size: 21 }));
  return new TableCell({
    rowSpan: c.rowSpan,
    columnSpan: c.colSpan,
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ alignment: c.role === 'label' ? AlignmentType.LEFT : AlignmentType.CENTER, children: c.text === '' ? [] : runs })],
  });
}
