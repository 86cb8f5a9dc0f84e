import type { ActiveColumnKey, ActiveRowKey, ApplicationRowKey, Diagnostic, Template } from '@gongkai/schema/report';
import { ACTIVE_ROWS, APPLICANT_COLUMN_KEYS, APPLICATION_ROWS, REVIEW_GROUP_KEYS, REVIEW_RESULT_KEYS } from '@gongkai/schema/report';
import { DIAGNOSTIC_CODES } from '@gongkai/schema/diagnostics';
import type { DiagnosticCode } from '@gongkai/schema/diagnostics';
import type { RowPattern } from './align.ts';
import { alignSegments } from './align.ts';
import type { CellInput, FitOptions } from './fit.ts';
import { fitSlots, sumFeasible } from './fit.ts';
import { cjkOnly, toSimplified } from './labels.ts';
import type { Segment } from './segments.ts';
import type { GluedGroup } from './solve.ts';

// Segments of each section → cell inputs keyed by model path, plus what the tables say of the format.

export interface RecognisedTables {
  cells: Map<string, CellInput>;
  groups: GluedGroup[];
  diagnostics: Diagnostic[];
  activeRows: Map<ActiveRowKey, ActiveColumnKey[]>;
  applicationRows: ApplicationRowKey[];
  reviewFound: boolean;
  /** Format evidence: from section 二 column labels and from the section 三 其他处理 rows. */
  activeTemplate: Template | null;
  applicationsTemplate: Template | null;
  /** Line of each row's first value, for diagnostics on cells with no slot of their own. */
  rowLines: Map<string, number>;
}

export interface RecogniseContext {
  mayBeGlued: boolean;
  columnOf: (offset: number) => number;
  displayColumnOf: (offset: number) => number;
}

function diagnostic(code: DiagnosticCode, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity: DIAGNOSTIC_CODES[code].severity, message, ...extra };
}

class Collector {
  cells = new Map<string, CellInput>();
  groups: GluedGroup[] = [];
  diagnostics: Diagnostic[] = [];
  rowLines = new Map<string, number>();

  /** Put a fitted row into the cell map under `prefix.<column>`. */
  place(prefix: string, columns: readonly string[], segment: Segment | null, opts: FitOptions): void {
    const line = segment?.slots[0]?.cell.line ?? segment?.labelCells[0]?.line;
    if (line !== undefined) this.rowLines.set(prefix, line);
    // A row not found, or printed with every cell blank: each cell is unfilled.
    if (!segment || segment.kind !== 'values') {
      for (const c of columns) this.cells.set(`${prefix}.${c}`, { kind: 'blank' });
      return;
    }
    const fit = fitSlots(segment.slots, { ...opts, tabular: segment.tabular });
    if (fit.kind === 'cells') {
      columns.forEach((c, i) => this.cells.set(`${prefix}.${c}`, fit.inputs[i]!));
      if (fit.note) this.diagnostics.push(diagnostic('ROW_CELL_COUNT', `${fit.note} / 行内单元格按位置对齐`, { path: prefix, line, severity: 'info' }));
      return;
    }
    if (fit.kind === 'glued') {
      const group = this.groups.length;
      const paths = columns.map((c) => `${prefix}.${c}`);
      this.groups.push({ paths, tuples: fit.tuples, slots: fit.slots });
      paths.forEach((p) => this.cells.set(p, { kind: 'glued', group, slot: fit.slots[0]! }));
      return;
    }
    // Numbers are printed in this row but cannot be placed: its cells are unreadable, not blank.
    const printed = segment.slots.some((x) => x.reading.kind === 'number' || x.reading.kind === 'garbled');
    for (const c of columns) this.cells.set(`${prefix}.${c}`, { kind: printed ? 'unreadable' : 'blank' });
    this.diagnostics.push(diagnostic('ROW_CELL_COUNT', `无法对齐本行数字：${fit.reason} / cannot place the numbers of this row`, { path: prefix, line }));
  }
}

/**
 * Column ends of complete rows printed by spaces, for placing the numbers of rows whose blank cells
 * left no mark. pdftotext lines columns up by character count, other tools by display width: use the
 * measure under which the complete rows agree best.
 */
