import { APPLICANT_COLUMN_KEYS } from '@gongkai/schema/report';
import type { Diagnostic, Template } from '@gongkai/schema/report';
import { describe, expect, it } from 'vitest';
import { assembleReport, diagnostic, emptyReport, PARSER_VERSION } from './assemble.ts';
import type { StageOutputs } from './assemble.ts';
import type { SourceDocument } from './document.ts';
import type { TitleInfo } from './metadata.ts';
import { readCell } from './normalise.ts';
import type { RecognisedTables } from './recognise.ts';
import { findRegions } from './regions.ts';
import type { Slot } from './segments.ts';
import type { SolvedCell } from './solve.ts';
import { tokenizeText } from './tokenize.ts';

// The stages' outputs are given here by hand (the document and its regions are real), so that each
// thing assemble decides can be checked alone: which rows appear, provenance, rule 5, the format,
// metadata and the order of the diagnostics.

const LINES = [
  '某某镇人民政府2023年政府信息公开工作年度报告',
  '一、总体情况',
  '本年度主动公开政府信息120条。',
  '（一）主动公开    规章0件。',
  '二、主动公开政府信息情况',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t0\t0\t3',
  '信息内容\t本年收费金额（单位：万元）',
  '行政事业性收费\t12.50',
  '三、收到和处理政府信息公开申请情况',
  '一、本年新收政府信息公开申请数量\t3\t-1\t0\t0\t0\t0\t',
  '五、存在的主要问题及改进情况',
  '信息更新不够及时。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
  '某某镇人民政府',
  '2024年1月20日',
];

function documentOf(lines: string[]): SourceDocument {
  const text = lines.join('\n');
  const { rows, layout } = tokenizeText(text);
  return { text, rows, format: 'txt', encoding: 'utf-8', layout };
}

/** The slot of the cell printed `text` on the row whose first cell is `label`. */
function slotOf(doc: SourceDocument, label: string, text: string): Slot {
  const row = doc.rows.findIndex((r) => r.cells[0]?.text === label);
  const cell = doc.rows[row]!.cells.find((c, i) => i > 0 && c.text === text)!;
  return { cell, reading: readCell(cell.text), row };
}

function tablesWith(over: Partial<RecognisedTables>): RecognisedTables {
  return {
    cells: new Map(),
    groups: [],
    diagnostics: [],
    activeRows: new Map(),
    applicationRows: [],
    applicationsFound: new Set(),
    reviewFound: false,
    reviewWhole: false,
    activeTemplate: null,
    applicationsTemplate: null,
    rowLines: new Map(),
    ...over,
  };
}

function assemble(over: {
  lines?: string[];
  tables?: Partial<RecognisedTables>;
  cells?: [string, SolvedCell][];
  solverDiagnostics?: Diagnostic[];
  title?: TitleInfo;
}) {
  const doc = documentOf(over.lines ?? LINES);
  const input: StageOutputs = {
    doc,
    regions: findRegions(doc.rows),
    tables: tablesWith(over.tables ?? {}),
    solved: { cells: new Map(over.cells ?? []), diagnostics: over.solverDiagnostics ?? [] },
    title: over.title ?? { agency: '某某镇人民政府', year: 2023, line: 1 },
  };
  return { doc, report: assembleReport(input) };
}

const printed = (value: number, slot?: Slot, decimal = String(value)): SolvedCell => ({ value, decimal, state: 'printed', slot });

