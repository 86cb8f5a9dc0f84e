// Cross tables for the data-quality page: counts by (row, column) with a heat level per cell.

export interface CrossTable<R extends string | number, C extends string | number> {
  rows: R[];
  columns: C[];
  get(row: R, column: C): number;
  max: number;
}

export function crossTable<T, R extends string | number, C extends string | number>(
  items: readonly T[],
  row: (t: T) => R,
  column: (t: T) => C,
  count: (t: T) => number,
): CrossTable<R, C> {
  const cells = new Map<string, number>();
  const rows: R[] = [];
  const columns: C[] = [];
  for (const item of items) {
    const r = row(item);
    const c = column(item);
    if (!rows.includes(r)) rows.push(r);
    if (!columns.includes(c)) columns.push(c);
    const key = JSON.stringify([r, c]);
    cells.set(key, (cells.get(key) ?? 0) + count(item));
  }
  const sort = <V extends string | number>(a: V, b: V) => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort(sort);
  columns.sort(sort);
  return { rows, columns, get: (r, c) => cells.get(JSON.stringify([r, c])) ?? 0, max: Math.max(0, ...cells.values()) };
}

/** 0 (none) to 3 (the most), on a square-root scale so a few small counts still show. */
export function heatLevel(value: number, max: number): 0 | 1 | 2 | 3 {
  if (value <= 0 || max <= 0) return 0;
  const share = Math.sqrt(value / max);
  return share > 0.66 ? 3 : share > 0.33 ? 2 : 1;
}
