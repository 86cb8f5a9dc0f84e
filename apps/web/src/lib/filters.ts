import type { AdminLevel, ReportFilter, SyntheticFilter } from '@gongkai/schema/graphql';
import { ADMIN_LEVELS } from '@gongkai/schema/measures';
import type { Lang } from '../i18n/messages';

// Filters live in the URL (yearFrom, yearTo, region, level, agency, synthetic, lang), so every view is
// a link. Parsing is forgiving: a malformed value is dropped, never an error page.

export type SearchParams = Record<string, string | string[] | undefined>;

export const SYNTHETIC_FILTERS: readonly SyntheticFilter[] = ['INCLUDE', 'EXCLUDE', 'ONLY'];

export interface Filters {
  yearFrom: number | null;
  yearTo: number | null;
  /** Division code prefix at any level: 41 · 4108 · 410823. */
  region: string | null;
  level: AdminLevel | null;
  agency: string | null;
  synthetic: SyntheticFilter;
}

export const NO_FILTERS: Filters = { yearFrom: null, yearTo: null, region: null, level: null, agency: null, synthetic: 'INCLUDE' };

export function param(sp: SearchParams, key: string): string | undefined {
  const v = sp[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s.trim() === '' ? undefined : s.trim();
}

function year(value: string | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const y = Number(value);
  return y >= 1990 && y <= 2100 ? y : null;
}

/** 410000 → 41, 410800 → 4108, 410823 → 410823: the shortest prefix that names the division. */
export function shortRegionCode(code: string): string {
  if (!/^\d{2,12}$/.test(code)) return code;
  const six = code.slice(0, 6).padEnd(6, '0');
  if (six.endsWith('0000')) return six.slice(0, 2);
  if (six.endsWith('00')) return six.slice(0, 4);
  return six;
}

/** 41 → 410000: the API names divisions by six digits. */
export function fullRegionCode(code: string): string {
  return code.slice(0, 6).padEnd(6, '0');
}

function region(value: string | undefined): string | null {
  if (!value || !/^\d{2}(?:\d{2}){0,2}$/.test(value)) return null;
  const short = shortRegionCode(value);
  return short === '00' ? null : short;
}

export function parseFilters(sp: SearchParams): Filters {
  let yearFrom = year(param(sp, 'yearFrom'));
  let yearTo = year(param(sp, 'yearTo'));
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const level = param(sp, 'level');
  const agency = param(sp, 'agency');
  const synthetic = param(sp, 'synthetic');
  return {
    yearFrom,
    yearTo,
    region: region(param(sp, 'region')),
    level: ADMIN_LEVELS.includes(level as AdminLevel) ? (level as AdminLevel) : null,
    agency: agency && /^\d{1,12}$/.test(agency) ? agency : null,
    synthetic: SYNTHETIC_FILTERS.includes(synthetic as SyntheticFilter) ? (synthetic as SyntheticFilter) : 'INCLUDE',
  };
}

/** The API's ReportFilter for these filters. */
export function toReportFilter(f: Filters): ReportFilter {
  return {
    ...(f.yearFrom !== null ? { yearFrom: f.yearFrom } : {}),
    ...(f.yearTo !== null ? { yearTo: f.yearTo } : {}),
    ...(f.region !== null ? { regionCode: f.region } : {}),
    ...(f.level !== null ? { level: f.level } : {}),
    ...(f.agency !== null ? { agencyId: f.agency } : {}),
    synthetic: f.synthetic,
  };
}

export type Params = Record<string, string | number | null | undefined>;

/** The URL params of these filters; defaults are left out so links stay short. */
export function filterParams(f: Filters): Params {
  return {
    yearFrom: f.yearFrom,
    yearTo: f.yearTo,
    region: f.region,
    level: f.level,
    agency: f.agency,
    synthetic: f.synthetic === 'INCLUDE' ? null : f.synthetic,
  };
}

export function hasFilters(f: Filters): boolean {
  return Object.values(filterParams(f)).some((v) => v !== null && v !== undefined);
}

/** A link: path plus the params that have a value, in a stable order. */
export function href(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `${path}?${s}` : path;
}

/** The language param: absent for Chinese, the default. */
export function langParam(lang: Lang): Params {
  return { lang: lang === 'en' ? 'en' : null };
}

/** A link that keeps the language and the filters, with changes on top. */
export function linkWith(path: string, lang: Lang, f: Filters, changes: Params = {}): string {
  return href(path, { ...filterParams(f), ...changes, ...langParam(lang) });
}

/** The drill-down from a chart: the reports of one year under the same filters. */
export function drillDownHref(lang: Lang, f: Filters, year: number, extra: Params = {}): string {
  return linkWith('/reports', lang, f, { yearFrom: year, yearTo: year, ...extra });
}
