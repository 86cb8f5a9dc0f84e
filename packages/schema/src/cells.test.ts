import { describe, expect, it } from 'vitest';
import { CELLS, decimalToUnits, unitsToDecimal } from './cells.ts';

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
