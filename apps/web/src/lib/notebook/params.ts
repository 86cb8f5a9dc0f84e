import type { NotebookCell, NotebookDocument, ParameterCell, ParameterControl } from '@gongkai/schema/notebook';
import { pathInto, VARIABLE_REF } from '@gongkai/schema/notebook-variables';
import { findCell, parameterCells } from './document';

// Parameters: their values, how they travel in the URL, how they reach the cells that read them.
//   variables  a JSON string value "$name" is the parameter's value, "$name.0" a path into it (the first
//              year of a range); the value keeps its type, so a year stays a number for an Int variable.
//   markdown   {{name}} shows the value as text (escaped: a value cannot add markdown of its own).
//   URL        ?years=2019-2025&agency=12&regions=41&regions=32 (a multi-select repeats its name).
// Pure: the editor and the embed page use the same functions, and the tests pin them down.

export type ParamValue = string | string[] | [number, number];
export type ParamValues = Record<string, ParamValue | undefined>;

/** Search params as Next gives them to a page, or a URLSearchParams. */
export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

/** Params the app itself uses: a parameter of this name would be read from them by mistake. */
export const RESERVED_PARAMS = new Set(['lang', 'controls']);

const YEAR = /^\d{4}$/;

function all(source: ParamSource, name: string): string[] {
  if (source instanceof URLSearchParams) return source.getAll(name);
  const v = source[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** A year range from “2019-2025”, “2019–2025”, “2020” or [2019, 2025]; the ends in order. */
export function parseYearRange(value: unknown): [number, number] | undefined {
  let ends: unknown[];
  if (Array.isArray(value)) ends = value;
  else if (typeof value === 'string') ends = value.trim().split(/\s*[-–—~,]\s*/);
  else if (typeof value === 'number') ends = [value, value];
  else return undefined;
  if (ends.length === 1) ends = [ends[0], ends[0]];
  if (ends.length !== 2) return undefined;
  const [a, b] = ends.map((e) => (typeof e === 'number' ? e : YEAR.test(String(e)) ? Number(e) : NaN));
  if (!Number.isInteger(a) || !Number.isInteger(b) || a! < 1900 || b! > 2100 || b! < 1900 || a! > 2100) return undefined;
  return a! <= b! ? [a!, b!] : [b!, a!];
}

/** A value of the control's type from anything (a URL text, a stored default); undefined when it is none. */
export function normaliseValue(control: ParameterControl, raw: unknown): ParamValue | undefined {
  if (raw === undefined || raw === null) return undefined;
  switch (control) {
    case 'yearRange':
      return parseYearRange(raw);
    case 'multiSelect': {
      const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [raw];
      return list.map((v) => String(v).trim()).filter((v) => v !== '');
    }
    case 'select':
    case 'text':
      if (Array.isArray(raw)) return raw.length > 0 ? String(raw[0]) : undefined;
      return typeof raw === 'object' ? undefined : String(raw);
  }
}

export function defaultValue(cell: ParameterCell): ParamValue | undefined {
  const v = normaliseValue(cell.control, cell.default);
  // An empty select default means “the first option”, decided once the options are known.
  return cell.control === 'select' && v === '' ? undefined : v;
}

/** Every parameter's value: from the URL when it carries a valid one, else the cell's default. */
export function readParams(doc: NotebookDocument, source: ParamSource): ParamValues {
  const out: ParamValues = {};
  for (const cell of parameterCells(doc)) {
    const raw = all(source, cell.name);
    const fromUrl =
      raw.length === 0
        ? undefined
        : cell.control === 'multiSelect'
          ? normaliseValue(
              'multiSelect',
              raw.flatMap((r) => r.split(',')),
            )
          : normaliseValue(cell.control, raw[0]);
    out[cell.name] = fromUrl ?? defaultValue(cell);
  }
  return out;
}

/** The value as URL text(s): 2019-2025 · 12 · [41, 32] (repeated) · an empty multi-select as one empty value. */
export function paramTexts(control: ParameterControl, value: ParamValue | undefined): string[] {
  if (value === undefined) return [];
  if (control === 'yearRange' && Array.isArray(value)) return [`${value[0]}-${value[1]}`];
  if (control === 'multiSelect') return Array.isArray(value) && value.length > 0 ? value.map(String) : [''];
  return [String(value)];
}

/** The URL params for these values, on top of `base` (whose other params, such as lang, are kept). */
export function writeParams(doc: NotebookDocument, values: ParamValues, base: ParamSource = new URLSearchParams()): URLSearchParams {
  const out = base instanceof URLSearchParams ? new URLSearchParams(base) : new URLSearchParams();
  if (!(base instanceof URLSearchParams))
    for (const [k, v] of Object.entries(base)) for (const s of v === undefined ? [] : Array.isArray(v) ? v : [v]) out.append(k, s);
  for (const cell of parameterCells(doc)) {
    out.delete(cell.name);
    for (const text of paramTexts(cell.control, values[cell.name])) out.append(cell.name, text);
  }
  return out;
}

/** A value as words, for markdown and labels: 2019–2025 · 41、32 · 12. */
export function formatParamValue(value: ParamValue | undefined, control?: ParameterControl): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) {
    if (control === 'yearRange' || (value.length === 2 && value.every((v) => typeof v === 'number')))
      return value[0] === value[1] ? String(value[0]) : `${value[0]}–${value[1]}`;
    return value.join('、');
  }
  return String(value);
}

