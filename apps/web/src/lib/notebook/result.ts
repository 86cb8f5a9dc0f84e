import type { Lang } from '../../i18n/messages';
import type { ChartRow } from '../analytics';
import { toPercent } from '../analytics';
import type { ChartCell } from '@gongkai/schema/notebook';

// Query results → what a cell shows. A path picks values out of a result:
//   · the analytics query answers in columns (analytics.columns[] with key and values): a path that is a
//     column key ("YEAR", "applications.newlyReceived.total", "OUTCOME_GROUP.label") takes that column;
//   · any other path goes through objects and arrays by name ("dataQuality.byCode.labelZh" takes the
//     field of every element of byCode; a number picks one element: "agencies.edges.0.node.name").
// Pure: tables, chart rows and option lists for the editor, the embed and the tests.

export interface ResultColumn {
  key: string;
  label: string;
  unit: string | null;
  values: unknown[];
}

interface Columnar {
  columns: { key: string; labelZh?: string | null; labelEn?: string | null; unit?: string | null; values: unknown[] }[];
  reports?: unknown;
  syntheticReports?: unknown;
  totalReports?: unknown;
}

function isColumnar(node: unknown): node is Columnar {
  const cols = (node as Columnar | null)?.columns;
  return Array.isArray(cols) && cols.length > 0 && cols.every((c) => c && typeof c === 'object' && typeof c.key === 'string' && Array.isArray(c.values));
}

/** The columnar results among a result's top-level fields (an analytics query, aliased or not). */
export function columnarResults(data: unknown): { field: string; result: Columnar }[] {
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([field, node]) => (isColumnar(node) ? [{ field, result: node }] : []));
}

const GENERIC = new Set(['label', 'labelZh', 'labelEn', 'name', 'value', 'values', 'id', 'code']);

/** A short label for a dotted path: its last name, with the parent's when that name says little. */
export function pathLabel(path: string): string {
  const segs = path.split('.').filter((s) => !/^\d+$/.test(s));
  const last = segs.at(-1) ?? path;
  return GENERIC.has(last) && segs.length > 1 ? `${segs.at(-2)}.${last}` : last;
}

function walk(node: unknown, segs: readonly string[]): unknown[] {
  if (segs.length === 0) return Array.isArray(node) ? node : [node];
  if (node === null || node === undefined) return [];
  const [seg, ...rest] = segs as [string, ...string[]];
  if (Array.isArray(node)) {
    if (/^\d+$/.test(seg)) return walk(node[Number(seg)], rest);
    return node.flatMap((el) => walk(el, segs));
  }
  if (typeof node === 'object' && seg in node) return walk((node as Record<string, unknown>)[seg], rest);
  return [];
}

function hasPath(node: unknown, segs: readonly string[]): boolean {
  if (segs.length === 0) return node !== undefined;
  if (node === null || node === undefined) return false;
  const [seg, ...rest] = segs as [string, ...string[]];
  if (Array.isArray(node)) return /^\d+$/.test(seg) ? hasPath(node[Number(seg)], rest) : node.length === 0 || node.some((el) => hasPath(el, segs));
  return typeof node === 'object' && seg in node && hasPath((node as Record<string, unknown>)[seg], rest);
}

function columnLabel(c: Columnar['columns'][number], lang: Lang): string {
  return (lang === 'en' ? c.labelEn || c.labelZh : c.labelZh || c.labelEn) || c.key;
}

/** The values a path picks out of a result, with a label and unit; null when the result has no such path. */
export function resolvePath(data: unknown, path: string, lang: Lang = 'zh'): ResultColumn | null {
  const p = path.trim();
  if (!p) return null;
  for (const { result } of columnarResults(data)) {
    const c = result.columns.find((col) => col.key === p);
    if (c) return { key: p, label: columnLabel(c, lang), unit: c.unit ?? null, values: [...c.values] };
  }
  const segs = p.split('.');
  if (!hasPath(data, segs)) return null;
  return { key: p, label: pathLabel(p), unit: null, values: walk(data, segs) };
}

// ─── Tables ─────────────────────────────────────────────────────────────────

export interface ResultTable {
  /** columnar: an analytics result; array: the elements of an array; fields: the loose scalars. */
  kind: 'columnar' | 'array' | 'fields';
  /** Where in the result the table comes from: analytics, dataQuality.byCode ('' for the fields). */
  path: string;
  columns: { key: string; label: string; unit: string | null }[];
  rows: unknown[][];
}

