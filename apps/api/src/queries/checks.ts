import { APPLICANT_COLUMN_KEYS } from '@gongkai/schema/report';
import type { Db } from '../db/client.ts';
import type { CellRow, ReportRow } from './reports.ts';

export interface CrossYearCheck {
  rule: number;
  path: string;
  year: number;
  previousYear: number;
  expected: number | null;
  actual: number | null;
  ok: boolean;
  message: string;
}

const value = (cells: CellRow[], path: string) => cells.find((c) => c.spec.path === path)?.value ?? null;

/**
 * Rules 6 and 7 between consecutive years of one agency (reported, never enforced): carried over this
 * year = carried forward last year, per column; in force this year = last year + issued − repealed.
 */
export function crossYearChecks(reports: ReportRow[], cellsOf: (id: number) => CellRow[]): CrossYearCheck[] {
  const byYear = reports.filter((r) => r.year !== null).sort((a, b) => a.year! - b.year!);
  const out: CrossYearCheck[] = [];
  for (let i = 1; i < byYear.length; i++) {
    const prev = byYear[i - 1]!;
    const cur = byYear[i]!;
    if (cur.year! - prev.year! !== 1) continue;
    const a = cellsOf(prev.id);
    const b = cellsOf(cur.id);
    for (const col of APPLICANT_COLUMN_KEYS) {
      const expected = value(a, `applications.carriedForward.${col}`);
      const actual = value(b, `applications.carriedOver.${col}`);
      if (expected === null || actual === null) continue;
      if (col !== 'total' && expected === actual) continue;
      out.push({
        rule: 6,
        path: `applications.carriedOver.${col}`,
        year: cur.year!,
        previousYear: prev.year!,
        expected,
        actual,
        ok: expected === actual,
        message:
          expected === actual ? `上年结转 ${actual} = ${prev.year} 年结转下年度 ${expected}` : `上年结转 ${actual} ≠ ${prev.year} 年结转下年度 ${expected}`,
      });
    }
    for (const row of ['regulations', 'normativeDocuments']) {
      const before = value(a, `active.${row}.inForce`);
      const now = value(b, `active.${row}.inForce`);
      const issued = value(b, `active.${row}.issued`);
      const repealed = value(b, `active.${row}.repealed`);
      if ([before, now, issued, repealed].some((x) => x === null)) continue;
      const expected = before! + issued! - repealed!;
      out.push({
        rule: 7,
        path: `active.${row}.inForce`,
        year: cur.year!,
        previousYear: prev.year!,
        expected,
        actual: now,
        ok: expected === now,
        message: `现行有效 ${now}，上年 ${before} + 制发 ${issued} − 废止 ${repealed} = ${expected}`,
      });
    }
  }
  return out;
}

export function agencyYears(db: Db, agencyId: number): number[] {
  return (
    db.$client.prepare('SELECT DISTINCT year FROM reports WHERE agency_id = ? AND year IS NOT NULL ORDER BY year').all(agencyId) as { year: number }[]
  ).map((r) => r.year);
}
