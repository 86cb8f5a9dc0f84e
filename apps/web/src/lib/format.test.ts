import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCount,
  formatDate,
  formatDecimal,
  formatMeasure,
  formatMoneyWan,
  formatNumber,
  formatPercent,
  formatYear,
  formatYearRange,
} from './format';

describe('formatCount', () => {
  it.each([
    [1234, '件', 'zh', '1,234 件'],
    [1234, '件', 'en', '1,234'],
    [520, '份', 'zh', '520 份'],
    [520, '份', 'en', '520 reports'],
    [1, '份', 'en', '1 report'],
    [82, '个', 'en', '82 agencies'],
    [0, '件', 'zh', '0 件'],
    [null, '件', 'zh', '—'],
    [Number.NaN, '件', 'en', '—'],
  ] as const)('%s %s in %s → %s', (value, unit, lang, expected) => {
    expect(formatCount(value, unit, lang)).toBe(expected);
  });
});

describe('formatMoneyWan', () => {
  it.each([
    [96171.6, 'zh', '96,171.6 万元'],
    [7730.28, 'zh', '7,730.28 万元'],
    [96171.6, 'en', 'CN¥961.7 million'],
    [368996.9521, 'en', 'CN¥3.69 billion'],
    [12.5, 'en', 'CN¥125,000'],
    [null, 'en', '—'],
  ] as const)('%s in %s → %s', (value, lang, expected) => {
    expect(formatMoneyWan(value, lang)).toBe(expected);
  });
});

describe('formatDecimal keeps every printed digit', () => {
  it.each([
    ['7730.28', '7,730.28'],
    ['1234567.000001', '1,234,567.000001'],
    ['0.5', '0.5'],
    ['-1200', '-1,200'],
    ['12', '12'],
    ['abc', 'abc'],
    [null, '—'],
  ] as const)('%s → %s', (value, expected) => {
    expect(formatDecimal(value)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    ['2024-01-20', 'zh', '2024年1月20日'],
    ['2024-01-20', 'en', '20 January 2024'],
    ['2023-12-31', 'zh', '2023年12月31日'],
    [null, 'zh', '—'],
    ['not a date', 'en', 'not a date'],
  ] as const)('%s in %s → %s', (value, lang, expected) => {
    expect(formatDate(value, lang)).toBe(expected);
  });

  it('formats years and spans per language', () => {
    expect(formatYear(2024, 'zh')).toBe('2024年');
    expect(formatYear(2024, 'en')).toBe('2024');
    expect(formatYearRange([2021, 2019, 2025], 'zh')).toBe('2019–2025年');
    expect(formatYearRange([2022], 'en')).toBe('2022');
    expect(formatYearRange([], 'en')).toBe('—');
  });
});

describe('numbers', () => {
  it('groups thousands and limits decimals', () => {
    expect(formatNumber(180025, 'zh')).toBe('180,025');
    expect(formatNumber(1234.5678, 'en', 2)).toBe('1,234.57');
    expect(formatPercent(39.08, 'zh')).toBe('39.1%');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('shortens axis ticks the way each language counts', () => {
    expect(formatCompact(34207, 'zh')).toBe('3.4万');
    expect(formatCompact(34207, 'en')).toMatch(/^34\.2[kK]$/);
    expect(formatCompact(13154123, 'zh')).toBe('1315.4万');
  });

  it('formats a measure by its unit', () => {
    expect(formatMeasure(39.08, '%', 'en')).toBe('39.1%');
    expect(formatMeasure(96171.6, '万元', 'zh')).toBe('96,171.6 万元');
    expect(formatMeasure(12, '件', 'zh')).toBe('12 件');
  });
});
