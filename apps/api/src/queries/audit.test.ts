import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { recordAudit } from '../services/audit.ts';
import { tempDatabase } from '../test-support.ts';
import { listAudit } from './audit.ts';

// Reading the audit log from a temporary store with the real migrations: newest first, paged, by actor
// or by action prefix.

let db: Db;
const ACTIONS = ['createNotebook', 'updateNotebook', 'auth/sign-in/username', 'importReport', 'create_user%'];

beforeAll(() => {
  ({ db } = tempDatabase());
  for (let i = 0; i < 45; i++) {
    recordAudit(db, {
      userId: null,
      actor: ['ada', 'ed', 'vera'][i % 3]!,
      role: 'admin',
      via: 'session',
      action: ACTIONS[i % ACTIONS.length]!,
      target: String(i),
      ok: i % 4 !== 0,
      error: i % 4 === 0 ? 'FORBIDDEN: no' : null,
    });
  }
});
afterAll(() => db.$client.close());

/** Every entry matching, newest first, read page by page. */
function readAll(p: { actor?: string; action?: string }, first: number): { targets: string[]; totalCount: number } {
  const targets: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  do {
    const c = listAudit(db, { ...p, first, after });
    totals.add(c.totalCount);
    targets.push(...c.edges.map((e) => e.node.target!));
    after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
  } while (after);
  // Every page counts the same whole.
  expect(totals.size).toBe(1);
  return { targets, totalCount: [...totals][0]! };
}

const newestFirst = (keep: (i: number) => boolean) =>
  Array.from({ length: 45 }, (_, i) => i)
    .filter(keep)
    .reverse()
    .map(String);

describe('listAudit', () => {
  it.each([1, 7, 50, 200])('pages newest first, %i a page: every entry once', (first) => {
    const { targets, totalCount } = readAll({}, first);
    expect(targets).toEqual(newestFirst(() => true));
    expect(totalCount).toBe(45);
  });

  it('one actor', () => {
    expect(readAll({ actor: 'ed' }, 4).targets).toEqual(newestFirst((i) => i % 3 === 1));
  });

  it('an action prefix, with LIKE wildcards taken literally', () => {
    expect(readAll({ action: 'create' }, 10).targets).toEqual(newestFirst((i) => ['createNotebook', 'create_user%'].includes(ACTIONS[i % ACTIONS.length]!)));
    expect(readAll({ action: 'create_' }, 10).targets).toEqual(newestFirst((i) => ACTIONS[i % ACTIONS.length] === 'create_user%'));
    expect(readAll({ action: 'auth/' }, 10).targets).toEqual(newestFirst((i) => i % ACTIONS.length === 2));
    expect(readAll({ action: '%' }, 10).targets).toEqual([]);
  });

  it('answers rows with ok as a boolean and the error kept', () => {
    const entry = listAudit(db, { first: 45 })
      .edges.map((e) => e.node)
      .find((e) => e.target === '0')!;
    expect(entry).toMatchObject({ actor: 'ada', action: 'createNotebook', ok: false, error: 'FORBIDDEN: no' });
  });

  it('caps a page at 200 and defaults to 50', () => {
    expect(listAudit(db, {}).edges.length).toBe(45);
    expect(listAudit(db, { first: 10_000 }).edges.length).toBe(45);
  });

  it.each(['123', 'not-a-cursor', Buffer.from(JSON.stringify(['x'])).toString('base64url')])('refuses the cursor %j as BAD_USER_INPUT', (after) => {
    expect(() => listAudit(db, { after })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
