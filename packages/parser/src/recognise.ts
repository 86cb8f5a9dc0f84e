import type { ActiveColumnKey, ActiveRowKey, ApplicationRowKey, Diagnostic, Template } from '@gongkai/schema/report';
import { ACTIVE_ROWS, APPLICANT_COLUMN_KEYS, APPLICATION_ROWS, REVIEW_GROUP_KEYS, REVIEW_RESULT_KEYS } from '@gongkai/schema/report';
import { DIAGNOSTIC_CODES } from '@gongkai/schema/diagnostics';
import type { DiagnosticCode } from '@gongkai/schema/diagnostics';
import type { RowPattern } from './align.ts';
import { alignSegments } from './align.ts';
import type { CellInput, FitOptions } from './fit.ts';
import { fitSlots, slotInput, sumFeasible } from './fit.ts';
import { cjkOnly, toSimplified } from './labels.ts';
import type { Row } from './document.ts';
import { isPrintedMark } from './normalise.ts';
import type { PlacedCell } from './regions.ts';
import type { Segment, Slot } from './segments.ts';
import type { GluedGroup } from './solve.ts';

// Segments of each section → cell inputs keyed by model path, plus what the tables say of the format.

export interface RecognisedTables {
  cells: Map<string, CellInput>;
  groups: GluedGroup[];
  diagnostics: Diagnostic[];
  activeRows: Map<ActiveRowKey, ActiveColumnKey[]>;
  applicationRows: ApplicationRowKey[];
  /** Section 三 rows whose label was found (applicationRows also holds those the format implies). */
  applicationsFound: Set<ApplicationRowKey>;
  reviewFound: boolean;
  /** Whether section 四's data row shows all fifteen cells (a page cut in it leaves fewer). */
  reviewWhole: boolean;
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
  /** The document's rows (slots and placed cells point into them by index). */
  rows: Row[];
  /** The report prints blank cells: a run of digits may lack any of its cells, so none is cut. */
  blanksPrinted?: boolean;
}

