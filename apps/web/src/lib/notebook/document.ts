// A notebook document as the API stores it (apps/api/src/services/notebooks.ts validates it with zod):
// an ordered list of cells. The web cannot import the API, so the shapes are restated here as types;
// the API stays the judge of what may be saved. Cell operations are pure: they return a new document.

export const CHART_TYPES = ['line', 'bar', 'stackedBar', 'percentBar', 'area', 'pie', 'table'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const PARAMETER_CONTROLS = ['select', 'multiSelect', 'yearRange', 'text'] as const;
export type ParameterControl = (typeof PARAMETER_CONTROLS)[number];

export const CELL_KINDS = ['markdown', 'query', 'chart', 'parameter'] as const;
export type CellKind = (typeof CELL_KINDS)[number];

export interface MarkdownCell {
  id: string;
  kind: 'markdown';
  source: string;
}

export interface QueryCell {
  id: string;
  kind: 'query';
  title?: string;
  source: string;
  /** JSON text; a string value "$name" or "$name.0" is replaced by the parameter's value. */
  variables: string;
}

export interface ChartCell {
  id: string;
  kind: 'chart';
  /** The query cell whose result is drawn. */
  queryCell: string;
  chartType: ChartType;
  /** Paths into the query result: an analytics column key, or a dotted path through objects and arrays. */
  x: string;
  y: string[];
  series?: string | null;
  title: string;
  units?: string | null;
}

export interface ParameterOptions {
  /** A GraphQL query whose result lists the options. */
  source: string;
  values: string;
  labels?: string | null;
}

export interface ParameterCell {
  id: string;
  kind: 'parameter';
  /** An identifier: variables say "$name", markdown says {{name}}, the URL says ?name=. */
  name: string;
  label: string;
  control: ParameterControl;
  default?: unknown;
  options?: ParameterOptions | null;
}

export type Cell = MarkdownCell | QueryCell | ChartCell | ParameterCell;

export interface NotebookDocument {
  version: 1;
  cells: Cell[];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The document of a stored notebook; anything unreadable becomes an empty notebook rather than a crash. */
export function asDocument(json: unknown): NotebookDocument {
  const cells = (json as { cells?: unknown } | null)?.cells;
  if (!Array.isArray(cells)) return { version: 1, cells: [] };
  return { version: 1, cells: cells.filter((c): c is Cell => typeof c === 'object' && c !== null && CELL_KINDS.includes((c as Cell).kind) && ID.test(String((c as Cell).id))) };
}

export function findCell<K extends CellKind>(doc: NotebookDocument, id: string, kind?: K): Extract<Cell, { kind: K }> | undefined {
  const cell = doc.cells.find((c) => c.id === id);
  return cell && (!kind || cell.kind === kind) ? (cell as Extract<Cell, { kind: K }>) : undefined;
}

export function parameterCells(doc: NotebookDocument): ParameterCell[] {
  return doc.cells.filter((c): c is ParameterCell => c.kind === 'parameter');
}

export function queryCells(doc: NotebookDocument): QueryCell[] {
  return doc.cells.filter((c): c is QueryCell => c.kind === 'query');
}

/** A new id for a cell of this kind, unused in the document: query-2, chart-3 … */
export function newCellId(doc: NotebookDocument, kind: CellKind): string {
  const taken = new Set(doc.cells.map((c) => c.id));
  for (let n = 1; ; n++) {
    const id = `${kind}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A parameter name not yet used: p1, p2 … */
function newParameterName(doc: NotebookDocument): string {
  const taken = new Set(parameterCells(doc).map((c) => c.name));
  for (let n = 1; ; n++) if (!taken.has(`p${n}`)) return `p${n}`;
}

const STARTER_QUERY = `query ($filter: ReportFilter) {
  analytics(query: { measures: ["reports", "applications.newlyReceived.total"], groupBy: [YEAR], filter: $filter }) {
    columns { key labelZh labelEn unit values }
    syntheticReports
    totalReports
  }
}`;

/** A fresh cell of a kind, wired to what the document already has (a chart draws the nearest query above it). */
export function newCell(doc: NotebookDocument, kind: CellKind, after?: string): Cell {
  const id = newCellId(doc, kind);
  switch (kind) {
    case 'markdown':
      return { id, kind, source: '' };
    case 'query':
      return { id, kind, title: '', source: STARTER_QUERY, variables: '{}' };
    case 'chart': {
      const at = after ? doc.cells.findIndex((c) => c.id === after) : doc.cells.length - 1;
      const above = doc.cells.slice(0, at + 1).reverse().find((c) => c.kind === 'query') ?? queryCells(doc)[0];
      return { id, kind, queryCell: above?.id ?? '', chartType: 'bar', x: 'YEAR', y: ['applications.newlyReceived.total'], series: null, title: '', units: null };
    }
    case 'parameter':
      return { id, kind, name: newParameterName(doc), label: '', control: 'text', default: '', options: null };
  }
}

/** Inserts a cell after the one named (at the end when none is). */
export function insertCell(doc: NotebookDocument, cell: Cell, after?: string | null): NotebookDocument {
  const cells = [...doc.cells];
  const at = after ? cells.findIndex((c) => c.id === after) : -1;
  cells.splice(at === -1 ? cells.length : at + 1, 0, cell);
  return { ...doc, cells };
}

/** Moves a cell up (-1) or down (+1); at either end nothing changes. */
export function moveCell(doc: NotebookDocument, id: string, delta: -1 | 1): NotebookDocument {
  const from = doc.cells.findIndex((c) => c.id === id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= doc.cells.length) return doc;
  const cells = [...doc.cells];
  [cells[from], cells[to]] = [cells[to]!, cells[from]!];
  return { ...doc, cells };
}

export function removeCell(doc: NotebookDocument, id: string): NotebookDocument {
  return { ...doc, cells: doc.cells.filter((c) => c.id !== id) };
}

export function replaceCell(doc: NotebookDocument, cell: Cell): NotebookDocument {
  return { ...doc, cells: doc.cells.map((c) => (c.id === cell.id ? cell : c)) };
}
