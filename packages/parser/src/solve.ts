import type { CellState, Diagnostic, RuleEquation } from '@gongkai/schema/report';
import { CELL_BY_PATH } from '@gongkai/schema/report';
import type { DiagnosticCode } from '@gongkai/schema/diagnostics';
import { DIAGNOSTIC_CODES, RULE_CODES } from '@gongkai/schema/diagnostics';
import type { CellInput } from './fit.ts';
import type { Slot } from './segments.ts';

// Rules 1–4 as linear equations over whole counts ≥ 0. A cell not filled takes a value only where the
// equations, with every count ≥ 0, leave it exactly one (bounds narrowed equation by equation until
// nothing moves); a damaged reading only where one reading is left. Printed numbers are never changed:
//
// 1. Equations that the printed numbers break on their own (all printed and unequal, or printed parts
//    already above their printed total) are reported and not used; nor are the other equations their
//    printed numbers take part in (one of them is a misprint); the rest still are.
// 2. Where two equations contradict each other through cells they fix, the one that found the
//    contradiction is set aside too, and the rest solved again.
// 3. A final gate: every equation whose cells are all known is checked; an inferred or repaired value
//    in one that fails is withdrawn (null + diagnostic), until every such equation holds.
//
// Rule 5 (a count is a whole number ≥ 0) is no equation: checkRule5 tests each printed cell alone.

export interface GluedGroup {
  paths: string[];
  tuples: string[][];
  slots: Slot[];
}

export interface SolvedCell {
  value: number | null;
  decimal?: string;
  state: CellState;
  slot?: Slot;
  candidates?: number[];
}

export interface SolveInput {
  cells: Map<string, CellInput>;
  groups: GluedGroup[];
  equations: RuleEquation[];
  /** Line to report for a cell with no slot of its own (its row's line). */
  rowLine: (path: string) => number | undefined;
}

type Kind = 'printed' | 'free' | 'cands' | 'group';

interface Variable {
  path: string;
  kind: Kind;
  lo: number;
  hi: number;
  /** Printed value, or the readings still possible (cands), as numbers with their printed decimals. */
  values: { value: number; decimal: string }[];
  group?: number;
}

/** An equation as signed terms: Σ sign·x = 0. */
interface Terms {
  eq: RuleEquation;
  terms: { v: Variable; sign: 1 | -1 }[];
}

const MAX_COMBOS = 20_000;
const MAX_ROUNDS = 60;

