import { ACTIVE_ROWS, APPLICATION_ROWS } from '@gongkai/schema/report';
import type { ActiveRowKey, ApplicationRowKey } from '@gongkai/schema/report';
import { describe, expect, it } from 'vitest';
import { alignSegments } from './align.ts';
import type { RowPattern } from './align.ts';
import type { PlacedCell } from './regions.ts';
import { buildSegments } from './segments.ts';
import type { Segment } from './segments.ts';
import { tokenizeText } from './tokenize.ts';

// The model's own rows as patterns, the way the recogniser builds them from @gongkai/schema.
const APPLICATIONS: RowPattern<ApplicationRowKey>[] = APPLICATION_ROWS.map((r) => ({
  key: r.key,
  numbering: r.numbering,
  labels: [r.label.zh, ...(r.variants ?? [])],
  core: r.core,
  coreVariants: (r.variants ?? []).filter((v) => v.length <= r.core.length + 1),
}));
const ACTIVE: RowPattern<ActiveRowKey>[] = ACTIVE_ROWS.map((r) => ({
  key: r.key,
  labels: [r.label.zh, ...(r.variants ?? [])],
  core: r.key === 'normativeDocuments' ? '规范性文件' : r.label.zh,
}));

function segmentsOf(lines: string[]): Segment[] {
  const { rows } = tokenizeText(lines.join('\n'));
  const placed: PlacedCell[] = rows.flatMap((row, r) => row.cells.map((cell, index) => ({ cell, row: r, index })));
  return buildSegments(placed, rows);
}

/** Each assigned row → the numbers of its segment as printed, or its kind (blank, label) where it has none. */
function numbersByRow<K extends string>(lines: string[], patterns: RowPattern<K>[]): Record<string, string> {
  const { assigned } = alignSegments(segmentsOf(lines), patterns);
  return Object.fromEntries([...assigned].map(([key, seg]) => [key, seg.kind === 'values' ? seg.slots.map((x) => x.cell.text || '_').join(' ') : seg.kind]));
}

/** A section 三 row laid out by spaces, as pdftotext prints it. */
const spaced = (label: string, ...numbers: number[]) => `${label}        ${numbers.join('     ')}`;

describe('alignSegments: section 三 labels', () => {
  it.each<[string, ApplicationRowKey]>([
    ['一、本年新收政府信息公开申请数量', 'newlyReceived'],
    ['二、上年结转政府信息公开申请数量', 'carriedOver'],
    ['（一）予以公开', 'granted'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partiallyGranted'],
    ['1.属于国家秘密', 'deniedStateSecret'],
    // 2021 wording and the 2019 one.
    ['2.其他法律行政法规禁止公开', 'deniedLawProhibited'],
    ['2.其他法律法规禁止公开', 'deniedLawProhibited'],
    ['3.危及“三安全一稳定”', 'deniedSafetyStability'],
    ['8.属于行政查询事项', 'deniedAdminQuery'],
    ['2.没有现成信息需要另行制作', 'unableNeedsCreation'],
    ['5.要求行政机关确认或重新出具已获取信息', 'notProcessedConfirmation'],
    ['（六）其他处理', 'otherHandling'],
    ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'otherNoCorrection'],
    ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'otherUnpaidFee'],
    ['3.其他', 'otherMisc'],
    ['（七）总计', 'totalProcessed'],
    // A misprint and a variant of 总计.
    ['（七）总记', 'totalProcessed'],
    ['（七）合计', 'totalProcessed'],
    ['四、结转下年度继续办理', 'carriedForward'],
    // Traditional characters, and the half-width and spaced numbering converters print.
    ['一、本年新收政府信息公開申請數量', 'newlyReceived'],
    ['5.要求行政機關確認或重新出具已獲取信息', 'notProcessedConfirmation'],
    ['（七）總計', 'totalProcessed'],
    ['(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)', 'partiallyGranted'],
    ['1. 本机关不掌握相关政府信息', 'unableNotHeld'],
  ])('%s → %s', (label, key) => {
    const { assigned } = alignSegments(segmentsOf([`${label}\t3\t0\t0\t0\t0\t0\t3`]), APPLICATIONS);
    expect([...assigned.keys()]).toEqual([key]);
  });

  it('tells the same words apart by the rows around them (1.… 2.… 3.其他 under （六）, then 总计)', () => {
    const lines = [
      '\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t4\t0\t0\t0\t0\t0\t4',
      '\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
      '\t\t3.其他\t1\t0\t0\t0\t0\t0\t1',
      '\t（七）总计\t9\t0\t0\t0\t0\t0\t9',
    ];
    expect(numbersByRow(lines, APPLICATIONS)).toEqual({
      otherNoCorrection: '4 0 0 0 0 0 4',
      otherUnpaidFee: '0 0 0 0 0 0 0',
      otherMisc: '1 0 0 0 0 0 1',
      totalProcessed: '9 0 0 0 0 0 9',
    });
  });
});

