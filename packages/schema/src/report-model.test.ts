import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTIVE_ROWS, APPLICANT_COLUMN_KEYS, APPLICATION_ROW_KEYS, APPLICATION_ROWS, OUTCOME_ROW_KEYS, REVIEW_GROUP_KEYS, REVIEW_RESULT_KEYS, ruleEquations } from './report-model.ts';
import { DIAGNOSTIC_CODES, RULE_CODES } from './diagnostics.ts';

// The model in code must describe exactly what the expected outputs of the sample reports contain.
const expectedDir = join(dirname(fileURLToPath(import.meta.url)), '../../parser/src/__fixtures__/seeds');
const expected = readdirSync(expectedDir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => ({ name: f, report: JSON.parse(readFileSync(join(expectedDir, f), 'utf8')) }));

describe('report model', () => {
  it('lists every application row once, in the printed order', () => {
    expect(APPLICATION_ROWS.map((r) => r.key)).toEqual([...APPLICATION_ROW_KEYS]);
    expect(new Set(APPLICATION_ROW_KEYS).size).toBe(APPLICATION_ROW_KEYS.length);
  });

  it.each(expected)('covers every key of $name', ({ report }) => {
    const template = report.template as '2019' | '2021';
    for (const [row, cols] of Object.entries(report.active as Record<string, Record<string, number>>)) {
      const spec = ACTIVE_ROWS.find((r) => r.key === row);
      expect(spec, row).toBeDefined();
      expect(Object.keys(cols)).toEqual(spec!.columns[template]);
    }
    for (const [row, cols] of Object.entries(report.applications as Record<string, Record<string, number>>)) {
      expect(APPLICATION_ROW_KEYS).toContain(row);
      expect(Object.keys(cols)).toEqual([...APPLICANT_COLUMN_KEYS]);
    }
    expect(Object.keys(report.review)).toEqual([...REVIEW_GROUP_KEYS]);
    for (const g of REVIEW_GROUP_KEYS) expect(Object.keys(report.review[g])).toEqual([...REVIEW_RESULT_KEYS]);
  });

  it.each(expected)('the expected numbers of $name satisfy rules 1–4', ({ report }) => {
    const value = (path: string) => path.split('.').reduce((o: any, k) => o?.[k], report) as number;
    for (const eq of ruleEquations(Object.keys(report.applications) as never)) {
      const lhs = eq.lhs.reduce((a, p) => a + value(p), 0);
      const rhs = eq.rhs.reduce((a, p) => a + value(p), 0);
      expect(lhs, `rule ${eq.rule} at ${eq.where}`).toBe(rhs);
    }
  });

  it('sums the 2019 其他处理 row or the three 2021 rows into 总计, never both', () => {
    const rows2019 = APPLICATION_ROWS.filter((r) => r.formats.includes('2019')).map((r) => r.key);
    const rule2 = ruleEquations(rows2019).find((e) => e.rule === 2)!;
    expect(rule2.lhs).toContain('applications.otherHandling.naturalPerson');
    expect(rule2.lhs).not.toContain('applications.otherMisc.naturalPerson');
    expect(OUTCOME_ROW_KEYS).toHaveLength(22);
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
