import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActiveColumnKey, ActiveRowKey, ApplicationRowKey, Template } from '@gongkai/schema/report';
import { ACTIVE_ROWS, APPLICATION_ROWS } from '@gongkai/schema/report';
import { SEEDS_DIR, seedFileNames } from '@gongkai/samples/seeds';
import { describe, expect, it } from 'vitest';
import { completenessDiagnostics } from './completeness.ts';
import type { Completeness } from './completeness.ts';
import { parseText } from './parse.ts';

// Whether a report's tables are whole: a missing table, or a table cut part-way (the rows after the cut
// gone from the text), gives one REPORT_INCOMPLETE error naming what is missing; a row printed blank
// (its label still in the text) is not a cut. The row orders below are written out from the report
// model (shared/report-model.md), not derived from the module's own filters.

const ACTIVE: Record<Template, ActiveRowKey[]> = {
  '2019': ['regulations', 'normativeDocuments', 'licensing', 'otherServices', 'penalties', 'coercion', 'fees', 'procurement'],
  '2021': ['regulations', 'normativeDocuments', 'licensing', 'penalties', 'coercion', 'fees'],
};
const APPLICATIONS_HEAD: ApplicationRowKey[] = [
  'newlyReceived',
  'carriedOver',
  'granted',
  'partiallyGranted',
  'deniedStateSecret',
  'deniedLawProhibited',
  'deniedSafetyStability',
  'deniedThirdParty',
  'deniedInternalAffairs',
  'deniedProcessInfo',
  'deniedEnforcementFile',
  'deniedAdminQuery',
  'unableNotHeld',
  'unableNeedsCreation',
  'unableUnclear',
  'notProcessedPetition',
  'notProcessedDuplicate',
  'notProcessedPublication',
  'notProcessedExcessive',
  'notProcessedConfirmation',
];
const APPLICATIONS: Record<Template, ApplicationRowKey[]> = {
  '2019': [...APPLICATIONS_HEAD, 'otherHandling', 'totalProcessed', 'carriedForward'],
  '2021': [...APPLICATIONS_HEAD, 'otherNoCorrection', 'otherUnpaidFee', 'otherMisc', 'totalProcessed', 'carriedForward'],
};

/** The column headers of section 三 as every report prints them, above the first row. */
const APPLICATIONS_HEADER =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他';

const activeSpec = (key: ActiveRowKey) => ACTIVE_ROWS.find((r) => r.key === key)!;
const applicationSpec = (key: ApplicationRowKey) => APPLICATION_ROWS.find((r) => r.key === key)!;

/** A row of section 二 as printed: its label (2019 prints 规范性文件), then its cells. */
const activeLine = (template: Template, key: ActiveRowKey) =>
  `${key === 'normativeDocuments' && template === '2019' ? '规范性文件' : activeSpec(key).label.zh} 0 0 0`;
/** A row of section 三 as printed: numbering, label, seven cells. */
const applicationLine = (key: ApplicationRowKey) => `${applicationSpec(key).numbering}${applicationSpec(key).label.zh} 0 0 0 0 0 0 0`;

const upTo = <K extends string>(keys: K[], last: K) => keys.slice(0, keys.indexOf(last) + 1);

/** The rows of section 二 read (with a cell each), as recognise hands them over. */
const activeRead = (keys: ActiveRowKey[]) => new Map<ActiveRowKey, ActiveColumnKey[]>(keys.map((k) => [k, ['decisions']]));

/** A whole report of the template: every row read and printed, section 四 whole, sections 五 and 六 present. */
function whole(template: Template): Completeness {
  return {
    activeRows: activeRead(ACTIVE[template]),
    applicationsFound: new Set(APPLICATIONS[template]),
    template,
    reviewFound: true,
    reviewWhole: true,
    narrativeAfterTables: true,
    text: {
      active: ACTIVE[template].map((k) => activeLine(template, k)).join(''),
      applications: APPLICATIONS[template].map(applicationLine).join(''),
      review: '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计000000000000000',
    },
  };
}

