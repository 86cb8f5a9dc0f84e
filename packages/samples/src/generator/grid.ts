import { ACTIVE_ROWS, APPLICANT_COLUMN_KEYS, APPLICATION_ROWS, REVIEW_GROUP_KEYS, REVIEW_RESULT_KEYS } from '@gongkai/schema/report';
import type { ActiveColumnKey, ActiveRowKey, ApplicationRowKey, Template } from '@gongkai/schema/report';
import {
  activeHeaders,
  applicantLabels,
  applicationLabel,
  articleLabel,
  cornerLabel,
  groupLabel,
  OUTCOME_GROUP_LABELS,
  RESULTS_GROUP,
  REVIEW_RESULT_LABELS,
} from './labels.ts';
import type { LabelStyle } from './labels.ts';
import type { Facts } from './truth.ts';

// The tables of a report as an HTML-like grid (cells with row and column spans). Every layout prints
// from this one grid, so the numbers and labels agree across layouts.

export type CellRole = 'corner' | 'header' | 'group' | 'label' | 'number' | 'pad';

export interface GridCell {
  text: string;
  role: CellRole;
  rowSpan?: number;
  colSpan?: number;
  /** Cell path for numbers, e.g. applications.granted.total. */
  path?: string;
  /** For a row of numbers glued into one cell: the paths it holds. */
  glued?: string[];
}

export interface GridRow {
  cells: GridCell[];
  header: boolean;
  /** Section 三: 0 = 一/二/四 balance rows, 1 = （一）（二）（六）（七）, 2 = numbered items. */
  level?: 0 | 1 | 2;
  rowKey?: string;
}

export interface GridTable {
  name: 'active' | 'applications' | 'review';
  columns: number;
  rows: GridRow[];
}

/** One position of the dense matrix: the cell that covers it and whether the cell starts here. */
export interface Slot {
  cell: GridCell;
  origin: boolean;
  /** 0 on the cell's first row, 1 on the next ... */
  rowOffset: number;
  colOffset: number;
}

/** Places the cells as HTML does: each cell takes the next free position of its row. */
export function toMatrix(table: GridTable): Slot[][] {
  const m: (Slot | undefined)[][] = table.rows.map(() => new Array<Slot | undefined>(table.columns).fill(undefined));
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (c < table.columns && m[r]![c]) c++;
      const rs = cell.rowSpan ?? 1;
      const cs = cell.colSpan ?? 1;
      for (let dr = 0; dr < rs && r + dr < m.length; dr++) {
        for (let dc = 0; dc < cs && c + dc < table.columns; dc++) {
          m[r + dr]![c + dc] = { cell, origin: dr === 0 && dc === 0, rowOffset: dr, colOffset: dc };
        }
      }
      c += cs;
    }
  });
  const empty: GridCell = { text: '', role: 'pad' };
  return m.map((row) => row.map((s) => s ?? { cell: empty, origin: true, rowOffset: 0, colOffset: 0 }));
}

const num = (text: string, path: string): GridCell => ({ text, role: 'number', path });

function valueText(facts: Facts, path: string, value: number | null | undefined, style: LabelStyle): string {
  if (value === null || value === undefined) return '';
  const money = facts.money[path];
  if (money !== undefined) return money;
  if (path.endsWith('.change') && value > 0 && style.plusSign) return `+${value}`;
  return String(value);
}

// ─── Section 二 ─────────────────────────────────────────────────────────────────────────────────────

