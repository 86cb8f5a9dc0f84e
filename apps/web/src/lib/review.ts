import { LITIGATION_GROUP_KEYS, REVIEW_GROUP_KEYS, REVIEW_PART_KEYS } from '@gongkai/schema/report';
import type { AnalyticsResult, ChartRow } from './analytics';
import { fieldName, fillYears, rowsByDimension } from './analytics';

// Section 四 across years: reconsideration, and litigation with both of its kinds summed, by result.

export const REVIEW_MEASURES: readonly string[] = REVIEW_GROUP_KEYS.flatMap((g) => REVIEW_PART_KEYS.map((r) => `review.${g}.${r}`));

/** Two panels of the same series (the results), one row per year each. */
export function reviewPanels(result: AnalyticsResult): { reconsideration: ChartRow[]; litigation: ChartRow[] } {
  const wide = rowsByDimension(result, 'YEAR', REVIEW_MEASURES);
  const pick = (row: ChartRow, groups: readonly string[]): ChartRow => {
    const out: ChartRow = { x: row.x, reports: row.reports ?? 0 };
    for (const r of REVIEW_PART_KEYS) {
      const parts = groups.map((g) => row[fieldName(`review.${g}.${r}`)]).filter((v): v is number => typeof v === 'number');
      out[r] = parts.length ? parts.reduce((a, b) => a + b, 0) : null;
    }
    return out;
  };
  return {
    reconsideration: fillYears(
      wide.map((row) => pick(row, ['reconsideration'])),
      REVIEW_PART_KEYS,
    ),
    litigation: fillYears(
      wide.map((row) => pick(row, LITIGATION_GROUP_KEYS)),
      REVIEW_PART_KEYS,
    ),
  };
}
