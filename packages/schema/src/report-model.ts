// The report model of 政府信息公开工作年度报告 (see ../shared/report-model.md): stable English keys,
// official Chinese labels, the two format versions and the consistency rules. Every other package reads
// these tables instead of repeating label strings.

export type Template = '2019' | '2021';
export const TEMPLATES: readonly Template[] = ['2019', '2021'];

export interface Label {
  zh: string;
  en: string;
}

// ─── Section 二: active disclosure ──────────────────────────────────────────────────────────────────

export const ACTIVE_COLUMNS = {
  issued: { zh: '本年制发件数', en: 'Issued this year' },
  repealed: { zh: '本年废止件数', en: 'Repealed this year' },
  inForce: { zh: '现行有效件数', en: 'In force' },
  newlyMade: { zh: '本年新制作数量', en: 'Newly made this year' },
  newlyPublished: { zh: '本年新公开数量', en: 'Newly published this year' },
  totalPublished: { zh: '对外公开总数量', en: 'Total published' },
  previousCount: { zh: '上一年项目数量', en: 'Items last year' },
  change: { zh: '本年增/减', en: 'Change this year' },
  decisions: { zh: '处理决定数量', en: 'Decisions' },
  amount: { zh: '金额', en: 'Amount' },
  projects: { zh: '采购项目数量', en: 'Procurement projects' },
} as const satisfies Record<string, Label>;
export type ActiveColumnKey = keyof typeof ACTIVE_COLUMNS;

export interface ActiveRowSpec {
  key: ActiveRowKey;
  label: Label;
  /** Article 20 item under which the row is printed, e.g. （一）. */
  item: string;
  /** Columns printed in each format; absent when the format has no such row. */
  columns: Partial<Record<Template, readonly ActiveColumnKey[]>>;
  /** Label variants seen in real reports (besides the official label). */
  variants?: readonly string[];
}

export const ACTIVE_ROW_KEYS = ['regulations', 'normativeDocuments', 'licensing', 'otherServices', 'penalties', 'coercion', 'fees', 'procurement'] as const;
export type ActiveRowKey = (typeof ACTIVE_ROW_KEYS)[number];

export const ACTIVE_ROWS: readonly ActiveRowSpec[] = [
  {
    key: 'regulations',
    label: { zh: '规章', en: 'Regulations' },
    item: '（一）',
    columns: { '2019': ['newlyMade', 'newlyPublished', 'totalPublished'], '2021': ['issued', 'repealed', 'inForce'] },
  },
  {
    key: 'normativeDocuments',
    label: { zh: '行政规范性文件', en: 'Normative documents' },
    item: '（一）',
    columns: { '2019': ['newlyMade', 'newlyPublished', 'totalPublished'], '2021': ['issued', 'repealed', 'inForce'] },
    variants: ['规范性文件'],
  },
  {
    key: 'licensing',
    label: { zh: '行政许可', en: 'Administrative licensing' },
    item: '（五）',
    columns: { '2019': ['previousCount', 'change', 'decisions'], '2021': ['decisions'] },
  },
  {
    key: 'otherServices',
    label: { zh: '其他对外管理服务事项', en: 'Other external management services' },
    item: '（五）',
    columns: { '2019': ['previousCount', 'change', 'decisions'] },
  },
  {
    key: 'penalties',
    label: { zh: '行政处罚', en: 'Administrative penalties' },
    item: '（六）',
    columns: { '2019': ['previousCount', 'change', 'decisions'], '2021': ['decisions'] },
  },
  {
    key: 'coercion',
    label: { zh: '行政强制', en: 'Administrative coercion' },
    item: '（六）',
    columns: { '2019': ['previousCount', 'change', 'decisions'], '2021': ['decisions'] },
  },
  {
    key: 'fees',
    label: { zh: '行政事业性收费', en: 'Administrative fees' },
    item: '（八）',
    columns: { '2019': ['previousCount', 'change'], '2021': ['amount'] },
  },
  {
    key: 'procurement',
    label: { zh: '政府集中采购', en: 'Centralised government procurement' },
    item: '（九）',
    columns: { '2019': ['projects', 'amount'] },
  },
];

