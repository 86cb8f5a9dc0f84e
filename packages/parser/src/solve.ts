import type { CellState, Diagnostic, RuleEquation } from '@gongkai/schema/report';
import type { DiagnosticCode } from '@gongkai/schema/diagnostics';
import { DIAGNOSTIC_CODES, RULE_CODES } from '@gongkai/schema/diagnostics';
import type { CellInput } from './fit.ts';
import type { Slot } from './segments.ts';

// Rules 1–4 as linear equations over the cells. A blank cell takes a value only where an equation fixes
// it; a damaged reading only where exactly one reading satisfies the equations; anything the rules do
// not pin down stays null. Printed numbers are never changed: a broken rule is reported, not corrected.

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

type Domain =
  | { t: 'fixed'; v: number; decimal: string; how: 'printed' | 'inferred' | 'repaired' }
  | { t: 'free' }
  | { t: 'cands'; vs: { value: number; decimal: string }[] }
  | { t: 'group'; g: number }
  | { t: 'dead'; candidates?: number[] };

const MAX_COMBOS = 20_000;

export interface SolveInput {
  cells: Map<string, CellInput>;
  groups: GluedGroup[];
  equations: RuleEquation[];
  /** Line to report for a cell with no slot of its own (its row's line). */
  rowLine: (path: string) => number | undefined;
}