describe('assembleReport: tables', () => {
  const doc = documentOf(LINES);
  const cells: [string, SolvedCell][] = [
    ['active.regulations.issued', printed(0, slotOf(doc, '规章', '0'))],
    ['active.regulations.repealed', printed(0)],
    ['active.regulations.inForce', printed(3, slotOf(doc, '规章', '3'))],
    ['active.fees.amount', printed(12.5, slotOf(doc, '行政事业性收费', '12.50'), '12.50')],
    ['applications.newlyReceived.naturalPerson', printed(3, slotOf(doc, '一、本年新收政府信息公开申请数量', '3'))],
    ['applications.newlyReceived.commercial', printed(-1, slotOf(doc, '一、本年新收政府信息公开申请数量', '-1'))],
    ...['research', 'publicInterest', 'legalService', 'otherOrg'].map((c): [string, SolvedCell] => [`applications.newlyReceived.${c}`, printed(0)]),
    ['applications.newlyReceived.total', { value: 2, state: 'inferred' }],
    // Solved, but in no row the tables printed: not part of the report.
    ['applications.carriedOver.total', printed(5)],
  ];
  const { report } = assemble({
    tables: {
      activeRows: new Map([
        ['regulations', ['issued', 'repealed', 'inForce']],
        ['fees', ['amount']],
      ]),
      applicationRows: ['newlyReceived'],
      activeTemplate: '2021',
    },
    cells,
  });

  it('lists only the rows the report printed, section 三 rows with the seven columns in order', () => {
    expect(report.active).toEqual({ regulations: { issued: 0, repealed: 0, inForce: 3 }, fees: { amount: 12.5 } });
    expect(Object.keys(report.applications)).toEqual(['newlyReceived']);
    expect(Object.keys(report.applications.newlyReceived!)).toEqual([...APPLICANT_COLUMN_KEYS]);
    expect(report.applications.newlyReceived?.total).toBe(2);
    // Section 四 not found: no row at all, rather than fifteen nulls.
    expect(report.review).toEqual({});
  });

  it('points each printed cell at its text, and says which cells were inferred', () => {
    const inForce = report.provenance['active.regulations.inForce']!;
    expect(inForce).toEqual({ state: 'printed', line: 7, start: expect.any(Number), end: expect.any(Number), raw: '3' });
    expect(doc.text.slice(inForce.start, inForce.end)).toBe('3');
    expect(report.provenance['applications.newlyReceived.total']).toEqual({ state: 'inferred' });
    expect(report.provenance['applications.carriedOver.total']).toBeUndefined();
  });

  it('keeps the printed digits of money, and of money only', () => {
    expect(report.provenance['active.fees.amount']).toMatchObject({ decimal: '12.50', raw: '12.50' });
    expect(report.provenance['active.regulations.inForce']).not.toHaveProperty('decimal');
  });

  it('reports a printed count below zero under rule 5, at its line', () => {
    expect(report.applications.newlyReceived?.commercial).toBe(-1);
    expect(report.diagnostics.filter((d) => d.rule === 5)).toEqual([
      expect.objectContaining({ code: 'RULE_NEGATIVE_OR_FRACTION', path: 'applications.newlyReceived.commercial', line: 11 }),
    ]);
  });

  it('says where the report comes from and which parser read it', () => {
    expect(report.source).toEqual({ format: 'txt', encoding: 'utf-8', layout: doc.layout, parserVersion: PARSER_VERSION });
  });
});

describe('assembleReport: format', () => {
  it.each<[Template | null, Template | null, Template | null, string[]]>([
    ['2021', '2021', '2021', []],
    ['2019', null, '2019', []],
    [null, '2019', '2019', []],
    // Section 二's headers decide; the 2019 其他处理 row under 2021 tables is worth saying.
    ['2021', '2019', '2021', ['TEMPLATE_MIXED']],
    [null, null, null, ['TEMPLATE_UNKNOWN']],
  ])('section 二 %s, section 三 %s → %s', (activeTemplate, applicationsTemplate, template, codes) => {
    const { report } = assemble({ tables: { activeTemplate, applicationsTemplate } });
    expect(report.template).toBe(template);
    expect(report.diagnostics.map((d) => d.code).filter((c) => c.startsWith('TEMPLATE_'))).toEqual(codes);
  });
});