export function solve(input: SolveInput): { cells: Map<string, SolvedCell>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const diag = (code: DiagnosticCode, path: string | undefined, message: string, extra: Partial<Diagnostic> = {}) => {
    const slot = path ? input.cells.get(path)?.slot : undefined;
    const line = slot?.cell.line ?? (path ? input.rowLine(path) : undefined);
    diagnostics.push({
      code,
      severity: DIAGNOSTIC_CODES[code].severity,
      path,
      line,
      ...(slot ? { start: slot.cell.start, end: slot.cell.end } : {}),
      message,
      ...extra,
    });
  };

  const usable = input.equations.filter((eq) => [...eq.lhs, ...eq.rhs].every((p) => input.cells.has(p)));
  const broken = new Set<RuleEquation>(usable.filter((eq) => brokenByPrint(eq, input.cells)));
  // The printed numbers of a broken row or group (rules 3, 4) are in doubt (one of them is a misprint):
  // the other equations they take part in infer nothing either. (A broken column sum spans a whole
  // table; it tells nothing of which of its numbers is wrong.)
  const doubtful = new Set(
    [...broken]
      .filter((eq) => eq.rule === 3 || eq.rule === 4)
      .flatMap((eq) => [...eq.lhs, ...eq.rhs])
      .filter((p) => input.cells.get(p)!.kind === 'value'),
  );
  const suspect = new Set(usable.filter((eq) => !broken.has(eq) && [...eq.lhs, ...eq.rhs].some((p) => doubtful.has(p))));
  let solution = propagate(
    input,
    usable.filter((eq) => !broken.has(eq) && !suspect.has(eq)),
  );
  // A contradiction between equations: set aside the one that found it and solve again.
  for (let round = 0; solution.conflict && round < usable.length; round++) {
    broken.add(solution.conflict);
    solution = propagate(
      input,
      usable.filter((eq) => !broken.has(eq) && !suspect.has(eq)),
    );
  }
  const vars = solution.vars;

  // The final gate: no inferred or repaired value may leave an equation with all cells known unequal.
  const withdrawn = new Map<string, number>();
  for (let changed = true; changed;) {
    changed = false;
    for (const eq of usable) {
      const paths = [...eq.lhs, ...eq.rhs];
      const vs = paths.map((p) => vars.get(p)!);
      if (vs.some((v) => !isFixed(v))) continue;
      if (Math.abs(sumOf(eq, vars)) < 1e-9) continue;
      for (const v of vs) {
        if (v.kind === 'printed') continue;
        withdrawn.set(v.path, v.lo);
        v.lo = 0;
        v.hi = Infinity;
        v.values = [];
        v.kind = 'free';
        changed = true;
      }
    }
  }
  for (const [path, value] of withdrawn) {
    diag('CELL_AMBIGUOUS', path, `规则之间相互矛盾，无法确定此单元格（曾推得 ${value}）/ the rules disagree about this cell (it would be ${value})`, {
      candidates: [value],
    });
  }
  for (const eq of usable) {
    const vs = [...eq.lhs, ...eq.rhs].map((p) => vars.get(p)!);
    const allPrinted = vs.every((v) => v.kind === 'printed');
    if (!broken.has(eq) && !allPrinted) continue;
    if (allPrinted && Math.abs(sumOf(eq, vars)) < 1e-9) continue;
    const lhs = eq.lhs.map((p) => vars.get(p)!);
    const rhs = eq.rhs.map((p) => vars.get(p)!);
    const show = (side: Variable[]) =>
      side.every(isFixed) ? String(side.reduce((a, v) => a + v.lo, 0)) : `${side.filter(isFixed).reduce((a, v) => a + v.lo, 0)}+?`;
    diag(
      RULE_CODES[eq.rule]!,
      eq.where,
      `规则${eq.rule}不成立：${show(lhs)} ≠ ${show(rhs)}（按原样保留，不用于推算）/ rule ${eq.rule} broken: ${show(lhs)} ≠ ${show(rhs)} (kept as printed, not used to infer)`,
      {
        rule: eq.rule,
        line: input.rowLine(eq.rhs[0]!),
      },
    );
  }

  const out = new Map<string, SolvedCell>();
  for (const [path, c] of input.cells) {
    const v = vars.get(path)!;
    const slot = c.slot;
    if (withdrawn.has(path)) {
      out.set(path, { value: null, state: 'missing', slot, candidates: [withdrawn.get(path)!] });
      continue;
    }
    if (isFixed(v)) {
      const decimal = v.values.find((x) => x.value === v.lo)?.decimal ?? String(v.lo);
      const state: CellState = v.kind === 'printed' ? 'printed' : v.kind === 'free' ? 'inferred' : 'repaired';
      if (c.kind === 'unreadable') {
        // The rules would give a value, but something was printed here that could not be read (it may
        // be a total that contradicts its parts), or the row was not found: it is not stated.
        out.set(path, { value: null, state: 'missing', slot, candidates: [v.lo] });
        if (!c.rowNotFound)
          diag(
            'CELL_UNREADABLE',
            path,
            `印有数字但无法读取或定位（按规则应为 ${v.lo}，未采用）/ printed but unreadable (the rules would give ${v.lo}; not used)`,
            { candidates: [v.lo] },
          );
        continue;
      }
      out.set(path, { value: v.lo, decimal, state, slot });
      if (state === 'inferred')
        diag(
          'CELL_INFERRED',
          path,
          `${c.kind === 'blank' ? '空白单元格' : '无法读取的单元格'}由勾稽关系唯一确定为 ${v.lo} / ${c.kind === 'blank' ? 'blank' : 'unreadable'} cell fixed by the rules as ${v.lo}`,
        );
      if (state === 'repaired') diag('CELL_REPAIRED', path, `原文“${slot?.cell.text ?? ''}”读作 ${decimal} / read “${slot?.cell.text ?? ''}” as ${decimal}`);
      continue;
    }
    const candidates = v.kind === 'cands' || v.kind === 'group' ? [...new Set(v.values.map((x) => x.value))].sort((a, b) => a - b) : undefined;
    out.set(path, { value: null, state: 'missing', slot, candidates });
    if (candidates && candidates.length > 0) {
      diag('CELL_AMBIGUOUS', path, `有多个可能的读数：${candidates.slice(0, 12).join('、')} / several readings possible`, {
        candidates: candidates.slice(0, 50),
      });
    } else if (c.kind === 'blank') {
      diag('CELL_MISSING', path, '单元格未填写，规则无法唯一推算 / not filled, and the rules leave more than one value', range(v));
    } else if (c.kind === 'unreadable' && c.rowNotFound) {
      // ROW_NOT_FOUND says it for the row.
    } else {
      diag('CELL_UNREADABLE', path, `无法读取“${slot?.cell.text ?? ''}” / unreadable`);
    }
  }
  return { cells: out, diagnostics };
}