/** Where a table's header puts each column: the column of its header cell, in rows of one width. */
export interface HeaderColumns {
  cols: Map<string, number>;
  width: number | undefined;
  grid: boolean;
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
  place(prefix: string, columns: readonly string[], segment: Segment | null, opts: FitOptions, header?: { columns: HeaderColumns; rows: Row[] }): void {
    const line = segment?.slots[0]?.cell.line ?? segment?.labelCells[0]?.line;
    if (line !== undefined) this.rowLines.set(prefix, line);
    // A row not found yields no values (it may be cut off, or printed where it could not be read);
    // a row printed with every cell blank has unfilled cells, which the rules may fix.
    if (!segment || segment.kind !== 'values') {
      for (const c of columns) this.cells.set(`${prefix}.${c}`, segment ? { kind: 'blank' } : { kind: 'unreadable', rowNotFound: true });
      return;
    }
    // A table row laid out like its header: each cell is the column its header names.
    const byHeader = header ? placeByHeader(segment, columns, header.columns, header.rows) : null;
    if (byHeader) {
      columns.forEach((c, i) => this.cells.set(`${prefix}.${c}`, byHeader[i]!));
      return;
    }
    // The row the document stops in, where its header cannot place it: which column each of its
    // numbers stands in is not known (the cut took some), so none is read.
    const cut = segment.slots.some((x) => x.cell.cut);
    if (cut && segment.tabular) {
      for (const c of columns) this.cells.set(`${prefix}.${c}`, { kind: 'unreadable' });
      this.diagnostics.push(
        diagnostic('ROW_CELL_COUNT', '文本在此行中断，无法确定各数字所在列 / the text stops in this row: its numbers cannot be placed', { path: prefix, line }),
      );
      return;
    }
    const fit = fitSlots(segment.slots, { ...opts, tabular: segment.tabular });
    if (fit.kind === 'cells') {
      // Where the document stops in this row, a column it shows no cell for was cut off, not left blank.
      const own = new Set(segment.slots);
      columns.forEach((c, i) => {
        const input = fit.inputs[i]!;
        const absent = input.kind === 'blank' && (!input.slot || !own.has(input.slot));
        this.cells.set(`${prefix}.${c}`, cut && absent ? { kind: 'unreadable' } : input);
      });
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
 * A table row whose cells sit in the header's columns (same table width, or an HTML grid): each cell is
 * read from its header's column, a column without a cell is blank. Null when the row does not line up
 * (a printed cell outside the header's columns, or a row of another width): then cells are counted.
 */
function placeByHeader(segment: Segment, columns: readonly string[], header: HeaderColumns, rows: Row[]): CellInput[] | null {
  if (columns.some((c) => !header.cols.has(c))) return null;
  const rowIndex = segment.slots[0]!.row;
  const row = rows[rowIndex];
  if (!row?.tabular || segment.slots.some((x) => x.row !== rowIndex)) return null;
  // A row the document stops in is shorter than its header: its cells still stand in their columns.
  // (Not a pipe row: one pushed right and cut before its last cell would read as aligned.)
  const cutShort = !row.piped && segment.slots.some((x) => x.cell.cut) && (row.width ?? 0) < (header.width ?? 0);
  if (header.grid ? !row.grid : row.width !== header.width && !cutShort) return null;
  if (header.grid && row.width !== header.width && !cutShort) return null;
  const wanted = new Set(columns.map((c) => header.cols.get(c)!));
  const first = Math.min(...wanted);
  const at = new Map<number, Slot>();
  for (const x of segment.slots) {
    if (x.cell.col === undefined) return null;
    if (wanted.has(x.cell.col)) at.set(x.cell.col, x);
    else if (x.reading.kind !== 'blank' || isPrintedMark(x.cell.text)) return null;
  }
  for (const c of segment.labelCells) if (c.col !== undefined && c.col >= first && rows[rowIndex]!.cells.includes(c)) return null;
  // A column with no cell is blank, unless the document stops in this row (then it was cut off).
  const cut = segment.slots.some((x) => x.cell.cut);
  return columns.map((c) => {
    const x = at.get(header.cols.get(c)!);
    return x ? slotInput(x) : cut ? { kind: 'unreadable' } : { kind: 'blank' };
  });
}

/**
 * The columns a table's header row(s) name, from the cells before its first data row. Keys must come
 * in the printed order, each header in rows of the same width, or the header is not used.
 */
function findHeaderColumns(placed: PlacedCell[], rows: Row[], beforeRow: number, words: [RegExp, string][], keys: readonly string[]): HeaderColumns | null {
  const cols = new Map<string, number>();
  let width: number | undefined;
  let grid: boolean | undefined;
  for (const p of placed) {
    if (p.row >= beforeRow) break;
    const row = rows[p.row];
    if (!row?.tabular || p.cell.col === undefined) continue;
    const text = cjkOnly(p.cell.text);
    if (!text) continue;
    for (const [re, key] of words) {
      if (!re.test(text) || cols.has(key)) continue;
      if (width !== undefined && (row.width !== width || (row.grid ?? false) !== grid)) return null;
      width = row.width;
      grid = row.grid ?? false;
      cols.set(key, p.cell.col);
    }
  }
  if (keys.some((k) => !cols.has(k))) return null;
  const order = keys.map((k) => cols.get(k)!);
  if (order.some((c, i) => i > 0 && c <= order[i - 1]!)) return null;
  return { cols, width, grid: grid ?? false };
}

const APPLICANT_HEADERS: [RegExp, string][] = [
  [/^自然人$/, 'naturalPerson'],
  [/^商业企业$/, 'commercial'],
  [/^科研机构$/, 'research'],
  [/^社会公益组织$/, 'publicInterest'],
  [/^法律服务机构$/, 'legalService'],
  [/^其他$/, 'otherOrg'],
  [/^总计$/, 'total'],
];

/**
 * Column ends of complete rows printed by spaces, for placing the numbers of rows whose blank cells
 * left no mark. pdftotext lines columns up by character count, other tools by display width: use the
 * measure under which the complete rows agree best.
 */
/** Words of the section 三 header that stand over each column when a layout stacks them (商业 / 企业). */
const APPLICANT_HEADER_WORDS: RegExp[] = [
  /^自然人$/,
  /^商业(?:企业)?$/,
  /^科研(?:机构)?$/,
  /^(?:社会|社会公益(?:组织)?)$/,
  /^法律(?:服务(?:机构)?)?$/,
  /^其他$/,
  /^(?:总计|合计)$/,
];

/**
 * Column centres from the header words of a table printed by spaces: for rows with blank cells when no
 * complete row shows where the numbers stand. Null unless every column's word is found once, in order.
 */
function headerCentres(placed: PlacedCell[], rows: Row[], beforeRow: number, words: RegExp[], columnOf: (offset: number) => number): number[] | null {
  const centres: (number | null)[] = words.map(() => null);
  for (const p of placed) {
    if (p.row >= beforeRow) break;
    if (rows[p.row]?.tabular) continue;
    const text = cjkOnly(p.cell.text);
    const k = words.findIndex((re) => re.test(text));
    if (k < 0) continue;
    if (centres[k] !== null) return null;
    centres[k] = (columnOf(p.cell.start) + columnOf(p.cell.end)) / 2;
  }
  if (centres.some((c) => c === null)) return null;
  const xs = centres as number[];
  return xs.every((x, i) => i === 0 || x > xs[i - 1]!) ? xs : null;
}

interface AnchorFinder {
  anchors: (seg: Segment) => number[] | null;
  columnOf: (offset: number) => number;
  centres: boolean;
  /** The other measure, where the text does not say which it was laid out by. */
  alt?: { columnOf: (offset: number) => number; anchors: (seg: Segment) => number[] | null };
}

function anchorFinder(
  segments: Segment[],
  width: number,
  ctx: RecogniseContext,
  header?: { placed: PlacedCell[]; beforeRow: number; words: RegExp[] },
): AnchorFinder {
  const complete = segments.filter((s) => s.kind === 'values' && !s.tabular && s.slots.length === width && s.slots.every((x) => x.row === s.slots[0]!.row));
  const spread = (measure: (offset: number) => number) => {
    let total = 0;
    for (let j = 0; j < width; j++) {
      const ends = complete.map((s) => measure(s.slots[j]!.cell.end));
      total += Math.max(...ends) - Math.min(...ends);
    }
    return total;
  };
  let columnOf = ctx.columnOf;
  let decided: boolean;
  const spreads = complete.length >= 2 ? [spread(ctx.displayColumnOf), spread(ctx.columnOf)] : null;
  if (spreads && spreads[0] !== spreads[1]) {
    decided = true;
    if (spreads[0]! < spreads[1]!) columnOf = ctx.displayColumnOf;
  } else {
    // Few complete rows (cells printed blank leave gaps), or rows alike whichever the measure: the
    // measure under which the numbers of all rows fall into fewer columns is the text's.
    const ends = segments.filter((s) => s.kind === 'values' && !s.tabular).flatMap((s) => s.slots.map((x) => x.cell.end));
    const [display, chars] = [columnsUnder(ends, ctx.displayColumnOf), columnsUnder(ends, ctx.columnOf)];
    decided = display !== chars;
    if (display < chars) columnOf = ctx.displayColumnOf;
  }
  // Undecided, a row is placed under both measures, and a number is placed only where both agree.
  const other = columnOf === ctx.columnOf ? ctx.displayColumnOf : ctx.columnOf;
  if (complete.length === 0 && header) {
    const centres = headerCentres(header.placed, ctx.rows, header.beforeRow, header.words, columnOf);
    const alt = decided ? null : headerCentres(header.placed, ctx.rows, header.beforeRow, header.words, other);
    if (centres) return { columnOf, centres: true, anchors: () => centres, alt: decided ? undefined : { columnOf: other, anchors: () => alt } };
  }
  const nearest = (seg: Segment): Segment | null => {
    let best: Segment | null = null;
    for (const c of complete) if (!best || Math.abs(c.row - seg.row) < Math.abs(best.row - seg.row)) best = c;
    return best;
  };
  return {
    columnOf,
    centres: false,
    anchors: (seg: Segment): number[] | null => nearest(seg)?.slots.map((x) => columnOf(x.cell.end)) ?? null,
    alt: decided ? undefined : { columnOf: other, anchors: (seg: Segment) => nearest(seg)?.slots.map((x) => other(x.cell.end)) ?? null },
  };
}

/** How many distinct columns the positions fall into (positions within one of each other are one). */
function columnsUnder(offsets: number[], measure: (offset: number) => number): number {
  const xs = offsets.map(measure).sort((a, b) => a - b);
  let columns = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i]! - xs[i - 1]! > 1) columns++;
  return columns;
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

/** A blank mark between a label and the next label or number, inside the words of a flattened row. */
const MARK_IN_WORDS = /[)）\u4e00-\u9fff]\s*(?:——|—|－|-|\/)\s*(?=[（(]|[一二三四五六七八九十]、|\d|$)/;

/** Whether a report prints blank cells: a blank mark among its cells or words, or a row of section 三 with fewer digits than its seven cells. */
function printsBlanks(segments: Segment[], placed: PlacedCell[]): boolean {
  if (placed.some((p) => MARK_IN_WORDS.test(p.cell.text))) return true;
  for (const seg of segments) {
    if (seg.slots.some((x) => x.reading.kind === 'blank' && isPrintedMark(x.cell.text))) return true;
    if (seg.kind !== 'values') continue;
    const digits = seg.slots.reduce((n, x) => n + (x.cell.text.match(/\d/g)?.length ?? 0), 0);
    if (digits > 0 && digits < 7 && seg.slots.length < 7) return true;
  }
  return false;
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

/** The patterns without the 2019 row （六）其他处理, for tables that print the three 2021 rows instead. */
const APPLICATION_PATTERNS_2021 = APPLICATION_PATTERNS.filter((p) => p.key !== 'otherHandling');

function recogniseApplications(
  segments: Segment[],
  placed: PlacedCell[],
  activeTemplate: Template | null,
  ctx: RecogniseContext,
  out: Collector,
): { rows: ApplicationRowKey[]; found: Set<ApplicationRowKey>; template: Template | null } {
  let { assigned, duplicates } = alignSegments(segments, APPLICATION_PATTERNS);
  // A table has either the 2019 row or the three 2021 rows, never numbers on both: where the alignment
  // gave numbers to both, （六）其他处理 was the 2021 group label, and the rows are aligned again without it.
  const some2021 = assigned.has('otherNoCorrection') || assigned.has('otherUnpaidFee') || assigned.has('otherMisc');
  if (some2021 && assigned.get('otherHandling')?.kind === 'values') ({ assigned, duplicates } = alignSegments(segments, APPLICATION_PATTERNS_2021));
  const found = [...assigned.keys()];
  if (found.length < 3) {
    out.diagnostics.push(diagnostic('TABLE_NOT_FOUND', '未找到“收到和处理政府信息公开申请情况”表格 / section 三 table not found', { path: 'applications' }));
    return { rows: [], found: new Set(), template: null };
  }
  const has2021 = assigned.has('otherNoCorrection') || assigned.has('otherUnpaidFee') || assigned.has('otherMisc');
  // In the 2021 table （六）其他处理 heads the three rows below it; only with numbers is it the 2019 row.
  if ((has2021 || activeTemplate === '2021') && assigned.get('otherHandling')?.kind !== 'values') assigned.delete('otherHandling');
  const has2019 = assigned.has('otherHandling');
  const template: Template | null = has2021 ? '2021' : has2019 ? '2019' : null;
  const rows = APPLICATION_ROWS.map((r) => r.key).filter((k) => {
    if (assigned.has(k)) return true;
    // Neither kind of （六） row found (a table cut short): the 2019 row only where section 二 is 2019.
    if (k === 'otherHandling') return !has2021 && (activeTemplate === '2019' || activeTemplate === null);
    if (k === 'otherNoCorrection' || k === 'otherUnpaidFee' || k === 'otherMisc') return has2021;
    return true;
  });
  const firstData = Math.min(...[...assigned.values()].map((seg) => seg.row));
  const anchors = anchorFinder(segments, 7, ctx, { placed, beforeRow: firstData, words: APPLICANT_HEADER_WORDS });
  const padding = usualTrailingPad(segments, 7);
  const header = findHeaderColumns(placed, ctx.rows, firstData, APPLICANT_HEADERS, APPLICANT_COLUMN_KEYS);
  for (const key of rows) {
    const seg = assigned.get(key) ?? null;
    if (!seg)
      out.diagnostics.push(
        diagnostic('ROW_NOT_FOUND', `未找到“${APPLICATION_ROWS.find((r) => r.key === key)!.label.zh}”行 / row not found`, { path: `applications.${key}` }),
      );
    out.place(
      `applications.${key}`,
      APPLICANT_COLUMN_KEYS,
      seg,
      {
        width: 7,
        groupSize: 7,
        groupCheck: rule3,
        feasible: sumFeasible(7),
        ...padding,
        mayBeGlued: ctx.mayBeGlued,
        noGlue: ctx.blanksPrinted,
        anchors: seg ? anchors.anchors(seg) : null,
        columnOf: anchors.columnOf,
        anchorsAreCentres: anchors.centres,
        altAnchors: seg && anchors.alt ? anchors.alt.anchors(seg) : null,
        altColumnOf: anchors.alt?.columnOf,
      },
      header ? { columns: header, rows: ctx.rows } : undefined,
    );
    for (const dup of duplicates.get(key) ?? []) reconcileDuplicate(`applications.${key}`, APPLICANT_COLUMN_KEYS, dup, out);
  }
  return { rows, found: new Set(assigned.keys()), template };
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
    out.cells.set(path, {
      kind: 'candidates',
      candidates: [
        { value: mine.value, decimal: mine.decimal },
        { value: other.value, decimal: other.decimal },
      ],
      slot: mine.slot,
    });
  });
}

// ─── Section 四 ─────────────────────────────────────────────────────────────────────────────────────

const rule4: (parts: number[]) => boolean = (p) => p[0]! + p[1]! + p[2]! + p[3]! === p[4];

function recogniseReview(segments: Segment[], placed: PlacedCell[], ctx: RecogniseContext, out: Collector): { found: boolean; whole: boolean } {
  const valued = segments.filter((s) => s.kind === 'values');
  // Under its header, a table row of empty cells only: every cell of section 四 printed blank.
  if (valued.length === 0) {
    // The header's words, whole or set one character a line (结 / 果 / 维 / 持) as converters print them.
    const words = cjkOnly(placed.map((p) => p.cell.text).join(''));
    const headed = /结果维持|结果纠正|尚未审结|未经复议|复议后起诉|直接起诉/.test(words) || ['维', '纠', '审', '未'].every((ch) => words.includes(ch));
    const emptyRow = headed
      ? [...new Set(placed.map((p) => p.row))]
          .reverse()
          .find((r) => ctx.rows[r]?.tabular && ctx.rows[r]!.cells.length >= 10 && ctx.rows[r]!.cells.every((c) => !isPrintedMark(c.text)))
      : undefined;
    if (emptyRow !== undefined) {
      const line = ctx.rows[emptyRow]!.cells[0]!.line;
      for (const g of REVIEW_GROUP_KEYS) {
        out.rowLines.set(`review.${g}`, line);
        for (const r of REVIEW_RESULT_KEYS) out.cells.set(`review.${g}.${r}`, { kind: 'blank' });
      }
      return { found: true, whole: ctx.rows[emptyRow]!.cells.length >= 15 };
    }
    // Text laid out by spaces (or run together) leaves no trace of a row printed blank: the header
    // stands, its cells are unfilled, and unless the report goes on after it, it may be cut there.
    if (headed) {
      const line = placed[placed.length - 1]?.cell.line;
      for (const g of REVIEW_GROUP_KEYS) {
        if (line !== undefined) out.rowLines.set(`review.${g}`, line);
        for (const r of REVIEW_RESULT_KEYS) out.cells.set(`review.${g}.${r}`, { kind: 'blank' });
      }
      return { found: true, whole: false };
    }
  }
  if (valued.length === 0) {
    out.diagnostics.push(diagnostic('TABLE_NOT_FOUND', '未找到“行政复议、行政诉讼情况”表格 / section 四 table not found', { path: 'review' }));
    return { found: false, whole: false };
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
  const fitOpts: FitOptions = {
    width: 15,
    groupSize: 5,
    groupCheck: rule4,
    feasible: sumFeasible(5),
    trailingPad: 0,
    mayBeGlued: ctx.mayBeGlued || pick.slots.length === 1,
    noGlue: ctx.blanksPrinted,
    columnOf: ctx.columnOf,
  };
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
  return { found: true, whole: pick.slots.filter((x) => !x.trailing).length >= 15 };
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
  else if (columns.some((c) => c === 'newlyMade' || c === 'newlyPublished' || c === 'totalPublished' || c === 'previousCount' || c === 'projects'))
    template = '2019';
  else if (/本年处理决定数量|本年收费金额/.test(t)) template = '2021';
  return { columns, template };
}

const ACTIVE_PATTERNS: RowPattern<ActiveRowKey>[] = ACTIVE_ROWS.map((r) => ({
  key: r.key,
  labels: [r.label.zh, ...(r.variants ?? [])],
  core: r.key === 'normativeDocuments' ? '规范性文件' : r.label.zh,
}));

function recogniseActive(
  segments: Segment[],
  ctx: RecogniseContext,
  out: Collector,
): { rows: Map<ActiveRowKey, ActiveColumnKey[]>; template: Template | null } {
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
      noGlue: ctx.blanksPrinted,
      decimals,
      signed: cols.map((c) => c === 'change'),
      columnOf: ctx.columnOf,
    });
  }
  return { rows, template };
}

