import type { NotebookCell, NotebookCellKind, NotebookDocument, ParameterCell, QueryCell } from '@gongkai/schema/notebook';

// Cell operations on a notebook document (@gongkai/schema/notebook), for the editor. Pure: each returns
// a new document. Types only from the schema: its zod validators stay out of the browser's bundle.

export function findCell<K extends NotebookCellKind>(doc: NotebookDocument, id: string, kind?: K): Extract<NotebookCell, { kind: K }> | undefined {
  const cell = doc.cells.find((c) => c.id === id);
  return cell && (!kind || cell.kind === kind) ? (cell as Extract<NotebookCell, { kind: K }>) : undefined;
}

export function parameterCells(doc: NotebookDocument): ParameterCell[] {
  return doc.cells.filter((c): c is ParameterCell => c.kind === 'parameter');
}

export function queryCells(doc: NotebookDocument): QueryCell[] {
  return doc.cells.filter((c): c is QueryCell => c.kind === 'query');
}

/** A new id for a cell of this kind, unused in the document: query-2, chart-3 … */
export function newCellId(doc: NotebookDocument, kind: NotebookCellKind): string {
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
export function newCell(doc: NotebookDocument, kind: NotebookCellKind, after?: string): NotebookCell {
  const id = newCellId(doc, kind);
  switch (kind) {
    case 'markdown':
      return { id, kind, source: '' };
    case 'query':
      return { id, kind, title: '', source: STARTER_QUERY, variables: '{}' };
    case 'chart': {
      const at = after ? doc.cells.findIndex((c) => c.id === after) : doc.cells.length - 1;
      const above =
        doc.cells
          .slice(0, at + 1)
          .reverse()
          .find((c) => c.kind === 'query') ?? queryCells(doc)[0];
      return {
        id,
        kind,
        queryCell: above?.id ?? '',
        chartType: 'bar',
        x: 'YEAR',
        y: ['applications.newlyReceived.total'],
        series: null,
        title: '',
        units: null,
      };
    }
    case 'parameter':
      return { id, kind, name: newParameterName(doc), label: '', control: 'text', default: '', options: null };
  }
}

/** Inserts a cell after the one named (at the end when none is). */
export function insertCell(doc: NotebookDocument, cell: NotebookCell, after?: string | null): NotebookDocument {
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

export function replaceCell(doc: NotebookDocument, cell: NotebookCell): NotebookDocument {
  return { ...doc, cells: doc.cells.map((c) => (c.id === cell.id ? cell : c)) };
}
