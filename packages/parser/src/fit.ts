import type { Candidate } from './normalise.ts';
import { isPrintedMark, toHalfWidth } from './normalise.ts';
import type { Slot } from './segments.ts';

// A segment's value slots → the row's columns. Three cases: as many slots as columns (or more, with
// padding), digits glued together that must be split, and pdftotext rows whose blank cells left no
// trace but whose numbers still stand under their column.

/** What one column of a row holds before the rules are applied. */
export type CellInput =
  | { kind: 'value'; value: number; decimal: string; slot: Slot }
  | { kind: 'candidates'; candidates: Candidate[]; slot: Slot }
  | { kind: 'blank'; slot?: Slot }
  /** Something is printed here but could not be read or placed, or its row was not found: never inferred, never stated. */
  | { kind: 'unreadable'; slot?: Slot; rowNotFound?: boolean }
  | { kind: 'glued'; group: number; slot: Slot };

export type FitResult =
  | { kind: 'cells'; inputs: CellInput[]; note?: string }
  | { kind: 'glued'; tuples: string[][]; slots: Slot[]; truncated: boolean }
  | { kind: 'misfit'; reason: string };

/** Checks a complete group of parts (e.g. a row's six applicant columns and total). */
export type GroupCheck = (parts: number[]) => boolean;

export interface FitOptions {
  width: number;
  /** Glued digits are split into groups of this size, each checked as soon as it is complete. */
  groupSize?: number;
  groupCheck?: GroupCheck;
  /** Whether digits may be glued (a flattened page, or a whole row printed as one digit run). */
  mayBeGlued: boolean;
  /** For text laid out by spaces: where each column's numbers end, read off a complete row nearby. */
  anchors?: number[] | null;
  columnOf?: (offset: number) => number;
  /** Anchors are the centres of header words, not the ends of a complete row's numbers. */
  anchorsAreCentres?: boolean;
  /** Anchors under the other measure, where the text does not say which measure it uses. */
  altAnchors?: number[] | null;
  altColumnOf?: (offset: number) => number;
  /** Whether decimals are allowed in glued parts (money). */
  decimals?: boolean;
  /** Columns that may be negative (2019 本年增/减), by index. */
  signed?: boolean[];
  /** Whether some values of a row (null: not known) could still satisfy its rule. */
  feasible?: (parts: (number | null)[]) => boolean;
  /** Empty cells a complete row of this table carries after its last value: padding, not data. */
  trailingPad?: number;
  /** Whether every complete row carries the same padding (else stray separators make it uncertain). */
  trailingUniform?: boolean;
  /** Cells delimited in the source (a table row), not text laid out by spaces. */
  tabular?: boolean;
  /** Never cut a run of digits into cells (the report prints blank cells, so any may be missing). */
  noGlue?: boolean;
}

export function slotInput(slot: Slot): CellInput {
  const r = slot.reading;
  // The last number of a document cut short may have lost digits (133 cut to 1).
  if (slot.cell.cut && r.kind !== 'blank') return { kind: 'unreadable', slot };
  if (r.kind === 'number') return { kind: 'value', value: r.value, decimal: r.decimal, slot };
  if (r.kind === 'garbled') return { kind: 'candidates', candidates: r.candidates, slot };
  return { kind: 'blank', slot };
}

/** What each cell says for checking a placement: a damaged cell with one reading counts as that reading. */
function cleanValues(slots: Slot[]): (number | null)[] {
  return slots.map((s) =>
    s.reading.kind === 'number' ? s.reading.value : s.reading.kind === 'garbled' && s.reading.candidates.length === 1 ? s.reading.candidates[0]!.value : null,
  );
}

