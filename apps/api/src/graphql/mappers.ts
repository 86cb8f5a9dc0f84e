import type { DiagnosticRow, ReportRow } from '../queries/reports.ts';
import type { RegionRow } from '../queries/regions.ts';

// Parent shapes of the types whose resolvers compute from something other than one table row.

export interface RuleCountRow {
  rule: number;
  labelZh: string;
  labelEn: string;
  reports: number;
  exampleIds: number[];
}

export interface RegionCodeCountRow {
  regionCode: string;
  code: string;
  reports: number;
  region?: RegionRow | null;
}

export interface ComparisonRow {
  agencyId: number;
  a: ReportRow | null;
  b: ReportRow | null;
}

export interface ImportResultRow {
  status: 'INGESTED' | 'UNCHANGED' | 'UPDATED' | 'FAILED';
  fileName: string;
  reason: string | null;
  reportId: number | null;
  diagnostics: DiagnosticRow[];
}

/** A report's section, read from its cells. */
export interface TableRow {
  reportId: number;
  section: 'active' | 'applications' | 'review';
}