/**
 * Rule 5: a printed count is a whole number ≥ 0 (2019 本年增/减 and money excepted). Only what the report
 * printed is checked, and it stands: the diagnostic says that it breaks the rule.
 */
export function checkRule5(path: string, cell: SolvedCell): Diagnostic | null {
  const spec = CELL_BY_PATH.get(path);
  if (cell.value === null || cell.state !== 'printed' || spec?.money || spec?.signed) return null;
  if (cell.value >= 0 && Number.isInteger(cell.value)) return null;
  const code = 'RULE_NEGATIVE_OR_FRACTION';
  return {
    code,
    severity: DIAGNOSTIC_CODES[code].severity,
    message: `数量应为非负整数：${cell.value} / a count must be a whole number ≥ 0`,
    path,
    line: cell.slot?.cell.line,
    rule: 5,
  };
}

function range(v: Variable): Partial<Diagnostic> {
  return Number.isFinite(v.hi) && v.hi > v.lo ? { message: `单元格未填写，规则只给出范围 ${v.lo}–${v.hi} / not filled; the rules allow ${v.lo}–${v.hi}` } : {};
}

function isFixed(v: Variable): boolean {
  return v.lo === v.hi && (v.kind === 'free' || v.values.length > 0);
}

function sumOf(eq: RuleEquation, vars: Map<string, Variable>): number {
  return eq.lhs.reduce((a, p) => a + vars.get(p)!.lo, 0) - eq.rhs.reduce((a, p) => a + vars.get(p)!.lo, 0);
}

/** Broken by the printed numbers alone: all printed and unequal, or the printed side already too large. */
function brokenByPrint(eq: RuleEquation, cells: Map<string, CellInput>): boolean {
  let printedSum = 0;
  const openSigns = new Set<number>();
  for (const [paths, sign] of [
    [eq.lhs, 1],
    [eq.rhs, -1],
  ] as const) {
    for (const p of paths) {
      const c = cells.get(p)!;
      if (c.kind === 'value') printedSum += sign * c.value;
      else openSigns.add(sign);
    }
  }
  if (openSigns.size === 0) return Math.abs(printedSum) > 1e-9;
  if (openSigns.size === 2) return false;
  // Only parts (or only the total) open: each is ≥ 0, so the printed sum must lean the other way.
  const sign = [...openSigns][0]!;
  return sign > 0 ? printedSum > 1e-9 : printedSum < -1e-9;
}

