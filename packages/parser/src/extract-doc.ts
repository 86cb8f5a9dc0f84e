import WordExtractor from 'word-extractor';

// Legacy Word (.doc, Word 97–2003) and WPS Office (.wps, the same OLE compound format) → text, with
// word-extractor (pure JavaScript, no LibreOffice). Its text keeps the tables' cells apart: each cell ends
// in a tab (Word's cell mark), each paragraph in a newline; the rows of a table run on, but every row
// starts with its label, which is what the text pipeline reads. Old files come in any size, and an OLE
// file is not compressed, so the byte limit is the whole bound.

const MAX_DOC_BYTES = 50 * 1024 * 1024;

/** Rejects with an Error whose message starts with "DOC could not be read" and says why. */
export async function docToText(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength > MAX_DOC_BYTES) throw new Error(`DOC could not be read: ${bytes.byteLength} bytes is over the ${MAX_DOC_BYTES}-byte limit`);
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = doc.getBody();
  } catch (error) {
    throw new Error(
      `DOC could not be read: ${(error as Error).message || 'not a Word document'} (an OLE file that is not a Word or WPS document, or a damaged one)`,
      {
        cause: error,
      },
    );
  }
  if (!body.trim()) throw new Error('DOC could not be read: the document has no text');
  return body;
}

/** A cell that starts a row of the official tables: 一、 （三） 2. — never a number such as 312.56. */
const ROW_START = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d))/;

/** The headings of sections 一 to 六 (二、主动公开政府信息情况), never a table row's label. */
const SECTION_HEADING = /^[一二三四五六]、.*(情况|事项)$/;

/**
 * word-extractor's text as the text pipeline reads it best: one line per table row, cells between tabs.
 * A Word table's rows run on in that text (the row mark is a tab like the cell marks), and a cell's own
 * line breaks look like paragraph ends. So a line break inside a table row whose text goes on to another
 * cell is joined up, and a row starts again at each cell that opens with a row number of the form.
 */
export function wordTextToLines(body: string): string {
  const paragraphs = body.replace(/\r\n?/g, '\n').split('\n');
  const joined: string[] = [];
  let inTable = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const last = joined.length - 1;
    const next = paragraphs[i + 1];
    // Continues the previous paragraph when that one was cut inside a table cell (not after a heading).
    const cut = last >= 0 ? joined[last]!.slice(joined[last]!.lastIndexOf('\t') + 1) : '';
    if (
      last >= 0 &&
      inTable &&
      !joined[last]!.endsWith('\t') &&
      p.includes('\t') &&
      !ROW_START.test(p) &&
      !SECTION_HEADING.test(cut) &&
      !(ROW_START.test(cut) && !joined[last]!.includes('\t'))
    )
      joined[last] += p;
    else joined.push(p);
    inTable = p.includes('\t') || (inTable && next !== undefined && next.includes('\t') && !p.endsWith('\t'));
  }
  const lines: string[] = [];
  for (const p of joined) {
    if (!p.includes('\t')) {
      lines.push(p);
      continue;
    }
    const cells = p.split('\t').map((c) => c.trim());
    const numeric = (c: string) => /^-?[\d,.]+$/.test(c);
    let row: string[] = [];
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (ROW_START.test(cell) && row.some((c) => c !== '')) {
        lines.push(row.join('\t'));
        row = [];
      }
      // A header row of labels (section 四's 结果维持 … 总计) runs on into the row of numbers under it: the
      // empty cell between them is the row mark.
      const header = row.filter((c) => c !== '').length >= 3 && !row.some(numeric);
      if (cell === '' && header) {
        const ahead = cells.slice(i + 1).find((c) => c !== '' && !numeric(c));
        const firstNumber = cells.slice(i + 1).findIndex(numeric);
        const firstText = ahead === undefined ? -1 : cells.slice(i + 1).indexOf(ahead);
        if (firstNumber >= 0 && (firstText < 0 || firstNumber < firstText)) {
          lines.push(row.join('\t'));
          row = [];
          continue;
        }
      }
      row.push(cell);
    }
    if (row.some((c) => c !== '')) lines.push(row.join('\t'));
  }
  return lines.join('\n');
}
