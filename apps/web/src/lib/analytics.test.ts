import { MEASURE_BY_KEY } from '@gongkai/schema/measures';
import { describe, expect, it } from 'vitest';
import type { AnalyticsResult } from './analytics';
import { fieldName, fillYears, isEmpty, mergeRows, pivot, rowsByDimension, rowTotal, scalar, toPercent, wantsLogScale } from './analytics';
import { HEADLINE_MEASURES } from './headline';
import { REVIEW_MEASURES, reviewPanels } from './review';

const col = (key: string, kind: string, values: unknown[], unit: string | null = null) => ({ key, labelZh: key, labelEn: key, kind, unit, values });

describe('scalar and rowsByDimension', () => {
  it('reads a headline figure', () => {
    const r: AnalyticsResult = {
      columns: [col('reports', 'MEASURE', [520], '份'), col('rate.granted', 'MEASURE', [39.08], '%')],
      reports: [520],
      syntheticReports: 515,
      totalReports: 520,
    };
    expect(scalar(r, 'reports')).toBe(520);
    expect(scalar(r, 'rate.granted')).toBe(39.08);
    expect(scalar(r, 'missing')).toBeNull();
  });

  it('makes one row per year with flat field names and the reports behind each row', () => {
    const r: AnalyticsResult = {
      columns: [col('YEAR', 'DIMENSION', [2019, 2020]), col('active.penalties.decisions', 'MEASURE', [10, null], '件')],
      reports: [3, 4],
      syntheticReports: 0,
      totalReports: 7,
    };
    expect(rowsByDimension(r, 'YEAR', ['active.penalties.decisions'])).toEqual([
      { x: 2019, reports: 3, active_penalties_decisions: 10 },
      { x: 2020, reports: 4, active_penalties_decisions: null },
    ]);
    expect(fieldName('a.b.c')).toBe('a_b_c');
  });
});

describe('pivot', () => {
  // As the API answers groupBy [YEAR, APPLICANT_TYPE]: one row per year and applicant type.
  const result: AnalyticsResult = {
    columns: [
      col('YEAR', 'DIMENSION', [2019, 2019, 2019, 2020, 2020, 2020]),
      col('APPLICANT_TYPE', 'DIMENSION', ['commercial', 'naturalPerson', 'otherOrg', 'commercial', 'naturalPerson', 'otherOrg']),
      col('APPLICANT_TYPE.label', 'LABEL', ['商业企业', '自然人', '其他', '商业企业', '自然人', '其他']),
      col('applications.newlyReceived', 'MEASURE', [5, 100, 1, 7, 120, null], '件'),
    ],
    reports: [10, 10, 10, 12, 12, 12],
    syntheticReports: 0,
    totalReports: 22,
  };

  it('turns long rows into one row per year, series in the given order', () => {
    const rows = pivot(result, 'YEAR', 'APPLICANT_TYPE', 'applications.newlyReceived', ['naturalPerson', 'commercial', 'otherOrg', 'research']);
    expect(rows).toEqual([
      { x: 2019, reports: 10, naturalPerson: 100, commercial: 5, otherOrg: 1, research: null },
      { x: 2020, reports: 12, naturalPerson: 120, commercial: 7, otherOrg: null, research: null },
    ]);
    expect(Object.keys(rows[0]!).slice(2)).toEqual(['naturalPerson', 'commercial', 'otherOrg', 'research']);
  });

  it('answers nothing when a column is missing', () => {
    expect(pivot(result, 'YEAR', 'OUTCOME_GROUP', 'outcome', ['granted'])).toEqual([]);
  });
});