/** Feasibility of rule 3 / rule 4 shaped groups (parts then total) with unknown cells. */
export function sumFeasible(groupSize: number): (parts: (number | null)[]) => boolean {
  return (parts) => {
    for (let g = 0; g + groupSize <= parts.length; g += groupSize) {
      const group = parts.slice(g, g + groupSize);
      const total = group[groupSize - 1];
      const known = group.slice(0, -1).filter((x): x is number => x !== null);
      const sum = known.reduce((a, b) => a + b, 0);
      if (total === null || total === undefined) continue;
      if (known.length === groupSize - 1 ? sum !== total : sum > total) return false;
    }
    return true;
  };
}

export function fitSlots(slots: Slot[], opts: FitOptions): FitResult {
  const { width } = opts;
  // Trailing empty cells beyond the table's usual padding are this row's blank last columns.
  const body = slots.filter((x) => !x.trailing);
  const trail = slots.filter((x) => x.trailing);
  const excess = Math.max(0, trail.length - (opts.trailingPad ?? 0));
  // Padding that varies from row to row: the row's blank last columns may be none or all of the excess.
  if (opts.trailingUniform === false && excess > 0) {
    const windows: Slot[][] = [];
    for (let k = 0; k <= excess; k++) windows.push(...windowsOf([...body, ...trail.slice(0, k)], opts));
    if (windows.length > 0) return resolveWindows(windows, width);
  }
  const dataTrail = opts.trailingUniform === false ? [] : trail.slice(0, excess);
  let s = [...body, ...dataTrail];
  // Merged-cell padding shows as empty cells in front of the numbers; with blank cells after them too,
  // which end is padding is for the window search to decide.
  while (dataTrail.length === 0 && s.length > width && isEmpty(s[0]!)) {
    const rest = s.slice(1);
    if (rest.length < width) break;
    s = rest;
  }
  if (s.length === width) {
    // A row whose blank cell makes its rule impossible where it stands may have slid one cell to the
    // right, pushing its blank last column into the padding: the rules then say where it belongs.
    if (opts.feasible && !opts.feasible(cleanValues(s)) && trail.length > dataTrail.length && s.some(isEmpty)) {
      const shifted = pickWindow([...body, ...trail], opts, true);
      if (shifted.kind === 'cells') return { ...shifted, note: 'placed by the rules: the row is shifted under its header' };
    }
    return { kind: 'cells', inputs: s.map(slotInput) };
  }
  if (s.length > width) return pickWindow(s, opts);
  // Too few cells unless a trailing separator is a blank last column: keep what both readings share.
  if (trail.length > dataTrail.length && body.length + trail.length >= width) {
    const both = pickWindow([...body, ...trail], opts);
    if (both.kind === 'cells') return both;
  }

  // The printed digits, leading zeros included: '0000000' is seven cells, not the number 0.
  const digits = s.every((x) => x.reading.kind === 'number') ? s.map((x) => toHalfWidth(x.cell.text).replace(/[\s,]/g, '')).join('') : '';
  // A whole row printed as one digit run is split only where a rule can check the split.
  const glueable =
    !opts.noGlue &&
    digits.replace(/[+-]/g, '').length >= width &&
    /^[\d.+-]+$/.test(digits) &&
    (opts.mayBeGlued || (s.length === 1 && width > 1 && opts.groupCheck !== undefined));
  if (glueable) {
    // Without a rule to check them, glued digits say how many cells they fill only when each is a 0:
    // "71" under two columns may be 7 and 1, or 71 beside a cell printed blank.
    if (!opts.groupCheck && !(digits.length === width && /^0+$/.test(digits))) {
      return { kind: 'misfit', reason: `digits ${digits} glued together: which cells they fill cannot be told` };
    }
    const { tuples, truncated } = splitGlued(digits, width, opts.groupSize ?? width, opts.groupCheck, opts.decimals ?? false, opts.signed);
    if (tuples.length > 0) return { kind: 'glued', tuples, slots: s, truncated };
    return { kind: 'misfit', reason: `digits ${digits} cannot be split into ${width} cells that satisfy the rules` };
  }
  // A table row with fewer cells than columns lost a merged cell at one end: every placement the rule
  // allows is tried, and only what they agree on is kept.
  if (opts.tabular && s.length < width && s.length >= Math.ceil(width / 2)) {
    const windows: Slot[][] = [];
    const pad = (_k: number): Slot => ({
      cell: { text: '', start: s[0]!.cell.start, end: s[0]!.cell.start, line: s[0]!.cell.line },
      reading: { kind: 'blank' },
      row: s[0]!.row,
    });
    for (let k = 0; k <= width - s.length; k++) {
      const w = [...Array.from({ length: k }, () => pad(k)), ...s, ...Array.from({ length: width - s.length - k }, () => pad(k))];
      if (!opts.feasible || opts.feasible(cleanValues(w))) windows.push(w);
    }
    if (windows.length > 0) {
      const resolved = resolveWindows(windows, width);
      if (resolved.kind === 'cells') return { ...resolved, note: `${s.length} cells for ${width} columns: ${resolved.note ?? 'placed by the rules'}` };
    }
  }
  if (opts.anchors && opts.columnOf && s.every((x) => x.row === s[0]!.row)) {
    const placed = placeByAnchors(s, opts.anchors, opts.columnOf, opts.anchorsAreCentres ?? false);
    if (placed && opts.altAnchors && opts.altColumnOf) {
      // Characters or display width: where the measures place a number differently, it is not placed.
      const other = placeByAnchors(s, opts.altAnchors, opts.altColumnOf, opts.anchorsAreCentres ?? false);
      if (!other) return { kind: 'misfit', reason: 'the numbers stand in other columns counted by display width than by characters' };
      const inputs = placed.map((x, j): CellInput => {
        const y = other[j]!;
        const same = x.kind === 'blank' ? y.kind === 'blank' : y.kind !== 'blank' && x.slot === y.slot;
        return same ? x : { kind: 'unreadable', slot: x.slot ?? y.slot };
      });
      return { kind: 'cells', inputs, note: 'placed by column position (where both measures agree)' };
    }
    if (placed) return { kind: 'cells', inputs: placed, note: 'placed by column position' };
  }
  return { kind: 'misfit', reason: `${s.length} values for ${width} columns` };
}

