import { cellLabel } from '@gongkai/schema/measures';
import type { CellSpec } from '@gongkai/schema/report';
import { CELLS, unitsToDecimal } from '@gongkai/schema/report';
import type { Db } from '../db/client.ts';
import type { Sql } from '../queries/filter-sql.ts';
import { compileFilter } from '../queries/filter-sql.ts';

// Exports: a tidy long form (one row per report-cell) as CSV or JSON lines, and a wide CSV per table.

export const STATES = ['printed', 'inferred', 'repaired', 'missing'] as const;
export type ExportState = (typeof STATES)[number] | 'corrected';

export interface LongRow {
  reportId: number;
  agency: string;
  provinceCode: string;
  cityCode: string;
  countyCode: string;
  level: string;
  year: number | null;
  template: string | null;
  version: number;
  latest: boolean;
  synthetic: boolean;
  section: string;
  row: string;
  column: string;
  /** Exact: counts as integers, money as decimal text. Null when the cell is not filled. */
  value: number | string | null;
  /** corrected: a person's value (correctCell) replaces the parsed one, which parsedValue keeps. */
  state: ExportState;
  parsedValue: number | string | null;
  correctedBy: string | null;
  correctedAt: string | null;
}

export const LONG_COLUMNS: (keyof LongRow)[] = [
  'reportId',
  'agency',
  'provinceCode',
  'cityCode',
  'countyCode',
  'level',
  'year',
  'template',
  'version',
  'latest',
  'synthetic',
  'section',
  'row',
  'column',
  'value',
  'state',
  'parsedValue',
  'correctedBy',
  'correctedAt',
];
export const LONG_LABELS_ZH: Record<keyof LongRow, string> = {
  reportId: '报告编号',
  agency: '机关',
  provinceCode: '省级区划代码',
  cityCode: '地级区划代码',
  countyCode: '县级区划代码',
  level: '行政层级',
  year: '年度',
  template: '格式版本',
  version: '版本',
  latest: '是否最新',
  synthetic: '是否合成数据',
  section: '部分',
  row: '行',
  column: '列',
  value: '数值',
  state: '状态',
  parsedValue: '解析值',
  correctedBy: '更正人',
  correctedAt: '更正时间',
};

export interface ExportFilter {
  latestOnly?: boolean;
  excludeSynthetic?: boolean;
}

export function formatValue(spec: CellSpec, value: number | null): number | string | null {
  if (value === null) return null;
  return spec.money ? unitsToDecimal(BigInt(value)) : value;
}

interface ReportMeta {
  id: number;
  agency: string;
  province_code: string;
  city_code: string;
  county_code: string;
  level: string | null;
  year: number | null;
  template: string | null;
  version: number;
  is_latest: number;
  synthetic: number;
}

/** The exported reports, through the API's one filter compiler (an export keeps every version unless asked). */
function reportQuery(filter: ExportFilter): Sql {
  const where = compileFilter({ latestOnly: filter.latestOnly ?? false, synthetic: filter.excludeSynthetic ? 'EXCLUDE' : 'INCLUDE' }, 'reports');
  return {
    sql: `SELECT r.id, a.name AS agency, a.province_code, a.city_code, a.county_code, a.level, r.year, r.template, r.version, r.is_latest, r.synthetic
          FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE ${where.sql} ORDER BY r.id`,
    params: where.params,
  };
}