/** A whole report whose section 二 or 三 stops after `last`: nothing after it read or printed. */
function activeCutAfter(template: Template, last: ActiveRowKey): Completeness {
  const rows = upTo(ACTIVE[template], last);
  const c = whole(template);
  return { ...c, activeRows: activeRead(rows), text: { ...c.text, active: rows.map((k) => activeLine(template, k)).join('') } };
}
function applicationsCutAfter(template: Template, last: ApplicationRowKey, header = ''): Completeness {
  const rows = upTo(APPLICATIONS[template], last);
  const c = whole(template);
  return { ...c, applicationsFound: new Set(rows), text: { ...c.text, applications: header + rows.map(applicationLine).join('') } };
}

/** The one diagnostic a report with something missing must carry. */
function incomplete(c: Completeness) {
  const out = completenessDiagnostics(c);
  expect(out).toHaveLength(1);
  expect(out[0]).toMatchObject({ code: 'REPORT_INCOMPLETE', severity: 'error' });
  return out[0]!;
}

const TAIL_ZH = '；正文在表格处结束，五、六两部分也不存在';
const TAIL_EN = '; the text ends in the tables, without sections 五 and 六';

describe('completenessDiagnostics: whole reports', () => {
  it.each<Template>(['2019', '2021'])('a whole %s report has no completeness diagnostic', (template) => {
    expect(completenessDiagnostics(whole(template))).toEqual([]);
  });

  it.each<Template>(['2019', '2021'])('a whole %s report that ends with its tables is not incomplete for that alone', (template) => {
    expect(completenessDiagnostics({ ...whole(template), narrativeAfterTables: false })).toEqual([]);
  });

  it('takes a mixed report (2021 tables with the 2019 其他处理 row) as whole', () => {
    const rows = [...APPLICATIONS_HEAD, 'otherHandling', 'totalProcessed', 'carriedForward'] as ApplicationRowKey[];
    const c = whole('2021');
    expect(completenessDiagnostics({ ...c, applicationsFound: new Set(rows), text: { ...c.text, applications: rows.map(applicationLine).join('') } })).toEqual(
      [],
    );
  });
});

describe('completenessDiagnostics: section 二 cut part-way', () => {
  it.each<[Template, ActiveRowKey, string, string]>([
    ['2021', 'regulations', '规章', '行政规范性文件、行政许可、行政处罚、行政强制、行政事业性收费'],
    ['2021', 'penalties', '行政处罚', '行政强制、行政事业性收费'],
    ['2021', 'coercion', '行政强制', '行政事业性收费'],
    ['2019', 'licensing', '行政许可', '其他对外管理服务事项、行政处罚、行政强制、行政事业性收费、政府集中采购'],
    ['2019', 'coercion', '行政强制', '行政事业性收费、政府集中采购'],
    ['2019', 'fees', '行政事业性收费', '政府集中采购'],
  ])('a %s table cut after %s names that row and every row it lacks', (template, last, label, lacks) => {
    const d = incomplete(activeCutAfter(template, last));
    expect(d.path).toBe('active');
    expect(d.message).toBe(
      `报告不完整：缺少二的表格在“${label}”之后中断（缺“${lacks}”） / incomplete report: missing the section 二 tables stop after ${last}`,
    );
  });

  it('expects the rows of its own template: the same rows are whole in 2021 and cut in 2019', () => {
    const rows = ACTIVE['2021'];
    const c = (template: Template): Completeness => ({
      ...whole(template),
      activeRows: activeRead(rows),
      text: { ...whole(template).text, active: rows.map((k) => activeLine(template, k)).join('') },
    });
    expect(completenessDiagnostics(c('2021'))).toEqual([]);
    expect(incomplete(c('2019')).message).toContain('二的表格在“行政事业性收费”之后中断（缺“政府集中采购”）');
  });

  it('counts the 2019 label 规范性文件 as the normative-documents row', () => {
    // Nothing read past 规章; the text still shows 规范性文件, so the cut comes after that row.
    const c = whole('2019');
    const d = incomplete({ ...c, activeRows: activeRead(['regulations']), text: { ...c.text, active: '规章 0 0 0规范性文件' } });
    expect(d.message).toContain('二的表格在“行政规范性文件”之后中断（缺“行政许可、');
  });

  it.each<[string, Template, ActiveRowKey[], string]>([
    ['the last 2021 row', '2021', ['regulations', 'normativeDocuments', 'licensing', 'penalties', 'coercion'], '行政事业性收费'],
    ['the last 2019 row', '2019', ['regulations', 'normativeDocuments', 'licensing', 'otherServices', 'penalties', 'coercion', 'fees'], '政府集中采购'],
    ['the last row, in traditional characters', '2021', ['regulations', 'normativeDocuments', 'licensing', 'penalties', 'coercion'], '行政事業性收費'],
    [
      'the last row, spaced out with its item number',
      '2021',
      ['regulations', 'normativeDocuments', 'licensing', 'penalties', 'coercion'],
      '（八） 行政事业 性收费',
    ],
    ['every row after 规章', '2021', ['regulations'], '行政规范性文件行政许可行政处罚行政强制行政事业性收费'],
  ])('does not count a row printed blank as a cut: %s', (_, template, read, blankLabels) => {
    const c = whole(template);
    const text = read.map((k) => activeLine(template, k)).join('') + blankLabels;
    expect(completenessDiagnostics({ ...c, activeRows: activeRead(read), text: { ...c.text, active: text } })).toEqual([]);
  });

  it('does not count blank rows in the middle as a cut when the last row was read', () => {
    const c = whole('2021');
    expect(
      completenessDiagnostics({ ...c, activeRows: activeRead(['regulations', 'fees']), text: { ...c.text, active: '规章 0 0 0行政事业性收费 0' } }),
    ).toEqual([]);
  });
});