/** Cells holding money: decimal, kept as printed text in storage (2021 fees in 万元; 2019 procurement as printed). */
export const MONEY_CELLS: ReadonlySet<string> = new Set(['fees.amount', 'procurement.amount']);
/** Cells that may be negative (2019 本年增/减). */
export const SIGNED_COLUMNS: ReadonlySet<ActiveColumnKey> = new Set(['change']);

// ─── Section 三: requests ────────────────────────────────────────────────────────────────────────────

export const APPLICANT_COLUMN_KEYS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'] as const;
export type ApplicantColumnKey = (typeof APPLICANT_COLUMN_KEYS)[number];
/** The six applicant columns whose sum is `total` (rule 3). */
export const APPLICANT_PART_KEYS = APPLICANT_COLUMN_KEYS.slice(0, 6) as readonly Exclude<ApplicantColumnKey, 'total'>[];
export type ApplicantPartKey = (typeof APPLICANT_PART_KEYS)[number];

export const APPLICANT_COLUMNS: Record<ApplicantColumnKey, Label & { group?: Label }> = {
  naturalPerson: { zh: '自然人', en: 'Natural persons' },
  commercial: { zh: '商业企业', en: 'Commercial enterprises', group: { zh: '法人或其他组织', en: 'Legal persons or other organisations' } },
  research: { zh: '科研机构', en: 'Research institutions', group: { zh: '法人或其他组织', en: 'Legal persons or other organisations' } },
  publicInterest: { zh: '社会公益组织', en: 'Public-interest organisations', group: { zh: '法人或其他组织', en: 'Legal persons or other organisations' } },
  legalService: { zh: '法律服务机构', en: 'Legal service providers', group: { zh: '法人或其他组织', en: 'Legal persons or other organisations' } },
  otherOrg: { zh: '其他', en: 'Other organisations', group: { zh: '法人或其他组织', en: 'Legal persons or other organisations' } },
  total: { zh: '总计', en: 'Total' },
};

/** Section 三's outcome groups, in the printed order （一） to （六）. */
export const OUTCOME_GROUP_KEYS = ['granted', 'partiallyGranted', 'denied', 'unable', 'notProcessed', 'other'] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUP_KEYS)[number];

export const OUTCOME_GROUPS: Record<OutcomeGroup, Label> = {
  granted: { zh: '予以公开', en: 'Granted' },
  partiallyGranted: { zh: '部分公开', en: 'Partially granted' },
  denied: { zh: '不予公开', en: 'Denied' },
  unable: { zh: '无法提供', en: 'Unable to provide' },
  notProcessed: { zh: '不予处理', en: 'Not processed' },
  other: { zh: '其他处理', en: 'Other handling' },
};

export interface ApplicationRowSpec {
  key: ApplicationRowKey;
  label: Label;
  /** Printed numbering before the label: 一、 / （一） / 1. */
  numbering: string;
  /** The distinctive part of the label: what a damaged or wrapped label must still show to be recognised. */
  core: string;
  /** Which formats print the row. */
  formats: readonly Template[];
  /** Outcome group for rows summed into 总计 (rule 2); absent for the balance rows. */
  outcome?: OutcomeGroup;
  variants?: readonly string[];
}

export const APPLICATION_ROW_KEYS = [
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
  'otherHandling',
  'otherNoCorrection',
  'otherUnpaidFee',
  'otherMisc',
  'totalProcessed',
  'carriedForward',
] as const;
export type ApplicationRowKey = (typeof APPLICATION_ROW_KEYS)[number];

