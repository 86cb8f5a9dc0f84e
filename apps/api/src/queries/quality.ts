import { DIAGNOSTIC_CODES, RULE_CODES } from '@gongkai/schema/diagnostics';
import type { DiagnosticCode } from '@gongkai/schema/diagnostics';
import { RULES } from '@gongkai/schema/report';
import type { Db } from '../db/client.ts';
import type { ReportFilter } from './filter-sql.ts';
import { compileFilter } from './filter-sql.ts';

export interface QualityOut {
  reports: number;
  reportsWithWarnings: number;
  reportsWithErrors: number;
  byCode: { code: string; severity: string; labelZh: string; labelEn: string; diagnostics: number; reports: number }[];
  byRule: { rule: number; labelZh: string; labelEn: string; reports: number; exampleIds: number[] }[];
  byYear: { year: number; code: string; reports: number }[];
  byRegion: { regionCode: string; code: string; reports: number }[];
}

/** Diagnostics of the selected reports, counted by code, rule, year and province. */
export function dataQuality(db: Db, filter: ReportFilter | null | undefined): QualityOut {
  const w = compileFilter(filter, 'reports');
  const base = `FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE ${w.sql}`;
  const totals = db.$client
    .prepare(`SELECT count(*) AS reports, coalesce(sum(r.warning_count > 0), 0) AS warnings, coalesce(sum(r.error_count > 0), 0) AS errors ${base}`)
    .get(...w.params) as { reports: number; warnings: number; errors: number };
  const byCode = db.$client
    .prepare(
      `SELECT d.code, d.severity, count(*) AS diagnostics, count(DISTINCT d.report_id) AS reports FROM diagnostics d WHERE d.report_id IN (SELECT r.id ${base}) GROUP BY d.code, d.severity ORDER BY reports DESC, d.code`,
    )
    .all(...w.params) as { code: string; severity: string; diagnostics: number; reports: number }[];
  const byRule = Object.entries(RULE_CODES)
    .filter(([rule]) => Number(rule) <= 5)
    .map(([rule, code]) => {
      const ids = db.$client
        .prepare(`SELECT DISTINCT d.report_id AS id FROM diagnostics d WHERE d.code = ? AND d.report_id IN (SELECT r.id ${base}) ORDER BY d.report_id LIMIT 50`)
        .all(code, ...w.params) as { id: number }[];
      const reports = (
        db.$client
          .prepare(`SELECT count(DISTINCT d.report_id) AS n FROM diagnostics d WHERE d.code = ? AND d.report_id IN (SELECT r.id ${base})`)
          .get(code, ...w.params) as { n: number }
      ).n;
      const r = RULES[Number(rule) as keyof typeof RULES];
      return { rule: Number(rule), labelZh: r.zh, labelEn: r.en, reports, exampleIds: ids.map((x) => x.id) };
    });
  const byYear = db.$client
    .prepare(
      `SELECT r.year AS year, d.code, count(DISTINCT d.report_id) AS reports FROM diagnostics d JOIN reports r ON r.id = d.report_id JOIN agencies a ON a.id = r.agency_id WHERE ${w.sql} AND r.year IS NOT NULL AND d.severity != 'info' GROUP BY r.year, d.code ORDER BY r.year, d.code`,
    )
    .all(...w.params) as QualityOut['byYear'];
  const byRegion = db.$client
    .prepare(
      `SELECT a.province_code AS regionCode, d.code, count(DISTINCT d.report_id) AS reports FROM diagnostics d JOIN reports r ON r.id = d.report_id JOIN agencies a ON a.id = r.agency_id WHERE ${w.sql} AND d.severity != 'info' GROUP BY a.province_code, d.code ORDER BY reports DESC`,
    )
    .all(...w.params) as QualityOut['byRegion'];
  return {
    reports: totals.reports,
    reportsWithWarnings: totals.warnings,
    reportsWithErrors: totals.errors,
    byCode: byCode.map((c) => {
      const known = DIAGNOSTIC_CODES[c.code as DiagnosticCode];
      return { ...c, severity: c.severity.toUpperCase(), labelZh: known?.zh ?? c.code, labelEn: known?.en ?? c.code };
    }),
    byRule,
    byYear,
    byRegion,
  };
}
