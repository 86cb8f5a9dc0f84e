import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { createApp } from '../server.ts';
import { filledDatabase, testEnv } from '../test-support.ts';
import { createAuth } from './auth.ts';
import { FOLLOW_MS, isProgressKey, MAX_FOLLOWED, progressOf, reportPage } from './import-progress.ts';
import { createUser } from './users.ts';

const KEY = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('import progress, kept in memory', () => {
  it('takes only random UUIDs as keys', () => {
    expect(isProgressKey(KEY)).toBe(true);
    for (const bad of ['', 'abc', `${KEY}x`, KEY.toUpperCase(), "' OR 1=1 --", '0f8fad5b-d9cb-169f-a165-70867728950e']) expect(isProgressKey(bad)).toBe(false);
  });

  it('answers only the user who started the import, and forgets it after a while', () => {
    reportPage(KEY, 'user-a', 2, 5, 1_000);
    expect(progressOf(KEY, 'user-a', 1_000)).toEqual({ page: 2, pages: 5 });
    expect(progressOf(KEY, 'user-b', 1_000)).toBeNull();
    expect(progressOf(KEY, 'user-a', 1_000 + FOLLOW_MS + 1)).toBeNull();
  });

  it('follows at most MAX_FOLLOWED imports, forgetting the oldest first', () => {
    const key = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    for (let i = 0; i <= MAX_FOLLOWED; i++) reportPage(key(i), 'u', 1, 1, 5_000);
    expect(progressOf(key(0), 'u', 5_000)).toBeNull();
    expect(progressOf(key(1), 'u', 5_000)).toEqual({ page: 1, pages: 1 });
    expect(progressOf(key(MAX_FOLLOWED), 'u', 5_000)).toEqual({ page: 1, pages: 1 });
  });
});

const SCANNED = join(import.meta.dirname, '../../../../../shared/samples/scanned/009_hongze_district_gov_2024.pdf');

describe.skipIf(!existsSync(SCANNED))('following a scan’s import over HTTP', () => {
  let db: Db;
  const servers: { stop(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
    db?.$client.close();
  });

  it('shows the pages read so far to the editor who imports, and to nobody else', async () => {
    ({ db } = await filledDatabase(2));
    const auth = createAuth(db, testEnv());
    const passwords: Record<string, string> = {};
    for (const name of ['ed', 'eve']) passwords[name] = (await createUser(auth, db, { username: name, role: 'editor', email: `${name}@example.org` })).password;
    const app = await createApp({ db, env: testEnv() });
    servers.push(app);
    const base = await app.listen(0);
    const cookie: Record<string, string> = {};
    for (const [i, name] of ['ed', 'eve'].entries()) {
      const res = await fetch(`${base}/api/auth/sign-in/username`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${i + 40}` },
        body: JSON.stringify({ username: name, password: passwords[name] }),
      });
      cookie[name] = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    }
    const gql = async (as: string, query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookie[as]! },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: Record<string, any>; errors?: { extensions: { code: string } }[] };
    };
    const progress = 'query ($k: String!) { importProgress(progressKey: $k) { page pages } }';

    const importing = gql(
      'ed',
      'mutation ($c: String!, $k: String) { importReport(fileName: "scan.pdf", content: $c, progressKey: $k) { status report { layout scanPages { page } } } }',
      { c: readFileSync(SCANNED).toString('base64'), k: KEY },
    );
    let done = false;
    void importing.then(() => (done = true));
    // Asked as the page asks while it waits, until the import answers (its own deadline bounds this).
    const seen: number[] = [];
    const others: unknown[] = [];
    while (!done) {
      const mine = (await gql('ed', progress, { k: KEY })).data?.importProgress as { page: number; pages: number } | null;
      if (mine && mine.page !== seen.at(-1)) {
        expect(mine.pages).toBe(5);
        seen.push(mine.page);
      }
      others.push((await gql('eve', progress, { k: KEY })).data?.importProgress);
      await new Promise((r) => setTimeout(r, 100));
    }
    const result = (await importing).data!.importReport;
    expect(result.status).toBe('INGESTED');
    expect(result.report.layout).toBe('scan-ocr');
    expect(result.report.scanPages).toHaveLength(5);
    // Some pages were seen while the import ran, in order, up to the last.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect((await gql('ed', progress, { k: KEY })).data?.importProgress).toEqual({ page: 5, pages: 5 });
    expect(others.every((o) => o === null)).toBe(true);
    const bad = await gql('ed', progress, { k: 'not-a-key' });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  }, 300_000);
});
