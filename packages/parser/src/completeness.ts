import type { ActiveColumnKey, ActiveRowKey, ApplicationRowKey, Diagnostic, Template } from '@gongkai/schema/report';
import { ACTIVE_ROWS, APPLICATION_ROWS } from '@gongkai/schema/report';
import { DIAGNOSTIC_CODES } from '@gongkai/schema/diagnostics';

// A report that lacks a table, or whose tables stop part-way (a crawler or a site cut the page), is
// incomplete: it is kept, but not as zeros, and not as the latest word on its agency and year.

export interface Completeness {
  activeRows: Map<ActiveRowKey, ActiveColumnKey[]>;
  /** Section 三 rows whose label was found. */
  applicationsFound: ReadonlySet<ApplicationRowKey>;
  template: Template | null;
  reviewFound: boolean;
  reviewWhole: boolean;
  /** Whether the narrative sections after the tables (五, 六) have headings. */
  narrativeAfterTables: boolean;
}

export function completenessDiagnostics(c: Completeness): Diagnostic[] {
  const missing: { zh: string; en: string; path: string }[] = [];
  if (c.activeRows.size === 0) missing.push({ zh: '二、主动公开政府信息情况的表格', en: 'the section 二 tables', path: 'active' });
  else {
    const expected = ACTIVE_ROWS.filter((r) => (c.template ? r.columns[c.template] : true));
    const lastFound = expected.reduce((at, r, i) => (c.activeRows.has(r.key) ? i : at), -1);
    const after = expected.slice(lastFound + 1);
    if (after.length > 0) missing.push({ zh: `二的表格在“${expected[lastFound]!.label.zh}”之后中断（缺“${after.map((r) => r.label.zh).join('、')}”）`, en: `the section 二 tables stop after ${expected[lastFound]!.key}`, path: 'active' });
  }
  if (c.applicationsFound.size === 0) missing.push({ zh: '三、收到和处理政府信息公开申请情况的表格', en: 'the section 三 table', path: 'applications' });
  else if (!c.applicationsFound.has('carriedForward')) {
    const order = APPLICATION_ROWS.map((r) => r.key);
    const last = Math.max(...[...c.applicationsFound].map((k) => order.indexOf(k)));
    const next = APPLICATION_ROWS.slice(last + 1).find((r) => !c.template || r.formats.includes(c.template));
    missing.push({ zh: `三的表格在“${APPLICATION_ROWS[last]!.label.zh}”之后中断${next ? `（缺“${next.label.zh}”及以下各行）` : ''}`, en: `the section 三 table stops after ${order[last]}`, path: 'applications' });
  }
  if (!c.reviewFound) missing.push({ zh: '四、行政复议、行政诉讼情况的表格', en: 'the section 四 table', path: 'review' });
  // A row short of cells is a layout matter, unless the text also ends there.
  else if (!c.reviewWhole && !c.narrativeAfterTables) missing.push({ zh: '四的表格数据行不全', en: 'part of the section 四 row', path: 'review' });
  if (missing.length === 0) return [];
  const tail = c.narrativeAfterTables ? '' : '；正文在表格处结束，五、六两部分也不存在';
  const tailEn = c.narrativeAfterTables ? '' : '; the text ends in the tables, without sections 五 and 六';
  return [
    {
      code: 'REPORT_INCOMPLETE',
      severity: DIAGNOSTIC_CODES.REPORT_INCOMPLETE.severity,
      path: missing[0]!.path,
      message: `报告不完整：缺少${missing.map((m) => m.zh).join('；')}${tail} / incomplete report: missing ${missing.map((m) => m.en).join('; ')}${tailEn}`,
    },
  ];
}