function isEmpty(slot: Slot): boolean {
  return slot.reading.kind === 'blank' && !isPrintedMark(slot.cell.text);
}

/**
 * More cells than columns: the row sits in one window of `width` cells that holds every printed value
 * and that its rule allows. One such window: take it. Several: keep only what they all agree on.
 */
function pickWindow(s: Slot[], opts: FitOptions, uniqueOnly = false): FitResult {
  const windows = windowsOf(s, opts);
  const printed = s.filter((x) => !isEmpty(x)).length;
  if (windows.length === 0 || (uniqueOnly && windows.length > 1))
    return { kind: 'misfit', reason: `${printed} values in ${s.length} cells for ${opts.width} columns` };
  return resolveWindows(windows, opts.width);
}

/** Every run of `width` cells that holds all printed cells of the row and that the row's rule allows. */
function windowsOf(s: Slot[], opts: FitOptions): Slot[][] {
  const { width, feasible } = opts;
  const printed = s.map((x, i) => (isEmpty(x) ? -1 : i)).filter((i) => i >= 0);
  const first = printed[0] ?? 0;
  const last = printed[printed.length - 1] ?? 0;
  const out: Slot[][] = [];
  for (let o = 0; o + width <= s.length; o++) {
    if (o > first || o + width - 1 < last) continue;
    const w = s.slice(o, o + width);
    if (feasible && !feasible(cleanValues(w))) continue;
    out.push(w);
  }
  return out;
}

