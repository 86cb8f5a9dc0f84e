import { APPLICANT_PART_KEYS } from '@gongkai/schema/report';
import type { ApplicationRowKey, ReviewGroupKey } from '@gongkai/schema/report';
import type { GridCell, GridRow, GridTable } from './grid.ts';
import type { DocBlock, DocSection, ReportDoc } from './report-doc.ts';
import type { Rng } from './rng.ts';

// What real reports do that the official format does not say (../shared/report-model.md, "Conventions
// seen in published reports"), applied to a report before layout. The truth changes only where the
// printed numbers change (a contradicting total is what the report printed); a blanked cell keeps its
// true value, and is listed so that a test knows the parser may only abstain or infer it exactly.

export type Convention =
  /** Zero cells printed blank (empty, &nbsp;, /, -, —, －, ——, 无). */
  | 'blank-zeros'
  /** The 总计 column of section 三 left blank in most rows. */
  | 'blank-total'
  /** A whole group left blank: 复议后起诉 in section 四, or an outcome group of zeros in section 三. */
  | 'blank-group'
  /** A printed 总计 that contradicts its parts (the printed number stands). */
  | 'bad-totals'
  /** Crawler and site chrome before the title (标题：, 发布时间：, 当前位置：…). */
  | 'crawler-header'
  /** The section 三 table split over two pages, its header rows printed again. */
  | 'split-tables'
  /** A 印发 line with another date besides the signature date. */
  | 'misprinted-date';

export const CONVENTIONS: readonly Convention[] = [
  'blank-zeros',
  'blank-total',
  'blank-group',
  'bad-totals',
  'crawler-header',
  'split-tables',
  'misprinted-date',
];

export interface BlankedCell {
  path: string;
  printed: string;
  /** The true value of the cell (what an exact reading or a unique inference gives). */
  value: number | null;
}

export interface ConventionResult {
  doc: ReportDoc;
  blanked: BlankedCell[];
}

const BLANK_MARKS = [
  ['', 8],
  ['/', 2],
  ['-', 1],
  ['—', 1],
  ['－', 1],
  ['——', 1],
  ['无', 1],
] as const;