describe('alignSegments: labels OCR misread', () => {
  it('keeps a numbered row whose distinctive words were all misread (不掌握 as 不党担) when most of its label shows', () => {
    const lines = ['\t（四）无法提供\t1、本机关不党担相关政府信息\t447\t23\t1\t0\t11\t9\t491', '\t\t2、没有现成信息需要另行制作\t52\t2\t1\t0\t0\t2\t57'];
    expect(numbersByRow(lines, APPLICATIONS)).toEqual({ unableNotHeld: '447 23 1 0 11 9 491', unableNeedsCreation: '52 2 1 0 0 2 57' });
  });

  it('takes no such row without its numbering, nor with too little of its label', () => {
    expect(numbersByRow(['本机关不党担相关政府信息\t447\t23\t1\t0\t11\t9\t491'], APPLICATIONS)).toEqual({});
    expect(numbersByRow(['1、本机关不党担相关的事项\t447\t23\t1\t0\t11\t9\t491'], APPLICATIONS)).toEqual({});
  });
});

describe('alignSegments: values stay with their own row', () => {
  it('keeps a table row printed blank as that row, the numbers below it to their own row', () => {
    const lines = [
      '\t（四）无法提供\t1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1',
      '\t\t2.没有现成信息需要另行制作\t\t\t\t\t\t\t',
      '\t\t3.补正后申请内容仍不明确\t2\t0\t0\t0\t0\t0\t2',
    ];
    expect(numbersByRow(lines, APPLICATIONS)).toEqual({ unableNotHeld: '1 0 0 0 0 0 1', unableNeedsCreation: 'blank', unableUnclear: '2 0 0 0 0 0 2' });
  });

  it('lends no numbers to a row whose blank cells left only its words (pdftotext)', () => {
    const lines = [
      spaced('1.本机关不掌握相关政府信息', 1, 0, 0, 0, 0, 0, 1),
      '2.没有现成信息需要另行制作',
      spaced('3.补正后申请内容仍不明确', 2, 0, 0, 0, 0, 0, 2),
    ];
    const rows = numbersByRow(lines, APPLICATIONS);
    expect(rows.unableNotHeld).toBe('1 0 0 0 0 0 1');
    expect(rows.unableUnclear).toBe('2 0 0 0 0 0 2');
    expect(rows.unableNeedsCreation === undefined || rows.unableNeedsCreation === 'label').toBe(true);
  });

  it('gives the numbers after a row that is not printed at all to their own row', () => {
    const lines = [
      spaced('1.信访举报投诉类申请', 1, 0, 0, 0, 0, 0, 1),
      spaced('3.要求提供公开出版物', 2, 0, 0, 0, 0, 0, 2),
      spaced('4.无正当理由大量反复申请', 5, 0, 0, 0, 0, 0, 5),
    ];
    expect(numbersByRow(lines, APPLICATIONS)).toEqual({
      notProcessedPetition: '1 0 0 0 0 0 1',
      notProcessedPublication: '2 0 0 0 0 0 2',
      notProcessedExcessive: '5 0 0 0 0 0 5',
    });
  });

  it('reads a label wrapped over two lines, above its numbers or around them', () => {
    const lines = [
      '5.要求行政机关确认或重新',
      spaced('出具已获取信息', 0, 1, 0, 0, 0, 0, 1),
      '1.申请人无正当理由逾期不补正、行政机关不再',
      spaced('处理其政府信息公开申请', 4, 0, 0, 0, 0, 0, 4),
      '2.申请人逾期未按收费通知要求缴纳费用、行政',
      spaced('机关不再处理其政府信息公开申请', 0, 0, 0, 0, 0, 0, 0),
      spaced('3.其他', 1, 0, 0, 0, 0, 0, 1),
    ];
    expect(numbersByRow(lines, APPLICATIONS)).toMatchObject({
      notProcessedConfirmation: '0 1 0 0 0 0 1',
      otherNoCorrection: '4 0 0 0 0 0 4',
      otherUnpaidFee: '0 0 0 0 0 0 0',
      otherMisc: '1 0 0 0 0 0 1',
    });
  });

  it('gives numbers printed on a line of their own to the label above them, not to that label’s line', () => {
    const lines = [
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '                              3     0     0     0     0     0     3',
      spaced('1.属于国家秘密', 1, 0, 0, 0, 0, 0, 1),
    ];
    expect(numbersByRow(lines, APPLICATIONS)).toEqual({ partiallyGranted: '3 0 0 0 0 0 3', deniedStateSecret: '1 0 0 0 0 0 1' });
  });

  it('reads a section 二 label wrapped above its numbers between two whole rows', () => {
    const lines = [spaced('行政许可', 0, 2, 2), '其他对外管理服务', spaced('事项', 0, 0, 0), spaced('行政处罚', 0, 8, 8)];
    expect(numbersByRow(lines, ACTIVE)).toEqual({ licensing: '0 2 2', otherServices: '0 0 0', penalties: '0 8 8' });
  });

  it('reports a row printed twice in a row as a duplicate, not as the next row', () => {
    const lines = [
      spaced('（一）予以公开', 5, 0, 0, 0, 0, 0, 5),
      spaced('（一）予以公开', 6, 0, 0, 0, 0, 0, 6),
      spaced('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1, 0, 0, 0, 0, 0, 1),
    ];
    const { assigned, duplicates } = alignSegments(segmentsOf(lines), APPLICATIONS);
    expect(assigned.get('partiallyGranted')?.slots[0]?.cell.text).toBe('1');
    const printings = [assigned.get('granted')!, ...(duplicates.get('granted') ?? [])].map((s) => s.slots[0]!.cell.text).sort();
    expect(printings).toEqual(['5', '6']);
  });
});

describe('alignSegments: section 二 rows (no numbering)', () => {
  it.each<[string[], ActiveRowKey, string]>([
    [['规章\t0\t0\t3'], 'regulations', '0 0 3'],
    // 2019 wording and 2021 wording of the same row.
    [['规范性文件\t2\t2\t2'], 'normativeDocuments', '2 2 2'],
    [['行政规范性文件\t1\t0\t7'], 'normativeDocuments', '1 0 7'],
    [['行政许可\t0\t2\t2'], 'licensing', '0 2 2'],
    // Word's HTML splits the label over two paragraphs.
    [['其他对外管理', '服务事项\t0\t0\t0'], 'otherServices', '0 0 0'],
    [['行政事业性收费\t12.50'], 'fees', '12.50'],
    [['政府集中采购\t3\t96.5'], 'procurement', '3 96.5'],
    [['行政處罰\t15'], 'penalties', '15'],
    [['行政事業性收費\t0'], 'fees', '0'],
  ])('%j → %s', (lines, key, numbers) => {
    expect(numbersByRow(lines, ACTIVE)).toEqual({ [key]: numbers });
  });

  it('aligns a whole 2019 section 二 with its headers between the rows', () => {
    const lines = [
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章\t0\t0\t0',
      '规范性文件\t2\t2\t2',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政许可\t0\t2\t2',
      '其他对外管理服务事项\t0\t0\t0',
      '行政处罚\t0\t8\t8',
      '行政强制\t0\t0\t0',
      '信息内容\t上一年项目数量\t本年增/减',
      '行政事业性收费\t1\t-1',
      '信息内容\t采购项目数量\t采购总金额',
      '政府集中采购\t4\t96.5',
    ];
    expect(numbersByRow(lines, ACTIVE)).toEqual({
      regulations: '0 0 0',
      normativeDocuments: '2 2 2',
      licensing: '0 2 2',
      otherServices: '0 0 0',
      penalties: '0 8 8',
      coercion: '0 0 0',
      fees: '1 -1',
      procurement: '4 96.5',
    });
  });
});
