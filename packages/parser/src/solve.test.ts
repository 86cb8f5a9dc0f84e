import type { RuleEquation } from '@gongkai/schema/report';
import { describe, expect, it } from 'vitest';
import type { CellInput } from './fit.ts';
import { checkRule5, solve } from './solve.ts';
import type { SolvedCell } from './solve.ts';

const slot = (text: string) => ({ cell: { text, start: 0, end: text.length, line: 1 }, reading: { kind: 'blank' as const }, row: 0 });
const v = (value: number): CellInput => ({ kind: 'value', value, decimal: String(value), slot: slot(String(value)) });
const blank: CellInput = { kind: 'blank' };
const cands = (...values: number[]): CellInput => ({ kind: 'candidates', candidates: values.map((x) => ({ value: x, decimal: String(x) })), slot: slot('?') });

/** a + b + c = t */
const eq: RuleEquation = { rule: 3, where: 'row', lhs: ['a', 'b', 'c'], rhs: ['t'] };
const run = (cells: Record<string, CellInput>, equations = [eq]) => solve({ cells: new Map(Object.entries(cells)), groups: [], equations, rowLine: () => 1 });

describe('solve', () => {
  it('infers the one blank cell of a complete equation', () => {
    const out = run({ a: v(1), b: blank, c: v(2), t: v(5) });
    expect(out.cells.get('b')).toMatchObject({ value: 2, state: 'inferred' });
    expect(out.diagnostics.map((d) => d.code)).toContain('CELL_INFERRED');
  });

  it('sets every blank part of a zero total to 0', () => {
    const out = run({ a: blank, b: blank, c: v(0), t: v(0) });
    expect(out.cells.get('a')).toMatchObject({ value: 0, state: 'inferred' });
    expect(out.cells.get('b')).toMatchObject({ value: 0, state: 'inferred' });
  });

  it('leaves two blanks of a non-zero total unknown', () => {
    const out = run({ a: blank, b: blank, c: v(1), t: v(3) });
    expect(out.cells.get('a')).toMatchObject({ value: null, state: 'missing' });
    expect(out.diagnostics.filter((d) => d.code === 'CELL_MISSING')).toHaveLength(2);
  });

  it('repairs a damaged reading only when exactly one reading fits', () => {
    expect(run({ a: cands(10, 1, 0), b: v(0), c: v(0), t: v(0) }).cells.get('a')).toMatchObject({ value: 0, state: 'repaired' });
    const twoFit = run({ a: cands(1, 2), b: blank, c: v(0), t: v(3) });
    expect(twoFit.cells.get('a')?.value).toBeNull();
  });

  it('keeps printed numbers that break a rule and reports the rule', () => {
    const out = run({ a: v(10), b: v(1), c: v(0), t: v(0) });
    expect(out.cells.get('t')).toMatchObject({ value: 0, state: 'printed' });
    expect(out.diagnostics).toContainEqual(expect.objectContaining({ code: 'RULE_TOTAL_MISMATCH', rule: 3 }));
  });

  it('abstains when two rules disagree about an inferred cell', () => {
    const other: RuleEquation = { rule: 1, where: 'col', lhs: ['b'], rhs: ['x'] };
    const out = run({ a: v(1), b: blank, c: v(2), t: v(5), x: v(7) }, [eq, other]);
    expect(out.cells.get('b')?.value).toBeNull();
    expect(out.diagnostics.map((d) => d.code)).toContain('CELL_AMBIGUOUS');
  });

  it('never infers a negative count', () => {
    const out = run({ a: v(4), b: blank, c: v(2), t: v(5) });
    expect(out.cells.get('b')?.value).toBeNull();
  });
});

describe('checkRule5', () => {
  const printed = (value: number, text = String(value)): SolvedCell => ({
    value,
    state: 'printed',
    slot: { ...slot(text), cell: { text, start: 40, end: 40 + text.length, line: 12 } },
  });

  it.each([
    ['applications.newlyReceived.naturalPerson', -1],
    ['applications.totalProcessed.total', 2.5],
    ['review.reconsideration.upheld', -3],
    ['active.licensing.decisions', 0.5],
  ])('flags the count %s printed as %d', (path, value) => {
    expect(checkRule5(path, printed(value))).toEqual(expect.objectContaining({ code: 'RULE_NEGATIVE_OR_FRACTION', rule: 5, path, line: 12 }));
  });

  it.each([
    ['a whole count', 'applications.newlyReceived.naturalPerson', printed(3)],
    ['a printed zero', 'review.reconsideration.total', printed(0)],
    // 2019 本年增/减 may fall; money has decimals.
    ['a negative 本年增/减', 'active.licensing.change', printed(-2)],
    ['money in 万元', 'active.fees.amount', printed(12.5, '12.50')],
    ['a procurement sum', 'active.procurement.amount', printed(96.25)],
    // Only what was printed is the report's word; nothing printed, nothing to flag.
    ['an inferred cell', 'applications.carriedOver.total', { value: 1, state: 'inferred' } satisfies SolvedCell],
    ['a cell left empty', 'applications.carriedOver.total', { value: null, state: 'missing' } satisfies SolvedCell],
  ])('passes %s', (_, path, cell) => {
    expect(checkRule5(path, cell)).toBeNull();
  });
});
