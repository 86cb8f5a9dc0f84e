import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wordTextToLines } from './extract-doc.ts';
import { parseReport } from './parse.ts';

// Legacy Word (.doc) and WPS (.wps) files: the same report read from its .docx and from its .doc gives
// the same numbers, and a clean one gives the generator's truth.

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '__fixtures__', 'legacy-word');
const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const numbers = (r: Record<string, unknown>) => ({
  agency: r.agency,
  year: r.year,
  template: r.template,
  active: r.active,
  applications: r.applications,
  review: r.review,
});

describe('legacy Word fixtures', () => {
  const files = readdirSync(dir).filter((f) => /\.(doc|wps)$/.test(f) && f.startsWith('gen-'));
  it.each(files)('%s reads as its .docx does', async (file) => {
    const base = file.replace(/\.(doc|wps)$/, '');
    const legacy = await parseReport(read(file), { fileName: file });
    const docx = await parseReport(read(`${base}.docx`), { fileName: `${base}.docx` });
    expect(legacy.source.format).toBe(file.endsWith('.wps') ? 'wps' : 'doc');
    expect(legacy.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(numbers(legacy as unknown as Record<string, unknown>)).toEqual(numbers(docx as unknown as Record<string, unknown>));
    const truth = readdirSync(dir).includes(`${base}.truth.json`) ? JSON.parse(readFileSync(join(dir, `${base}.truth.json`), 'utf8')) : null;
    if (truth) expect(numbers(legacy as unknown as Record<string, unknown>)).toEqual(numbers(truth));
  });

  it('a real report (平潭, saved by Word) in .doc gives its expected JSON', async () => {
    const report = await parseReport(read('pingtan-word-2019.doc'), { fileName: 'pingtan-word-2019.doc' });
    const expected = JSON.parse(readFileSync(join(here, '__fixtures__', 'conventions', 'pingtan-word-2019.expected.json'), 'utf8'));
    expect(numbers(report as unknown as Record<string, unknown>)).toEqual(numbers(expected));
    expect(report.publishedOn).toBe(expected.publishedOn);
  });

  it('an OLE file that is no Word document gets a clear error, no numbers', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (let i = 8; i < bytes.length; i++) bytes[i] = (i * 131) % 251;
    const report = await parseReport(bytes, { fileName: 'broken.doc' });
    expect(report.diagnostics.map((d) => d.code)).toEqual(['INPUT_UNREADABLE']);
    expect(report.diagnostics[0]!.message).toMatch(/DOC could not be read/);
    expect(report.applications).toEqual({});
  });
});

describe('wordTextToLines', () => {
  it('joins a cell cut by a line break, and starts a row at each numbered label', () => {
    const body = '三、收到和处理政府信息公开申请情况\n表头\t自然人\t总计\t\t一、本年新收\t3\t3\t\t三、本年度办理结果\t（二）部分公开（区分处\n理的）\t0\t0\t\t';
    expect(wordTextToLines(body).split('\n')).toEqual([
      '三、收到和处理政府信息公开申请情况',
      '表头\t自然人\t总计\t',
      '一、本年新收\t3\t3\t',
      '三、本年度办理结果',
      '（二）部分公开（区分处理的）\t0\t0\t\t',
    ]);
  });

  it('splits a header row of labels from the row of numbers under it, keeping blank cells in place', () => {
    const body = '四、政府信息公开行政复议、行政诉讼情况\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t\t\t1\t\t\t1\t\t五、存在的主要问题及改进情况\n文字。';
    expect(wordTextToLines(body).split('\n')).toEqual([
      '四、政府信息公开行政复议、行政诉讼情况',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '\t1\t\t\t1\t',
      '五、存在的主要问题及改进情况',
      '文字。',
    ]);
  });

  it('never takes an amount such as 312.56 for a row number', () => {
    expect(wordTextToLines('政府集中采购\t4\t312.56\t\t').split('\n')).toEqual(['政府集中采购\t4\t312.56\t\t']);
  });
});
