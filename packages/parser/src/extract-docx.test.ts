import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxToDocument } from './extract-docx.ts';

const cell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)), ...span });

async function buildReport(): Promise<Uint8Array> {
  const table = new Table({
    rows: [
      new TableRow({ children: [cell('信息内容'), cell('本年制发件数'), cell('本年废止件数'), cell('现行有效件数')] }),
      new TableRow({ children: [cell('规章'), cell('0'), cell('0'), cell('3')] }),
      new TableRow({ children: [cell('行政\n规范性文件'), cell('12'), cell('1'), cell('45')] }),
      new TableRow({ children: [cell('第二十条第（五）项', { columnSpan: 4 })] }),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: '武陟县大封镇人民政府2024年政府信息公开工作年度报告', bold: true })] }),
          new Paragraph('二、主动公开政府信息情况'),
          table,
          new Paragraph({ children: [new TextRun('三、收到和处理'), new TextRun({ text: '政府信息公开申请情况', bold: true })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('docxToDocument', () => {
  it('reads paragraphs as text rows and Word tables as tabular rows', async () => {
    const doc = await docxToDocument(await buildReport());
    expect(doc.format).toBe('docx');
    expect(doc.layout).toBe('docx');
    expect(doc.encoding).toBeNull();
    expect(doc.rows.map((row) => row.cells.map((c) => c.text))).toEqual([
      ['武陟县大封镇人民政府2024年政府信息公开工作年度报告'],
      ['二、主动公开政府信息情况'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '3'],
      ['行政\n规范性文件', '12', '1', '45'],
      ['第二十条第（五）项'],
      ['三、收到和处理政府信息公开申请情况'],
    ]);
    expect(doc.rows.map((row) => row.tabular)).toEqual([false, false, true, true, true, true, false]);
    // Provenance: every cell points at its own text in the document's text.
    for (const row of doc.rows) for (const c of row.cells) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
    // Cells keep their grid columns.
    expect(doc.rows[5]!.cells[0]).toMatchObject({ col: 0, span: 4 });
  });

  it('rejects a corrupt file with a clear message', async () => {
    const garbage = new TextEncoder().encode('PK\u0003\u0004 this is not really a zip archive');
    await expect(docxToDocument(garbage)).rejects.toThrow(/^DOCX could not be read: /);
    await expect(docxToDocument(new Uint8Array())).rejects.toThrow('DOCX could not be read: the file is empty');
    const notZip = new TextEncoder().encode('<html>not a docx</html>');
    await expect(docxToDocument(notZip)).rejects.toThrow('DOCX could not be read: it is not a zip archive');
    const oldWord = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(docxToDocument(oldWord)).rejects.toThrow('DOCX could not be read: it is an old binary Word (.doc) file');
  });

  it('rejects a truncated file', async () => {
    const report = await buildReport();
    // Damage the archive's central directory: the zip can no longer be opened.
    const damaged = report.slice(0, report.length - 30);
    await expect(docxToDocument(damaged)).rejects.toThrow(/^DOCX could not be read: /);
  });
});
