import { describe, expect, it } from 'vitest';
import type { PlacedCell } from './regions.ts';
import { buildSegments } from './segments.ts';
import type { Segment } from './segments.ts';
import { tokenizeText } from './tokenize.ts';

/** Every cell of the text's rows placed in one section, as findRegions would place a table's. */
function segmentsOf(text: string): Segment[] {
  const { rows } = tokenizeText(text);
  const placed: PlacedCell[] = rows.flatMap((row, r) => row.cells.map((cell, index) => ({ cell, row: r, index })));
  return buildSegments(placed, rows);
}

/** What a reader checks of a segment: its kind, the label it reads as, and its cells as printed. */
const brief = (s: Segment) => ({ kind: s.kind, label: s.label, cells: s.slots.map((x) => x.cell.text) });

describe('buildSegments: one row', () => {
  it.each<[string, string, { kind: string; label: string; cells: string[] }]>([
    ['a tab row', '规章\t1\t0\t5', { kind: 'values', label: '规章', cells: ['1', '0', '5'] }],
    ['a blank cell between label and value', '行政许可\t\t2\t2', { kind: 'values', label: '行政许可', cells: ['', '2', '2'] }],
    ['printed blank marks', '行政强制\t/\t-\t0', { kind: 'values', label: '行政强制', cells: ['/', '-', '0'] }],
    [
      'merged-cell padding before the label',
      '\t\t2.重复申请\t0\t1\t0\t0\t0\t0\t1',
      { kind: 'values', label: '2.重复申请', cells: ['0', '1', '0', '0', '0', '0', '1'] },
    ],
    [
      'a group label and the row label',
      '（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1',
      { kind: 'values', label: '（三）不予公开1.属于国家秘密', cells: ['1', '0', '0', '0', '0', '0', '1'] },
    ],
    ['a table row printed all blank', '3.其他\t\t\t', { kind: 'blank', label: '3.其他', cells: ['', '', ''] }],
    ['a pdftotext row of printed marks', '3.其他     /     /     /', { kind: 'blank', label: '3.其他', cells: ['/', '/', '/'] }],
    ['a label on its own line', '5.要求行政机关确认或重新', { kind: 'label', label: '5.要求行政机关确认或重新', cells: [] }],
    // “?” is what OCR prints for a value it could not read: it keeps its place wherever it stands.
    ['an unreadable first value', '政府集中采购\t?\t1226', { kind: 'values', label: '政府集中采购', cells: ['?', '1226'] }],
    ['an unreadable last value', '行政许可\t3\t0\t?', { kind: 'values', label: '行政许可', cells: ['3', '0', '?'] }],
    ['a row of unreadable values', '行政强制\t?\t?\t?', { kind: 'values', label: '行政强制', cells: ['?', '?', '?'] }],
    // Other stray marks before the first value are what is left of a label (“(六) 其他 · 0”).
    ['a stray mark after the label', '（六）其他\t·\t0\t0', { kind: 'values', label: '（六）其他', cells: ['0', '0'] }],
  ])('%s', (_, text, expected) => {
    expect(segmentsOf(text).map(brief)).toEqual([expected]);
  });

  it('keeps an unreadable first cell of section 四’s bare number row', () => {
    const [row] = segmentsOf('?\t1\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0').map(brief);
    expect(row?.cells).toHaveLength(15);
    expect(row?.cells[0]).toBe('?');
  });

  it('reads a number followed by 年 as a year in a sentence, not a value', () => {
    expect(segmentsOf('2024 年，我市政府信息公开工作取得了一定成效').map(brief)).toEqual([
      { kind: 'label', label: '2024年，我市政府信息公开工作取得了一定成效', cells: [] },
    ]);
  });

  it('keeps section 四’s bare number row whole, its blank first cell included', () => {
    const [row] = segmentsOf('\t1\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0').map(brief);
    expect(row).toEqual({ kind: 'values', label: '', cells: ['', '1', '0', '0', '1', ...Array(10).fill('0')] });
  });

  it('keeps a row of printed marks only as a row of blank values', () => {
    expect(segmentsOf('/\t/\t/').map(brief)).toEqual([{ kind: 'values', label: '', cells: ['/', '/', '/'] }]);
  });

  it('marks empty cells after a table row’s last value as trailing, to be judged as padding later', () => {
    const [row] = segmentsOf('规章\t1\t0\t5\t\t');
    expect(row!.slots.map((x) => [x.cell.text, x.trailing ?? false])).toEqual([
      ['1', false],
      ['0', false],
      ['5', false],
      ['', true],
      ['', true],
    ]);
  });

  it('takes a stray mark between two numbers of a table row for a lost digit, and drops it in text laid out by spaces', () => {
    const [tab] = segmentsOf('规章\t1\t·\t5');
    expect(tab!.slots.map((x) => x.reading.kind)).toEqual(['number', 'garbled', 'number']);
    const [spaced] = segmentsOf('规章    1    ·    5');
    expect(spaced!.slots.map((x) => x.cell.text)).toEqual(['1', '5']);
  });
});