describe('completenessDiagnostics: section 二 missing', () => {
  it.each<[string, string]>([
    ['no text at all', ''],
    ['only its item numbers and column headers', '第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数'],
  ])('reports the section 二 tables missing with %s', (_, text) => {
    const c = whole('2021');
    const d = incomplete({ ...c, activeRows: new Map(), text: { ...c.text, active: text } });
    expect(d.path).toBe('active');
    expect(d.message).toBe('报告不完整：缺少二、主动公开政府信息情况的表格 / incomplete report: missing the section 二 tables');
  });
});

describe('completenessDiagnostics: section 三 cut part-way', () => {
  it.each<[Template, ApplicationRowKey, string, string]>([
    ['2019', 'newlyReceived', '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量'],
    ['2019', 'deniedThirdParty', '保护第三方合法权益', '属于三类内部事务信息'],
    ['2019', 'notProcessedConfirmation', '要求行政机关确认或重新出具已获取信息', '其他处理'],
    ['2019', 'otherHandling', '其他处理', '总计'],
    ['2019', 'totalProcessed', '总计', '结转下年度继续办理'],
    ['2021', 'carriedOver', '上年结转政府信息公开申请数量', '予以公开'],
    ['2021', 'granted', '予以公开', '部分公开（区分处理的，只计这一情形，不计其他情形）'],
    ['2021', 'otherMisc', '其他', '总计'],
    ['2021', 'totalProcessed', '总计', '结转下年度继续办理'],
  ])('a %s table cut after %s names that row and the next one', (template, last, label, next) => {
    const d = incomplete(applicationsCutAfter(template, last));
    expect(d.path).toBe('applications');
    expect(d.message).toBe(
      `报告不完整：缺少三的表格在“${label}”之后中断（缺“${next}”及以下各行） / incomplete report: missing the section 三 table stops after ${last}`,
    );
  });

  // The cores of 总计 and 其他 are also words of the section 三 column headers (申请人情况 … 其他 总计) and of
  // other labels (部分公开（…不计其他情形）): they must not make a cut page look whole down to 总计, nor a
  // section 三 that printed only its header look cut rather than missing.
  it.each<[string, Completeness, string]>([
    [
      '2019, header printed, cut after 4.保护第三方合法权益',
      applicationsCutAfter('2019', 'deniedThirdParty', APPLICATIONS_HEADER),
      '三的表格在“保护第三方合法权益”之后中断',
    ],
    ['2021, header printed, cut after （一）予以公开', applicationsCutAfter('2021', 'granted', APPLICATIONS_HEADER), '三的表格在“予以公开”之后中断'],
    ['2021, no header, cut after 4.保护第三方合法权益', applicationsCutAfter('2021', 'deniedThirdParty'), '三的表格在“保护第三方合法权益”之后中断'],
    [
      '2019, only the header printed, no row',
      { ...whole('2019'), applicationsFound: new Set(), text: { ...whole('2019').text, applications: APPLICATIONS_HEADER } },
      '缺少三、收到和处理政府信息公开申请情况的表格',
    ],
  ])('names the row a cut table stops after, whatever the headers say: %s', (_, c, expected) => {
    expect(incomplete(c).message).toContain(expected);
  });

  it.each<[string, Template, ApplicationRowKey, string]>([
    ['四、结转下年度继续办理, 2019', '2019', 'totalProcessed', '四、结转下年度继续办理'],
    ['四、结转下年度继续办理, 2021', '2021', 'totalProcessed', '四、结转下年度继续办理'],
    ['in traditional characters', '2021', 'totalProcessed', '四、結轉下年度繼續辦理'],
    ['spaced out over cells', '2019', 'totalProcessed', '四、结转 下年度 继续办理 / / /'],
    ['every row after 二、上年结转, 2019', '2019', 'carriedOver', APPLICATIONS['2019'].slice(2).map(applicationLine).join('')],
    ['every row after （五）5., 2021', '2021', 'notProcessedConfirmation', APPLICATIONS['2021'].slice(20).map(applicationLine).join('')],
  ])('does not count rows printed blank as a cut: %s', (_, template, lastRead, blankRows) => {
    const c = applicationsCutAfter(template, lastRead);
    expect(completenessDiagnostics({ ...c, text: { ...c.text, applications: c.text.applications + blankRows } })).toEqual([]);
  });

  it('expects the 2021 其他 rows a mixed report read, though its section 二 is of the 2019 format', () => {
    const rows = upTo(APPLICATIONS['2021'], 'otherUnpaidFee');
    const c = whole('2019');
    const d = incomplete({ ...c, applicationsFound: new Set(rows), text: { ...c.text, applications: rows.map(applicationLine).join('') } });
    expect(d.message).toContain('三的表格在“申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”之后中断');
  });

  it('takes a section 三 printed with every row blank, followed by sections 五 and 六, as whole', () => {
    const c = whole('2021');
    expect(completenessDiagnostics({ ...c, applicationsFound: new Set() })).toEqual([]);
  });
});