function propagate(input: SolveInput, equations: RuleEquation[]): { vars: Map<string, Variable>; conflict: RuleEquation | null } {
  const groups = input.groups.map((g) => ({ ...g, tuples: [...g.tuples] }));
  const vars = new Map<string, Variable>();
  for (const [path, c] of input.cells) {
    if (c.kind === 'value') vars.set(path, { path, kind: 'printed', lo: c.value, hi: c.value, values: [{ value: c.value, decimal: c.decimal }] });
    else if (c.kind === 'candidates' && c.candidates.length > 0) {
      const values = c.candidates.map((x) => ({ value: x.value, decimal: x.decimal }));
      vars.set(path, { path, kind: 'cands', ...bounds(values), values });
    } else if (c.kind === 'glued') {
      const g = groups[c.group]!;
      const k = g.paths.indexOf(path);
      const values = g.tuples.map((t) => ({ value: Number(t[k]), decimal: t[k]! }));
      vars.set(path, { path, kind: 'group', group: c.group, ...bounds(values), values });
    } else vars.set(path, { path, kind: 'free', lo: 0, hi: Infinity, values: [] });
  }
  const systems: Terms[] = equations.map((eq) => ({
    eq,
    terms: [...eq.lhs.map((p) => ({ v: vars.get(p)!, sign: 1 as const })), ...eq.rhs.map((p) => ({ v: vars.get(p)!, sign: -1 as const }))],
  }));

  /** Narrows a variable to [lo, hi]; false when nothing is left (a contradiction). */
  const narrow = (v: Variable, lo: number, hi: number): 'same' | 'changed' | 'empty' => {
    const newLo = Math.max(v.lo, Math.ceil(lo - 1e-9));
    const newHi = Math.min(v.hi, Math.floor(hi + 1e-9));
    if (newLo === v.lo && newHi === v.hi) return 'same';
    if (newLo > newHi) return 'empty';
    if (v.kind === 'printed') return 'empty';
    if (v.kind === 'free') {
      v.lo = newLo;
      v.hi = newHi;
      return 'changed';
    }
    if (v.kind === 'cands') {
      v.values = v.values.filter((x) => x.value >= newLo && x.value <= newHi);
      if (v.values.length === 0) return 'empty';
      Object.assign(v, bounds(v.values));
      return 'changed';
    }
    // A glued group: keep the splits whose cell here fits; every cell of the group follows.
    const g = groups[v.group!]!;
    const k = g.paths.indexOf(v.path);
    g.tuples = g.tuples.filter((t) => Number(t[k]) >= newLo && Number(t[k]) <= newHi);
    if (g.tuples.length === 0) return 'empty';
    g.paths.forEach((p, j) => {
      const w = vars.get(p)!;
      w.values = g.tuples.map((t) => ({ value: Number(t[j]), decimal: t[j]! }));
      Object.assign(w, bounds(w.values));
    });
    return 'changed';
  };

  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const s of systems) {
      // Σ sign·x = 0: each term lies between minus the others' largest and smallest sums.
      // Sums of the terms' smallest and largest contributions, infinite ones counted apart.
      let minFinite = 0;
      let minInfinite = 0;
      let maxFinite = 0;
      let maxInfinite = 0;
      for (const { v, sign } of s.terms) {
        const a = sign > 0 ? v.lo : -v.hi;
        const b = sign > 0 ? v.hi : -v.lo;
        if (Number.isFinite(a)) minFinite += a;
        else minInfinite++;
        if (Number.isFinite(b)) maxFinite += b;
        else maxInfinite++;
      }
      if ((minInfinite === 0 && minFinite > 1e-9) || (maxInfinite === 0 && maxFinite < -1e-9)) return { vars, conflict: s.eq };
      for (const { v, sign } of s.terms) {
        const a = sign > 0 ? v.lo : -v.hi;
        const b = sign > 0 ? v.hi : -v.lo;
        const othersMin = minInfinite - (Number.isFinite(a) ? 0 : 1) > 0 ? -Infinity : minFinite - (Number.isFinite(a) ? a : 0);
        const othersMax = maxInfinite - (Number.isFinite(b) ? 0 : 1) > 0 ? Infinity : maxFinite - (Number.isFinite(b) ? b : 0);
        // sign·x = −others  ⇒  sign·x ∈ [−othersMax, −othersMin]
        let lo = -othersMax;
        let hi = -othersMin;
        if (sign < 0) [lo, hi] = [-hi, -lo];
        const r = narrow(v, lo, hi);
        if (r === 'empty') return { vars, conflict: s.eq };
        if (r === 'changed') changed = true;
      }
      if (exhaust(s, groups, vars) === 'changed') changed = true;
    }
    if (!changed) break;
  }
  return { vars, conflict: null };
}