/** The reports behind each analytics row, shown as a last column (not a path of the result). */
const REPORTS_COLUMN = '#reports';

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

/** An object as flat fields: { node: { id, name } } → node.id, node.name; arrays inside stay whole. */
function flatten(node: unknown, prefix: string, out: Record<string, unknown>): void {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix || 'value'] = node;
}

/**
 * A result as tables: an analytics result is one table (its columns, plus the reports behind each row);
 * each array elsewhere is a table of its elements' fields; loose scalars gather in a table of fields.
 */
export function resultTables(data: unknown, lang: Lang = 'zh'): ResultTable[] {
  const tables: ResultTable[] = [];
  const fields: unknown[][] = [];
  const visit = (node: unknown, path: string) => {
    if (isColumnar(node)) {
      const cols = node.columns;
      const n = Math.max(0, ...cols.map((c) => c.values.length));
      const reports = Array.isArray(node.reports) && node.reports.length === n ? node.reports : null;
      tables.push({
        kind: 'columnar',
        path,
        columns: [
          ...cols.map((c) => ({ key: c.key, label: columnLabel(c, lang), unit: c.unit ?? null })),
          ...(reports ? [{ key: REPORTS_COLUMN, label: lang === 'zh' ? '报告数' : 'Reports behind the row', unit: '份' }] : []),
        ],
        rows: Array.from({ length: n }, (_, i) => [...cols.map((c) => c.values[i] ?? null), ...(reports ? [reports[i]] : [])]),
      });
      for (const [k, v] of Object.entries(node)) if (k !== 'columns' && k !== 'reports') visit(v, `${path}.${k}`);
      return;
    }
    if (Array.isArray(node)) {
      if (node.every(isScalar)) {
        tables.push({ kind: 'array', path, columns: [{ key: path, label: pathLabel(path), unit: null }], rows: node.map((v) => [v]) });
        return;
      }
      const flat = node.map((el) => {
        const o: Record<string, unknown> = {};
        flatten(el, '', o);
        return o;
      });
      const keys = [...new Set(flat.flatMap((o) => Object.keys(o)))];
      tables.push({
        kind: 'array',
        path,
        columns: keys.map((k) => ({ key: `${path}.${k}`, label: k, unit: null })),
        rows: flat.map((o) => keys.map((k) => o[k] ?? null)),
      });
      return;
    }
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) visit(v, path ? `${path}.${k}` : k);
      return;
    }
    fields.push([path, node]);
  };
  visit(data, '');
  if (fields.length > 0)
    tables.unshift({
      kind: 'fields',
      path: '',
      columns: [
        { key: 'field', label: lang === 'zh' ? '字段' : 'Field', unit: null },
        { key: 'value', label: lang === 'zh' ? '值' : 'Value', unit: null },
      ],
      rows: fields,
    });
  return tables;
}

/** Paths a chart can use in this result: column keys, and the fields of array elements. */
export function resultPaths(data: unknown): string[] {
  const paths = new Set<string>();
  for (const t of resultTables(data)) {
    if (t.kind !== 'fields' && t.rows.length > 0) for (const c of t.columns) if (c.key !== REPORTS_COLUMN) paths.add(c.key);
  }
  return [...paths];
}

/** How many of the reports behind a result are synthetic, when the result says (analytics does). */
export function syntheticShare(data: unknown): { synthetic: number; total: number } | null {
  for (const { result } of columnarResults(data)) {
    if (typeof result.syntheticReports === 'number' && typeof result.totalReports === 'number')
      return { synthetic: result.syntheticReports, total: result.totalReports };
    if (typeof result.syntheticReports === 'number') return { synthetic: result.syntheticReports, total: result.syntheticReports };
  }
  return null;
}

/** A parameter's options from its query's result: values and (optionally) labels by path. */
export function optionList(data: unknown, values: string, labels?: string | null): { value: string; label: string }[] {
  const v = resolvePath(data, values)?.values ?? [];
  const l = labels ? (resolvePath(data, labels)?.values ?? []) : [];
  const seen = new Set<string>();
  const out: { value: string; label: string }[] = [];
  v.forEach((raw, i) => {
    if (raw === null || raw === undefined || typeof raw === 'object') return;
    const value = String(raw);
    if (seen.has(value)) return;
    seen.add(value);
    out.push({ value, label: l[i] != null && typeof l[i] !== 'object' ? String(l[i]) : value });
  });
  return out;
}

