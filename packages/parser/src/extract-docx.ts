import { Parser } from 'htmlparser2';
import type { Cell, Row, SourceDocument } from './document.ts';
import { lineIndex } from './document.ts';
import { readZipEntry } from './limits.ts';

// A .docx → rows, read straight from its WordprocessingML (word/document.xml, inflated with a cap):
// each paragraph a row of one cell, each Word table row a table row whose cells keep their grid columns
// (w:gridSpan, w:gridBefore; cells merged down with w:vMerge cover their column). Reading the XML with
// a streaming parser is many times faster than converting the document to HTML first.
//
// SourceDocument.text is the document's text: a line per paragraph, a line per table row with its cells
// separated by tabs; provenance offsets point into it.

const MAX_DOCX_BYTES = 50 * 1024 * 1024;

interface TableCellDraft {
  text: string[];
  span: number;
  /** 'restart' starts a cell merged down; 'continue' is covered by the cell above. */
  vMerge: 'restart' | 'continue' | null;
  hMergeContinue: boolean;
}

interface TableRowDraft {
  cells: TableCellDraft[];
  gridBefore: number;
}

interface TableDraft {
  rows: TableRowDraft[];
}

/**
 * Rejects with a plain Error whose message starts with "DOCX could not be read" (not a zip, not a Word
 * document, too large); a LimitError when the document inflates past its limit.
 */
export async function docxToDocument(bytes: Uint8Array): Promise<SourceDocument> {
  if (bytes.byteLength === 0) throw new Error('DOCX could not be read: the file is empty');
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    throw new Error(`DOCX could not be read: ${bytes.byteLength} bytes is over the ${MAX_DOCX_BYTES}-byte limit`);
  }
  const notDocx = sniffNotDocx(bytes);
  if (notDocx) throw new Error(`DOCX could not be read: ${notDocx}`);
  const xml = readZipEntry(bytes, 'word/document.xml');
  if (xml === null) throw new Error('DOCX could not be read: no word/document.xml in the archive (a damaged or non-Word zip)');
  return wordXmlToDocument(xml);
}

/** WordprocessingML → rows and the document's text. */
export function wordXmlToDocument(xml: string): SourceDocument {
  const out = new TextBuilder();
  const tables: TableDraft[] = [];
  /** Paragraph text being gathered; paragraphs nest in text boxes. */
  const paragraphs: string[][] = [];
  let skipText = 0; // inside w:delText, w:instrText, mc:Fallback
  let inText = false;
  const currentTable = () => tables[tables.length - 1];
  const currentRow = () => currentTable()?.rows[currentTable()!.rows.length - 1];
  const currentCell = () => currentRow()?.cells[currentRow()!.cells.length - 1];
  const SKIP = new Set(['w:deltext', 'w:instrtext', 'mc:fallback', 'w:delinstrtext']);

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIP.has(name)) skipText++;
        if (skipText > 0) return;
        switch (name) {
          case 'w:p':
            paragraphs.push([]);
            break;
          case 'w:t':
            inText = true;
            break;
          case 'w:tab':
          case 'w:ptab':
            paragraphs[paragraphs.length - 1]?.push(' ');
            break;
          case 'w:br':
          case 'w:cr':
            paragraphs[paragraphs.length - 1]?.push('\n');
            break;
          case 'w:tbl':
            tables.push({ rows: [] });
            break;
          case 'w:tr':
            currentTable()?.rows.push({ cells: [], gridBefore: 0 });
            break;
          case 'w:gridbefore': {
            const row = currentRow();
            if (row) row.gridBefore = Math.min(Number.parseInt(attribs['w:val'] ?? '0', 10) || 0, 200);
            break;
          }
          case 'w:tc':
            currentRow()?.cells.push({ text: [], span: 1, vMerge: null, hMergeContinue: false });
            break;
          case 'w:gridspan': {
            const cell = currentCell();
            if (cell) cell.span = Math.min(Math.max(1, Number.parseInt(attribs['w:val'] ?? '1', 10) || 1), 200);
            break;
          }
          case 'w:vmerge': {
            const cell = currentCell();
            if (cell) cell.vMerge = attribs['w:val'] === 'restart' ? 'restart' : 'continue';
            break;
          }
          case 'w:hmerge': {
            const cell = currentCell();
            if (cell && attribs['w:val'] !== 'restart') cell.hMergeContinue = true;
            break;
          }
        }
      },
      ontext(text) {
        if (inText && skipText === 0) paragraphs[paragraphs.length - 1]?.push(text);
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipText = Math.max(0, skipText - 1);
          return;
        }
        if (skipText > 0) return;
        switch (name) {
          case 'w:t':
            inText = false;
            break;
          case 'w:p': {
            const text = normalise((paragraphs.pop() ?? []).join(''));
            const cell = currentCell();
            // A paragraph in a table cell belongs to the cell (unless a text box inside it holds it).
            if (cell && paragraphs.length === 0) cell.text.push(text);
            // (A text box's paragraph inside another paragraph still reads as a line of its own.)
            else if (text) out.paragraph(text);
            break;
          }
          case 'w:tbl': {
            const table = tables.pop();
            if (table) out.table(table);
            break;
          }
        }
      },
    },
    { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return out.finish();
}

/** Spaces as HTML renders them; line breaks inside a paragraph kept. */
function normalise(text: string): string {
  return text
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();
}

/** Writes the document's text and the rows pointing into it. */
class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly rows: Row[] = [];

  private write(text: string): number {
    const at = this.length;
    this.parts.push(text);
    this.length += text.length;
    return at;
  }

  paragraph(text: string): void {
    for (const line of text.split('\n')) {
      if (!line) continue;
      const at = this.write(line);
      this.write('\n');
      this.rows.push({ cells: [{ text: line, start: at, end: at + line.length, line: 0 }], tabular: false });
    }
  }

  table(table: TableDraft): void {
    let width = 0;
    const laid = table.rows.map((row) => {
      let col = row.gridBefore;
      const cells: { draft: TableCellDraft; col: number }[] = [];
      for (const draft of row.cells) {
        // A cell merged into the one before it or the one above covers its columns and says nothing.
        if (draft.hMergeContinue || draft.vMerge === 'continue') {
          col += draft.span;
          continue;
        }
        cells.push({ draft, col });
        col += draft.span;
      }
      width = Math.max(width, col);
      return cells;
    });
    for (const cells of laid) {
      const rowCells: Cell[] = [];
      cells.forEach(({ draft, col }, i) => {
        if (i > 0) this.write('\t');
        const text = draft.text.filter(Boolean).join('\n');
        const at = this.write(text);
        rowCells.push({ text, start: at, end: at + text.length, line: 0, col, span: draft.span });
      });
      this.write('\n');
      if (rowCells.length > 0) this.rows.push({ cells: rowCells, tabular: true, width, grid: true });
    }
  }

  finish(): SourceDocument {
    const text = this.parts.join('');
    const lineOf = lineIndex(text);
    for (const row of this.rows) for (const cell of row.cells) cell.line = lineOf(cell.start);
    return { text, rows: this.rows, format: 'docx', encoding: null, layout: 'docx' };
  }
}

/** Names the usual wrong inputs before the archive is opened. */
function sniffNotDocx(bytes: Uint8Array): string | null {
  const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b)) return null;
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'it is an old binary Word (.doc) file, not a .docx';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'it is a PDF, not a .docx';
  return 'it is not a zip archive, which every .docx is';
}