/** One placement: take it. Several: keep, column by column, only the numbers they all agree on. */
function resolveWindows(windows: Slot[][], width: number): FitResult {
  const distinct = new Map(windows.map((w) => [w.map((x) => x.cell.start + ':' + x.cell.end).join(','), w]));
  if (distinct.size === 1) return { kind: 'cells', inputs: windows[0]!.map(slotInput) };
  const inputs: CellInput[] = [];
  for (let j = 0; j < width; j++) {
    const readings = windows.map((w) => w[j]!);
    const first = readings[0]!.reading;
    const agree = first.kind === 'number' && readings.every((x) => x.reading.kind === 'number' && x.reading.value === first.value);
    inputs.push(agree ? slotInput(readings[0]!) : { kind: 'blank' });
  }
  return { kind: 'cells', inputs, note: `the row's cells could sit in ${distinct.size} positions; only what they agree on is kept` };
}

function placeByAnchors(s: Slot[], anchors: number[], columnOf: (offset: number) => number, centres: boolean): CellInput[] | null {
  const gaps = anchors.slice(1).map((a, i) => a - anchors[i]!);
  if (gaps.some((g) => g <= 0)) return null;
  // Header words stand at a column's centre while numbers may be set to its right: only a number
  // clearly under one centre is placed by it.
  const tolerance = centres ? Math.min(...gaps) * 0.35 : Math.max(1, Math.floor(Math.min(...gaps, 8) / 2));
  const out: CellInput[] = anchors.map(() => ({ kind: 'blank' }));
  let last = -1;
  for (const slot of s) {
    const col = centres ? (columnOf(slot.cell.start) + columnOf(slot.cell.end)) / 2 : columnOf(slot.cell.end);
    let best = -1;
    let bestDist = Infinity;
    let second = Infinity;
    anchors.forEach((a, j) => {
      const d = Math.abs(a - col);
      if (d < bestDist) {
        second = bestDist;
        bestDist = d;
        best = j;
      } else if (d < second) second = d;
    });
    // A number halfway between two columns belongs to neither.
    if (best <= last || bestDist > tolerance || second - bestDist < 1) return null;
    out[best] = slotInput(slot);
    last = best;
  }
  return out;
}

const PART = /^(?:0|[1-9]\d*)$/;
const PART_SIGNED = /^(?:0|[+-]?[1-9]\d*)$/;
const PART_DECIMAL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
const MAX_TUPLES = 2000;
const MAX_STEPS = 200_000;

/** Every way to cut `digits` into `width` numbers, group by group, keeping those that pass the check. */
export function splitGlued(
  digits: string,
  width: number,
  groupSize: number,
  check: GroupCheck | undefined,
  decimals: boolean,
  signed: boolean[] = [],
): { tuples: string[][]; truncated: boolean } {
  const tuples: string[][] = [];
  const plain = decimals ? PART_DECIMAL : PART;
  let steps = 0;
  let truncated = false;
  const parts: string[] = [];
  const walk = (pos: number) => {
    if (truncated) return;
    if (++steps > MAX_STEPS || tuples.length >= MAX_TUPLES) {
      truncated = true;
      return;
    }
    if (parts.length === width) {
      if (pos === digits.length) tuples.push([...parts]);
      return;
    }
    const remainingParts = width - parts.length;
    const maxLen = digits.length - pos - (remainingParts - 1);
    for (let len = 1; len <= maxLen; len++) {
      const p = digits.slice(pos, pos + len);
      const part = signed[parts.length] ? PART_SIGNED : plain;
      if (!part.test(p)) {
        if (/^[+-]?0/.test(p) && !p.includes('.')) break; // a longer part keeps the leading zero
        continue;
      }
      // A decimal runs to the end of its digits: glued text never has digits after a fraction.
      if (p.includes('.') && pos + len !== digits.length) continue;
      parts.push(p);
      const complete = parts.length % groupSize === 0;
      if (!complete || !check || check(parts.slice(parts.length - groupSize).map(Number))) walk(pos + len);
      parts.pop();
    }
  };
  walk(0);
  return { tuples, truncated };
}