describe('assembleReport: metadata', () => {
  it('takes agency and year from the title and the signing date from under the report', () => {
    const { report } = assemble({});
    expect([report.agency, report.year, report.publishedOn]).toEqual(['某某镇人民政府', 2023, '2024-01-20']);
    expect(report.diagnostics.map((d) => d.code)).not.toContain('YEAR_FROM_TEXT');
  });

  it('takes the year from the statistics period where the title gives none, and says so', () => {
    const lines = ['某某镇人民政府政府信息公开工作年度报告', '一、总体情况', '本报告统计期限为2023年1月1日至12月31日。', ...LINES.slice(4)];
    const { report } = assemble({ lines, title: { agency: '某某镇人民政府', year: null } });
    expect(report.year).toBe(2023);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'YEAR_FROM_TEXT', path: 'year' }));
  });

  it('takes the year before the signing date where nothing else gives one', () => {
    const lines = ['某某镇人民政府政府信息公开工作年度报告', '一、总体情况', '本年度主动公开政府信息120条。', ...LINES.slice(4)];
    const { report } = assemble({ lines, title: { agency: '某某镇人民政府', year: null } });
    expect([report.year, report.publishedOn]).toEqual([2023, '2024-01-20']);
    expect(report.diagnostics.map((d) => d.code).filter((c) => c.startsWith('YEAR_'))).toEqual([]);
  });

  it('falls back on the page’s publication date without a signature date, and says so first', () => {
    const lines = ['发布日期：2024-01-25', ...LINES.slice(0, -2)];
    const { report } = assemble({ lines });
    expect(report.publishedOn).toBe('2024-01-25');
    expect(report.diagnostics[0]).toMatchObject({ code: 'DATE_FROM_PAGE', path: 'publishedOn' });
  });

  it('says what the title does not give', () => {
    const lines = ['政府信息公开工作年度报告', ...LINES.slice(1, -2)];
    const { report } = assemble({ lines, title: { agency: null, year: null } });
    expect([report.agency, report.year, report.publishedOn]).toEqual([null, null, null]);
    expect(report.diagnostics.map((d) => d.code).slice(0, 2)).toEqual(['AGENCY_NOT_FOUND', 'YEAR_NOT_FOUND']);
  });
});

describe('assembleReport: narratives and diagnostics', () => {
  it('keeps the narrative sections as lines, cells of one line joined by a space', () => {
    const { report } = assemble({});
    expect(report.narratives.overview?.split('\n')).toContain('本年度主动公开政府信息120条。');
    expect(report.narratives.overview?.split('\n')).toContain('（一）主动公开 规章0件。');
    expect(report.narratives.problems).toContain('信息更新不够及时。');
    expect(report.narratives.otherMatters).toContain('本年度未收取信息处理费。');
  });

  it('leaves out a narrative section the report does not have', () => {
    const { report } = assemble({ lines: LINES.slice(0, 11) });
    expect(Object.keys(report.narratives)).toEqual(['overview']);
  });

  it('lists report-wide findings first, then the tables’ own in the order the stages found them', () => {
    const lines = ['某某镇人民政府政府信息公开工作年度报告', '一、总体情况', '本报告统计期限为2023年1月1日至12月31日。', ...LINES.slice(4, 11)];
    const { report } = assemble({
      lines,
      title: { agency: '某某镇人民政府', year: null },
      tables: {
        activeRows: new Map([['regulations', ['issued']]]),
        activeTemplate: '2021',
        applicationsTemplate: '2019',
        diagnostics: [diagnostic('ROW_NOT_FOUND', 'row not found', { path: 'applications.carriedOver' })],
      },
      cells: [['active.regulations.issued', printed(-1)]],
      solverDiagnostics: [diagnostic('CELL_INFERRED', 'inferred', { path: 'applications.newlyReceived.total' })],
    });
    expect(report.diagnostics.map((d) => d.code)).toEqual([
      'YEAR_FROM_TEXT',
      'REPORT_INCOMPLETE',
      'ROW_NOT_FOUND',
      'RULE_NEGATIVE_OR_FRACTION',
      'CELL_INFERRED',
      'TEMPLATE_MIXED',
    ]);
  });
});

describe('emptyReport', () => {
  it('holds no numbers, only what went wrong and where the bytes came from', () => {
    const report = emptyReport('html', [diagnostic('NOT_A_REPORT', 'not a report')], { encoding: 'gb18030', layout: 'html' });
    expect(report).toMatchObject({ agency: null, year: null, template: null, publishedOn: null, active: {}, applications: {}, review: {}, provenance: {} });
    expect(report.diagnostics).toEqual([{ code: 'NOT_A_REPORT', severity: 'error', message: 'not a report' }]);
    expect(report.source).toEqual({ format: 'html', encoding: 'gb18030', layout: 'html', parserVersion: PARSER_VERSION });
  });
});
