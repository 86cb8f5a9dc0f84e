import type { ActiveColumnKey, ApplicationRowKey, Template } from '@gongkai/schema/report';
import {
  ACTIVE_COLUMNS,
  ACTIVE_ROWS,
  APPLICANT_COLUMN_KEYS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  OUTCOME_GROUPS,
  REVIEW_GROUP_KEYS,
  REVIEW_GROUPS,
  REVIEW_RESULT_KEYS,
  REVIEW_RESULTS,
} from '@gongkai/schema/report';
import type { Lang } from '../i18n/messages';

// The three tables of a report laid out as the official form prints them (merged header cells, row
// groups spanning rows), as plain data: one list of rows of cells with spans. The page renders it; tests
// check it. Only the rows of the report's format, plus any other row the report printed, appear.

export type FormCell =
  | { kind: 'head'; text: string; rowSpan?: number; colSpan?: number; className?: string }
  | { kind: 'label'; text: string; rowSpan?: number; colSpan?: number; className?: string }
  | { kind: 'value'; path: string };

export type FormRow = FormCell[];

export interface FormBlock {
  /** A caption above the block: 第二十条第（一）项 for section 二. */
  caption?: string;
  rows: FormRow[];
}

export interface FormTable {
  section: 'active' | 'applications' | 'review';
  blocks: FormBlock[];
  /** Columns of the widest row, so the page can give the table a minimum width. */
  width: number;
}

const label = (l: { zh: string; en: string }, lang: Lang) => l[lang];

// ─── Section 二 ─────────────────────────────────────────────────────────────────────────────────────

/** Column headers as each format prints them (the model keeps one key for the comparable figure). */
function activeColumnLabel(column: ActiveColumnKey, template: Template, lang: Lang): string {
  if (lang === 'zh') {
    if (column === 'decisions' && template === '2021') return '本年处理决定数量';
    if (column === 'amount') return template === '2021' ? '本年收费金额（单位：万元）' : '采购总金额';
  }
  if (lang === 'en' && column === 'amount') return template === '2021' ? 'Fees collected this year (10,000 yuan)' : 'Procurement total';
  return label(ACTIVE_COLUMNS[column], lang);
}

/** The format a row is laid out in: the one whose columns cover more of the row's printed cells (mixed reports), else the report's. */
function rowTemplate(row: (typeof ACTIVE_ROWS)[number], template: Template, printed: ReadonlySet<string>): Template | null {
  const covered = (t: Template) => (row.columns[t] ?? []).filter((c) => printed.has(`active.${row.key}.${c}`)).length;
  const other: Template = template === '2019' ? '2021' : '2019';
  if (covered(other) > covered(template)) return other;
  return row.columns[template] ? template : null;
}

export function activeForm(template: Template, printed: ReadonlySet<string>, lang: Lang): FormTable {
  const blocks: FormBlock[] = [];
  let width = 0;
  for (const row of ACTIVE_ROWS) {
    const t = rowTemplate(row, template, printed);
    if (!t) continue;
    const columns = row.columns[t]!;
    const caption = lang === 'zh' ? `第二十条第${row.item}项` : `Article 20, item ${row.item}`;
    const key = `${caption}|${t}|${columns.join(',')}`;
    let block = blocks.at(-1) as (FormBlock & { key?: string }) | undefined;
    if (!block || block.key !== key) {
      block = { caption, rows: [], key } as FormBlock & { key: string };
      block.rows.push([
        { kind: 'head', text: lang === 'zh' ? '信息内容' : 'Item' },
        ...columns.map((c): FormCell => ({ kind: 'head', text: activeColumnLabel(c, t, lang) })),
      ]);
      blocks.push(block);
    }
    block.rows.push([
      { kind: 'label', text: row.key === 'normativeDocuments' && t === '2019' && lang === 'zh' ? '规范性文件' : label(row.label, lang) },
      ...columns.map((c): FormCell => ({ kind: 'value', path: `active.${row.key}.${c}` })),
    ]);
    width = Math.max(width, columns.length + 1);
  }
  return { section: 'active', blocks: blocks.map(({ caption, rows }) => ({ caption, rows })), width };
}

// ─── Section 三 ─────────────────────────────────────────────────────────────────────────────────────

const GROUP_HEADS: Record<string, { zh: string; en: string }> = {
  denied: { zh: '（三）不予公开', en: OUTCOME_GROUPS.denied.en },
  unable: { zh: '（四）无法提供', en: OUTCOME_GROUPS.unable.en },
  notProcessed: { zh: '（五）不予处理', en: OUTCOME_GROUPS.notProcessed.en },
  other: { zh: '（六）其他处理', en: OUTCOME_GROUPS.other.en },
};

/** Rows to lay out: the format's rows, and any row the report printed besides. */
export function applicationRows(template: Template, printed: ReadonlySet<string>): ApplicationRowKey[] {
  const printedRow = (key: string) => APPLICANT_COLUMN_KEYS.some((c) => printed.has(`applications.${key}.${c}`));
  return APPLICATION_ROWS.filter((r) => r.formats.includes(template) || printedRow(r.key)).map((r) => r.key);
}

