import type { ReportFilter } from '@gongkai/schema/graphql';
import { levelToStored } from '@gongkai/schema/measures';
import { DomainError } from '../errors.ts';

// The SDL's ReportFilter compiled to parameterised SQL for each table that answers it: the report list,
// the per-report facts, the two rollups, the agencies. Only values travel as parameters; column names
// and SQL words come from this file, never from a request.

export type { ReportFilter };

export interface Sql {
  sql: string;
  params: unknown[];
}

/** The tables a filter compiles for, each under the alias its queries give it. */
export type FilterTarget =
  /** `reports r JOIN agencies a` */
  | 'reports'
  /** `report_facts f` */
  | 'facts'
  /** `rollup_county` (no alias): latest complete reports by county. */
  | 'rollup_county'
  /** `rollup_province` (no alias): the same by province. */
  | 'rollup_province'
  /** `agencies a`: search matches names, not narratives. */
  | 'agencies';

/** A division code prefix: 41, 4108 or 410823 (trailing zeros of 410000 / 410800 are dropped). */
export function regionPrefix(code: string): string {
  const digits = code.replace(/\D/g, '').slice(0, 6);
  return digits.length === 6 ? digits.replace(/(00)+$/, '') || digits : digits;
}

/** Text for LIKE that matches itself only: %, _ and the escape character are escaped (ESCAPE '\'). */
export const likeText = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

interface Columns {
  /** The report id, for conditions answered by other tables (diagnostics, narratives). */
  reportId?: string;
  year?: string;
  agencyId?: string;
  level?: string;
  template?: string;
  synthetic?: string;
  /** Warnings plus errors of the report. */
  diagnosed?: string;
  /** A region prefix: by the agency's code (any length), or by the division columns. */
  region?: { like: string } | { divisions: string; finest: 2 | 4 | 6 };
  /** latestOnly: a column, or 'latest' for a table that holds latest versions only, or 'n/a'. */
  latest: string | 'latest' | 'n/a';
  /** includeIncomplete: a column, 'complete' for a table of complete reports only, or 'n/a' (lists show them either way). */
  complete: string | 'complete' | 'n/a';
  /** search: in the narratives (by report id) or in the agency's names. */
  search?: 'narratives' | 'names';
}

const TARGETS: Record<FilterTarget, Columns> = {
  reports: {
    reportId: 'r.id',
    year: 'r.year',
    agencyId: 'r.agency_id',
    level: 'a.level',
    template: 'r.template',
    synthetic: 'r.synthetic',
    diagnosed: '(r.warning_count + r.error_count)',
    region: { like: 'a.region_code' },
    latest: 'r.is_latest',
    complete: 'n/a',
    search: 'narratives',
  },
  facts: {
    reportId: 'f.report_id',
    year: 'f.year',
    agencyId: 'f.agency_id',
    level: 'f.level',
    template: 'f.template',
    synthetic: 'f.synthetic',
    diagnosed: '(SELECT x.warning_count + x.error_count FROM reports x WHERE x.id = f.report_id)',
    region: { divisions: 'f.', finest: 6 },
    latest: 'f.is_latest',
    complete: 'f.complete',
    search: 'narratives',
  },
  rollup_county: {
    year: 'year',
    level: 'level',
    template: 'template',
    synthetic: 'synthetic',
    region: { divisions: '', finest: 6 },
    latest: 'latest',
    complete: 'complete',
  },
  rollup_province: {
    year: 'year',
    level: 'level',
    template: 'template',
    synthetic: 'synthetic',
    region: { divisions: '', finest: 2 },
    latest: 'latest',
    complete: 'complete',
  },
  agencies: {
    agencyId: 'a.id',
    level: 'a.level',
    synthetic: 'a.synthetic',
    region: { like: 'a.region_code' },
    latest: 'n/a',
    complete: 'n/a',
    search: 'names',
  },
};

const DIVISION_COLUMNS = { 2: 'province_code', 4: 'city_code', 6: 'county_code' } as const;

/** A filter with its values checked and normalised: what the compiler and the source choice read. */
interface Normal {
  yearFrom: number | null;
  yearTo: number | null;
  agencyId: number | null;
  region: string | null;
  level: string | null;
  template: string | null;
  hasDiagnostics: boolean | null;
  diagnosticCode: string | null;
  search: string | null;
  latestOnly: boolean;
  synthetic: 'INCLUDE' | 'EXCLUDE' | 'ONLY';
  includeIncomplete: boolean;
}

function normalise(filter: ReportFilter | null | undefined): Normal {
  const f = filter ?? {};
  if (f.regionCode && !/^\s*\d{1,12}\s*$/.test(f.regionCode))
    throw new DomainError('BAD_USER_INPUT', 'regionCode is a division code, digits only: 41, 4108 or 410823');
  const region = f.regionCode ? regionPrefix(f.regionCode) : null;
  const agencyId = f.agencyId == null ? null : /^\d{1,15}$/.test(String(f.agencyId)) ? Number(f.agencyId) : NaN;
  if (Number.isNaN(agencyId)) throw new DomainError('BAD_USER_INPUT', 'agencyId is the number of an agency');
  return {
    yearFrom: f.yearFrom ?? null,
    yearTo: f.yearTo ?? null,
    agencyId,
    region,
    level: f.level ? levelToStored(f.level) : null,
    template: f.template || null,
    hasDiagnostics: f.hasDiagnostics ?? null,
    diagnosticCode: f.diagnosticCode || null,
    search: f.search?.trim() || null,
    latestOnly: f.latestOnly ?? true,
    synthetic: f.synthetic ?? 'INCLUDE',
    includeIncomplete: f.includeIncomplete ?? false,
  };
}