describe('toPercent', () => {
  it.each([
    [
      { x: 2019, a: 1, b: 3 },
      { a: 25, b: 75 },
    ],
    [
      { x: 2020, a: 1, b: 2 },
      { a: 33.33, b: 66.67 },
    ],
    [
      { x: 2021, a: 0, b: 0 },
      { a: null, b: null },
    ],
    [
      { x: 2022, a: 5, b: null },
      { a: 100, b: null },
    ],
  ])('stacks %o to 100%%', (row, expected) => {
    const [out] = toPercent([row], ['a', 'b']);
    expect({ a: out!.a, b: out!.b }).toEqual(expected);
  });

  it('keeps x and reports', () => {
    expect(toPercent([{ x: 2019, reports: 4, a: 2 }], ['a'])[0]).toEqual({ x: 2019, reports: 4, a: 100 });
  });
});

describe('series helpers', () => {
  it('fills a gap year so the axis keeps its spacing', () => {
    const rows = fillYears(
      [
        { x: 2019, a: 1 },
        { x: 2021, a: 2 },
      ],
      ['a'],
    );
    expect(rows.map((r) => [r.x, r.a])).toEqual([
      [2019, 1],
      [2020, null],
      [2021, 2],
    ]);
  });

  it('sums a stack and knows an empty chart', () => {
    expect(rowTotal({ x: 1, a: 2, b: null, c: 3 }, ['a', 'b', 'c'])).toBe(5);
    expect(rowTotal({ x: 1, a: null }, ['a'])).toBeNull();
    expect(
      isEmpty(
        [
          { x: 1, a: 0 },
          { x: 2, a: null },
        ],
        ['a'],
      ),
    ).toBe(true);
    expect(
      isEmpty(
        [
          { x: 1, a: 0 },
          { x: 2, a: 3 },
        ],
        ['a'],
      ),
    ).toBe(false);
  });

  it('merges published and synthetic counts per year', () => {
    const merged = mergeRows([
      [{ x: 2020, reports: 1, published: 1 }],
      [
        { x: 2019, reports: 5, synthetic: 5 },
        { x: 2020, reports: 6, synthetic: 6 },
      ],
    ]);
    expect(merged).toEqual([
      { x: 2019, reports: 5, synthetic: 5 },
      { x: 2020, reports: 7, published: 1, synthetic: 6 },
    ]);
  });

  it('wants a log scale only for positive values across two orders of magnitude', () => {
    expect(wantsLogScale([{ x: 1, a: 100000, b: 13000000 }], ['a', 'b'])).toBe(true);
    expect(wantsLogScale([{ x: 1, a: 20, b: 130 }], ['a', 'b'])).toBe(false);
    expect(wantsLogScale([{ x: 1, a: 0, b: 13000000 }], ['a', 'b'])).toBe(false);
  });
});

describe('the measures the dashboard asks for', () => {
  it.each([...HEADLINE_MEASURES, ...REVIEW_MEASURES])('%s is a measure of the schema', (key) => {
    expect(MEASURE_BY_KEY.has(key)).toBe(true);
  });
});

describe('reviewPanels', () => {
  it('splits reconsideration and sums both kinds of litigation by result', () => {
    const measures = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'].flatMap((g) =>
      ['upheld', 'corrected', 'other', 'pending'].map((r) => `review.${g}.${r}`),
    );
    const values: Record<string, number> = {
      'review.reconsideration.upheld': 3,
      'review.litigationDirect.upheld': 2,
      'review.litigationAfterReconsideration.upheld': 1,
      'review.litigationDirect.pending': 4,
    };
    const r: AnalyticsResult = {
      columns: [col('YEAR', 'DIMENSION', [2024]), ...measures.map((m) => col(m, 'MEASURE', [values[m] ?? 0], '件'))],
      reports: [2],
      syntheticReports: 0,
      totalReports: 2,
    };
    const panels = reviewPanels(r);
    expect(panels.reconsideration).toEqual([{ x: 2024, reports: 2, upheld: 3, corrected: 0, other: 0, pending: 0 }]);
    expect(panels.litigation).toEqual([{ x: 2024, reports: 2, upheld: 3, corrected: 0, other: 0, pending: 4 }]);
  });
});
