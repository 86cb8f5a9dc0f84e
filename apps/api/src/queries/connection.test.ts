import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { tempDatabase } from '../test-support.ts';
import type { KeysetOrder } from './connection.ts';
import { afterSql, decodeCursor, encodeCursor, orderSql, pageSize, toConnection } from './connection.ts';

// Keyset pagination on its own: whatever the order (ties, mixed directions, text keys) and page size,
// following endCursor visits every row once, in the order ORDER BY gives.

interface Item {
  id: number;
  name: string;
  score: number;
}

let db: Db;

beforeAll(() => {
  ({ db } = tempDatabase());
  db.$client.exec('CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score INTEGER NOT NULL)');
  const insert = db.$client.prepare('INSERT INTO items (id, name, score) VALUES (?, ?, ?)');
  // Many ties in score and name, names with quotes, CJK and the characters a cursor must survive.
  const names = ['武陟县', "O'Brien", '焦作市', 'a"b', '武陟县', '%_', 'Zeta', ''];
  for (let id = 1; id <= 57; id++) insert.run(id, names[id % names.length]!, (id * 7) % 5);
});
afterAll(() => db.$client.close());

const ORDERS: Record<string, KeysetOrder<Item>> = {
  'score desc, id desc': [
    { sql: 'score', desc: true, type: 'number', of: (r) => r.score },
    { sql: 'id', desc: true, type: 'number', of: (r) => r.id },
  ],
  'score asc, name desc, id asc': [
    { sql: 'score', type: 'number', of: (r) => r.score },
    { sql: 'name', desc: true, type: 'string', of: (r) => r.name },
    { sql: 'id', type: 'number', of: (r) => r.id },
  ],
  'name asc, id asc': [
    { sql: 'name', type: 'string', of: (r) => r.name },
    { sql: 'id', type: 'number', of: (r) => r.id },
  ],
  'id desc': [{ sql: 'id', desc: true, type: 'number', of: (r) => r.id }],
};

function page(order: KeysetOrder<Item>, first: number, after: string | null) {
  const cond = afterSql(order, after);
  const rows = db.$client
    .prepare(`SELECT id, name, score FROM items${cond ? ` WHERE ${cond.sql}` : ''} ORDER BY ${orderSql(order)} LIMIT ?`)
    .all(...(cond?.params ?? []), first + 1) as Item[];
  return toConnection(rows, first, order, 57);
}

describe('keyset pagination', () => {
  it.each(Object.keys(ORDERS).flatMap((name) => [1, 2, 7, 56, 57, 100].map((first) => [name, first] as const)))(
    '%s, %i a page: every row once, in order',
    (name, first) => {
      const order = ORDERS[name]!;
      const all = (db.$client.prepare(`SELECT id FROM items ORDER BY ${orderSql(order)}`).all() as { id: number }[]).map((r) => r.id);
      const seen: number[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const c = page(order, first, after);
        expect(c.totalCount).toBe(57);
        expect(c.edges.length).toBeLessThanOrEqual(first);
        seen.push(...c.edges.map((e) => e.node.id));
        pages++;
        if (!c.pageInfo.hasNextPage) break;
        expect(c.pageInfo.endCursor).toBe(c.edges.at(-1)!.cursor);
        after = c.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
      expect(pages).toBe(Math.max(1, Math.ceil(57 / first)));
    },
  );

  it('an empty page has no end cursor and no next page', () => {
    const c = toConnection([] as Item[], 10, ORDERS['id desc']!, 0);
    expect(c).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('first: 0 reads no rows but says whether there are any', () => {
    const c = page(ORDERS['id desc']!, 0, null);
    expect(c.edges).toEqual([]);
    expect(c.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
  });

  it.each([
    [undefined, 20],
    [null, 20],
    [5, 5],
    [0, 0],
    [-3, 0],
    [1000, 100],
  ])('page size %s → %i', (first, size) => {
    expect(pageSize(first, { default: 20, max: 100 })).toBe(size);
  });
});

describe('cursors', () => {
  it.each([[[2021, 17]], [['武陟县', 3]], [["'; DROP TABLE items; --", 1]], [[0]]])('round-trip %j', (position) => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(
      decodeCursor(
        cursor,
        position.map((v) => (typeof v === 'string' ? 'string' : 'number')),
      ),
    ).toEqual(position);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor', ['number']],
    ['base64 of text', Buffer.from('hello').toString('base64url'), ['number']],
    ['an object', encodeCursorOf({ id: 1 }), ['number']],
    ['too few positions', encodeCursor([1]), ['number', 'number']],
    ['too many positions', encodeCursor([1, 2, 3]), ['number', 'number']],
    ['a string where a number goes', encodeCursor(['1', 2]), ['number', 'number']],
    ['a number where a string goes', encodeCursor([1, 2]), ['string', 'number']],
    ['null', encodeCursorOf([null, 1]), ['number', 'number']],
    ['empty', '', ['number']],
  ] as const)('refuses %s as BAD_USER_INPUT "invalid cursor"', (_, cursor, types) => {
    expect(() => decodeCursor(cursor, types)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'invalid cursor' }));
  });

  it('a cursor of one order is refused by an order of other types', () => {
    const byName = page(ORDERS['name asc, id asc']!, 3, null).pageInfo.endCursor!;
    expect(() => afterSql(ORDERS['score desc, id desc']!, byName)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('binds the positions of a cursor as values, whatever they hold', () => {
    const order = ORDERS['name asc, id asc']!;
    const cond = afterSql(order, encodeCursor(["' OR 1=1 --", 0]))!;
    expect(cond.sql).not.toContain('OR 1=1');
    expect(cond.params).toEqual(["' OR 1=1 --", "' OR 1=1 --", 0]);
    const ids = (db.$client.prepare(`SELECT id FROM items WHERE ${cond.sql} ORDER BY ${orderSql(order)}`).all(...cond.params) as { id: number }[]).length;
    expect(ids).toBe(
      (db.$client.prepare('SELECT count(*) AS n FROM items WHERE name > ? OR (name = ? AND id > 0)').get("' OR 1=1 --", "' OR 1=1 --") as { n: number }).n,
    );
  });
});

function encodeCursorOf(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
