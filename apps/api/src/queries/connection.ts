import { DomainError } from '../errors.ts';
import type { Sql } from './filter-sql.ts';

// Keyset pagination for every list: an order of SQL expressions, opaque cursors holding a row's place
// in that order, and the connection ({ totalCount, edges, pageInfo }) built from one page of rows.

export type Position = (string | number)[];

export interface SortKey<R> {
  /** The SQL expression sorted on (never NULL: coalesce it). */
  sql: string;
  desc?: boolean;
  /** The type of its values, checked when a cursor comes back. */
  type: 'string' | 'number';
  /** The row's value of it. */
  of: (row: R) => string | number;
}

/** Sort keys, the last of which is unique (an id), so every row has one place. */
export type KeysetOrder<R> = readonly SortKey<R>[];

export interface Connection<N> {
  totalCount: number;
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** A cursor of this API's making for an order with these value types; BAD_USER_INPUT otherwise. */
export function decodeCursor(cursor: string, types: readonly SortKey<never>['type'][]): Position {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw new DomainError('BAD_USER_INPUT', 'invalid cursor', { cause: error });
  }
  const typed = (x: unknown, t: SortKey<never>['type'] | undefined) => (t === 'string' ? typeof x === 'string' : typeof x === 'number' && Number.isFinite(x));
  if (Array.isArray(value) && value.length === types.length && value.every((x, i) => typed(x, types[i]))) return value as Position;
  throw new DomainError('BAD_USER_INPUT', 'invalid cursor');
}

/** The ORDER BY list of an order. */
export function orderSql<R>(order: KeysetOrder<R>): string {
  return order.map((k) => `${k.sql} ${k.desc ? 'DESC' : 'ASC'}`).join(', ');
}

/** The condition for rows after a cursor in this order (null without a cursor; an empty one is none). */
export function afterSql<R>(order: KeysetOrder<R>, cursor: string | null | undefined): Sql | null {
  if (!cursor) return null;
  const position = decodeCursor(
    cursor,
    order.map((k) => k.type),
  );
  // (k1 after v1) OR (k1 = v1 AND k2 after v2) OR …
  const terms: string[] = [];
  const params: unknown[] = [];
  order.forEach((key, i) => {
    const equal = order.slice(0, i).map((k) => `${k.sql} = ?`);
    terms.push(`(${[...equal, `${key.sql} ${key.desc ? '<' : '>'} ?`].join(' AND ')})`);
    params.push(...position.slice(0, i + 1));
  });
  return { sql: `(${terms.join(' OR ')})`, params };
}

/** The page size asked for, within 0…max. */
export function pageSize(first: number | null | undefined, limits: { default: number; max: number }): number {
  return Math.max(0, Math.min(first ?? limits.default, limits.max));
}

/**
 * The connection of one page, from the rows read for it: `first` rows and one more, which only says
 * whether another page follows.
 */
export function toConnection<R, N = R>(
  rows: readonly R[],
  first: number,
  order: KeysetOrder<R>,
  totalCount: number,
  node: (row: R) => N = (row) => row as unknown as N,
): Connection<N> {
  const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor(order.map((k) => k.of(row))), node: node(row) }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