export function solve(input: SolveInput): { cells: Map<string, SolvedCell>; diagnostics: Diagnostic[] } {
  const { cells, equations } = input;
  const groups = input.groups.map((g) => ({ ...g, tuples: [...g.tuples] }));
  const dom = new Map<string, Domain>();
  const diagnostics: Diagnostic[] = [];
  const diag = (code: DiagnosticCode, path: string | undefined, message: string, extra: Partial<Diagnostic> = {}) => {
    const slot = path ? cells.get(path)?.slot : undefined;
    const line = slot?.cell.line ?? (path ? input.rowLine(path) : undefined);
    diagnostics.push({ code, severity: DIAGNOSTIC_CODES[code].severity, path, line, ...(slot ? { start: slot.cell.start, end: slot.cell.end } : {}), message, ...extra });
  };

  for (const [path, c] of cells) {
    if (c.kind === 'value') dom.set(path, { t: 'fixed', v: c.value, decimal: c.decimal, how: 'printed' });
    else if (c.kind === 'blank') dom.set(path, { t: 'free' });
    else if (c.kind === 'glued') dom.set(path, { t: 'group', g: c.group });
    else if (c.candidates.length === 0) dom.set(path, { t: 'dead' });
    else dom.set(path, { t: 'cands', vs: c.candidates });
  }

  const fix = (path: string, v: number, how: 'inferred' | 'repaired', decimal = String(v)) => dom.set(path, { t: 'fixed', v, decimal, how });

  const settleGroups = (): boolean => {
    let changed = false;
    groups.forEach((g, gi) => {
      const live = g.paths.some((p) => {
        const d = dom.get(p);
        return d?.t === 'group' && d.g === gi;
      });
      if (!live) return;
      if (g.tuples.length === 0) {
        for (const p of g.paths) dom.set(p, { t: 'dead' });
        changed = true;
        return;
      }
      // Cells on which every remaining split agrees are certain, even while others are not.
      g.paths.forEach((p, k) => {
        const d = dom.get(p);
        if (d?.t !== 'group') return;
        const first = g.tuples[0]![k]!;
        if (g.tuples.every((t) => t[k] === first)) {
          fix(p, Number(first), 'repaired', first);
          changed = true;
        }
      });
    });
    return changed;
  };

  // Each equation as signed terms, once; equations over cells the report does not have are dropped.
  const termLists = equations
    .map((eq) => [...eq.lhs.map((p): [string, number] => [p, 1]), ...eq.rhs.map((p): [string, number] => [p, -1])])
    .filter((terms) => terms.every(([p]) => dom.has(p)));
  // Equations whose cells are all known need no more looking at (they are checked once, at the end).
  const settled = new Set<[string, number][]>();
  const propagate = () => {
    for (let iter = 0; iter < 40; iter++) {
      let changed = settleGroups();
      for (const terms of termLists) {
        if (settled.has(terms)) continue;
        if (terms.every(([p]) => dom.get(p)!.t === 'fixed')) {
          settled.add(terms);
          continue;
        }
        if (terms.some(([p]) => dom.get(p)!.t === 'dead')) continue;
        let known = 0;
        const free: [string, number][] = [];
        const finite: [string, number][] = [];
        for (const [p, sign] of terms) {
          const d = dom.get(p)!;
          if (d.t === 'fixed') known += sign * d.v;
          else if (d.t === 'free') free.push([p, sign]);
          else finite.push([p, sign]);
        }
        if (free.length === 0 && finite.length === 0) continue;
        if (finite.length === 0) {
          if (free.length === 1) {
            const [p, sign] = free[0]!;
            const v = -known / sign || 0; // never -0
            if (Number.isInteger(v) && v >= 0) {
              fix(p, v, 'inferred');
              changed = true;
            }
          } else if (free.every(([, s]) => s === free[0]![1]) && known === 0) {
            // Parts of a sum that is already complete: non-negative counts must all be 0.
            for (const [p] of free) fix(p, 0, 'inferred');
            changed = true;
          }
          continue;
        }
        if (free.length > 0) continue;
        if (narrowFinite(finite, known)) changed = true;
      }
      for (const [p, d] of dom) {
        if (d.t === 'cands' && d.vs.length === 1) {
          fix(p, d.vs[0]!.value, 'repaired', d.vs[0]!.decimal);
          changed = true;
        }
      }
      if (!changed) break;
    }
  };

  /** Keep only the readings (and glued splits) that can satisfy one equation whose other cells are known. */
  const narrowFinite = (finite: [string, number][], known: number): boolean => {
    const groupIds = [...new Set(finite.map(([p]) => dom.get(p)!).filter((d) => d.t === 'group').map((d) => (d as { g: number }).g))];
    const candVars = finite.filter(([p]) => dom.get(p)!.t === 'cands');
    const sizes = [...groupIds.map((g) => groups[g]!.tuples.length), ...candVars.map(([p]) => (dom.get(p) as { vs: unknown[] }).vs.length)];
    if (sizes.reduce((a, b) => a * b, 1) > MAX_COMBOS) return false;
    const keepTuples = groupIds.map(() => new Set<number>());
    const keepVals = candVars.map(() => new Set<number>());
    const choice = new Array<number>(sizes.length).fill(0);
    const evaluate = () => {
      let sum = known;
      for (const [p, sign] of finite) {
        const d = dom.get(p)!;
        if (d.t === 'group') {
          const gi = groupIds.indexOf(d.g);
          const tuple = groups[d.g]!.tuples[choice[gi]!]!;
          sum += sign * Number(tuple[groups[d.g]!.paths.indexOf(p)]);
        } else if (d.t === 'cands') {
          const ci = candVars.findIndex(([q]) => q === p);
          sum += sign * d.vs[choice[groupIds.length + ci]!]!.value;
        }
      }
      return Math.abs(sum) < 1e-9;
    };
    const rec = (k: number) => {
      if (k === sizes.length) {
        if (evaluate()) {
          groupIds.forEach((_, i) => keepTuples[i]!.add(choice[i]!));
          candVars.forEach((_, i) => keepVals[i]!.add(choice[groupIds.length + i]!));
        }
        return;
      }
      for (let x = 0; x < sizes[k]!; x++) {
        choice[k] = x;
        rec(k + 1);
      }
    };
    rec(0);
    let changed = false;
    // No combination satisfies the rule: the rule itself is broken here, so it cannot choose a reading.
    if (keepTuples.every((s) => s.size === 0) && keepVals.every((s) => s.size === 0)) return false;
    groupIds.forEach((g, i) => {
      const before = groups[g]!.tuples.length;
      groups[g]!.tuples = groups[g]!.tuples.filter((_, t) => keepTuples[i]!.has(t));
      if (groups[g]!.tuples.length !== before) changed = true;
    });
    candVars.forEach(([p], i) => {
      const d = dom.get(p) as { t: 'cands'; vs: { value: number; decimal: string }[] };
      const vs = d.vs.filter((_, x) => keepVals[i]!.has(x));
      if (vs.length !== d.vs.length) {
        dom.set(p, { t: 'cands', vs });
        changed = true;
      }
    });
    return changed;
  };

  propagate();

  // An inferred or repaired value must agree with every equation it takes part in; if one disagrees,
  // the rules did not fix it after all.
  const doubted = new Set<string>();
  const broken: RuleEquation[] = [];
  for (const eq of equations) {
    const paths = [...eq.lhs, ...eq.rhs];
    const ds = paths.map((p) => dom.get(p));
    if (ds.some((d) => d?.t !== 'fixed')) continue;
    const sum = eq.lhs.reduce((a, p) => a + (dom.get(p) as { v: number }).v, 0) - eq.rhs.reduce((a, p) => a + (dom.get(p) as { v: number }).v, 0);
    if (Math.abs(sum) < 1e-9) continue;
    const guessed = paths.filter((p) => (dom.get(p) as { how: string }).how !== 'printed');
    if (guessed.length > 0) guessed.forEach((p) => doubted.add(p));
    else broken.push(eq);
  }
  for (const p of doubted) {
    const d = dom.get(p) as { v: number };
    dom.set(p, { t: 'dead', candidates: [d.v] });
    diag('CELL_AMBIGUOUS', p, `规则之间相互矛盾，无法确定此单元格（曾推得 ${d.v}）/ the rules disagree about this cell`, { candidates: [d.v] });
  }
  for (const eq of broken) {
    const lhs = eq.lhs.reduce((a, p) => a + (dom.get(p) as { v: number }).v, 0);
    const rhs = eq.rhs.reduce((a, p) => a + (dom.get(p) as { v: number }).v, 0);
    diag(RULE_CODES[eq.rule]!, eq.where, `规则${eq.rule}不成立：${lhs} ≠ ${rhs}（按原样保留）/ rule ${eq.rule} broken: ${lhs} ≠ ${rhs} (kept as printed)`, {
      rule: eq.rule,
      line: input.rowLine(eq.rhs[0]!),
    });
  }

  const out = new Map<string, SolvedCell>();
  for (const [path, c] of cells) {
    const d = dom.get(path)!;
    const slot = c.slot;
    if (d.t === 'fixed') {
      out.set(path, { value: d.v, decimal: d.decimal, state: d.how, slot });
      if (d.how === 'inferred') diag('CELL_INFERRED', path, `空白单元格由勾稽关系推算为 ${d.v} / blank cell inferred as ${d.v}`);
      if (d.how === 'repaired') diag('CELL_REPAIRED', path, `原文“${slot?.cell.text ?? ''}”读作 ${d.decimal} / read “${slot?.cell.text ?? ''}” as ${d.decimal}`);
      continue;
    }
    let candidates: number[] | undefined;
    if (d.t === 'cands') candidates = d.vs.map((x) => x.value);
    if (d.t === 'group') {
      const g = groups[d.g]!;
      const k = g.paths.indexOf(path);
      candidates = [...new Set(g.tuples.map((t) => Number(t[k])))].sort((a, b) => a - b);
    }
    if (d.t === 'dead' && d.candidates) {
      out.set(path, { value: null, state: 'missing', slot, candidates: d.candidates });
      continue;
    }
    out.set(path, { value: null, state: 'missing', slot, candidates });
    if (candidates && candidates.length > 0) {
      diag('CELL_AMBIGUOUS', path, `有多个可能的读数：${candidates.slice(0, 12).join('、')} / several readings possible`, { candidates: candidates.slice(0, 50) });
    } else if (c.kind === 'blank') {
      diag('CELL_MISSING', path, '单元格未填写，规则无法推算 / not filled and not fixed by the rules');
    } else {
      diag('CELL_UNREADABLE', path, `无法读取“${slot?.cell.text ?? ''}” / unreadable`);
    }
  }
  return { cells: out, diagnostics };
}
