// What a reviewer checks in one report, in the order the review desk walks it: corrections a re-parse
// flagged for a second look, then empty cells of sections 三 and 四 (the tables the dashboard reads; in
// each row the total first, as the overview reads totals), then large values the rules inferred.

export interface ReviewCellIn {
  path: string;
  section: string;
  row: string;
  column: string;
  value: number | null;
  decimal: string | null;
  state: string;
  line: number | null;
  corrections: readonly { id: string; status: string; decimal: string | null }[];
}

export interface ReviewItem {
  path: string;
  kind: 'stale' | 'empty' | 'inferred';
  /** What the field starts with: the stale correction's value, the inferred value, or nothing. */
  initial: string;
  /** The source line to show: the cell's own, else a diagnostic's about it, else one of its row's. */
  line: number | null;
}

/** Inferred values from this size on are worth a person's look (the API's review queue counts the same). */
export const INFERRED_LARGE = 100;
const DASHBOARD_SECTIONS = new Set(['applications', 'review']);

export function reviewItems(cells: readonly ReviewCellIn[], diagnostics: readonly { path: string | null; line: number | null }[]): ReviewItem[] {
  const diagnosticLine = new Map<string, number>();
  for (const d of diagnostics) if (d.path && d.line !== null && !diagnosticLine.has(d.path)) diagnosticLine.set(d.path, d.line);
  const rowLine = new Map<string, number>();
  for (const c of cells) {
    const line = c.line ?? diagnosticLine.get(c.path) ?? null;
    if (line !== null && !rowLine.has(`${c.section}.${c.row}`)) rowLine.set(`${c.section}.${c.row}`, line);
  }
  const lineOf = (c: ReviewCellIn) => c.line ?? diagnosticLine.get(c.path) ?? rowLine.get(`${c.section}.${c.row}`) ?? null;
  // The catalogue's order is the form's; within a row the total comes first.
  const rowStart = new Map<string, number>();
  cells.forEach((c, i) => rowStart.set(`${c.section}.${c.row}`, rowStart.get(`${c.section}.${c.row}`) ?? i));
  const order = new Map<string, number>();
  cells.forEach((c, i) => order.set(c.path, rowStart.get(`${c.section}.${c.row}`)! * 10_000 + (c.column === 'total' ? 0 : i + 1)));
  const byOrder = (a: ReviewItem, b: ReviewItem) => order.get(a.path)! - order.get(b.path)!;

  const stale: ReviewItem[] = [];
  const empty: ReviewItem[] = [];
  const inferred: ReviewItem[] = [];
  for (const c of cells) {
    const flagged = c.corrections.find((k) => k.status === 'STALE');
    if (flagged && c.state !== 'CORRECTED') stale.push({ path: c.path, kind: 'stale', initial: flagged.decimal ?? '', line: lineOf(c) });
    else if (c.value === null && c.state !== 'CORRECTED' && DASHBOARD_SECTIONS.has(c.section))
      empty.push({ path: c.path, kind: 'empty', initial: '', line: lineOf(c) });
    else if (c.state === 'INFERRED' && c.value !== null && c.value >= INFERRED_LARGE)
      inferred.push({ path: c.path, kind: 'inferred', initial: c.decimal ?? '', line: lineOf(c) });
  }
  return [...stale.sort(byOrder), ...empty.sort(byOrder), ...inferred.sort(byOrder)];
}

/** Lines around `line` (1-based) of the source, for the panel beside the form. */
export function sourceWindow(text: string | null, line: number | null, around = 6): { number: number; text: string; hit: boolean }[] {
  if (!text || line === null) return [];
  const lines = text.split('\n');
  if (line < 1 || line > lines.length) return [];
  const from = Math.max(1, line - around);
  const to = Math.min(lines.length, line + around);
  const out: { number: number; text: string; hit: boolean }[] = [];
  for (let n = from; n <= to; n++) out.push({ number: n, text: lines[n - 1]!.slice(0, 400), hit: n === line });
  return out;
}