/** One sub-table per article item (（一）（五）（六）（八）（九）), each four columns wide. */
export function activeTables(facts: Facts, style: LabelStyle): GridTable[] {
  const template: Template = facts.truth.template;
  const headers = activeHeaders(template, style);
  const groups: { item: string; rows: ActiveRowKey[]; headers: string[] }[] = [
    { item: '（一）', rows: ['regulations', 'normativeDocuments'], headers: headers.documents },
    { item: '（五）', rows: template === '2019' ? ['licensing', 'otherServices'] : ['licensing'], headers: headers.decisions },
    { item: '（六）', rows: ['penalties', 'coercion'], headers: headers.decisions },
    { item: '（八）', rows: ['fees'], headers: headers.fees },
  ];
  if ('procurement' in headers && headers.procurement) groups.push({ item: '（九）', rows: ['procurement'], headers: headers.procurement });
  return groups.map((g) => {
    const missing = 3 - g.headers.length;
    const widen = (cells: GridCell[]): GridCell[] => {
      if (missing === 0) return cells;
      // 2021 one-column tables stretch the value over three columns; 2019 two-column ones leave a pad.
      if (g.headers.length === 1) return cells.map((c, i) => (i === 1 ? { ...c, colSpan: 3 } : c));
      return [...cells, { text: '', role: 'pad' as const }];
    };
    const rows: GridRow[] = [
      { header: true, cells: [{ text: articleLabel(g.item, style), role: 'header', colSpan: 4 }] },
      { header: true, cells: widen([{ text: '信息内容', role: 'header' }, ...g.headers.map((h) => ({ text: h, role: 'header' as const }))]) },
      ...g.rows.map((row) => ({
        header: false,
        rowKey: row,
        cells: widen([{ text: activeLabel(row, template, style), role: 'label' as const }, ...activeCells(facts, row, style)]),
      })),
    ];
    return { name: 'active' as const, columns: 4, rows };
  });
}

function activeLabel(row: ActiveRowKey, template: Template, style: LabelStyle): string {
  if (row === 'normativeDocuments' && template === '2019') return style.normative2019;
  const spec = ACTIVE_ROWS.find((r) => r.key === row);
  return spec ? spec.label.zh : row;
}

function activeCells(facts: Facts, row: ActiveRowKey, style: LabelStyle): GridCell[] {
  const spec = ACTIVE_ROWS.find((r) => r.key === row);
  const cols: readonly ActiveColumnKey[] = spec?.columns[facts.truth.template] ?? [];
  const values = facts.truth.active[row] ?? {};
  return cols.map((c) => {
    const path = `active.${row}.${c}`;
    return num(valueText(facts, path, values[c], style), path);
  });
}

// ─── Section 三 ─────────────────────────────────────────────────────────────────────────────────────

export function applicationsTable(facts: Facts, style: LabelStyle): GridTable {
  const a = applicantLabels();
  const rows: GridRow[] = [
    {
      header: true,
      cells: [
        { text: cornerLabel(style), role: 'corner', rowSpan: 3, colSpan: 3 },
        { text: '申请人情况', role: 'header', colSpan: 7 },
      ],
    },
    {
      header: true,
      cells: [
        { text: a.naturalPerson, role: 'header', rowSpan: 2 },
        { text: a.orgGroup, role: 'header', colSpan: 5 },
        { text: a.total, role: 'header', rowSpan: 2 },
      ],
    },
    { header: true, cells: a.orgs.map((t) => ({ text: t, role: 'header' as const })) },
  ];
  const printed = facts.applicationRows;
  const resultRows = printed.filter((r) => r !== 'newlyReceived' && r !== 'carriedOver' && r !== 'carriedForward');
  const groupSize = (group: OutcomeGroupKey) => printed.filter((r) => r.startsWith(group) && r !== 'otherHandling').length;
  for (const row of printed) {
    const spec = APPLICATION_ROWS.find((s) => s.key === row);
    const numbers = APPLICANT_COLUMN_KEYS.map((c) => {
      const path = `applications.${row}.${c}`;
      return num(valueText(facts, path, facts.truth.applications[row]?.[c], style), path);
    });
    const label: GridCell = { text: applicationLabel(row, style), role: 'label' };
    const lead: GridCell[] = [];
    let level: 0 | 1 | 2 = 1;
    if (row === 'granted') lead.push({ text: RESULTS_GROUP, role: 'group', rowSpan: resultRows.length });
    if (row === 'newlyReceived' || row === 'carriedOver' || row === 'carriedForward') {
      level = 0;
      label.colSpan = 3;
    } else if (/^\d/.test(spec?.numbering ?? '')) {
      level = 2;
      const group = firstOfGroup(row, printed);
      if (group) lead.push({ text: groupLabel(OUTCOME_GROUP_LABELS[group], style), role: 'group', rowSpan: groupSize(group) });
    } else {
      label.colSpan = 2;
    }
    rows.push({ header: false, level, rowKey: row, cells: [...lead, label, ...numbers] });
  }
  return { name: 'applications', columns: 10, rows };
}