/** The fields of the filter that the target cannot answer (empty when it answers them all). */
export function unanswerable(filter: ReportFilter | null | undefined, target: FilterTarget): (keyof ReportFilter)[] {
  const f = normalise(filter);
  const t = TARGETS[target];
  const out: (keyof ReportFilter)[] = [];
  if (f.yearFrom !== null && !t.year) out.push('yearFrom');
  if (f.yearTo !== null && !t.year) out.push('yearTo');
  if (f.agencyId !== null && !t.agencyId) out.push('agencyId');
  if (f.region !== null && (!t.region || ('finest' in t.region && f.region.length > t.region.finest))) out.push('regionCode');
  if (f.level !== null && !t.level) out.push('level');
  if (f.template !== null && !t.template) out.push('template');
  if (f.hasDiagnostics !== null && !t.diagnosed) out.push('hasDiagnostics');
  if (f.diagnosticCode !== null && !t.reportId) out.push('diagnosticCode');
  if (f.search !== null && !t.search) out.push('search');
  if (f.synthetic !== 'INCLUDE' && !t.synthetic) out.push('synthetic');
  if (!f.latestOnly && t.latest === 'latest') out.push('latestOnly');
  if (f.includeIncomplete && t.complete === 'complete') out.push('includeIncomplete');
  return out;
}

/**
 * The conditions of a filter over one target, ANDed ('1' when there are none). A field the target
 * cannot answer is refused (see unanswerable), never silently dropped.
 */
export function compileFilter(filter: ReportFilter | null | undefined, target: FilterTarget): Sql {
  const missing = unanswerable(filter, target);
  if (missing.length) throw new DomainError('BAD_USER_INPUT', `${target.replace('_', ' ')} cannot be filtered by ${missing.join(', ')}`);
  const f = normalise(filter);
  const t = TARGETS[target];
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (f.latestOnly && t.latest !== 'latest' && t.latest !== 'n/a') add(`${t.latest} = 1`);
  if (!f.includeIncomplete && t.complete !== 'complete' && t.complete !== 'n/a') add(`${t.complete} = 1`);
  if (f.yearFrom !== null) add(`${t.year} >= ?`, f.yearFrom);
  if (f.yearTo !== null) add(`${t.year} <= ?`, f.yearTo);
  if (f.agencyId !== null) add(`${t.agencyId} = ?`, f.agencyId);
  if (f.region !== null) {
    const region = t.region!;
    if ('like' in region) add(`coalesce(${region.like}, '') LIKE ? ESCAPE '\\'`, `${f.region}%`);
    else {
      // A whole level (41, 4108, 410823) is one code of its column; any other prefix is a range of them.
      const size = f.region.length <= 2 ? 2 : f.region.length <= 4 ? 4 : 6;
      const column = `${region.divisions}${DIVISION_COLUMNS[size]}`;
      if (f.region.length === size) add(`${column} = ?`, f.region.padEnd(6, '0'));
      else add(`${column} LIKE ? ESCAPE '\\'`, `${f.region}%`);
    }
  }
  if (f.level !== null) add(`${t.level} = ?`, f.level);
  if (f.template !== null) add(`${t.template} = ?`, f.template);
  if (f.hasDiagnostics !== null) add(`${t.diagnosed} ${f.hasDiagnostics ? '> 0' : '= 0'}`);
  if (f.diagnosticCode !== null) add(`EXISTS (SELECT 1 FROM diagnostics d WHERE d.report_id = ${t.reportId} AND d.code = ?)`, f.diagnosticCode);
  if (f.synthetic !== 'INCLUDE') add(`${t.synthetic} = ${f.synthetic === 'ONLY' ? 1 : 0}`);
  if (f.search !== null) {
    if (t.search === 'names') {
      const like = `%${likeText(f.search)}%`;
      add("(a.name LIKE ? ESCAPE '\\' OR a.id IN (SELECT agency_id FROM agency_names WHERE name LIKE ? ESCAPE '\\'))", like, like);
    } else if ([...f.search].length >= 3) {
      // The trigram index needs three characters; the words go in as one quoted phrase.
      add(
        `${t.reportId} IN (SELECT n.report_id FROM narratives_fts x JOIN narratives n ON n.id = x.rowid WHERE narratives_fts MATCH ?)`,
        `"${f.search.replace(/"/g, '""')}"`,
      );
    } else {
      add(`${t.reportId} IN (SELECT report_id FROM narratives WHERE text LIKE ? ESCAPE '\\')`, `%${likeText(f.search)}%`);
    }
  }
  return { sql: where.length ? where.join(' AND ') : '1', params };
}
