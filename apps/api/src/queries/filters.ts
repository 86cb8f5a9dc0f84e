import type { Db } from '../db/client.ts';

// The report filter shared by lists, analytics and data quality, turned into parameterised SQL.

export type SyntheticFilter = 'INCLUDE' | 'EXCLUDE' | 'ONLY';
export type Level = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'DEPARTMENT';

export interface ReportFilterInput {
  yearFrom?: number | null;
  yearTo?: number | null;
  agencyId?: string | number | null;
  regionCode?: string | null;
  level?: Level | null;
  template?: string | null;
  hasDiagnostics?: boolean | null;
  diagnosticCode?: string | null;
  search?: string | null;
  latestOnly?: boolean | null;
  synthetic?: SyntheticFilter | null;
  includeIncomplete?: boolean | null;
}

export interface SqlWhere {
  sql: string;
  params: unknown[];
}

/** A division code prefix: 41, 4108 or 410823 (trailing zeros of 410000 / 410800 are dropped). */
export function regionPrefix(code: string): string {
  const digits = code.replace(/\D/g, '').slice(0, 6);
  return digits.length === 6 ? digits.replace(/(00)+$/, '') || digits : digits;
}

/**
 * Conditions over `reports r JOIN agencies a`. Only values travel as parameters; column names come
 * from this code, never from the request.
 */
export function reportWhere(db: Db, f: ReportFilterInput | null | undefined): SqlWhere {
  const where: string[] = [];
  const params: unknown[] = [];
  const filter = f ?? {};
  if (filter.latestOnly ?? true) where.push('r.is_latest = 1');
  if (filter.yearFrom != null) {
    where.push('r.year >= ?');
    params.push(filter.yearFrom);
  }
  if (filter.yearTo != null) {
    where.push('r.year <= ?');
    params.push(filter.yearTo);
  }
  if (filter.agencyId != null) {
    where.push('r.agency_id = ?');
    params.push(Number(filter.agencyId));
  }
  if (filter.regionCode) {
    where.push("coalesce(a.region_code, '') LIKE ?");
    params.push(`${regionPrefix(filter.regionCode)}%`);
  }
  if (filter.level) {
    where.push('a.level = ?');
    params.push(filter.level.toLowerCase());
  }
  if (filter.template) {
    where.push('r.template = ?');
    params.push(filter.template);
  }
  if (filter.hasDiagnostics === true) where.push('(r.warning_count + r.error_count) > 0');
  if (filter.hasDiagnostics === false) where.push('(r.warning_count + r.error_count) = 0');
  if (filter.diagnosticCode) {
    where.push('EXISTS (SELECT 1 FROM diagnostics d WHERE d.report_id = r.id AND d.code = ?)');
    params.push(filter.diagnosticCode);
  }
  if (filter.synthetic === 'EXCLUDE') where.push('r.synthetic = 0');
  if (filter.synthetic === 'ONLY') where.push('r.synthetic = 1');
  if (filter.search?.trim()) {
    const q = filter.search.trim();
    // The trigram index needs three characters; shorter words fall back to a scan with LIKE.
    if ([...q].length >= 3) {
      where.push('r.id IN (SELECT n.report_id FROM narratives_fts f JOIN narratives n ON n.id = f.rowid WHERE narratives_fts MATCH ?)');
      params.push(`"${q.replace(/"/g, '""')}"`);
    } else {
      where.push('r.id IN (SELECT report_id FROM narratives WHERE text LIKE ?)');
      params.push(`%${q.replace(/[%_]/g, '')}%`);
    }
  }
  void db;
  return { sql: where.length ? where.join(' AND ') : '1', params };
}
