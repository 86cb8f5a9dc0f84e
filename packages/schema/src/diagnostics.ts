import type { Severity } from './report-model.ts';

// Stable diagnostic codes: the API, the database and the dashboard key on these, so never rename one.
export const DIAGNOSTIC_CODES = {
  NOT_A_REPORT: { severity: 'error', zh: '不是政府信息公开工作年度报告', en: 'Not an annual disclosure report' },
  OCR_READ: { severity: 'warning', zh: '扫描件，经文字识别（OCR）读取，数字需人工核对', en: 'A scan, read by OCR: its numbers need a check' },
  REPORT_INCOMPLETE: { severity: 'error', zh: '报告不完整（缺少表格或表格中断）', en: 'Incomplete report: a table is missing or cut short' },
  INPUT_TOO_LARGE: { severity: 'error', zh: '文件超出限制', en: 'The file exceeds a limit' },
  INPUT_UNREADABLE: { severity: 'error', zh: '文件无法读取', en: 'The file cannot be read' },
  PARSE_FAILED: { severity: 'error', zh: '解析器内部错误', en: 'Internal parser error' },
  DECODE_FALLBACK: { severity: 'warning', zh: '编码无法确定，按最接近的编码读取', en: 'Encoding uncertain; decoded with the closest match' },
  TABLE_NOT_FOUND: { severity: 'warning', zh: '未找到表格', en: 'Table not found' },
  ROW_NOT_FOUND: { severity: 'warning', zh: '未找到表格行', en: 'Row not found' },
  ROW_DUPLICATED: { severity: 'info', zh: '同一行重复出现', en: 'The same row is printed twice' },
  ROW_CELL_COUNT: { severity: 'warning', zh: '行内单元格数量不符', en: 'Row has an unexpected number of cells' },
  TEMPLATE_MIXED: { severity: 'info', zh: '新旧格式混用', en: 'Mixed 2019/2021 format' },
  TEMPLATE_UNKNOWN: { severity: 'warning', zh: '无法判断格式版本', en: 'Format version not recognised' },
  CELL_INFERRED: { severity: 'info', zh: '空白单元格由勾稽关系推算', en: 'Blank cell inferred from the rules' },
  CELL_REPAIRED: { severity: 'info', zh: '识别错误的数字已修复', en: 'Garbled reading repaired' },
  CELL_AMBIGUOUS: { severity: 'warning', zh: '有多个可能的读数，未采用', en: 'Several readings possible; left empty' },
  CELL_UNREADABLE: { severity: 'warning', zh: '单元格无法读取', en: 'Cell unreadable' },
  CELL_MISSING: { severity: 'warning', zh: '单元格未填写且无法推算', en: 'Cell not filled and not inferable' },
  RULE_BALANCE_MISMATCH: {
    severity: 'warning',
    zh: '第一项加第二项之和不等于第三项加第四项之和',
    en: 'Rule 1: received + carried over ≠ processed + carried forward',
  },
  RULE_OUTCOME_SUM_MISMATCH: { severity: 'warning', zh: '办理结果之和不等于总计', en: 'Rule 2: outcomes do not sum to the total processed' },
  RULE_TOTAL_MISMATCH: { severity: 'warning', zh: '申请人各列之和不等于总计', en: 'Rule 3: applicant columns do not sum to the total' },
  RULE_REVIEW_TOTAL_MISMATCH: { severity: 'warning', zh: '复议诉讼各结果之和不等于总计', en: 'Rule 4: review results do not sum to the total' },
  RULE_NEGATIVE_OR_FRACTION: { severity: 'warning', zh: '数量不是非负整数', en: 'Rule 5: a count is negative or fractional' },
  RULE_CARRY_MISMATCH: { severity: 'info', zh: '上年结转与上一年度结转下年度不一致', en: 'Rule 6: carried over ≠ last year’s carried forward' },
  RULE_IN_FORCE_MISMATCH: { severity: 'info', zh: '现行有效件数与上年不衔接', en: 'Rule 7: in force ≠ last year + issued − repealed' },
  AGENCY_NOT_FOUND: { severity: 'warning', zh: '未找到机关名称', en: 'Agency name not found' },
  YEAR_NOT_FOUND: { severity: 'warning', zh: '未找到报告年度', en: 'Report year not found' },
  YEAR_FROM_TEXT: { severity: 'info', zh: '年度取自正文', en: 'Year taken from the body text, not the title' },
  DATE_FROM_PAGE: { severity: 'info', zh: '无落款日期，取网页发布日期', en: 'No signature date; the page’s publication date is used' },
} as const satisfies Record<string, { severity: Severity; zh: string; en: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export const RULE_CODES: Record<number, DiagnosticCode> = {
  1: 'RULE_BALANCE_MISMATCH',
  2: 'RULE_OUTCOME_SUM_MISMATCH',
  3: 'RULE_TOTAL_MISMATCH',
  4: 'RULE_REVIEW_TOTAL_MISMATCH',
  5: 'RULE_NEGATIVE_OR_FRACTION',
  6: 'RULE_CARRY_MISMATCH',
  7: 'RULE_IN_FORCE_MISMATCH',
};