function anchorFinder(segments: Segment[], width: number, ctx: RecogniseContext): { anchors: (seg: Segment) => number[] | null; columnOf: (offset: number) => number } {
  const complete = segments.filter((s) => s.kind === 'values' && !s.tabular && s.slots.length === width && s.slots.every((x) => x.row === s.slots[0]!.row));
  const spread = (measure: (offset: number) => number) => {
    let total = 0;
    for (let j = 0; j < width; j++) {
      const ends = complete.map((s) => measure(s.slots[j]!.cell.end));
      total += Math.max(...ends) - Math.min(...ends);
    }
    return total;
  };
  const columnOf = complete.length >= 2 && spread(ctx.displayColumnOf) < spread(ctx.columnOf) ? ctx.displayColumnOf : ctx.columnOf;
  return {
    columnOf,
    anchors: (seg: Segment): number[] | null => {
      let best: Segment | null = null;
      for (const c of complete) if (!best || Math.abs(c.row - seg.row) < Math.abs(best.row - seg.row)) best = c;
      return best ? best.slots.map((x) => columnOf(x.cell.end)) : null;
    },
  };
}

/**
 * How many empty cells complete rows of a table carry after their last value (markdown pads rows).
 * Where complete rows disagree, stray trailing separators are noise, and no trailing cell is data.
 */
