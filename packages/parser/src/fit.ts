import type { Candidate } from './normalise.ts';
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
}

export function slotInput(slot: Slot): CellInput {
  const r = slot.reading;
  if (r.kind === 'number') return { kind: 'value', value: r.value, decimal: r.decimal, slot };
  if (r.kind === 'garbled') return { kind: 'candidates', candidates: r.candidates, slot };
  return { kind: 'blank', slot };
}

function cleanValues(slots: Slot[]): (number | null)[] {
  return slots.map((s) => (s.reading.kind === 'number' ? s.reading.value : s.reading.kind === 'blank' ? null : null));
}

export function fitSlots(slots: Slot[], opts: FitOptions): FitResult {
  const { width } = opts;
  let s = slots;
  // Merged-cell padding shows as empty cells in front of the numbers.
  while (s.length > width && s[0]!.reading.kind === 'blank') s = s.slice(1);
  if (s.length === width) return { kind: 'cells', inputs: s.map(slotInput) };
  if (s.length > width) return pickWindow(s, opts);

  const digits = s.every((x) => x.reading.kind === 'number') ? s.map((x) => (x.reading.kind === 'number' ? x.reading.decimal : '')).join('') : '';
  const glueable = digits.length >= width && /^[\d.]+$/.test(digits) && (opts.mayBeGlued || (s.length === 1 && width > 1));
  if (glueable) {
    const { tuples, truncated } = splitGlued(digits, width, opts.groupSize ?? width, opts.groupCheck, opts.decimals ?? false);
    if (tuples.length > 0) return { kind: 'glued', tuples, slots: s, truncated };
    return { kind: 'misfit', reason: `digits ${digits} cannot be split into ${width} cells that satisfy the rules` };
  }
  if (opts.anchors && opts.columnOf && s.every((x) => x.row === s[0]!.row)) {
    const placed = placeByAnchors(s, opts.anchors, opts.columnOf);
    if (placed) return { kind: 'cells', inputs: placed, note: 'placed by column position' };
  }
  return { kind: 'misfit', reason: `${s.length} values for ${width} columns` };
}

/** More slots than columns: take the one window of `width` that satisfies the row's rule. */
function pickWindow(s: Slot[], opts: FitOptions): FitResult {
  const { width, groupCheck } = opts;
  if (!groupCheck || (opts.groupSize ?? width) !== width) return { kind: 'misfit', reason: `${s.length} values for ${width} columns` };
  const passing: number[] = [];
  for (let o = 0; o + width <= s.length; o++) {
    const vals = cleanValues(s.slice(o, o + width));
    if (vals.every((v) => v !== null) && groupCheck(vals as number[])) passing.push(o);
  }
  if (passing.length === 1) return { kind: 'cells', inputs: s.slice(passing[0]!, passing[0]! + width).map(slotInput), note: `${s.length - width} extra values ignored` };
  return { kind: 'misfit', reason: `${s.length} values for ${width} columns` };
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
const PART_DECIMAL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
const MAX_TUPLES = 2000;
const MAX_STEPS = 200_000;

/** Every way to cut `digits` into `width` numbers, group by group, keeping those that pass the check. */
export function splitGlued(digits: string, width: number, groupSize: number, check: GroupCheck | undefined, decimals: boolean): { tuples: string[][]; truncated: boolean } {
  const tuples: string[][] = [];
  const part = decimals ? PART_DECIMAL : PART;
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
      if (!part.test(p)) {
        if (p[0] === '0' && !p.includes('.')) break; // a longer part would keep the leading zero
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