describe('completenessDiagnostics: section 三 missing', () => {
  it.each<[string, boolean]>([
    ['followed by sections 五 and 六', true],
    ['the text ending there', false],
  ])('reports the section 三 table missing, %s', (_, narrativeAfterTables) => {
    const c = whole('2019');
    const d = incomplete({ ...c, applicationsFound: new Set(), narrativeAfterTables, text: { ...c.text, applications: '' } });
    expect(d.path).toBe('applications');
    expect(d.message).toBe(
      narrativeAfterTables
        ? '报告不完整：缺少三、收到和处理政府信息公开申请情况的表格 / incomplete report: missing the section 三 table'
        : `报告不完整：缺少三、收到和处理政府信息公开申请情况的表格${TAIL_ZH} / incomplete report: missing the section 三 table${TAIL_EN}`,
    );
  });
});

describe('completenessDiagnostics: section 四', () => {
  it('reports the section 四 table missing', () => {
    const d = incomplete({ ...whole('2021'), reviewFound: false });
    expect(d.path).toBe('review');
    expect(d.message).toBe('报告不完整：缺少四、行政复议、行政诉讼情况的表格 / incomplete report: missing the section 四 table');
  });

  it('reports a section 四 row short of cells where the text ends in it', () => {
    const d = incomplete({ ...whole('2021'), reviewWhole: false, narrativeAfterTables: false });
    expect(d.path).toBe('review');
    expect(d.message).toBe(`报告不完整：缺少四的表格数据行不全${TAIL_ZH} / incomplete report: missing part of the section 四 row${TAIL_EN}`);
  });

  it('takes a section 四 row short of cells, followed by sections 五 and 六, as a layout matter', () => {
    expect(completenessDiagnostics({ ...whole('2021'), reviewWhole: false })).toEqual([]);
  });
});