export function applicationsForm(template: Template, printed: ReadonlySet<string>, lang: Lang): FormTable {
  const rows = applicationRows(template, printed);
  const spec = (key: ApplicationRowKey) => APPLICATION_ROWS.find((r) => r.key === key)!;
  const values = (key: ApplicationRowKey): FormCell[] => APPLICANT_COLUMN_KEYS.map((c) => ({ kind: 'value', path: `applications.${key}.${c}` }));
  const rowText = (key: ApplicationRowKey) => (lang === 'zh' ? `${spec(key).numbering}${spec(key).label.zh}` : spec(key).label.en);
  const orgs = lang === 'zh' ? '法人或其他组织' : APPLICANT_COLUMNS.commercial.group!.en;
  const head: FormRow[] = [
    [
      {
        kind: 'head',
        text:
          lang === 'zh' ? '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' : '(Received + carried over = processed + carried forward)',
        rowSpan: 3,
        colSpan: 3,
        className: 'corner',
      },
      { kind: 'head', text: lang === 'zh' ? '申请人情况' : 'Applicants', colSpan: 7 },
    ],
    [
      { kind: 'head', text: label(APPLICANT_COLUMNS.naturalPerson, lang), rowSpan: 2 },
      { kind: 'head', text: orgs, colSpan: 5 },
      { kind: 'head', text: label(APPLICANT_COLUMNS.total, lang), rowSpan: 2 },
    ],
    (['commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'] as const).map((c): FormCell => ({
      kind: 'head',
      text: label(APPLICANT_COLUMNS[c], lang),
    })),
  ];
  const body: FormRow[] = [];
  const outcomeRows = rows.filter((k) => spec(k).outcome || k === 'totalProcessed');
  let resultHeadPlaced = false;
  for (const key of rows) {
    const r = spec(key);
    if (!r.outcome && key !== 'totalProcessed') {
      body.push([{ kind: 'label', text: rowText(key), colSpan: 3 }, ...values(key)]);
      continue;
    }
    const cells: FormCell[] = [];
    if (!resultHeadPlaced) {
      cells.push({
        kind: 'label',
        text: lang === 'zh' ? '三、本年度办理结果' : 'III. Outcomes this year',
        rowSpan: outcomeRows.length,
        className: 'group-label',
      });
      resultHeadPlaced = true;
    }
    const group = r.outcome;
    // Grouped rows (三 … 六) get a row-spanning group label on their first row; single rows span 2 columns.
    const members = group && group !== 'granted' && group !== 'partiallyGranted' ? outcomeRows.filter((k) => spec(k).outcome === group) : [];
    const single = members.length === 0 || (members.length === 1 && key === 'otherHandling');
    if (single) cells.push({ kind: 'label', text: key === 'otherHandling' && lang === 'zh' ? '（六）其他处理' : rowText(key), colSpan: 2 });
    else {
      if (members[0] === key) cells.push({ kind: 'label', text: label(GROUP_HEADS[group!]!, lang), rowSpan: members.length, className: 'group-label' });
      // Under its group's label, “Denied: state secret” needs only “state secret”.
      cells.push({ kind: 'label', text: lang === 'en' ? rowText(key).replace(/^[^:]+:\s*/, '') : rowText(key) });
    }
    body.push([...cells, ...values(key)]);
  }
  return { section: 'applications', blocks: [{ rows: [...head, ...body] }], width: 10 };
}

// ─── Section 四 ─────────────────────────────────────────────────────────────────────────────────────

export function reviewForm(lang: Lang): FormTable {
  const results = REVIEW_RESULT_KEYS.map((r) => label(REVIEW_RESULTS[r], lang));
  const head: FormRow[] = [
    [
      { kind: 'head', text: lang === 'zh' ? '行政复议' : label(REVIEW_GROUPS.reconsideration, lang), colSpan: 5 },
      { kind: 'head', text: lang === 'zh' ? '行政诉讼' : 'Litigation', colSpan: 10 },
    ],
    [
      ...results.map((text): FormCell => ({ kind: 'head', text, rowSpan: 2 })),
      { kind: 'head', text: lang === 'zh' ? '未经复议直接起诉' : 'Without prior reconsideration', colSpan: 5 },
      { kind: 'head', text: lang === 'zh' ? '复议后起诉' : 'After reconsideration', colSpan: 5 },
    ],
    [...results, ...results].map((text): FormCell => ({ kind: 'head', text })),
  ];
  const values = REVIEW_GROUP_KEYS.flatMap((g) => REVIEW_RESULT_KEYS.map((r): FormCell => ({ kind: 'value', path: `review.${g}.${r}` })));
  return { section: 'review', blocks: [{ rows: [...head, values] }], width: 15 };
}

/** The format to lay a report out in: its own, or by its printed cells when it names none. */
export function layoutTemplate(template: string | null, printed: ReadonlySet<string>): Template {
  if (template === '2019' || template === '2021') return template;
  const has = (p: string) => printed.has(p);
  if (has('applications.otherHandling.total') || has('active.regulations.newlyMade')) return '2019';
  return '2021';
}
