import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateReportAsync } from '@gongkai/samples/generator';
import { deepHtml, digitText, zip } from '@gongkai/samples/generator';
import { LIMITS } from './limits.ts';
import { parseReport } from './parse.ts';

// Hostile files: each is refused at a limit, fast, with a diagnostic that names the limit, while the
// same kinds of file within the limits still parse.

const zeros = (mb: number) => Buffer.alloc(mb * 1024 * 1024);
const codes = (r: { diagnostics: { code: string; message: string }[] }) => r.diagnostics.map((d) => d.code);

describe('limits on hostile input', () => {
  it('refuses a DOCX whose entry inflates past the limit (a zip bomb), naming the limit', async () => {
    const bomb = deflateRawSync(zeros(LIMITS.zipEntryBytes / 1048576 + 8), { level: 9 });
    const bytes = zip([
      { name: '[Content_Types].xml', data: deflateRawSync(Buffer.from('<Types/>')), size: 8 },
      // The stated size lies, as a bomb's does: the limit is checked while inflating.
      { name: 'word/document.xml', data: bomb, size: 1000 },
    ]);
    expect(bytes.length).toBeLessThan(200_000);
    const r = await parseReport(bytes, { fileName: 'bomb.docx' });
    expect(codes(r)).toEqual(['INPUT_TOO_LARGE']);
    expect(r.diagnostics[0]!.message).toMatch(/word\/document.xml inflates to over the 32 MB limit/);
  });

  it('refuses an archive of more entries than the limit before reading any', async () => {
    const tiny = deflateRawSync(Buffer.from('x'));
    const bytes = zip([
      { name: 'word/document.xml', data: deflateRawSync(Buffer.from('<w:document/>')), size: 13 },
      ...Array.from({ length: LIMITS.zipEntries }, (_, n) => ({ name: `word/media/${n}.bin`, data: tiny, size: 1 })),
    ]);
    const r = await parseReport(bytes, { fileName: 'many.docx' });
    expect(codes(r)).toEqual(['INPUT_TOO_LARGE']);
    expect(r.diagnostics[0]!.message).toMatch(/2001 entries in the archive is over the 2000-entry limit/);
  });

  it('refuses a PDF whose stream decodes past the limit', async () => {
    const stream = deflateSync(zeros(LIMITS.pdfStreamBytes / 1048576 + 8), { level: 9 });
    const bytes = Buffer.concat([
      Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`),
      stream,
      Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    ]);
    const r = await parseReport(bytes, { fileName: 'bomb.pdf' });
    expect(codes(r)).toEqual(['INPUT_TOO_LARGE']);
    expect(r.diagnostics[0]!.message).toMatch(/PDF stream decodes to over the 32 MB limit/);
  });

  it('refuses HTML nested deeper than the limit before building a tree', async () => {
    const r = await parseReport(deepHtml(200_000), { fileName: 'deep.html' });
    expect(codes(r)).toEqual(['INPUT_TOO_LARGE']);
    expect(r.diagnostics[0]!.message).toMatch(/nested over 256 deep/);
  });

  it('refuses input over the size limit, and says a large text that names no table is not a report', async () => {
    const big = await parseReport(new Uint8Array(LIMITS.inputBytes + 1).fill(0x41), { fileName: 'big.txt' });
    expect(codes(big)).toEqual(['INPUT_TOO_LARGE']);
    expect(codes(await parseReport(digitText(8), { fileName: 'digits.txt' }))).toEqual(['NOT_A_REPORT']);
  });

  it('still reads a DOCX and nested HTML within the limits', async () => {
    const g = await generateReportAsync({ seed: 7, layout: 'docx' });
    const docx = await parseReport(g.bytes, { fileName: g.fileName });
    expect(docx.applications.newlyReceived?.total).toBe(g.truth.applications.newlyReceived?.total);
    const h = await generateReportAsync({ seed: 7, layout: 'html' });
    const wrapped = new TextDecoder().decode(h.bytes).replace('<body>', `<body>${'<div>'.repeat(100)}`);
    const html = await parseReport(new TextEncoder().encode(wrapped), { fileName: 'nested.html' });
    expect(html.applications.newlyReceived?.total).toBe(h.truth.applications.newlyReceived?.total);
  });
});