// ─── Charts ─────────────────────────────────────────────────────────────────

export interface ChartSeriesDef {
  /** Field of the rows (s0, s1 …): recharts reads dots in keys as paths. */
  key: string;
  label: string;
}

export interface ChartModel {
  rows: ChartRow[];
  series: ChartSeriesDef[];
  xLabel: string;
  /** The y columns' names with the units: 本年新收申请数量（件）. */
  yLabel: string;
  /** The y axis's label: the names with the units when short, else the units alone (the title names the data). */
  axisLabel: string;
  unit: string | null;
}

export type ChartModelResult = { ok: true; model: ChartModel } | { ok: false; error: string };

function toNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/** Years stay numbers (the x axis and tables print them as years); anything else is text. */
function xValue(v: unknown): number | string {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100) return v;
  if (v === null || v === undefined) return '—';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function withUnit(label: string, unit: string | null, lang: Lang): string {
  if (!unit) return label;
  return lang === 'zh' ? `${label}（${unit}）` : `${label} (${unit})`;
}

/**
 * The rows a chart draws: one row per x value (in the order first met), one field per y column — or,
 * with a series column, per y column and series value. Values meeting at the same x and series are
 * added up (a query grouped finer than the chart); a 100% bar turns each row into shares.
 */
export function chartModel(data: unknown, cell: Pick<ChartCell, 'x' | 'y' | 'series' | 'units' | 'chartType'>, lang: Lang = 'zh'): ChartModelResult {
  const x = resolvePath(data, cell.x, lang);
  if (!x) return { ok: false, error: `x: the result has no “${cell.x}”` };
  const ys: ResultColumn[] = [];
  for (const path of cell.y) {
    const y = resolvePath(data, path, lang);
    if (!y) return { ok: false, error: `y: the result has no “${path}”` };
    ys.push(y);
  }
  if (ys.length === 0) return { ok: false, error: 'y: name at least one column' };
  const s = cell.series ? resolvePath(data, cell.series, lang) : null;
  if (cell.series && !s) return { ok: false, error: `series: the result has no “${cell.series}”` };

  const n = Math.min(x.values.length, ...ys.map((y) => y.values.length), s ? s.values.length : Infinity);
  const seriesValues: string[] = [];
  if (s) for (let i = 0; i < n; i++) if (!seriesValues.includes(String(s.values[i] ?? '—'))) seriesValues.push(String(s.values[i] ?? '—'));

  const series: ChartSeriesDef[] = s
    ? ys.flatMap((y, j) => seriesValues.map((v, k) => ({ key: `s${j}_${k}`, label: ys.length > 1 ? `${y.label} · ${v}` : v })))
    : ys.map((y, j) => ({ key: `s${j}`, label: y.label }));

  const rows = new Map<number | string, ChartRow>();
  for (let i = 0; i < n; i++) {
    const xv = xValue(x.values[i]);
    let row = rows.get(xv);
    if (!row) {
      row = { x: xv };
      for (const def of series) row[def.key] = null;
      rows.set(xv, row);
    }
    ys.forEach((y, j) => {
      const key = s ? `s${j}_${seriesValues.indexOf(String(s.values[i] ?? '—'))}` : `s${j}`;
      const v = toNumber(y.values[i]);
      if (v === null) return;
      const prev = row[key];
      row[key] = typeof prev === 'number' ? prev + v : v;
    });
  }
  const keys = series.map((d) => d.key);
  const percent = cell.chartType === 'percentBar';
  const unit = percent ? '%' : ((cell.units || ys[0]!.unit) ?? null);
  const names = ys.map((y) => y.label).join('、');
  return {
    ok: true,
    model: {
      rows: percent ? toPercent([...rows.values()], keys) : [...rows.values()],
      series,
      xLabel: x.label,
      yLabel: withUnit(names, unit, lang),
      axisLabel: [...names].length <= 10 ? withUnit(names, unit, lang) : (unit ?? ''),
      unit,
    },
  };
}