describe('completenessDiagnostics: several things missing', () => {
  it('gives one diagnostic that lists them in section order, its path the first', () => {
    const c = whole('2021');
    const d = incomplete({ ...c, activeRows: new Map(), reviewFound: false, text: { ...c.text, active: '' } });
    expect(d.path).toBe('active');
    expect(d.message).toBe(
      '报告不完整：缺少二、主动公开政府信息情况的表格；四、行政复议、行政诉讼情况的表格 / incomplete report: missing the section 二 tables; the section 四 table',
    );
  });

  it('lists a cut section 三 before a missing section 四, with the path of section 三', () => {
    const d = incomplete({ ...applicationsCutAfter('2019', 'unableUnclear'), reviewFound: false, narrativeAfterTables: false });
    expect(d.path).toBe('applications');
    expect(d.message).toBe(
      `报告不完整：缺少三的表格在“补正后申请内容仍不明确”之后中断（缺“信访举报投诉类申请”及以下各行）；四、行政复议、行政诉讼情况的表格${TAIL_ZH}` +
        ` / incomplete report: missing the section 三 table stops after unableUnclear; the section 四 table${TAIL_EN}`,
    );
  });
});

describe('completeness through parseText', () => {
  /** 大刘庄镇's 2022 report: 2019 format, one printed row per line. */
  const lines = readFileSync(join(SEEDS_DIR, '000_0c7f3b5150447c9e.txt'), 'utf8').split('\n');
  const lineOf = (start: string) => {
    const i = lines.findIndex((l) => l.trimStart().startsWith(start));
    expect(i, start).toBeGreaterThan(0);
    return i;
  };
  const incompleteOf = (text: string) => parseText(text).diagnostics.filter((d) => d.code === 'REPORT_INCOMPLETE');

  it.each(seedFileNames())('the seed %s is whole', (file) => {
    expect(incompleteOf(readFileSync(join(SEEDS_DIR, file), 'utf8'))).toEqual([]);
  });

  it('names the section 二 row a cut page stops after, and everything after it', () => {
    const cut = lines.slice(0, lineOf('行政处罚') + 1).join('\n');
    expect(incompleteOf(cut)).toEqual([
      {
        code: 'REPORT_INCOMPLETE',
        severity: 'error',
        path: 'active',
        message:
          `报告不完整：缺少二的表格在“行政处罚”之后中断（缺“行政强制、行政事业性收费、政府集中采购”）；三、收到和处理政府信息公开申请情况的表格；四、行政复议、行政诉讼情况的表格${TAIL_ZH}` +
          ` / incomplete report: missing the section 二 tables stop after penalties; the section 三 table; the section 四 table${TAIL_EN}`,
      },
    ]);
  });

  it('keeps a report whose 结转下年度 row is printed blank whole', () => {
    const i = lineOf('四、结转下年度继续办理');
    expect(incompleteOf(lines.map((l, j) => (j === i ? '\t四、结转下年度继续办理' : l)).join('\n'))).toEqual([]);
  });

  it('reports a page cut after the section 四 headers, before its numbers', () => {
    const header = lineOf('结果维持');
    const cut = lines.slice(0, header + 2).join('\n');
    expect(incompleteOf(cut)).toEqual([expect.objectContaining({ path: 'review', message: expect.stringContaining('四的表格数据行不全') })]);
  });

  // As a real page shows it: the report names 4. where the page stops, not the 总计 of the headers.
  it('names the section 三 row a cut page stops after', () => {
    const cut = lines.slice(0, lineOf('4. 保护第三方合法权益') + 1).join('\n');
    expect(incompleteOf(cut)[0]?.message).toContain('三的表格在“保护第三方合法权益”之后中断');
  });
});
