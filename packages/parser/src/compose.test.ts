import iconv from 'iconv-lite';
import { generateReportAsync } from '@gongkai/samples/generator';
import type { Layout } from '@gongkai/samples/generator';
import { seedReports } from '@gongkai/samples/seeds';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseReport, parseReportWithSource, parseText } from './compose.ts';
import type { Row, SourceDocument } from './document.ts';

// The composition: which path the bytes take, what comes back when a stage cannot go on, and the
// pieces compose itself adds between the stages (the cut last number, the column measures).

const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);
const tables = (r: { active: unknown; applications: unknown; review: unknown }) => ({ active: r.active, applications: r.applications, review: r.review });

/** 海通乡's 2022 report: a 2021-format report in tab-separated text. */
const seed = seedReports().find((s) => s.name.startsWith('004'))!;
const seedText = seed.bytes.toString('utf8');
const seedTables = tables(seed.expected as Parameters<typeof tables>[0]);

describe('parseReport: each format through its own extraction', () => {
  it.each<[Layout, string]>([
    ['tabs', 'txt'],
    ['pipes', 'md'],
    ['html', 'html'],
    ['docx', 'docx'],
  ])('a %s report comes back as format %s with every number', async (layout, format) => {
    const g = await generateReportAsync({ seed: 31, layout, template: '2021' });
    const report = await parseReport(g.bytes, { fileName: g.fileName });
    expect(report.source.format).toBe(format);
    expect(tables(report)).toEqual(tables(g.truth));
  });

  it('goes by the bytes, not by the file name', async () => {
    const g = await generateReportAsync({ seed: 31, layout: 'docx', template: '2021' });
    const report = await parseReport(g.bytes, { fileName: 'report.txt' });
    expect(report.source.format).toBe('docx');
    expect(tables(report)).toEqual(tables(g.truth));
  });

  it('reads text in GB18030 as it reads UTF-8, and points provenance into the decoded text', async () => {
    const { report, sourceText } = await parseReportWithSource(new Uint8Array(iconv.encode(seedText, 'gb18030')));
    expect(report.source.encoding).toBe('gb18030');
    expect(sourceText).toBe(seedText);
    expect(tables(report)).toEqual(seedTables);
    const printed = Object.values(report.provenance).filter((p) => p.state === 'printed');
    expect(printed.length).toBeGreaterThan(100);
    for (const p of printed) expect(sourceText!.slice(p.start, p.end)).toBe(p.raw);
  });

  it('says first that bytes did not decode cleanly, and reads the report all the same', async () => {
    const bytes = new Uint8Array(iconv.encode(seedText.replace('一、总体情况', '一、总体情况\u0001'), 'gb18030'));
    // A byte GB18030 cannot start a character with, in the narrative.
    bytes[bytes.indexOf(1)] = 0xff;
    const report = await parseReport(bytes);
    expect(codes(report)[0]).toBe('DECODE_FALLBACK');
    expect(tables(report)).toEqual(seedTables);
  });
});

describe('parseReport: files that are not reports', () => {
  it.each<[string, Uint8Array, string, string]>([
    // A PNG's first bytes, in a file named as a PDF: an image (the OCR stage with the API reads those).
    [
      'an image',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6]),
      'scan.pdf',
      'png',
    ],
    ['another archive', new TextEncoder().encode('PK\u0003\u0004....photos/1.jpg'), 'photos.zip', 'txt'],
    ['a text naming no table', new TextEncoder().encode('会议纪要\n今天讨论了明年的工作安排。\n'), 'notes.txt', 'txt'],
    ['a web page naming no table', new TextEncoder().encode('<!DOCTYPE html><html><body><p>欢迎访问</p></body></html>'), 'index.html', 'html'],
    [
      'news that mentions disclosure but has no tables',
      new TextEncoder().encode('我县召开2023年政府信息公开工作会议\n会议要求各单位做好政府信息公开年度报告的编制工作。\n'),
      'news.txt',
      'txt',
    ],
  ])('%s: NOT_A_REPORT and no numbers', async (_, bytes, fileName, format) => {
    const report = await parseReport(bytes, { fileName });
    expect(codes(report)).toEqual(['NOT_A_REPORT']);
    expect(report.source.format).toBe(format);
    expect([report.agency, report.year, report.template]).toEqual([null, null, null]);
    expect(tables(report)).toEqual({ active: {}, applications: {}, review: {} });
  });

  it('gives no source text for what is not a report', async () => {
    expect((await parseReportWithSource(new TextEncoder().encode('会议纪要'))).sourceText).toBeNull();
  });
});

describe('parseDocument', () => {
  it('turns a stage that fails into PARSE_FAILED instead of throwing', () => {
    const broken: SourceDocument = { text: '', rows: [null as unknown as Row], format: 'docx', encoding: null, layout: 'docx' };
    const report = parseDocument(broken);
    expect(codes(report)).toEqual(['PARSE_FAILED']);
    expect(report.source).toMatchObject({ format: 'docx', layout: 'docx' });
  });
});

describe('parseText: what compose adds between the stages', () => {
  it('does not state the last number of a text cut inside its tables (it may have lost digits)', () => {
    // The page stops right after 结转下年度's total: 13 may have been 130 or 133.
    const cut = seedText.slice(0, seedText.indexOf('四、结转下年度继续办理')) + '四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t13';
    const report = parseText(cut);
    expect(report.applications.carriedForward?.total).toBeNull();
    expect(report.applications.carriedForward?.naturalPerson).toBe(0);
    expect(codes(report)).toContain('REPORT_INCOMPLETE');
  });

  it('places numbers under their columns in text aligned by display width (a Chinese character two columns wide)', () => {
    const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
    const line = (label: string, cells: (number | null)[]) =>
      label + ' '.repeat(40 - width(label)) + cells.map((n) => (n === null ? '' : String(n)).padStart(8)).join('');
    // Numbers that agree with rules 1–3, so that what the blanks leave is fixed by them.
    const section = [
      '三、收到和处理政府信息公开申请情况',
      line('一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 2, 6]),
      line('二、上年结转', [1, null, null, null, null, null, 1]),
      line('（一）予以公开', [2, 1, 0, 0, 0, 0, 3]),
      line('（二）部分公开', [null, null, null, null, null, 2, 2]),
      line('（七）总计', [2, 1, 0, 0, 0, 2, 5]),
      line('四、结转下年度继续办理', [2, 0, 0, 0, 0, 0, 2]),
    ];
    const text = seedText.slice(0, seedText.indexOf('三、收到和处理')) + section.join('\n') + seedText.slice(seedText.indexOf('\n四、政府信息公开行政复议'));
    const report = parseText(text);
    expect(report.applications.carriedOver).toEqual({
      naturalPerson: 1,
      commercial: 0,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      otherOrg: 0,
      total: 1,
    });
    expect(report.applications.partiallyGranted).toEqual({
      naturalPerson: 0,
      commercial: 0,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      otherOrg: 2,
      total: 2,
    });
  });
});