const both: readonly Template[] = ['2019', '2021'];
export const APPLICATION_ROWS: readonly ApplicationRowSpec[] = [
  {
    key: 'newlyReceived',
    numbering: '一、',
    label: { zh: '本年新收政府信息公开申请数量', en: 'New requests received this year' },
    core: '本年新收',
    formats: both,
  },
  {
    key: 'carriedOver',
    numbering: '二、',
    label: { zh: '上年结转政府信息公开申请数量', en: 'Requests carried over from last year' },
    core: '上年结转',
    formats: both,
  },
  { key: 'granted', numbering: '（一）', label: { zh: '予以公开', en: 'Granted' }, core: '予以公开', formats: both, outcome: 'granted' },
  {
    key: 'partiallyGranted',
    numbering: '（二）',
    label: { zh: '部分公开（区分处理的，只计这一情形，不计其他情形）', en: 'Partially granted' },
    core: '部分公开',
    formats: both,
    outcome: 'partiallyGranted',
  },
  { key: 'deniedStateSecret', numbering: '1.', label: { zh: '属于国家秘密', en: 'Denied: state secret' }, core: '国家秘密', formats: both, outcome: 'denied' },
  {
    key: 'deniedLawProhibited',
    numbering: '2.',
    label: { zh: '其他法律行政法规禁止公开', en: 'Denied: prohibited by other laws' },
    core: '法规禁止公开',
    formats: both,
    outcome: 'denied',
    variants: ['其他法律法规禁止公开'],
  },
  {
    key: 'deniedSafetyStability',
    numbering: '3.',
    label: { zh: '危及“三安全一稳定”', en: 'Denied: endangers security or stability' },
    core: '三安全一稳定',
    formats: both,
    outcome: 'denied',
  },
  {
    key: 'deniedThirdParty',
    numbering: '4.',
    label: { zh: '保护第三方合法权益', en: 'Denied: protects third-party rights' },
    core: '第三方合法权益',
    formats: both,
    outcome: 'denied',
  },
  {
    key: 'deniedInternalAffairs',
    numbering: '5.',
    label: { zh: '属于三类内部事务信息', en: 'Denied: internal affairs' },
    core: '内部事务',
    formats: both,
    outcome: 'denied',
  },
  {
    key: 'deniedProcessInfo',
    numbering: '6.',
    label: { zh: '属于四类过程性信息', en: 'Denied: process information' },
    core: '过程性信息',
    formats: both,
    outcome: 'denied',
  },
  {
    key: 'deniedEnforcementFile',
    numbering: '7.',
    label: { zh: '属于行政执法案卷', en: 'Denied: enforcement file' },
    core: '执法案卷',
    formats: both,
    outcome: 'denied',
  },
  {
    key: 'deniedAdminQuery',
    numbering: '8.',
    label: { zh: '属于行政查询事项', en: 'Denied: administrative query' },
    core: '行政查询',
    formats: both,
    outcome: 'denied',
  },
  {
    key: 'unableNotHeld',
    numbering: '1.',
    label: { zh: '本机关不掌握相关政府信息', en: 'Unable: information not held' },
    core: '不掌握',
    formats: both,
    outcome: 'unable',
  },
  {
    key: 'unableNeedsCreation',
    numbering: '2.',
    label: { zh: '没有现成信息需要另行制作', en: 'Unable: would need to be created' },
    core: '另行制作',
    formats: both,
    outcome: 'unable',
  },
  {
    key: 'unableUnclear',
    numbering: '3.',
    label: { zh: '补正后申请内容仍不明确', en: 'Unable: still unclear after correction' },
    core: '仍不明确',
    formats: both,
    outcome: 'unable',
  },
  {
    key: 'notProcessedPetition',
    numbering: '1.',
    label: { zh: '信访举报投诉类申请', en: 'Not processed: petition or complaint' },
    core: '信访举报',
    formats: both,
    outcome: 'notProcessed',
  },
  {
    key: 'notProcessedDuplicate',
    numbering: '2.',
    label: { zh: '重复申请', en: 'Not processed: duplicate request' },
    core: '重复申请',
    formats: both,
    outcome: 'notProcessed',
  },
  {
    key: 'notProcessedPublication',
    numbering: '3.',
    label: { zh: '要求提供公开出版物', en: 'Not processed: asks for a publication' },
    core: '公开出版物',
    formats: both,
    outcome: 'notProcessed',
  },
  {
    key: 'notProcessedExcessive',
    numbering: '4.',
    label: { zh: '无正当理由大量反复申请', en: 'Not processed: excessive repeated requests' },
    core: '大量反复',
    formats: both,
    outcome: 'notProcessed',
  },
  {
    key: 'notProcessedConfirmation',
    numbering: '5.',
    label: { zh: '要求行政机关确认或重新出具已获取信息', en: 'Not processed: asks to confirm or reissue' },
    core: '确认或重新出具',
    formats: both,
    outcome: 'notProcessed',
  },
  { key: 'otherHandling', numbering: '（六）', label: { zh: '其他处理', en: 'Other handling' }, core: '其他处理', formats: ['2019'], outcome: 'other' },
  {
    key: 'otherNoCorrection',
    numbering: '1.',
    label: { zh: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', en: 'Other: applicant did not correct in time' },
    core: '逾期不补正',
    formats: ['2021'],
    outcome: 'other',
  },
  {
    key: 'otherUnpaidFee',
    numbering: '2.',
    label: { zh: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', en: 'Other: applicant did not pay the fee' },
    core: '缴纳费用',
    formats: ['2021'],
    outcome: 'other',
  },
  { key: 'otherMisc', numbering: '3.', label: { zh: '其他', en: 'Other: miscellaneous' }, core: '其他', formats: ['2021'], outcome: 'other' },
  { key: 'totalProcessed', numbering: '（七）', label: { zh: '总计', en: 'Total processed' }, core: '总计', formats: both, variants: ['总记', '合计'] },
  { key: 'carriedForward', numbering: '四、', label: { zh: '结转下年度继续办理', en: 'Carried forward to next year' }, core: '结转下年度', formats: both },
];

/** Rows summed into 总计 (rule 2). */
export const OUTCOME_ROW_KEYS: readonly ApplicationRowKey[] = APPLICATION_ROWS.filter((r) => r.outcome).map((r) => r.key);

// ─── Section 四: review and litigation ───────────────────────────────────────────────────────────────

export const REVIEW_GROUP_KEYS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;
export type ReviewGroupKey = (typeof REVIEW_GROUP_KEYS)[number];
export const REVIEW_GROUPS: Record<ReviewGroupKey, Label> = {
  reconsideration: { zh: '行政复议', en: 'Administrative reconsideration' },
  litigationDirect: { zh: '行政诉讼·未经复议直接起诉', en: 'Litigation without prior reconsideration' },
  litigationAfterReconsideration: { zh: '行政诉讼·复议后起诉', en: 'Litigation after reconsideration' },
};
export const REVIEW_RESULT_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type ReviewResultKey = (typeof REVIEW_RESULT_KEYS)[number];
/** The four results whose sum is `total` (rule 4). */
export const REVIEW_PART_KEYS = REVIEW_RESULT_KEYS.slice(0, 4) as readonly Exclude<ReviewResultKey, 'total'>[];
export type ReviewPartKey = (typeof REVIEW_PART_KEYS)[number];
/** The two kinds of 行政诉讼, printed under one heading. */
export const LITIGATION_GROUP_KEYS = ['litigationDirect', 'litigationAfterReconsideration'] as const satisfies readonly ReviewGroupKey[];
export const REVIEW_RESULTS: Record<ReviewResultKey, Label> = {
  upheld: { zh: '结果维持', en: 'Upheld' },
  corrected: { zh: '结果纠正', en: 'Corrected' },
  other: { zh: '其他结果', en: 'Other result' },
  pending: { zh: '尚未审结', en: 'Pending' },
  total: { zh: '总计', en: 'Total' },
};

// ─── Sections and metadata ───────────────────────────────────────────────────────────────────────────

export const SECTIONS = [
  { key: 'overview', numeral: '一', zh: '总体情况', en: 'Overview' },
  { key: 'active', numeral: '二', zh: '主动公开政府信息情况', en: 'Active disclosure' },
  { key: 'applications', numeral: '三', zh: '收到和处理政府信息公开申请情况', en: 'Requests received and handled' },
  { key: 'review', numeral: '四', zh: '政府信息公开行政复议、行政诉讼情况', en: 'Reconsideration and litigation' },
  { key: 'problems', numeral: '五', zh: '存在的主要问题及改进情况', en: 'Problems and improvements' },
  { key: 'otherMatters', numeral: '六', zh: '其他需要报告的事项', en: 'Other matters' },
] as const;
export type SectionKey = (typeof SECTIONS)[number]['key'];
/** Narrative sections kept for full-text search. */
export type NarrativeKey = 'overview' | 'problems' | 'otherMatters';

// ─── The parsed report ───────────────────────────────────────────────────────────────────────────────

/** A cell value: a count, or a decimal for money. `null` means not filled or not readable. */
export type CellValue = number | null;

export type ActiveTable = Partial<Record<ActiveRowKey, Partial<Record<ActiveColumnKey, CellValue>>>>;
export type ApplicationsTable = Partial<Record<ApplicationRowKey, Partial<Record<ApplicantColumnKey, CellValue>>>>;
export type ReviewTable = Partial<Record<ReviewGroupKey, Partial<Record<ReviewResultKey, CellValue>>>>;

/** How a cell got its value. */
export type CellState = 'printed' | 'inferred' | 'repaired' | 'missing';
export const CELL_STATES: readonly CellState[] = ['printed', 'inferred', 'repaired', 'missing'];

export interface SourceSpan {
  /** 1-based line in the decoded source text. */
  line: number;
  /** 0-based character offsets into the decoded source text, end exclusive. */
  start: number;
  end: number;
}

export interface CellProvenance extends Partial<SourceSpan> {
  state: CellState;
  /** The raw text of the cell as printed (absent when the source had no cell). */
  raw?: string;
  /** Exact decimal text for money cells, so no float ever stands between print and storage. */
  decimal?: string;
  /** A cell read by OCR from a page image: the page (from 1) and the cell's box in that page's pixels. */
  page?: number;
  box?: [x0: number, y0: number, x1: number, y1: number];
  /** How sure the OCR engine was of the number it read (0–100). */
  confidence?: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: string;
  severity: Severity;
  /** Cell or field path, e.g. `applications.newlyReceived.total`. */
  path?: string;
  line?: number;
  start?: number;
  end?: number;
  message: string;
  /** Candidate values where the parser abstained between several readings. */
  candidates?: number[];
  /** Rule number (1–7) for rule diagnostics. */
  rule?: number;
}

/** doc: Word 97–2003; wps: WPS Office (the same binary format); png, jpg, tif: page images, read by OCR. */
export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'doc' | 'wps' | 'pdf' | 'png' | 'jpg' | 'tif';
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface ParsedReport {
  agency: string | null;
  year: number | null;
  template: Template | null;
  publishedOn: string | null;
  active: ActiveTable;
  applications: ApplicationsTable;
  review: ReviewTable;
  narratives: Partial<Record<NarrativeKey, string>>;
  diagnostics: Diagnostic[];
  /** For every cell path in the tables: its state, source place and raw text. */
  provenance: Record<string, CellProvenance>;
  source: { format: SourceFormat; encoding: TextEncoding | null; layout: string | null; parserVersion: string };
}

// ─── Consistency rules ───────────────────────────────────────────────────────────────────────────────

export const RULES = {
  1: { zh: '第一项加第二项之和，等于第三项加第四项之和', en: 'newlyReceived + carriedOver = totalProcessed + carriedForward, per column' },
  2: { zh: '总计等于各办理结果之和', en: 'totalProcessed = the sum of every outcome row, per column' },
  3: { zh: '总计等于各类申请人之和', en: 'total = the sum of the six applicant columns, per row' },
  4: { zh: '复议、诉讼总计等于各结果之和', en: 'total = upheld + corrected + other + pending, per group' },
  5: { zh: '数量为非负整数', en: 'counts are whole numbers ≥ 0 (except 2019 change)' },
  6: { zh: '本年上年结转等于上年结转下年度', en: 'carriedOver of year N = carriedForward of year N−1' },
  7: { zh: '现行有效件数衔接', en: 'inForce of year N ≈ inForce of N−1 + issued − repealed' },
} as const;
export type RuleNumber = keyof typeof RULES;

/** A linear rule over cell paths: sum(plus) = sum(minus). */
export interface RuleEquation {
  rule: RuleNumber;
  /** Human-readable place, e.g. `applications.*.naturalPerson`. */
  where: string;
  lhs: string[];
  rhs: string[];
}

/**
 * The equations of rules 1–4 over the rows a report printed. Rule 2 sums whichever outcome rows exist,
 * so a 2019 table (otherHandling) and a 2021 table (the three other* rows) are both covered.
 */
export function ruleEquations(printedApplicationRows: readonly ApplicationRowKey[]): RuleEquation[] {
  const has = new Set(printedApplicationRows);
  const eqs: RuleEquation[] = [];
  for (const col of APPLICANT_COLUMN_KEYS) {
    const p = (row: string) => `applications.${row}.${col}`;
    if (has.has('newlyReceived') && has.has('carriedOver') && has.has('totalProcessed') && has.has('carriedForward')) {
      eqs.push({ rule: 1, where: `applications.*.${col}`, lhs: [p('newlyReceived'), p('carriedOver')], rhs: [p('totalProcessed'), p('carriedForward')] });
    }
    const outcomes = OUTCOME_ROW_KEYS.filter((r) => has.has(r));
    if (has.has('totalProcessed') && outcomes.length > 0) {
      eqs.push({ rule: 2, where: `applications.*.${col}`, lhs: outcomes.map(p), rhs: [p('totalProcessed')] });
    }
  }
  for (const row of APPLICATION_ROW_KEYS) {
    if (!has.has(row)) continue;
    eqs.push({ rule: 3, where: `applications.${row}`, lhs: APPLICANT_PART_KEYS.map((c) => `applications.${row}.${c}`), rhs: [`applications.${row}.total`] });
  }
  for (const g of REVIEW_GROUP_KEYS) {
    eqs.push({ rule: 4, where: `review.${g}`, lhs: REVIEW_PART_KEYS.map((r) => `review.${g}.${r}`), rhs: [`review.${g}.total`] });
  }
  return eqs;
}

export function outcomeGroupOf(row: ApplicationRowKey): OutcomeGroup | undefined {
  return APPLICATION_ROWS.find((r) => r.key === row)?.outcome;
}

// ─── The cell catalogue ──────────────────────────────────────────────────────────────────────────────
// Every cell of the model, with a stable position and a column name: the database keeps one column per
// cell in its fact and rollup tables, the API exposes them as measures, exports use them as headers.

export type CellSection = 'active' | 'applications' | 'review';

export interface CellSpec {
  /** Model path, e.g. `applications.newlyReceived.total`. */
  path: string;
  section: CellSection;
  row: string;
  column: string;
  /** SQL column name, e.g. `applications_newlyReceived_total`. */
  sqlName: string;
  /** Money (decimal): stored as integer millionths, exact. */
  money: boolean;
  /** May be negative (2019 本年增/减). */
  signed: boolean;
}

/** Money is kept in integer millionths of the printed unit: six decimals is the most seen in print. */
export const MONEY_SCALE = 6;

function spec(section: CellSection, row: string, column: string): CellSpec {
  const path = `${section}.${row}.${column}`;
  return {
    path,
    section,
    row,
    column,
    sqlName: `${section}_${row}_${column}`,
    money: MONEY_CELLS.has(`${row}.${column}`),
    signed: section === 'active' && SIGNED_COLUMNS.has(column as ActiveColumnKey),
  };
}

export const CELLS: readonly CellSpec[] = [
  ...ACTIVE_ROWS.flatMap((r) => {
    const columns = [...new Set([...(r.columns['2019'] ?? []), ...(r.columns['2021'] ?? [])])];
    return columns.map((c) => spec('active', r.key, c));
  }),
  ...APPLICATION_ROWS.flatMap((r) => APPLICANT_COLUMN_KEYS.map((c) => spec('applications', r.key, c))),
  ...REVIEW_GROUP_KEYS.flatMap((g) => REVIEW_RESULT_KEYS.map((c) => spec('review', g, c))),
];

export const CELL_BY_PATH: ReadonlyMap<string, CellSpec> = new Map(CELLS.map((c) => [c.path, c]));

/** Exact decimal text → integer millionths, by string arithmetic (no float on the way). */
export function decimalToUnits(decimal: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!m) throw new Error(`not a decimal: ${decimal}`);
  const fraction = (m[3] ?? '').padEnd(MONEY_SCALE, '0');
  if (fraction.length > MONEY_SCALE && /[1-9]/.test(fraction.slice(MONEY_SCALE))) throw new Error(`more than ${MONEY_SCALE} decimals: ${decimal}`);
  const units = BigInt(m[2]!) * 10n ** BigInt(MONEY_SCALE) + BigInt(fraction.slice(0, MONEY_SCALE));
  return m[1] ? -units : units;
}

/** Integer millionths → shortest exact decimal text (`7730280000` → `7730.28`). */
export function unitsToDecimal(units: bigint | number): string {
  const u = BigInt(units);
  const neg = u < 0n;
  const abs = neg ? -u : u;
  const scale = 10n ** BigInt(MONEY_SCALE);
  const whole = abs / scale;
  const fraction = (abs % scale).toString().padStart(MONEY_SCALE, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
