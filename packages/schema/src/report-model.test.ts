import { describe, expect, it } from 'vitest';
import {
  APPLICATION_ROW_KEYS,
  APPLICATION_ROWS,
  CELLS,
  decimalToUnits,
  OUTCOME_GROUP_KEYS,
  OUTCOME_GROUPS,
  OUTCOME_ROW_KEYS,
  ruleEquations,
  unitsToDecimal,
} from './report-model.ts';
import { DIAGNOSTIC_CODES, RULE_CODES } from './diagnostics.ts';

describe('report model', () => {
  it('lists every application row once, in the printed order', () => {
    expect(APPLICATION_ROWS.map((r) => r.key)).toEqual([...APPLICATION_ROW_KEYS]);
    expect(new Set(APPLICATION_ROW_KEYS).size).toBe(APPLICATION_ROW_KEYS.length);
  });

  it('sums the 2019 其他处理 row or the three 2021 rows into 总计, never both', () => {
    const rows2019 = APPLICATION_ROWS.filter((r) => r.formats.includes('2019')).map((r) => r.key);
    const rule2 = ruleEquations(rows2019).find((e) => e.rule === 2)!;
    expect(rule2.lhs).toContain('applications.otherHandling.naturalPerson');
    expect(rule2.lhs).not.toContain('applications.otherMisc.naturalPerson');
    expect(OUTCOME_ROW_KEYS).toHaveLength(22);
  });

  it('keys the outcome groups in the printed order, each labelled and holding rows', () => {
    expect(Object.keys(OUTCOME_GROUPS)).toEqual([...OUTCOME_GROUP_KEYS]);
    const printed = [...new Set(APPLICATION_ROWS.flatMap((r) => (r.outcome ? [r.outcome] : [])))];
    expect(printed).toEqual([...OUTCOME_GROUP_KEYS]);
  });

  it('gives every rule a diagnostic code and every code a severity and both labels', () => {
    for (const rule of [1, 2, 3, 4, 5, 6, 7]) expect(DIAGNOSTIC_CODES[RULE_CODES[rule]!]).toBeDefined();
    for (const [code, d] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(d.zh.length).toBeGreaterThan(0);
      expect(d.en.length).toBeGreaterThan(0);
    }
  });
});

describe('cell catalogue', () => {
  it('has every cell once with a unique SQL name', () => {
    expect(new Set(CELLS.map((c) => c.path)).size).toBe(CELLS.length);
    expect(new Set(CELLS.map((c) => c.sqlName.toLowerCase())).size).toBe(CELLS.length);
    expect(CELLS.filter((c) => c.section === 'applications')).toHaveLength(26 * 7);
    expect(CELLS.filter((c) => c.section === 'review')).toHaveLength(15);
    expect(CELLS.filter((c) => c.money).map((c) => c.path)).toEqual(['active.fees.amount', 'active.procurement.amount']);
  });
});

describe('money in integer millionths', () => {
  it.each([
    ['0', 0n, '0'],
    ['7730.28', 7_730_280_000n, '7730.28'],
    ['13.595', 13_595_000n, '13.595'],
    ['0.000001', 1n, '0.000001'],
    ['96171.600', 96_171_600_000n, '96171.6'],
    ['-2.5', -2_500_000n, '-2.5'],
    ['123456789012.123456', 123_456_789_012_123_456n, '123456789012.123456'],
  ])('%s ↔ %d', (text, units, back) => {
    expect(decimalToUnits(text)).toBe(units);
    expect(unitsToDecimal(units)).toBe(back);
  });

  it('refuses what it cannot keep exactly', () => {
    expect(() => decimalToUnits('1.0000001')).toThrow();
    expect(() => decimalToUnits('abc')).toThrow();
  });
});
