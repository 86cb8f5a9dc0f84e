import { ACTIVE_ROWS, APPLICANT_COLUMN_KEYS, APPLICATION_ROW_KEYS, REVIEW_GROUP_KEYS, REVIEW_RESULT_KEYS, ruleEquations } from '@gongkai/schema/report';
import type { ApplicationRowKey, Template } from '@gongkai/schema/report';
import { describe, expect, it } from 'vitest';
import { seedReports } from './seeds.ts';

// The model in @gongkai/schema must describe exactly what the checked outputs of the seed reports hold.
interface Expected {
  template: Template;
  active: Record<string, Record<string, number>>;
  applications: Record<string, Record<string, number>>;
  review: Record<string, Record<string, number>>;
}
const seeds = seedReports().map((s) => ({ name: s.name, report: s.expected as Expected }));

describe('the seeds’ expected outputs', () => {
  it.each(seeds)('hold only keys of the model, in its order: $name', ({ report }) => {
    for (const [row, cols] of Object.entries(report.active)) {
      const spec = ACTIVE_ROWS.find((r) => r.key === row);
      expect(spec, row).toBeDefined();
      expect(Object.keys(cols)).toEqual(spec!.columns[report.template]);
    }
    for (const [row, cols] of Object.entries(report.applications)) {
      expect(APPLICATION_ROW_KEYS).toContain(row);
      expect(Object.keys(cols)).toEqual([...APPLICANT_COLUMN_KEYS]);
    }
    expect(Object.keys(report.review)).toEqual([...REVIEW_GROUP_KEYS]);
    for (const g of REVIEW_GROUP_KEYS) expect(Object.keys(report.review[g]!)).toEqual([...REVIEW_RESULT_KEYS]);
  });

  it.each(seeds)('satisfy rules 1–4: $name', ({ report }) => {
    const value = (path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], report) as number;
    for (const eq of ruleEquations(Object.keys(report.applications) as ApplicationRowKey[])) {
      const lhs = eq.lhs.reduce((a, p) => a + value(p), 0);
      const rhs = eq.rhs.reduce((a, p) => a + value(p), 0);
      expect(lhs, `rule ${eq.rule} at ${eq.where}`).toBe(rhs);
    }
  });
});