type OutcomeGroupKey = keyof typeof OUTCOME_GROUP_LABELS;

function firstOfGroup(row: ApplicationRowKey, printed: readonly ApplicationRowKey[]): OutcomeGroupKey | null {
  const group = (['denied', 'unable', 'notProcessed', 'other'] as const).find((g) => row.startsWith(g));
  if (!group) return null;
  const first = printed.find((r) => r.startsWith(group) && r !== 'otherHandling');
  return first === row ? group : null;
}

// ─── Section 四 ─────────────────────────────────────────────────────────────────────────────────────

export function reviewTable(facts: Facts): GridTable {
  const results = REVIEW_RESULT_LABELS.map((t) => ({ text: t, role: 'header' as const }));
  const numbers = REVIEW_GROUP_KEYS.flatMap((g) =>
    REVIEW_RESULT_KEYS.map((r) => {
      const v = facts.truth.review[g]?.[r];
      return num(v === null || v === undefined ? '' : String(v), `review.${g}.${r}`);
    }),
  );
  return {
    name: 'review',
    columns: 15,
    rows: [
      {
        header: true,
        cells: [
          { text: '行政复议', role: 'header', colSpan: 5 },
          { text: '行政诉讼', role: 'header', colSpan: 10 },
        ],
      },
      {
        header: true,
        cells: [
          ...results.map((c) => ({ ...c, rowSpan: 2 })),
          { text: '未经复议直接起诉', role: 'header', colSpan: 5 },
          { text: '复议后起诉', role: 'header', colSpan: 5 },
        ],
      },
      { header: true, cells: [...results, ...results] },
      { header: false, rowKey: 'review', cells: numbers },
    ],
  };
}

/** The number cells of a row, in order (a glued cell stands for several). */
export function numberCells(row: GridRow): GridCell[] {
  return row.cells.filter((c) => c.role === 'number');
}

/** A section 三 data row with its place in the row groups, for layouts that print groups their own way. */
export interface ApplicationLine {
  rowKey: string;
  level: 0 | 1 | 2;
  label: string;
  numbers: GridCell[];
  /** True for rows inside 三、本年度办理结果. */
  inResults: boolean;
  /** The outcome group label (（三）不予公开 ...) for numbered rows; index and size within the group. */
  group: { label: string; index: number; size: number } | null;
}

export function applicationLines(table: GridTable): ApplicationLine[] {
  const out: ApplicationLine[] = [];
  let results = 0;
  let group: { label: string; index: number; size: number } | null = null;
  for (const row of table.rows) {
    if (row.header) continue;
    for (const cell of row.cells) {
      if (cell.role !== 'group') continue;
      if (cell.text === RESULTS_GROUP) results = cell.rowSpan ?? 1;
      else group = { label: cell.text, index: -1, size: cell.rowSpan ?? 1 };
    }
    const level = row.level ?? 1;
    if (level !== 2) group = null;
    if (group) group = { ...group, index: group.index + 1 };
    out.push({
      rowKey: row.rowKey ?? '',
      level,
      label: row.cells.find((c) => c.role === 'label')?.text ?? '',
      numbers: numberCells(row),
      inResults: results > 0,
      group,
    });
    if (results > 0) results--;
  }
  return out;
}
