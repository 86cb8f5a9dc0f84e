import type { Candidate } from './normalise.ts';
import { toHalfWidth } from './normalise.ts';
import type { Slot } from './segments.ts';

// A segment's value slots → the row's columns. Three cases: as many slots as columns (or more, with
// padding), digits glued together that must be split, and pdftotext rows whose blank cells left no
// trace but whose numbers still stand under their column.

/** What one column of a row holds before the rules are applied. */
export type CellInput =
  | { kind: 'value'; value: number; decimal: string; slot: Slot }
  | { kind: 'candidates'; candidates: Candidate[]; slot: Slot }
  | { kind: 'blank'; slot?: Slot }
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
  /** Whether decimals are allowed in glued parts (money). */
  decimals?: boolean;
  /** Columns that may be negative (2019 本年增/减), by index. */
  signed?: boolean[];
  /** Whether some values of a row (null: not known) could still satisfy its rule. */
  feasible?: (parts: (number | null)[]) => boolean;
  /** Empty cells a complete row of this table carries after its last value: padding, not data. */
  trailingPad?: number;
}

export function slotInput(slot: Slot): CellInput {
  const r = slot.reading;
  if (r.kind === 'number') return { kind: 'value', value: r.value, decimal: r.decimal, slot };
  if (r.kind === 'garbled') return { kind: 'candidates', candidates: r.candidates, slot };
  return { kind: 'blank', slot };
}

function cleanValues(slots: Slot[]): (number | null)[] {
  return slots.map((s) => (s.reading.kind === 'number' ? s.reading.value : null));
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
  let s = [...body, ...trail.slice(0, Math.max(0, trail.length - (opts.trailingPad ?? 0)))];
  // Merged-cell padding shows as empty cells in front of the numbers.
  while (s.length > width && isEmpty(s[0]!) && s.slice(1).filter((x) => !isEmpty(x)).length <= width) {
    const rest = s.slice(1);
    if (rest.length < width) break;
    s = rest;
  }
  if (s.length === width) return { kind: 'cells', inputs: s.map(slotInput) };
  if (s.length > width) return pickWindow(s, opts);

  // The printed digits, leading zeros included: '0000000' is seven cells, not the number 0.
  const digits = s.every((x) => x.reading.kind === 'number') ? s.map((x) => toHalfWidth(x.cell.text).replace(/[\s,]/g, '')).join('') : '';
  const glueable = digits.replace(/[+\-]/g, '').length >= width && /^[\d.+\-]+$/.test(digits) && (opts.mayBeGlued || (s.length === 1 && width > 1));
  if (glueable) {
    const { tuples, truncated } = splitGlued(digits, width, opts.groupSize ?? width, opts.groupCheck, opts.decimals ?? false, opts.signed);
    if (tuples.length > 0) return { kind: 'glued', tuples, slots: s, truncated };
    return { kind: 'misfit', reason: `digits ${digits} cannot be split into ${width} cells that satisfy the rules` };
  }
  if (opts.anchors && opts.columnOf && s.every((x) => x.row === s[0]!.row)) {
    const placed = placeByAnchors(s, opts.anchors, opts.columnOf);
    if (placed) return { kind: 'cells', inputs: placed, note: 'placed by column position' };
  }
  return { kind: 'misfit', reason: `${s.length} values for ${width} columns` };
}

function isEmpty(slot: Slot): boolean {
  return slot.reading.kind === 'blank' && slot.cell.text.trim() === '';
}

/**
 * More cells than columns: the row sits in one window of `width` cells that holds every printed value
 * and that its rule allows. One such window: take it. Several: keep only what they all agree on.
 */
function pickWindow(s: Slot[], opts: FitOptions): FitResult {
  const { width, feasible } = opts;
  const printed = s.map((x, i) => (isEmpty(x) ? -1 : i)).filter((i) => i >= 0);
  const first = printed[0] ?? 0;
  const last = printed[printed.length - 1] ?? 0;
  const windows: number[] = [];
  for (let o = 0; o + width <= s.length; o++) {
    if (o > first || o + width - 1 < last) continue;
    if (feasible && !feasible(cleanValues(s.slice(o, o + width)))) continue;
    windows.push(o);
  }
  if (windows.length === 1) {
    const o = windows[0]!;
    const ignored = s.length - width;
    return { kind: 'cells', inputs: s.slice(o, o + width).map(slotInput), ...(ignored > 0 && printed.length > width ? { note: `${ignored} extra values ignored` } : {}) };
  }
  if (windows.length === 0) return { kind: 'misfit', reason: `${printed.length} values in ${s.length} cells for ${width} columns` };
  const inputs: CellInput[] = [];
  for (let j = 0; j < width; j++) {
    const readings = windows.map((o) => s[o + j]!);
    const firstReading = readings[0]!.reading;
    const agree = firstReading.kind === 'number' && readings.every((x) => x.reading.kind === 'number' && x.reading.value === firstReading.value);
    inputs.push(agree ? slotInput(readings[0]!) : { kind: 'blank' });
  }
  return { kind: 'cells', inputs, note: `the row's cells could sit in ${windows.length} positions; only what they agree on is kept` };
}

function placeByAnchors(s: Slot[], anchors: number[], columnOf: (offset: number) => number): CellInput[] | null {
  const gaps = anchors.slice(1).map((a, i) => a - anchors[i]!);
  const tolerance = Math.max(1, Math.floor(Math.min(...gaps, 8) / 2));
  const out: CellInput[] = anchors.map(() => ({ kind: 'blank' }));
  let last = -1;
  for (const slot of s) {
    const col = columnOf(slot.cell.end);
    let best = -1;
    let bestDist = Infinity;
    anchors.forEach((a, j) => {
      const d = Math.abs(a - col);
      if (d < bestDist) {
        bestDist = d;
        best = j;
      }
    });
    if (best <= last || bestDist > tolerance) return null;
    out[best] = slotInput(slot);
    last = best;
  }
  return out;
}

const PART = /^(?:0|[1-9]\d*)$/;
const PART_SIGNED = /^(?:0|[+\-]?[1-9]\d*)$/;
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
        if (/^[+\-]?0/.test(p) && !p.includes('.')) break; // a longer part keeps the leading zero
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
