import { APPLICANT_COLUMN_KEYS, REVIEW_GROUP_KEYS, REVIEW_RESULT_KEYS } from '@gongkai/schema/report';
import type { ApplicationRowKey } from '@gongkai/schema/report';
import { describe, expect, it } from 'vitest';
import type { CellInput } from './fit.ts';
import { recogniseTables } from './recognise.ts';
import type { RecognisedTables } from './recognise.ts';
import { findRegions } from './regions.ts';
import { buildSegments } from './segments.ts';
import { tokenizeText } from './tokenize.ts';

// The recogniser gets each section's segments and placed cells; here they come from the earlier stages
// run on small reports printed the way real ones are (tabs as Word's text export writes, or pdftotext's
// spaces), and what it says is checked cell by cell.

function recognise(text: string): RecognisedTables {
  const { rows, layout } = tokenizeText(text);
  const regions = findRegions(rows);
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const columnOf = (offset: number) => offset - lineStart(offset);
  const displayColumnOf = (offset: number) => [...text.slice(lineStart(offset), offset)].reduce((w, ch) => w + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
  return recogniseTables(
    { active: buildSegments(regions.active, rows), applications: buildSegments(regions.applications, rows), review: buildSegments(regions.review, rows) },
    { active: regions.active, applications: regions.applications, review: regions.review },
    { mayBeGlued: layout === 'flat', columnOf, displayColumnOf, rows },
  );
}

/** What a cell input says: its number, or its kind where it holds none. */
const said = (c: CellInput | undefined) => (c === undefined ? 'absent' : c.kind === 'value' ? c.value : c.kind);
const row = (tables: RecognisedTables, prefix: string, columns: readonly string[]) => columns.map((c) => said(tables.cells.get(`${prefix}.${c}`)));

const ACTIVE_2021 = [
  '二、主动公开政府信息情况',
  '第二十条第（一）项\t\t\t',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t0\t0\t3',
  '行政规范性文件\t2\t1\t9',
  '第二十条第（五）项\t\t\t',
  '信息内容\t本年处理决定数量',
  '行政许可\t120',
  '第二十条第（六）项\t\t\t',
  '信息内容\t本年处理决定数量',
  '行政处罚\t15',
  '行政强制\t1',
  '第二十条第（八）项\t\t\t',
  '信息内容\t本年收费金额（单位：万元）',
  '行政事业性收费\t12.50',
];

const ACTIVE_2019 = [
  '二、主动公开政府信息情况',
  '第二十条第（一）项\t\t\t',
  '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
  '规章\t0\t0\t0',
  '规范性文件\t2\t2\t2',
  '第二十条第（五）项\t\t\t',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政许可\t4\t-2\t2',
  '其他对外管理服务事项\t0\t0\t0',
  '第二十条第（六）项\t\t\t',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政处罚\t0\t+8\t8',
  '行政强制\t0\t0\t0',
  '第二十条第（八）项\t\t\t',
  '信息内容\t上一年项目数量\t本年增/减\t',
  '行政事业性收费\t1\t0\t',
  '第二十条第（九）项\t\t\t',
  '信息内容\t采购项目数量\t采购总金额\t',
  '政府集中采购\t3\t96.5\t',
];

/** Section 三's rows as a tab table prints them: group labels in cells of their own before the row's label. */
const ROWS_BEFORE_OTHER: [string, ApplicationRowKey][] = [
  ['一、\t本年新收政府信息公开申请数量', 'newlyReceived'],
  ['二、\t上年结转政府信息公开申请数量', 'carriedOver'],
  ['三、本年度办理结果\t（一）予以公开', 'granted'],
  ['\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partiallyGranted'],
  ['\t（三）不予公开\t1.属于国家秘密', 'deniedStateSecret'],
  ['\t\t2.其他法律行政法规禁止公开', 'deniedLawProhibited'],
  ['\t\t3.危及“三安全一稳定”', 'deniedSafetyStability'],
  ['\t\t4.保护第三方合法权益', 'deniedThirdParty'],
  ['\t\t5.属于三类内部事务信息', 'deniedInternalAffairs'],
  ['\t\t6.属于四类过程性信息', 'deniedProcessInfo'],
  ['\t\t7.属于行政执法案卷', 'deniedEnforcementFile'],
  ['\t\t8.属于行政查询事项', 'deniedAdminQuery'],
  ['\t（四）无法提供\t1.本机关不掌握相关政府信息', 'unableNotHeld'],
  ['\t\t2.没有现成信息需要另行制作', 'unableNeedsCreation'],
  ['\t\t3.补正后申请内容仍不明确', 'unableUnclear'],
  ['\t（五）不予处理\t1.信访举报投诉类申请', 'notProcessedPetition'],
  ['\t\t2.重复申请', 'notProcessedDuplicate'],
  ['\t\t3.要求提供公开出版物', 'notProcessedPublication'],
  ['\t\t4.无正当理由大量反复申请', 'notProcessedExcessive'],
  ['\t\t5.要求行政机关确认或重新出具已获取信息', 'notProcessedConfirmation'],
];
const OTHER_2021: [string, ApplicationRowKey][] = [
  ['\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'otherNoCorrection'],
  ['\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'otherUnpaidFee'],
  ['\t\t3.其他', 'otherMisc'],
];
const OTHER_2019: [string, ApplicationRowKey][] = [['\t（六）其他处理', 'otherHandling']];
const ROWS_AFTER_OTHER: [string, ApplicationRowKey][] = [
  ['\t（七）总计', 'totalProcessed'],
  ['四、结转下年度继续办理', 'carriedForward'],
];

/** Every row its own numbers (the i-th row's natural persons are i + 1), so a number lent to a neighbour shows. */
const numbersOf = (i: number) => [i + 1, i % 2, 0, 0, 0, 0, i + 1 + (i % 2)];

function applications(rows: [string, ApplicationRowKey][]): { lines: string[]; expected: Record<string, number[]> } {
  const lines = [
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况',
    '\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
    '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
    ...rows.map(([label], i) => `${label}\t${numbersOf(i).join('\t')}`),
  ];
  return { lines, expected: Object.fromEntries(rows.map(([, key], i) => [key, numbersOf(i)])) };
}

const REVIEW = [
  '四、政府信息公开行政复议、行政诉讼情况',
  '行政复议\t\t\t\t\t行政诉讼',
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
  '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
  '1\t2\t0\t0\t3\t0\t1\t0\t0\t1\t0\t0\t0\t1\t1',
];
const ENDING = ['五、存在的主要问题及改进情况', '信息更新不够及时。', '六、其他需要报告的事项', '无。'];

const report = (...parts: string[][]) => ['某某镇人民政府2023年政府信息公开工作年度报告', ...parts.flat()].join('\n');

const applicationRowsOf = (tables: RecognisedTables) =>
  Object.fromEntries(tables.applicationRows.map((key) => [key, row(tables, `applications.${key}`, APPLICANT_COLUMN_KEYS)]));

describe('recogniseTables: a 2021 report', () => {
  const apps = applications([...ROWS_BEFORE_OTHER, ...OTHER_2021, ...ROWS_AFTER_OTHER]);
  const tables = recognise(report(ACTIVE_2021, apps.lines, REVIEW, ENDING));

  it('reads the format from section 二’s headers and section 三’s three 其他处理 rows', () => {
    expect(tables.activeTemplate).toBe('2021');
    expect(tables.applicationsTemplate).toBe('2021');
    expect(tables.diagnostics).toEqual([]);
  });

  it('gives each section 二 row its header’s columns', () => {
    expect(Object.fromEntries(tables.activeRows)).toEqual({
      regulations: ['issued', 'repealed', 'inForce'],
      normativeDocuments: ['issued', 'repealed', 'inForce'],
      licensing: ['decisions'],
      penalties: ['decisions'],
      coercion: ['decisions'],
      fees: ['amount'],
    });
    expect(row(tables, 'active.normativeDocuments', ['issued', 'repealed', 'inForce'])).toEqual([2, 1, 9]);
    expect(row(tables, 'active.licensing', ['decisions'])).toEqual([120]);
    // Money keeps the digits printed.
    expect(tables.cells.get('active.fees.amount')).toMatchObject({ kind: 'value', value: 12.5, decimal: '12.50' });
  });

  it('gives every section 三 row its own numbers, in the order of the model', () => {
    expect(tables.applicationRows).toEqual(Object.keys(apps.expected));
    expect(applicationRowsOf(tables)).toEqual(apps.expected);
  });

  it('reads section 四’s fifteen cells into their groups', () => {
    const review = Object.fromEntries(REVIEW_GROUP_KEYS.map((g) => [g, row(tables, `review.${g}`, REVIEW_RESULT_KEYS)]));
    expect(review).toEqual({ reconsideration: [1, 2, 0, 0, 3], litigationDirect: [0, 1, 0, 0, 1], litigationAfterReconsideration: [0, 0, 0, 1, 1] });
    expect(tables).toMatchObject({ reviewFound: true, reviewWhole: true });
  });

  it('reads the same report printed in traditional characters alike', () => {
    const traditional = recognise(toTraditional(report(ACTIVE_2021, apps.lines, REVIEW, ENDING)));
    expect(traditional.activeTemplate).toBe('2021');
    expect(traditional.applicationsTemplate).toBe('2021');
    expect(Object.fromEntries(traditional.activeRows)).toEqual(Object.fromEntries(tables.activeRows));
    expect(applicationRowsOf(traditional)).toEqual(apps.expected);
    expect(said(traditional.cells.get('review.reconsideration.total'))).toBe(3);
  });
});

describe('recogniseTables: a 2019 report', () => {
  const apps = applications([...ROWS_BEFORE_OTHER, ...OTHER_2019, ...ROWS_AFTER_OTHER]);
  const tables = recognise(report(ACTIVE_2019, apps.lines, REVIEW, ENDING));

  it('reads the 2019 format, its 规范性文件 and its rows that 2021 dropped', () => {
    expect(tables.activeTemplate).toBe('2019');
    expect(tables.applicationsTemplate).toBe('2019');
    expect(Object.fromEntries(tables.activeRows)).toEqual({
      regulations: ['newlyMade', 'newlyPublished', 'totalPublished'],
      normativeDocuments: ['newlyMade', 'newlyPublished', 'totalPublished'],
      licensing: ['previousCount', 'change', 'decisions'],
      otherServices: ['previousCount', 'change', 'decisions'],
      penalties: ['previousCount', 'change', 'decisions'],
      coercion: ['previousCount', 'change', 'decisions'],
      fees: ['previousCount', 'change'],
      procurement: ['projects', 'amount'],
    });
  });

  it('reads 本年增/减 with its sign', () => {
    expect(row(tables, 'active.licensing', ['previousCount', 'change', 'decisions'])).toEqual([4, -2, 2]);
    expect(row(tables, 'active.penalties', ['previousCount', 'change', 'decisions'])).toEqual([0, 8, 8]);
  });

  it('keeps the single （六）其他处理 row and no 2021 rows', () => {
    expect(tables.applicationRows).toContain('otherHandling');
    expect(tables.applicationRows).not.toContain('otherMisc');
    expect(applicationRowsOf(tables)).toEqual(apps.expected);
  });
});

describe('recogniseTables: reports that mix or miss things', () => {
  it('reports 2021 section 二 tables with the 2019 其他处理 row as they are', () => {
    const apps = applications([...ROWS_BEFORE_OTHER, ...OTHER_2019, ...ROWS_AFTER_OTHER]);
    const tables = recognise(report(ACTIVE_2021, apps.lines, REVIEW, ENDING));
    expect([tables.activeTemplate, tables.applicationsTemplate]).toEqual(['2021', '2019']);
    expect(row(tables, 'applications.otherHandling', APPLICANT_COLUMN_KEYS)).toEqual(apps.expected.otherHandling);
  });

  it('says which row is not printed, reads nothing for it, and leaves its neighbours their numbers', () => {
    const rows = [...ROWS_BEFORE_OTHER, ...OTHER_2021, ...ROWS_AFTER_OTHER];
    const apps = applications(rows.filter(([, key]) => key !== 'notProcessedDuplicate'));
    const tables = recognise(report(ACTIVE_2021, apps.lines, REVIEW, ENDING));
    expect(tables.diagnostics).toEqual([expect.objectContaining({ code: 'ROW_NOT_FOUND', path: 'applications.notProcessedDuplicate' })]);
    expect(tables.cells.get('applications.notProcessedDuplicate.total')).toEqual({ kind: 'unreadable', rowNotFound: true });
    const read = applicationRowsOf(tables);
    delete read.notProcessedDuplicate;
    expect(read).toEqual(apps.expected);
  });

  it('says so where section 三 is not there at all', () => {
    const tables = recognise(report(ACTIVE_2021, REVIEW, ENDING));
    expect(tables.applicationRows).toEqual([]);
    expect(tables.diagnostics).toContainEqual(expect.objectContaining({ code: 'TABLE_NOT_FOUND', path: 'applications' }));
  });

  it('keeps a blank first cell of section 四 in its column', () => {
    const review = [...REVIEW.slice(0, -1), '\t2\t0\t0\t3\t0\t1\t0\t0\t1\t0\t0\t0\t1\t1'];
    const apps = applications([...ROWS_BEFORE_OTHER, ...OTHER_2021, ...ROWS_AFTER_OTHER]);
    const tables = recognise(report(ACTIVE_2021, apps.lines, review, ENDING));
    expect(row(tables, 'review.reconsideration', REVIEW_RESULT_KEYS)).toEqual(['blank', 2, 0, 0, 3]);
    expect(row(tables, 'review.litigationAfterReconsideration', REVIEW_RESULT_KEYS)).toEqual([0, 0, 0, 1, 1]);
  });
});

describe('recogniseTables: pdftotext rows whose blank cells left no mark', () => {
  // Numbers stand under their columns; a blank cell is only a gap. Complete rows show where each column is.
  const line = (label: string, cells: (number | null)[]) => label.padEnd(20) + cells.map((n) => (n === null ? '' : String(n)).padStart(8)).join('');
  const text = report(ACTIVE_2021.slice(0, 5), [
    '三、收到和处理政府信息公开申请情况',
    line('一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 0, 4]),
    line('二、上年结转政府信息公开申请数量', [1, null, null, null, null, null, 1]),
    line('（一）予以公开', [2, 1, 0, 0, 0, 0, 3]),
    line('（二）部分公开', [null, null, null, null, null, 2, 2]),
    line('（七）总计', [4, 1, 0, 0, 0, 0, 5]),
    line('四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0]),
  ]);
  const tables = recognise(text);

  it('places the numbers of a row with gaps under the columns of the complete rows', () => {
    expect(row(tables, 'applications.carriedOver', APPLICANT_COLUMN_KEYS)).toEqual([1, 'blank', 'blank', 'blank', 'blank', 'blank', 1]);
    expect(row(tables, 'applications.partiallyGranted', APPLICANT_COLUMN_KEYS)).toEqual(['blank', 'blank', 'blank', 'blank', 'blank', 2, 2]);
    expect(row(tables, 'applications.newlyReceived', APPLICANT_COLUMN_KEYS)).toEqual([3, 1, 0, 0, 0, 0, 4]);
  });
});

describe('recogniseTables: （六）其他处理 as the 2021 group label', () => {
  // pdftotext prints a group label on a line of its own, or on the line of the row it stands beside.
  const line = (label: string, i: number) => `${label}        ${numbersOf(i).join('     ')}`;
  const before = ROWS_BEFORE_OTHER.map(([label]) => label.split('\t').filter(Boolean).join(''));
  const expected = Object.fromEntries([...ROWS_BEFORE_OTHER, ...OTHER_2021, ...ROWS_AFTER_OTHER].map(([, key], i) => [key, numbersOf(i)]));
  const n = before.length;

  it.each([
    [
      'on a line of its own',
      [
        '（六）其他处理',
        line('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', n),
        line('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', n + 1),
      ],
    ],
    [
      'on the line of the first row’s numbers',
      [
        '1.申请人无正当理由逾期不补正、行政机关不再处理其政府',
        line('（六）其他处理 信息公开申请', n),
        line('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', n + 1),
      ],
    ],
    [
      'beside the second row',
      [
        line('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', n),
        line('（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', n + 1),
      ],
    ],
  ])('%s: no 其他处理 row, the three rows under it with their numbers', (_, other) => {
    const lines = [
      '三、收到和处理政府信息公开申请情况',
      ...before.map((label, i) => line(label, i)),
      ...other,
      line('3.其他', n + 2),
      line('（七）总计', n + 3),
      line('四、结转下年度继续办理', n + 4),
    ];
    const tables = recognise(report(ACTIVE_2021, lines, REVIEW, ENDING));
    expect(tables.applicationsTemplate).toBe('2021');
    expect(tables.applicationRows).not.toContain('otherHandling');
    expect(applicationRowsOf(tables)).toEqual(expected);
  });
});

describe('recogniseTables: flattened text', () => {
  const rows: [string, string][] = [
    ['一、本年新收政府信息公开申请数量', '3000003'],
    ['二、上年结转政府信息公开申请数量', '1000001'],
    ['三、本年度办理结果（一）予以公开', '2000002'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '0000000'],
    ['（三）不予公开1.属于国家秘密', '0000000'],
    ['2.其他法律行政法规禁止公开', '0000000'],
    ['3.危及“三安全一稳定”', '0000000'],
    ['4.保护第三方合法权益', '0000000'],
    ['5.属于三类内部事务信息', '0000000'],
    ['6.属于四类过程性信息', '0000000'],
    ['7.属于行政执法案卷', '0000000'],
    ['8.属于行政查询事项', '0000000'],
    ['（四）无法提供1.本机关不掌握相关政府信息', '1000001'],
    ['2.没有现成信息需要另行制作', '0000000'],
    ['3.补正后申请内容仍不明确', '0000000'],
    ['（五）不予处理1.信访举报投诉类申请', '0000000'],
    ['2.重复申请', '0000000'],
    ['3.要求提供公开出版物', '0000000'],
    ['4.无正当理由大量反复申请', '0000000'],
    ['5.要求行政机关确认或重新出具已获取信息', '0000000'],
    ['（六）其他处理', '0000000'],
    ['（七）总计', '3000003'],
    ['四、结转下年度继续办理', '1000001'],
  ];
  const flat = (digits: (d: string, i: number) => string) =>
    `某某镇2023年政府信息公开工作年度报告三、收到和处理政府信息公开申请情况${rows.map(([label, d], i) => label + digits(d, i)).join('')}四、政府信息公开行政复议、行政诉讼情况000000000000000五、存在的主要问题及改进情况无。`;

  it('leaves runs of glued digits to the rules as groups of possible splits', () => {
    const tables = recognise(flat((d) => d));
    expect(tables.cells.get('applications.newlyReceived.naturalPerson')?.kind).toBe('glued');
    const group = tables.groups.find((g) => g.paths[0] === 'applications.newlyReceived.naturalPerson');
    expect(group?.tuples).toContainEqual(['3', '0', '0', '0', '0', '0', '3']);
  });

  it('cuts no run where the report prints blank marks, since any cell of a run may be missing', () => {
    const tables = recognise(flat((d, i) => (i === 1 ? '/' : d)));
    expect(tables.diagnostics).toContainEqual(expect.objectContaining({ code: 'ROW_CELL_COUNT', path: 'applications', severity: 'info' }));
    expect(tables.groups).toEqual([]);
    expect(tables.cells.get('applications.newlyReceived.naturalPerson')?.kind).toBe('unreadable');
  });
});

// Simplified → traditional for the characters of these reports, as a report printed in Taiwan or Hong
// Kong style would show them (動 included: it is how 主动 is printed there).
const TRADITIONAL: Record<string, string> = Object.fromEntries(
  [
    ...'开開报報请請数數结結转轉处處总總计計审審维維纠糾许許罚罰强強规規范範采採购購务務类類护護权權险險稳穩关關机機构構业業织織会會团團体體术術经經济濟问問题題况況进進与與复復讼訟议議据據费費额額执執询詢现現确確补補访訪举舉诉訴时時为為对對项項条條档檔获獲发發废廢属屬办辦号號门門县縣乡鄉镇鎮区區动動',
  ].reduce<[string, string][]>((pairs, ch, i, all) => (i % 2 === 0 ? [...pairs, [ch, all[i + 1]!]] : pairs), []),
);
const toTraditional = (text: string) => [...text].map((ch) => TRADITIONAL[ch] ?? ch).join('');
