import type { ActiveColumnKey, ActiveRowKey, ApplicationRowKey, Diagnostic, Template } from '@gongkai/schema/report';
import { ACTIVE_ROWS, APPLICATION_ROWS } from '@gongkai/schema/report';
import { DIAGNOSTIC_CODES } from '@gongkai/schema/diagnostics';
import { cjkOnly } from './labels.ts';

// A report that lacks a table, or whose tables stop part-way (a crawler or a site cut the page), is
// incomplete: it is kept, but not as zeros, and not as the latest word on its agency and year. A table
// is judged by what its text still shows, not only by the rows read: a row printed blank leaves its
// label, a table cut short leaves none of the rows after the cut.

export interface Completeness {
  activeRows: Map<ActiveRowKey, ActiveColumnKey[]>;
  /** Section 三 rows whose label was found. */
  applicationsFound: ReadonlySet<ApplicationRowKey>;
  template: Template | null;
  reviewFound: boolean;
  reviewWhole: boolean;
  /** Whether the narrative sections after the tables (五, 六) have headings. */
  narrativeAfterTables: boolean;
  /** The words of each table section (its cells joined): what a row cut off no longer shows. */
  text: { active: string; applications: string; review: string };
}

/** The last of `rows` (in print order) whose label still shows, by reading or by its words. */
function lastShown<T extends { key: string }>(rows: readonly T[], found: (r: T) => boolean, words: (r: T) => string | null, text: string): number {
  let last = -1;
  rows.forEach((r, i) => {
    const w = words(r);
    if (found(r) || (w !== null && text.includes(w))) last = i;
  });
  return last;
}

/**
 * The words that show a section 三 row is printed even with no number. A two-character core (总计, 其他)
 * is also a word of the column headers and of other labels, so it counts only with its numbering
 * (（七）总计); 3.其他, whose numbering has no such word, shows only by the numbers read on it.
 */
function applicationWords(r: { core: string; numbering: string }): string | null {
  const words = cjkOnly(r.core);
  if (words.length >= 3) return words;
  const numbered = cjkOnly(`${r.numbering}${r.core}`);
  return numbered.length >= 3 ? numbered : null;
}

export function completenessDiagnostics(c: Completeness): Diagnostic[] {
  const missing: { zh: string; en: string; path: string }[] = [];
  const active = cjkOnly(c.text.active);
  const applications = cjkOnly(c.text.applications);
  const expectedActive = ACTIVE_ROWS.filter((r) => (c.template ? r.columns[c.template] : true));
  const activeLast = lastShown(
    expectedActive,
    (r) => c.activeRows.has(r.key),
    (r) => cjkOnly(r.key === 'normativeDocuments' ? '规范性文件' : r.label.zh),
    active,
  );
  if (activeLast < 0) missing.push({ zh: '二、主动公开政府信息情况的表格', en: 'the section 二 tables', path: 'active' });
  else if (activeLast < expectedActive.length - 1) {
    const after = expectedActive.slice(activeLast + 1);
    missing.push({
      zh: `二的表格在“${expectedActive[activeLast]!.label.zh}”之后中断（缺“${after.map((r) => r.label.zh).join('、')}”）`,
      en: `the section 二 tables stop after ${expectedActive[activeLast]!.key}`,
      path: 'active',
    });
  }
  const rows = APPLICATION_ROWS.filter((r) => !c.template || r.formats.includes(c.template) || c.applicationsFound.has(r.key));
  const appsLast = lastShown(rows, (r) => c.applicationsFound.has(r.key), applicationWords, applications);
  if (appsLast < 0 || (c.applicationsFound.size === 0 && !c.narrativeAfterTables))
    missing.push({ zh: '三、收到和处理政府信息公开申请情况的表格', en: 'the section 三 table', path: 'applications' });
  else if (rows[appsLast]!.key !== 'carriedForward') {
    const next = rows[appsLast + 1];
    missing.push({
      zh: `三的表格在“${rows[appsLast]!.label.zh}”之后中断${next ? `（缺“${next.label.zh}”及以下各行）` : ''}`,
      en: `the section 三 table stops after ${rows[appsLast]!.key}`,
      path: 'applications',
    });
  }
  if (!c.reviewFound) missing.push({ zh: '四、行政复议、行政诉讼情况的表格', en: 'the section 四 table', path: 'review' });
  // A row short of cells, or only a header, is a layout matter, unless the text also ends there.
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