// ─── Variables ──────────────────────────────────────────────────────────────

const REF = VARIABLE_REF;

function walkStrings(node: unknown, visit: (s: string) => void): void {
  if (typeof node === 'string') visit(node);
  else if (Array.isArray(node)) node.forEach((n) => walkStrings(n, visit));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => walkStrings(n, visit));
}

/** The parameter names a query cell's variables read ("$name", "$name.path"); none when the JSON is broken. */
export function variableRefs(variables: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(variables || '{}');
  } catch {
    return [];
  }
  const names = new Set<string>();
  walkStrings(parsed, (s) => {
    const m = REF.exec(s);
    if (m) names.add(m[1]!);
  });
  return [...names];
}

export type Substitution = { ok: true; variables: Record<string, unknown>; missing: string[] } | { ok: false; error: string };

/**
 * The variables JSON with the parameters' values put in. `missing` names parameters that exist but have
 * no value yet (the cell waits for them); a reference to a parameter the notebook lacks is an error.
 */
export function substituteVariables(variables: string, values: ParamValues, known: ReadonlySet<string>): Substitution {
  let parsed: unknown;
  try {
    parsed = JSON.parse(variables.trim() === '' ? '{}' : variables);
  } catch (error) {
    return { ok: false, error: `variables are not valid JSON: ${(error as Error).message}` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, error: 'variables must be a JSON object' };
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const replace = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const m = REF.exec(node);
      if (!m) return node;
      const name = m[1]!;
      if (!known.has(name)) {
        unknown.add(name);
        return node;
      }
      const value = values[name];
      if (value === undefined) {
        missing.add(name);
        return null;
      }
      return m[2] ? (pathInto(value, m[2]) ?? null) : value;
    }
    if (Array.isArray(node)) return node.map(replace);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replace(v)]));
    return node;
  };
  const out = replace(parsed) as Record<string, unknown>;
  if (unknown.size > 0) return { ok: false, error: `no parameter named ${[...unknown].map((n) => `$${n}`).join(', ')} in this notebook` };
  return { ok: true, variables: out, missing: [...missing] };
}

// ─── Markdown ───────────────────────────────────────────────────────────────

const MUSTACHE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function markdownRefs(source: string): string[] {
  return [...new Set([...source.matchAll(MUSTACHE)].map((m) => m[1]!))];
}

/** Backslash-escapes what markdown would read as syntax, so a value shows as the text it is. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (c) => `\\${c}`);
}

/** {{name}} → the value, escaped; an unknown name stays as written, so a typo is visible. */
export function interpolateMarkdown(source: string, doc: NotebookDocument, values: ParamValues): string {
  const controls = new Map(parameterCells(doc).map((c) => [c.name, c.control]));
  return source.replace(MUSTACHE, (whole, name: string) =>
    controls.has(name) ? escapeMarkdown(formatParamValue(values[name], controls.get(name))) || '—' : whole,
  );
}

// ─── Dependencies ───────────────────────────────────────────────────────────

/** The parameters a cell reads directly; a chart reads what its query cell reads. */
export function cellReads(doc: NotebookDocument, cell: NotebookCell): string[] {
  switch (cell.kind) {
    case 'markdown':
      return markdownRefs(cell.source);
    case 'query':
      return variableRefs(cell.variables);
    case 'chart': {
      const q = findCell(doc, cell.queryCell, 'query');
      return q ? variableRefs(q.variables) : [];
    }
    case 'parameter':
      return [];
  }
}

/** Which cells depend on each parameter (by name). */
export function dependencyMap(doc: NotebookDocument): Map<string, string[]> {
  const map = new Map<string, string[]>(parameterCells(doc).map((p) => [p.name, []]));
  for (const cell of doc.cells) for (const name of cellReads(doc, cell)) map.get(name)?.push(cell.id);
  return map;
}

/** What a change of one parameter touches: the query cells to run again, and every cell that redraws. */
export function affectedBy(doc: NotebookDocument, name: string): { queries: string[]; cells: string[] } {
  const cells = dependencyMap(doc).get(name) ?? [];
  const queries = cells.filter((id) => findCell(doc, id)?.kind === 'query');
  return { queries, cells };
}

/** The parameters a chart cell depends on (through its query), in notebook order: the embed's controls. */
export function chartParameters(doc: NotebookDocument, chartId: string): ParameterCell[] {
  const chart = findCell(doc, chartId, 'chart');
  if (!chart) return [];
  const reads = new Set(cellReads(doc, chart));
  return parameterCells(doc).filter((p) => reads.has(p.name));
}