function usualTrailingPad(segments: Segment[], width: number): { trailingPad: number; trailingUniform: boolean } {
  const counts = new Map<number, number>();
  for (const s of segments) {
    const printed = s.slots.filter((x) => !x.trailing && x.reading.kind !== 'blank').length;
    if (s.kind !== 'values' || !s.tabular || printed < width) continue;
    const t = s.slots.filter((x) => x.trailing).length;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const pads = [...counts.keys()];
  return { trailingPad: pads.length > 0 ? Math.min(...pads) : 0, trailingUniform: pads.length <= 1 };
}

// ─── Section 三 ─────────────────────────────────────────────────────────────────────────────────────

const APPLICATION_PATTERNS: RowPattern<ApplicationRowKey>[] = APPLICATION_ROWS.map((r) => ({
  key: r.key,
  numbering: r.numbering,
  labels: [r.label.zh, ...(r.variants ?? [])],
  core: r.core,
  // A short variant is a misprint of the core itself (总记, 合计 for 总计).
  coreVariants: (r.variants ?? []).filter((v) => v.length <= r.core.length + 1),
}));

const rule3: (parts: number[]) => boolean = (p) => p.slice(0, 6).reduce((a, b) => a + b, 0) === p[6];

function recogniseApplications(segments: Segment[], ctx: RecogniseContext, out: Collector): { rows: ApplicationRowKey[]; template: Template | null } {
  const { assigned, duplicates } = alignSegments(segments, APPLICATION_PATTERNS);
  const found = [...assigned.keys()];
  if (found.length < 3) {
    out.diagnostics.push(diagnostic('TABLE_NOT_FOUND', '未找到“收到和处理政府信息公开申请情况”表格 / section 三 table not found', { path: 'applications' }));
    return { rows: [], template: null };
  }
  const has2021 = assigned.has('otherNoCorrection') || assigned.has('otherUnpaidFee') || assigned.has('otherMisc');
  // In the 2021 table （六）其他处理 heads the three rows below it; only with numbers is it the 2019 row.
  if (has2021 && assigned.get('otherHandling')?.kind !== 'values') assigned.delete('otherHandling');
  const has2019 = assigned.has('otherHandling');
  const template: Template | null = has2021 ? '2021' : has2019 ? '2019' : null;
  const rows = APPLICATION_ROWS.map((r) => r.key).filter((k) => {
    if (assigned.has(k)) return true;
    if (k === 'otherHandling') return !has2021;
    if (k === 'otherNoCorrection' || k === 'otherUnpaidFee' || k === 'otherMisc') return has2021;
    return true;
  });
  const anchors = anchorFinder(segments, 7, ctx);
  const padding = usualTrailingPad(segments, 7);
  for (const key of rows) {
    const seg = assigned.get(key) ?? null;
    if (!seg) out.diagnostics.push(diagnostic('ROW_NOT_FOUND', `未找到“${APPLICATION_ROWS.find((r) => r.key === key)!.label.zh}”行 / row not found`, { path: `applications.${key}` }));
    out.place(`applications.${key}`, APPLICANT_COLUMN_KEYS, seg, {
      width: 7,
      groupSize: 7,
      groupCheck: rule3,
      feasible: sumFeasible(7),
      ...padding,
      mayBeGlued: ctx.mayBeGlued,
      anchors: seg ? anchors.anchors(seg) : null,
      columnOf: anchors.columnOf,
    });
    for (const dup of duplicates.get(key) ?? []) reconcileDuplicate(`applications.${key}`, APPLICANT_COLUMN_KEYS, dup, out);
  }
  return { rows, template };
}

/** A row printed twice: where the two printings disagree, both readings become candidates. */
function reconcileDuplicate(prefix: string, columns: readonly string[], dup: Segment, out: Collector): void {
  if (dup.slots.length !== columns.length) return;
  out.diagnostics.push(diagnostic('ROW_DUPLICATED', '同一行出现两次 / the same row is printed twice', { path: prefix, line: dup.slots[0]!.cell.line }));
  columns.forEach((c, i) => {
    const path = `${prefix}.${c}`;
    const mine = out.cells.get(path);
    const other = dup.slots[i]!.reading;
    if (!mine || mine.kind !== 'value' || other.kind !== 'number' || other.value === mine.value) return;
    out.cells.set(path, { kind: 'candidates', candidates: [{ value: mine.value, decimal: mine.decimal }, { value: other.value, decimal: other.decimal }], slot: mine.slot });
  });
}

// ─── Section 四 ─────────────────────────────────────────────────────────────────────────────────────

const rule4: (parts: number[]) => boolean = (p) => p[0]! + p[1]! + p[2]! + p[3]! === p[4];

function recogniseReview(segments: Segment[], ctx: RecogniseContext, out: Collector): boolean {
  const valued = segments.filter((s) => s.kind === 'values');
  if (valued.length === 0) {
    out.diagnostics.push(diagnostic('TABLE_NOT_FOUND', '未找到“行政复议、行政诉讼情况”表格 / section 四 table not found', { path: 'review' }));
    return false;
  }
  // The data row is the last segment with values; a row split over lines contributes its earlier parts.
  let pick: Segment = valued[valued.length - 1]!;
  if (pick.slots.length < 15) {
    const merged: Segment = { ...pick, slots: [] };
    for (let i = valued.length - 1; i >= 0 && merged.slots.length < 15; i--) merged.slots = [...valued[i]!.slots, ...merged.slots];
    if (merged.slots.length === 15) pick = merged;
  }
  const columns = REVIEW_GROUP_KEYS.flatMap((g) => REVIEW_RESULT_KEYS.map((r) => `${g}.${r}`));
  const line = pick.slots[0]?.cell.line;
  const fitOpts: FitOptions = { width: 15, groupSize: 5, groupCheck: rule4, feasible: sumFeasible(5), trailingPad: 0, mayBeGlued: ctx.mayBeGlued || pick.slots.length === 1, columnOf: ctx.columnOf };
  const fit = fitSlots(pick.slots, fitOpts);
  for (const g of REVIEW_GROUP_KEYS) if (line !== undefined) out.rowLines.set(`review.${g}`, line);
  if (fit.kind === 'cells') {
    columns.forEach((c, i) => out.cells.set(`review.${c}`, fit.inputs[i]!));
  } else if (fit.kind === 'glued') {
    const group = out.groups.length;
    const paths = columns.map((c) => `review.${c}`);
    out.groups.push({ paths, tuples: fit.tuples, slots: fit.slots });
    paths.forEach((p) => out.cells.set(p, { kind: 'glued', group, slot: fit.slots[0]! }));
  } else {
    for (const c of columns) out.cells.set(`review.${c}`, { kind: 'unreadable' });
    out.diagnostics.push(diagnostic('ROW_CELL_COUNT', `无法对齐复议诉讼数字：${fit.reason} / cannot place the review numbers`, { path: 'review', line }));
  }
  return true;
}

// ─── Section 二 ─────────────────────────────────────────────────────────────────────────────────────

const COLUMN_WORDS: [RegExp, ActiveColumnKey][] = [
  [/本年制发/, 'issued'],
  [/本年废止/, 'repealed'],
  [/现行有效/, 'inForce'],
  [/本年新制作/, 'newlyMade'],
  [/本年新公开/, 'newlyPublished'],
  [/对外公开总/, 'totalPublished'],
  [/上一年项目|上年项目/, 'previousCount'],
  [/增减|增\/减|增、减/, 'change'],
  [/处理决定/, 'decisions'],
  [/收费金额|总金额|采购金额/, 'amount'],
  [/采购项目/, 'projects'],
];

function headerColumns(text: string): { columns: ActiveColumnKey[]; template: Template | null } {
  const found: [number, ActiveColumnKey][] = [];
  const t = toSimplified(text.replace(/\s+/g, ''));
  for (const [re, key] of COLUMN_WORDS) {
    const m = re.exec(t);
    if (m) found.push([m.index, key]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const columns = found.map(([, k]) => k);
  let template: Template | null = null;
  if (columns.some((c) => c === 'issued' || c === 'repealed' || c === 'inForce')) template = '2021';
  else if (columns.some((c) => c === 'newlyMade' || c === 'newlyPublished' || c === 'totalPublished' || c === 'previousCount' || c === 'projects')) template = '2019';
  else if (/本年处理决定数量|本年收费金额/.test(t)) template = '2021';
  return { columns, template };
}

const ACTIVE_PATTERNS: RowPattern<ActiveRowKey>[] = ACTIVE_ROWS.map((r) => ({
  key: r.key,
  labels: [r.label.zh, ...(r.variants ?? [])],
  core: r.key === 'normativeDocuments' ? '规范性文件' : r.label.zh,
}));

function recogniseActive(segments: Segment[], ctx: RecogniseContext, out: Collector): { rows: Map<ActiveRowKey, ActiveColumnKey[]>; template: Template | null } {
  const { assigned } = alignSegments(segments, ACTIVE_PATTERNS);
  const rows = new Map<ActiveRowKey, ActiveColumnKey[]>();
  if (assigned.size === 0) {
    out.diagnostics.push(diagnostic('TABLE_NOT_FOUND', '未找到“主动公开政府信息情况”表格 / section 二 tables not found', { path: 'active' }));
    return { rows, template: null };
  }
  // Vote on the format from every header; a row then takes its own header's columns when they fit it.
  const headers = new Map<ActiveRowKey, { columns: ActiveColumnKey[]; template: Template | null }>();
  const votes: Record<Template, number> = { '2019': 0, '2021': 0 };
  // A header row is a segment of its own in a table, or words run into the row's label in text.
  const rowOf = new Map<Segment, ActiveRowKey>([...assigned].map(([k, seg]) => [seg, k]));
  let lastHeader: { columns: ActiveColumnKey[]; template: Template | null } = { columns: [], template: null };
  for (const seg of segments) {
    const key = rowOf.get(seg);
    const label = toSimplified(seg.label.replace(/\s+/g, ''));
    const spec = key ? ACTIVE_ROWS.find((r) => r.key === key)! : null;
    const at = spec ? label.lastIndexOf(spec.key === 'normativeDocuments' ? '规范性文件' : spec.label.zh) : label.length;
    const h = headerColumns(at > 0 ? label.slice(0, at) : '');
    if (h.columns.length > 0) {
      lastHeader = h;
      if (h.template) votes[h.template]++;
    }
    if (key) headers.set(key, lastHeader);
  }
  let template: Template | null = votes['2021'] > votes['2019'] ? '2021' : votes['2019'] > 0 ? '2019' : null;
  if (!template) {
    if (assigned.has('otherServices') || assigned.has('procurement')) template = '2019';
  }
  for (const spec of ACTIVE_ROWS) {
    const seg = assigned.get(spec.key);
    if (!seg) continue;
    const header = headers.get(spec.key)!;
    const fitsRow = (cols: ActiveColumnKey[]) => cols.length > 0 && Object.values(spec.columns).some((allowed) => cols.every((c) => allowed!.includes(c)));
    let columns: readonly ActiveColumnKey[] | undefined;
    if (fitsRow(header.columns) && header.columns.length === seg.slots.length) columns = header.columns;
    else if (template && spec.columns[template]) columns = spec.columns[template];
    else columns = Object.values(spec.columns).find((cols) => cols!.length === seg.slots.length) ?? spec.columns['2021'] ?? spec.columns['2019'];
    if (!columns) continue;
    const cols = [...columns];
    rows.set(spec.key, cols);
    const decimals = cols.includes('amount');
    out.place(`active.${spec.key}`, cols, seg, {
      width: cols.length,
      mayBeGlued: ctx.mayBeGlued,
      decimals,
      signed: cols.map((c) => c === 'change'),
      columnOf: ctx.columnOf,
    });
  }
  return { rows, template };
}

export function recogniseTables(sections: { active: Segment[]; applications: Segment[]; review: Segment[] }, ctx: RecogniseContext): RecognisedTables {
  const out = new Collector();
  const active = recogniseActive(sections.active, ctx, out);
  const applications = recogniseApplications(sections.applications, ctx, out);
  const reviewFound = recogniseReview(sections.review, ctx, out);
  return {
    cells: out.cells,
    groups: out.groups,
    diagnostics: out.diagnostics,
    activeRows: active.rows,
    applicationRows: applications.rows,
    reviewFound,
    activeTemplate: active.template,
    applicationsTemplate: applications.template,
    rowLines: out.rowLines,
  };
}

export { cjkOnly };