/** The long form, streamed report by report. */
export function* longRows(db: Db, filter: ExportFilter = {}): Generator<LongRow> {
  const cells = db.$client.prepare<
    [number],
    { cell: number; value: number | null; state: number; corrected: number | null; by: string | null; at: string | null }
  >(
    `SELECT c.cell, c.value, c.state, k.value AS corrected, k.actor AS by, k.at FROM report_cells c
     LEFT JOIN cell_corrections k ON k.report_id = c.report_id AND k.cell = c.cell AND k.status = 'active' WHERE c.report_id = ? ORDER BY c.cell`,
  );
  const query = reportQuery(filter);
  for (const r of db.$client.prepare<unknown[], ReportMeta>(query.sql).iterate(...query.params)) {
    for (const c of cells.all(r.id)) {
      const spec = CELLS[c.cell]!;
      yield {
        reportId: r.id,
        agency: r.agency,
        provinceCode: r.province_code,
        cityCode: r.city_code,
        countyCode: r.county_code,
        level: r.level ?? '',
        year: r.year,
        template: r.template,
        version: r.version,
        latest: r.is_latest === 1,
        synthetic: r.synthetic === 1,
        section: spec.section,
        row: spec.row,
        column: spec.column,
        value: formatValue(spec, c.by !== null ? c.corrected : c.value),
        state: c.by !== null ? 'corrected' : (STATES[c.state] ?? 'missing'),
        parsedValue: formatValue(spec, c.value),
        correctedBy: c.by,
        correctedAt: c.at,
      };
    }
  }
}

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (values: unknown[]) => `${values.map(csvField).join(',')}\r\n`;

export type WideTable = 'active' | 'applications' | 'review';

/** One row per report, one column per cell of the table: for spreadsheets. */
export function* wideCsv(db: Db, table: WideTable, filter: ExportFilter = {}, labels: 'en' | 'zh' = 'en'): Generator<string> {
  const specs = CELLS.map((c, i) => ({ c, i })).filter(({ c }) => c.section === table);
  const meta: (keyof ReportMeta)[] = [
    'id',
    'agency',
    'province_code',
    'city_code',
    'county_code',
    'level',
    'year',
    'template',
    'version',
    'is_latest',
    'synthetic',
  ];
  yield csvLine([...meta, ...specs.map(({ c }) => `${c.row}.${c.column}`), 'corrections']);
  if (labels === 'zh')
    yield csvLine([
      ...['报告编号', '机关', '省级区划代码', '地级区划代码', '县级区划代码', '行政层级', '年度', '格式版本', '版本', '是否最新', '是否合成数据'],
      ...specs.map(({ c }) => cellLabel(c.path)!.zh),
      '人工更正',
    ]);
  const cells = db.$client.prepare<[number], { cell: number; value: number | null; corrected: number | null; by: string | null; at: string | null }>(
    `SELECT c.cell, c.value, k.value AS corrected, k.actor AS by, k.at FROM report_cells c
     LEFT JOIN cell_corrections k ON k.report_id = c.report_id AND k.cell = c.cell AND k.status = 'active' WHERE c.report_id = ?`,
  );
  const query = reportQuery(filter);
  for (const r of db.$client.prepare<unknown[], ReportMeta>(query.sql).iterate(...query.params)) {
    const rows = cells.all(r.id);
    const values = new Map(rows.map((c) => [c.cell, c.by !== null ? c.corrected : c.value]));
    if (!specs.some(({ i }) => values.has(i))) continue;
    // Which cells of this table a person corrected, by whom and when: a spreadsheet can cite them.
    const corrected = rows
      .filter((c) => c.by !== null && CELLS[c.cell]!.section === table)
      .map((c) => `${CELLS[c.cell]!.row}.${CELLS[c.cell]!.column} ${c.by} ${c.at}`)
      .join('; ');
    yield csvLine([...meta.map((k) => r[k]), ...specs.map(({ c, i }) => (values.has(i) ? formatValue(c, values.get(i) ?? null) : '')), corrected]);
  }
}

export function countSynthetic(db: Db, filter: ExportFilter = {}): { reports: number; synthetic: number } {
  const query = reportQuery(filter);
  const row = db.$client
    .prepare<unknown[], { reports: number; synthetic: number }>(`SELECT count(*) AS reports, coalesce(sum(r.synthetic), 0) AS synthetic FROM (${query.sql}) r`)
    .get(...query.params);
  return row ?? { reports: 0, synthetic: 0 };
}