export function recogniseTables(
  sections: { active: Segment[]; applications: Segment[]; review: Segment[] },
  placed: { active: PlacedCell[]; applications: PlacedCell[]; review: PlacedCell[] },
  ctx: RecogniseContext,
): RecognisedTables {
  const out = new Collector();
  // Digits run together can be cut into cells only where no cell may be missing: a report that
  // prints blank cells anywhere (a mark, or a row of fewer digits than cells) may leave one out of any
  // run, and then the cut is a guess.
  if (printsBlanks([...sections.applications, ...sections.review], placed.applications)) {
    ctx = { ...ctx, mayBeGlued: false, blanksPrinted: true };
    out.diagnostics.push(
      diagnostic('ROW_CELL_COUNT', '数字粘连且报告留有空白单元格，无法可靠拆分 / digits run together in a report that leaves cells blank: not split', {
        path: 'applications',
        severity: 'info',
      }),
    );
  }
  const active = recogniseActive(sections.active, ctx, out);
  const applications = recogniseApplications(sections.applications, placed.applications, active.template, ctx, out);
  const review = recogniseReview(sections.review, placed.review, ctx, out);
  return {
    cells: out.cells,
    groups: out.groups,
    diagnostics: out.diagnostics,
    activeRows: active.rows,
    applicationRows: applications.rows,
    applicationsFound: applications.found,
    reviewFound: review.found,
    reviewWhole: review.whole,
    activeTemplate: active.template,
    applicationsTemplate: applications.template,
    rowLines: out.rowLines,
  };
}

export { cjkOnly };
