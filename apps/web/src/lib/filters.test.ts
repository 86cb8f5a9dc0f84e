import { describe, expect, it } from 'vitest';
import { drillDownHref, fullRegionCode, hasFilters, href, linkWith, NO_FILTERS, parseFilters, shortRegionCode, toReportFilter } from './filters';

describe('parseFilters', () => {
  it('reads every filter from the URL', () => {
    expect(parseFilters({ yearFrom: '2020', yearTo: '2023', region: '4108', level: 'TOWNSHIP', agency: '12', synthetic: 'EXCLUDE' })).toEqual({
      yearFrom: 2020,
      yearTo: 2023,
      region: '4108',
      level: 'TOWNSHIP',
      agency: '12',
      synthetic: 'EXCLUDE',
    });
  });

  it('drops malformed values instead of failing', () => {
    expect(parseFilters({ yearFrom: 'abc', yearTo: '99999', region: '4x', level: 'STATE', agency: '1; drop', synthetic: 'MAYBE' })).toEqual(NO_FILTERS);
  });

  it('swaps a reversed year range and takes the first of repeated params', () => {
    const f = parseFilters({ yearFrom: '2024', yearTo: '2020', region: ['41', '32'] });
    expect([f.yearFrom, f.yearTo, f.region]).toEqual([2020, 2024, '41']);
  });

  it.each([
    ['410000', '41'],
    ['410800', '4108'],
    ['410823', '410823'],
    ['41', '41'],
    ['000000', null],
  ])('normalises region %s to %s', (region, expected) => {
    expect(parseFilters({ region }).region).toBe(expected);
  });
});

describe('region codes', () => {
  it.each([
    ['410000', '41'],
    ['410800', '4108'],
    ['410823', '410823'],
    ['4108', '4108'],
  ])('short %s → %s', (code, short) => {
    expect(shortRegionCode(code)).toBe(short);
  });

  it('pads short codes for the API', () => {
    expect(fullRegionCode('41')).toBe('410000');
    expect(fullRegionCode('4108')).toBe('410800');
  });
});

describe('links', () => {
  it('turns filters into the API filter', () => {
    expect(toReportFilter({ ...NO_FILTERS, yearFrom: 2021, region: '41', agency: '7' })).toEqual({
      yearFrom: 2021,
      regionCode: '41',
      agencyId: '7',
      synthetic: 'INCLUDE',
    });
  });

  it('keeps links short: defaults and empty values are left out', () => {
    expect(href('/reports', { a: null, b: '', c: 0, d: 'x' })).toBe('/reports?c=0&d=x');
    expect(linkWith('/', 'zh', NO_FILTERS)).toBe('/');
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('keeps the language and the filters in a drill-down link', () => {
    const f = { ...NO_FILTERS, region: '41', synthetic: 'EXCLUDE' as const, yearFrom: 2019, yearTo: 2025 };
    expect(drillDownHref('en', f, 2022)).toBe('/reports?yearFrom=2022&yearTo=2022&region=41&synthetic=EXCLUDE&lang=en');
  });
});