describe('buildSegments: labels wrapped over lines', () => {
  it('gives a label wrapped above its numbers to the numbers, and keeps the first line as a label of its own', () => {
    const segments = segmentsOf(['（二）部分公开（区分处理的，只计', '这一情形，不计其他情形）     3     0     0     0     0     0     3'].join('\n'));
    expect(segments.map(brief)).toEqual([
      { kind: 'label', label: '（二）部分公开（区分处理的，只计', cells: [] },
      { kind: 'values', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', cells: ['3', '0', '0', '0', '0', '0', '3'] },
    ]);
    expect(segments[1]).toMatchObject({ ownText: '这一情形，不计其他情形）', prefixText: '（二）部分公开（区分处理的，只计' });
  });

  it('starts the context afresh after each row of numbers', () => {
    const segments = segmentsOf(
      ['5.要求行政机关确认或重新', '出具已获取信息     0     1     0     0     0     0     1', '（六）其他处理     0     0     0     0     0     0     0'].join(
        '\n',
      ),
    );
    expect(segments.map((s) => [s.kind, s.label, s.prefixText])).toEqual([
      ['label', '5.要求行政机关确认或重新', ''],
      ['values', '5.要求行政机关确认或重新出具已获取信息', '5.要求行政机关确认或重新'],
      ['values', '（六）其他处理', ''],
    ]);
  });

  it('points every cell back at its line', () => {
    const segments = segmentsOf(['规章\t1\t0\t5', '行政规范性文件\t2\t1\t9'].join('\n'));
    expect(segments.map((s) => [s.row, s.slots.map((x) => x.cell.line)])).toEqual([
      [0, [1, 1, 1]],
      [1, [2, 2, 2]],
    ]);
  });
});

describe('buildSegments: flattened text', () => {
  // A page whose table lost every separator: labels and digit runs follow each other on one line.
  const rows: [string, string][] = [
    ['一、本年新收政府信息公开申请数量', '3000003'],
    ['二、上年结转政府信息公开申请数量', '0000000'],
    ['（一）予以公开', '2000002'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '0000000'],
    ['1.属于国家秘密', '0000000'],
    ['2.其他法律行政法规禁止公开', '0000000'],
    ['3.危及“三安全一稳定”', '0000000'],
    ['4.保护第三方合法权益', '0000000'],
    ['5.属于三类内部事务信息', '0000000'],
    ['6.属于四类过程性信息', '0000000'],
    ['7.属于行政执法案卷', '0000000'],
    ['8.属于行政查询事项', '0000000'],
    ['1.本机关不掌握相关政府信息', '1000001'],
    ['2.没有现成信息需要另行制作', '0000000'],
    ['3.补正后申请内容仍不明确', '0000000'],
    ['1.信访举报投诉类申请', '0000000'],
    ['2.重复申请', '0000000'],
    ['3.要求提供公开出版物', '0000000'],
    ['4.无正当理由大量反复申请', '0000000'],
    ['5.要求行政机关确认或重新出具已获取信息', '0000000'],
    ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '0000000'],
    ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '0000000'],
    ['3.其他', '0000000'],
    ['（七）总计', '3000003'],
    ['四、结转下年度继续办理', '0000000'],
  ];
  const line = `三、收到和处理政府信息公开申请情况${rows.map(([label, digits]) => label + digits).join('')}四、政府信息公开行政复议、行政诉讼情况`;

  it('cuts the line into one segment per label, each with the digits that follow it', () => {
    expect(line.length).toBeGreaterThanOrEqual(400);
    const segments = segmentsOf(line).filter((s) => s.kind === 'values');
    // The heading runs into the first label, as it does on the page (regions find it at the start).
    const labels = rows.map(([label], i) => (i === 0 ? `三、收到和处理政府信息公开申请情况${label}` : label));
    expect(segments.map((s) => [s.ownText, s.slots.map((x) => x.cell.text)])).toEqual(rows.map(([, digits], i) => [labels[i], [digits]]));
  });

  it('gives a numbering glued to the digits before it (…制作00000003.补正…) to the next label', () => {
    const segments = segmentsOf(line);
    const unclear = segments.find((s) => s.ownText.includes('补正后'));
    const before = segments.find((s) => s.ownText.includes('另行制作'));
    expect(unclear?.ownText).toBe('3.补正后申请内容仍不明确');
    expect(before?.slots.map((x) => x.cell.text)).toEqual(['0000000']);
  });
});