/**
 * Several damaged cells in one equation whose other cells are fixed: keep only the combinations of
 * readings that satisfy it (bounds alone cannot tell 1+2 from 2+1).
 */
function exhaust(s: Terms, groups: GluedGroup[], vars: Map<string, Variable>): 'same' | 'changed' {
  // Most equations hold no damaged reading at all: nothing to try.
  let damaged = 0;
  for (const { v } of s.terms) {
    if (v.kind === 'free' && !isFixed(v)) return 'same';
    if ((v.kind === 'cands' || v.kind === 'group') && !isFixed(v)) damaged++;
  }
  if (damaged < 2) return 'same';
  const open = s.terms.filter(({ v }) => !isFixed(v));
  if (open.length < 2 || open.some(({ v }) => v.kind === 'free')) return 'same';
  const known = s.terms.filter(({ v }) => isFixed(v)).reduce((a, { v, sign }) => a + sign * v.lo, 0);
  // Choices: a reading per damaged cell, a split per glued group.
  const groupIds = [...new Set(open.filter(({ v }) => v.kind === 'group').map(({ v }) => v.group!))];
  const cands = open.filter(({ v }) => v.kind === 'cands');
  const sizes = [...groupIds.map((g) => groups[g]!.tuples.length), ...cands.map(({ v }) => v.values.length)];
  if (sizes.reduce((a, b) => a * b, 1) > MAX_COMBOS) return 'same';
  const keepTuples = groupIds.map(() => new Set<number>());
  const keepValues = cands.map(() => new Set<number>());
  const choice = new Array<number>(sizes.length).fill(0);
  const visit = (k: number) => {
    if (k === sizes.length) {
      let sum = known;
      for (const { v, sign } of open) {
        if (v.kind === 'group') {
          const gi = groupIds.indexOf(v.group!);
          const g = groups[v.group!]!;
          sum += sign * Number(g.tuples[choice[gi]!]![g.paths.indexOf(v.path)]);
        } else sum += sign * v.values[choice[groupIds.length + cands.findIndex((c) => c.v === v)]!]!.value;
      }
      if (Math.abs(sum) < 1e-9) {
        groupIds.forEach((_, i) => keepTuples[i]!.add(choice[i]!));
        cands.forEach((_, i) => keepValues[i]!.add(choice[groupIds.length + i]!));
      }
      return;
    }
    for (let x = 0; x < sizes[k]!; x++) {
      choice[k] = x;
      visit(k + 1);
    }
  };
  visit(0);
  // No combination fits: bounds propagation reports the contradiction; nothing to keep here.
  if (keepTuples.every((t) => t.size === 0) && keepValues.every((t) => t.size === 0)) return 'same';
  let changed = false;
  groupIds.forEach((gi, i) => {
    const g = groups[gi]!;
    if (keepTuples[i]!.size === g.tuples.length) return;
    g.tuples = g.tuples.filter((_, t) => keepTuples[i]!.has(t));
    g.paths.forEach((p, j) => {
      const w = vars.get(p)!;
      w.values = g.tuples.map((t) => ({ value: Number(t[j]), decimal: t[j]! }));
      Object.assign(w, bounds(w.values));
    });
    changed = true;
  });
  cands.forEach(({ v }, i) => {
    if (keepValues[i]!.size === v.values.length) return;
    v.values = v.values.filter((_, x) => keepValues[i]!.has(x));
    Object.assign(v, bounds(v.values));
    changed = true;
  });
  return changed ? 'changed' : 'same';
}

function bounds(values: { value: number }[]): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { value } of values) {
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  return { lo, hi };
}