export function applyConventions(doc: ReportDoc, rng: Rng, kinds: readonly Convention[]): ConventionResult {
  if (kinds.length === 0) return { doc, blanked: [] };
  const sections: DocSection[] = structuredClone(doc.sections);
  const truth = structuredClone(doc.facts.truth);
  const blanked: BlankedCell[] = [];
  const tables = (key: DocSection['key']) =>
    sections.filter((s) => s.key === key).flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])));
  const numberCells = (table: GridTable) => table.rows.filter((r) => !r.header).flatMap((r) => r.cells.filter((c) => c.role === 'number' && c.path));
  const valueOf = (path: string): number | null => {
    const v = path.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), truth);
    return typeof v === 'number' ? v : null;
  };
  // One mark for most blanks of a report (bodies are consistent), now and then another.
  const mark = rng.weighted(BLANK_MARKS);
  const blank = (cell: GridCell) => {
    if (cell.text === '' && blanked.some((b) => b.path === cell.path)) return;
    const printed = rng.chance(0.9) ? mark : rng.weighted(BLANK_MARKS);
    blanked.push({ path: cell.path!, printed, value: valueOf(cell.path!) });
    cell.text = printed;
  };

  if (kinds.includes('blank-total')) {
    const [table] = tables('applications');
    for (const row of table?.rows ?? []) {
      if (row.header) continue;
      const total = row.cells.find((c) => c.path?.endsWith('.total'));
      if (total && rng.chance(0.8)) blank(total);
    }
  }
  if (kinds.includes('blank-group')) {
    const [review] = tables('review');
    const group: ReviewGroupKey = rng.pick(['litigationAfterReconsideration', 'litigationDirect'] as const);
    const cells = review ? numberCells(review).filter((c) => c.path!.startsWith(`review.${group}.`)) : [];
    if (cells.every((c) => c.text === '0')) cells.forEach(blank);
    const [applications] = tables('applications');
    const zeroRows = (applications?.rows ?? []).filter((r) => !r.header && /^applications\.(denied|notProcessed|unable)/.test(`applications.${r.rowKey}`));
    for (const prefix of ['denied', 'unable', 'notProcessed']) {
      const rows = zeroRows.filter((r) => r.rowKey?.startsWith(prefix));
      const cellsOf = rows.flatMap((r) => r.cells.filter((c) => c.role === 'number'));
      if (cellsOf.length > 0 && cellsOf.every((c) => c.text === '0') && rng.chance(0.6)) cellsOf.forEach(blank);
    }
  }
  if (kinds.includes('blank-zeros')) {
    for (const key of ['active', 'applications', 'review'] as const) {
      for (const table of tables(key)) for (const cell of numberCells(table)) if (cell.text === '0') blank(cell);
    }
  }
  if (kinds.includes('bad-totals')) {
    // One or two rows of section 三 whose printed total is not the sum of its parts.
    const [table] = tables('applications');
    // Rows whose total and parts are all printed: the contradiction is there for a reader to see.
    const printed = (c: GridCell) => /^\d+$/.test(c.text);
    const rows = table ? table.rows.filter((r) => !r.header && r.rowKey && r.cells.filter((c) => c.role === 'number').every(printed)) : [];
    for (let k = rng.int(1, 2); k > 0 && rows.length > 0; k--) {
      const row = rng.pick(rows);
      const key = row.rowKey as ApplicationRowKey;
      const cells = truth.applications[key];
      const totalCell = row.cells.find((c) => c.path === `applications.${key}.total`);
      if (!cells || !totalCell) continue;
      const sum = APPLICANT_PART_KEYS.reduce((a, c) => a + (cells[c] ?? 0), 0);
      const wrong = sum === 0 ? rng.int(1, 5) : rng.chance(0.5) ? 0 : sum + rng.pick([-1, 1, 2, 10]);
      cells.total = Math.max(0, wrong);
      totalCell.text = String(cells.total);
    }
  }
  if (kinds.includes('split-tables')) {
    for (const section of sections) {
      if (section.key !== 'applications') continue;
      section.blocks = section.blocks.flatMap((b): DocBlock[] =>
        b.kind === 'table' ? splitTable(b.table, rng).map((table) => ({ kind: 'table' as const, table })) : [b],
      );
    }
  }
  let chrome = doc.chrome;
  if (kinds.includes('crawler-header')) {
    chrome = crawlerLines(doc, rng);
    // Without a signature date, the page's publication date is the one a reader has.
    if (truth.publishedOn === null) truth.publishedOn = /(\d{4}-\d{2}-\d{2})/.exec(chrome.find((l) => l.startsWith('发布时间')) ?? '')?.[1] ?? null;
  }
  let signature = doc.signature;
  if (kinds.includes('misprinted-date') && signature?.date) {
    const [y = 2024] = (truth.publishedOn ?? '').split('-').map(Number);
    signature = {
      ...signature,
      issued: `${doc.facts.agency.name.replace(/人民政府$/, '')}人民政府办公室 ${y - 1}年${rng.int(1, 12)}月${rng.int(1, 28)}日印发`,
    };
  }
  return { doc: { ...doc, facts: { ...doc.facts, truth }, sections, chrome, signature }, blanked };
}

/** The table cut between two body rows; the second part repeats the header rows, as a page break does. */
function splitTable(table: GridTable, rng: Rng): GridTable[] {
  const headers = table.rows.filter((r) => r.header);
  const body = table.rows.filter((r) => !r.header);
  // Cut where no row-spanning cell crosses the cut, so both parts are whole tables.
  const cuts: number[] = [];
  for (let i = 4; i < body.length - 2; i++) if (!spansAcross(body, i)) cuts.push(i);
  if (cuts.length === 0) return [table];
  const at = rng.pick(cuts);
  return [
    { ...table, rows: [...headers, ...body.slice(0, at)] },
    { ...table, rows: [...structuredClone(headers), ...body.slice(at)] },
  ];
}

function spansAcross(rows: GridRow[], cut: number): boolean {
  for (let r = 0; r < cut; r++) for (const c of rows[r]!.cells) if ((c.rowSpan ?? 1) > 1 && r + (c.rowSpan ?? 1) > cut) return true;
  return false;
}

/** What a crawler saves above the report: the page title, breadcrumbs, the publication line. */
function crawlerLines(doc: ReportDoc, rng: Rng): string[] {
  const title = doc.title.join('');
  const date = doc.facts.truth.publishedOn ?? `${doc.facts.truth.year + 1}-01-${String(rng.int(10, 28)).padStart(2, '0')}`;
  const site = doc.facts.agency.site;
  const lines = [
    `标题：${title}`,
    `当前位置：首页 > 政务公开 > 政府信息公开年报`,
    `发布时间：${date}${rng.chance(0.5) ? ` ${rng.int(8, 17)}:${String(rng.int(0, 59)).padStart(2, '0')}` : ''}    来源：${site.replace(/门户网站$/, '')}`,
    rng.chance(0.5) ? '全真版 文字版' : '【字体：大 中 小】 打印本页',
  ];
  return rng.chance(0.3) ? [lines[1]!, lines[0]!, ...lines.slice(2)] : lines;
}
