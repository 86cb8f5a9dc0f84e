import { SignJWT } from 'jose';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/client.ts';
import { createApp } from './server.ts';
import { authSecret, createAuth } from './services/auth.ts';
import { ensureShippedNotebooks } from './services/notebooks.ts';
import { createUser } from './services/users.ts';
import { filledDatabase, testEnv } from './test-support.ts';

// Accounts, roles, tokens, embeds and the audit log, over real HTTP against a real SQLite file.

type Json = any;
let db: Db;
const servers: { stop(): Promise<void> }[] = [];
const passwords: Record<string, string> = {};

async function serve(overrides: Record<string, string> = {}): Promise<string> {
  const app = await createApp({ db, env: testEnv(overrides) });
  servers.push(app);
  return app.listen(0);
}

beforeAll(async () => {
  ({ db } = await filledDatabase(5));
  ensureShippedNotebooks(db);
  const auth = createAuth(db, testEnv());
  for (const [name, role] of [
    ['vera', 'viewer'],
    ['ed', 'editor'],
    ['ada', 'admin'],
  ] as const) {
    passwords[name] = (await createUser(auth, db, { username: name, role, email: `${name}@example.org` })).password;
  }
}, 120_000);
afterAll(async () => {
  for (const s of servers) await s.stop();
  db.$client.close();
});

async function signIn(base: string, body: Record<string, string>): Promise<{ status: number; cookie: string; setCookie: string }> {
  const path = 'email' in body ? 'email' : 'username';
  const res = await fetch(`${base}/api/auth/sign-in/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': body.from ?? '203.0.113.1' },
    body: JSON.stringify(body),
  });
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { status: res.status, cookie: setCookie.split(';')[0]!, setCookie };
}

async function gql(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

describe('sign-in and sessions', () => {
  let base: string;
  beforeAll(async () => {
    base = await serve();
  });

  it('signs in by user name or email; the session cookie is HttpOnly and SameSite=Lax, not Secure over http', async () => {
    const byName = await signIn(base, { username: 'ed', password: passwords.ed! });
    expect(byName.status).toBe(200);
    expect(byName.setCookie).toMatch(/^gongkai\.session_token=/);
    expect(byName.setCookie).toMatch(/HttpOnly/);
    expect(byName.setCookie).toMatch(/SameSite=Lax/);
    expect(byName.setCookie).not.toMatch(/Secure/);
    const byEmail = await signIn(base, { email: 'ed@example.org', password: passwords.ed!, from: '203.0.113.2' });
    expect(byEmail.status).toBe(200);
    const me = await gql(base, '{ access { user { username } role via canWrite } }', {}, { cookie: byEmail.cookie });
    expect(me.body.data.access).toEqual({ user: { username: 'ed' }, role: 'EDITOR', via: 'SESSION', canWrite: true });
  });

  it('marks the cookie Secure when the dashboard is served over https', async () => {
    const secure = await serve({ GONGKAI_WEB_URL: 'https://gongkai.example.org' });
    const res = await signIn(secure, { username: 'vera', password: passwords.vera!, from: '203.0.113.3' });
    expect(res.status).toBe(200);
    expect(res.setCookie).toMatch(/^__Secure-gongkai\.session_token=.*; Secure/);
  });

  it('refuses a wrong password, and a sixth attempt within a minute from one address', async () => {
    const from = '198.51.100.7';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn(base, { username: 'ada', password: 'wrong-password', from })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    // Even the right password waits now; another address is not held up.
    expect((await signIn(base, { username: 'ada', password: passwords.ada!, from })).status).toBe(429);
    expect((await signIn(base, { username: 'ada', password: passwords.ada!, from: '198.51.100.8' })).status).toBe(200);
  });

  it('signs out: the cookie no longer identifies anyone', async () => {
    const s = await signIn(base, { username: 'vera', password: passwords.vera!, from: '203.0.113.4' });
    const out = await fetch(`${base}/api/auth/sign-out`, { method: 'POST', headers: { cookie: s.cookie, origin: 'http://localhost:3000' } });
    expect(out.status).toBe(200);
    const me = await gql(base, '{ access { user { username } via } }', {}, { cookie: s.cookie });
    expect(me.body.data.access).toEqual({ user: null, via: 'ANONYMOUS' });
  });

  it('changes a password: the old one stops working', async () => {
    const s = await signIn(base, { username: 'vera', password: passwords.vera!, from: '203.0.113.5' });
    const changed = await gql(
      base,
      'mutation ($a: String!, $b: String!) { changePassword(currentPassword: $a, newPassword: $b) }',
      { a: passwords.vera, b: 'a-new-long-password' },
      { cookie: s.cookie },
    );
    expect(changed.body.data.changePassword).toBe(true);
    expect((await signIn(base, { username: 'vera', password: passwords.vera!, from: '203.0.113.6' })).status).toBe(401);
    expect((await signIn(base, { username: 'vera', password: 'a-new-long-password', from: '203.0.113.6' })).status).toBe(200);
    passwords.vera = 'a-new-long-password';
    const again = await signIn(base, { username: 'vera', password: passwords.vera, from: '203.0.113.7' });
    const wrong = await gql(
      base,
      'mutation { changePassword(currentPassword: "not-it-at-all", newPassword: "another-long-one") }',
      {},
      { cookie: again.cookie },
    );
    expect(wrong.body.errors[0]).toMatchObject({ message: 'the current password is wrong', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('roles', () => {
  let base: string;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    base = await serve();
    for (const [i, name] of ['vera', 'ed', 'ada'].entries())
      cookies[name] = (await signIn(base, { username: name, password: passwords[name]!, from: `192.0.2.${i + 10}` })).cookie;
  });
  const create = 'mutation { createNotebook(input: { title: "角色测试", document: { version: 1, cells: [] } }) { id } }';

  it('a viewer reads but cannot write (403); an editor writes; nobody at all gets 401', async () => {
    expect((await gql(base, '{ status { reports } }', {}, { cookie: cookies.vera! })).body.data.status.reports).toBeGreaterThan(0);
    const viewer = await gql(base, create, {}, { cookie: cookies.vera! });
    expect([viewer.status, viewer.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const anonymous = await gql(base, create);
    expect([anonymous.status, anonymous.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const editor = await gql(base, create, {}, { cookie: cookies.ed! });
    expect(editor.body.data.createNotebook.id).toMatch(/^[\w-]+$/);
    const imported = await gql(
      base,
      'mutation { importReport(fileName: "x.txt", content: "bm90IGEgcmVwb3J0", encoding: BASE64) { status } }',
      {},
      { cookie: cookies.vera! },
    );
    expect(imported.status).toBe(403);
  });

  it('an admin manages users; an editor cannot', async () => {
    const denied = await gql(base, '{ users { username } }', {}, { cookie: cookies.ed! });
    expect(denied.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const made = await gql(
      base,
      'mutation { createUser(username: "Nina", role: EDITOR) { user { id username role } password } }',
      {},
      { cookie: cookies.ada! },
    );
    expect(made.body.data.createUser.user).toMatchObject({ username: 'Nina', role: 'EDITOR' });
    expect(made.body.data.createUser.password).toMatch(/^[\w-]{4}-[\w-]{4}-[\w-]{4}-[\w-]{4}$/);
    const id = made.body.data.createUser.user.id;
    expect((await signIn(base, { username: 'nina', password: made.body.data.createUser.password, from: '192.0.2.50' })).status).toBe(200);
    const demoted = await gql(base, 'mutation ($id: ID!) { setUserRole(id: $id, role: VIEWER) { role } }', { id }, { cookie: cookies.ada! });
    expect(demoted.body.data.setUserRole.role).toBe('VIEWER');
    await gql(base, 'mutation ($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabled } }', { id }, { cookie: cookies.ada! });
    expect((await signIn(base, { username: 'nina', password: made.body.data.createUser.password, from: '192.0.2.51' })).status).not.toBe(200);
    const users = await gql(base, '{ users { username role disabled } }', {}, { cookie: cookies.ada! });
    expect(users.body.data.users).toEqual(
      expect.arrayContaining([
        { username: 'Nina', role: 'VIEWER', disabled: true },
        { username: 'ada', role: 'ADMIN', disabled: false },
      ]),
    );
  });

  it('better-auth’s own admin endpoints are closed: the last admin cannot be demoted around the GraphQL guard', async () => {
    const adaId = (db.$client.prepare("SELECT id FROM user WHERE username = 'ada'").get() as { id: string }).id;
    for (const [path, body] of [
      ['set-role', { userId: adaId, role: 'viewer' }],
      ['create-user', { email: 'x@example.org', password: 'a-long-password-1', name: 'x', role: 'admin' }],
      ['remove-user', { userId: adaId }],
    ] as const) {
      const res = await fetch(`${base}/api/auth/admin/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies.ada!, origin: base },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(404);
    }
    expect(db.$client.prepare("SELECT role FROM user WHERE username = 'ada'").get()).toEqual({ role: 'admin' });
    expect(db.$client.prepare("SELECT count(*) AS n FROM user WHERE email = 'x@example.org'").get()).toEqual({ n: 0 });
  });

  it('writes every write to the audit log, with who, what and from where; only admins read it', async () => {
    const log = await gql(base, '{ auditLog(first: 100) { totalCount entries { actor role via action target ok error ip } } }', {}, { cookie: cookies.ada! });
    const entries = log.body.data.auditLog.entries as Json[];
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'ed', role: 'editor', via: 'session', action: 'createNotebook', ok: true, ip: '127.0.0.1' }),
        expect.objectContaining({ actor: 'vera', role: 'viewer', action: 'createNotebook', ok: false, error: expect.stringMatching(/^FORBIDDEN/) }),
        expect.objectContaining({ actor: 'anonymous', action: 'createNotebook', ok: false }),
        expect.objectContaining({ actor: 'ada', action: 'createUser', target: 'Nina', ok: true }),
        expect.objectContaining({ actor: 'ada', action: 'setUserRole', ok: true }),
        expect.objectContaining({ action: 'auth/sign-in/username', target: 'nina', ok: true, ip: '192.0.2.50' }),
      ]),
    );
    expect((await gql(base, '{ auditLog { totalCount } }', {}, { cookie: cookies.ed! })).body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('personal tokens: made by their owner, capped at the owner’s role, revoked at once', async () => {
    const refused = await gql(base, 'mutation { createApiToken(name: "ci", role: EDITOR) { token } }', {}, { cookie: cookies.vera! });
    expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const made = await gql(base, 'mutation { createApiToken(name: "ci", role: EDITOR) { token apiToken { id prefix role } } }', {}, { cookie: cookies.ed! });
    const { token, apiToken } = made.body.data.createApiToken;
    expect(token).toMatch(/^gk_[\w-]{43}$/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    // Stored as a hash only.
    expect(JSON.stringify(db.$client.prepare('SELECT * FROM api_tokens').all())).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await gql(base, '{ access { user { username } via role } }', {}, bearer)).body.data.access).toEqual({
      user: { username: 'ed' },
      via: 'TOKEN',
      role: 'EDITOR',
    });
    expect((await gql(base, create, {}, bearer)).body.data.createNotebook.id).toBeTruthy();
    const listed = await gql(base, '{ myTokens { id name role } }', {}, { cookie: cookies.ed! });
    expect(listed.body.data.myTokens).toContainEqual({ id: apiToken.id, name: 'ci', role: 'EDITOR' });
    await gql(base, 'mutation ($id: ID!) { revokeApiToken(id: $id) }', { id: apiToken.id }, { cookie: cookies.ed! });
    const after = await gql(base, '{ status { reports } }', {}, bearer);
    expect([after.status, after.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});

describe('a private server (GONGKAI_PUBLIC=0)', () => {
  let base: string;
  beforeAll(async () => {
    base = await serve({ GONGKAI_PUBLIC: '0' });
  });

  it('refuses anonymous reads (401) but says what it allows; a signed-in viewer reads', async () => {
    const anonymous = await gql(base, '{ status { reports } }');
    expect([anonymous.status, anonymous.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ status { reports } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(401);
    expect((await gql(base, '{ access { publicReads canRead } }')).body.data.access).toEqual({ publicReads: false, canRead: false });
    const s = await signIn(base, { username: 'ed', password: passwords.ed!, from: '192.0.2.99' });
    expect((await gql(base, '{ status { reports } }', {}, { cookie: s.cookie })).body.data.status.reports).toBeGreaterThan(0);
  });

  it('a signed embed reads its own chart’s query, nothing else; a tampered or expired one is refused', async () => {
    const s = await signIn(base, { username: 'ed', password: passwords.ed!, from: '192.0.2.98' });
    const published = await gql(
      base,
      'mutation { publishEmbed(notebookId: "overview", cellId: "requestsChart", locked: { years: [2020, 2024] }, expiresInDays: 7) { token path expiresAt } }',
      {},
      { cookie: s.cookie },
    );
    expect(published.body.errors).toBeUndefined();
    const { token, path } = published.body.data.publishEmbed;
    expect(path).toBe(`/embed/notebooks/overview/cells/requestsChart?embed=${token}`);
    const grant = await gql(base, 'query ($t: String!) { embed(token: $t) { notebookId cellId locked } }', { t: token });
    expect(grant.body.data.embed).toEqual({ notebookId: 'overview', cellId: 'requestsChart', locked: { years: [2020, 2024] } });
    const nb = (db.$client.prepare("SELECT document FROM notebooks WHERE id = 'overview'").get() as { document: string }).document;
    const source = (JSON.parse(nb).cells as Json[]).find((c) => c.id === 'byYear').source;
    const chart = await gql(base, source, { filter: { yearFrom: 2020, yearTo: 2024 } }, { 'x-gongkai-embed': token });
    expect(chart.body.data.analytics.columns.length).toBeGreaterThan(0);
    // The locked years are the embed's: the same query for other years is refused by the API itself.
    const widened = await gql(base, source, { filter: { yearFrom: 2019, yearTo: 2025 } }, { 'x-gongkai-embed': token });
    expect([widened.status, widened.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    expect(widened.body.errors[0].message).toMatch(/locked: filter\.yearFrom must be 2020/);
    expect((await gql(base, source, {}, { 'x-gongkai-embed': token })).status).toBe(403);
    const other = await gql(base, '{ reports { totalCount } }', {}, { 'x-gongkai-embed': token });
    expect([other.status, other.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);

    // Tampered: the payload changed (another chart), the signature kept.
    const [h, p, sig] = token.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...payload, cell: 'grantedChart' })).toString('base64url')}.${sig}`;
    const refused = await gql(base, 'query ($t: String!) { embed(token: $t) { cellId } }', { t: forged });
    expect(refused.body.errors[0]).toMatchObject({ message: 'this embed’s signature is not valid', extensions: { code: 'FORBIDDEN' } });
    // Expired: signed with the server's key, a day in the past.
    const key = new Uint8Array(createHmac('sha256', authSecret(db, testEnv())).update('gongkai embed signing key v1').digest());
    const expired = await new SignJWT({ nb: 'overview', cell: 'requestsChart', params: {} })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('gongkai-embed')
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) - 86_400)
      .sign(key);
    expect((await gql(base, 'query ($t: String!) { embed(token: $t) { cellId } }', { t: expired })).body.errors[0].message).toBe('this embed has expired');
    expect((await gql(base, source, {}, { 'x-gongkai-embed': expired })).status).toBe(403);
  });
});

describe('notebooks in the bin, revisions under a flood of saves', () => {
  let base: string;
  const op = { authorization: 'Bearer test-operator-token' };
  beforeAll(async () => {
    base = await serve();
  });

  it('a deleted notebook waits in the bin and comes back', async () => {
    const id = (await gql(base, 'mutation { createNotebook(input: { title: "回收站", document: { version: 1, cells: [] } }) { id } }', {}, op)).body.data
      .createNotebook.id;
    expect((await gql(base, 'mutation ($id: ID!) { deleteNotebook(id: $id) }', { id }, op)).body.data.deleteNotebook).toBe(true);
    expect((await gql(base, 'query ($id: ID!) { notebook(id: $id) { id } }', { id })).body.data.notebook).toBeNull();
    const bin = (await gql(base, '{ notebookBin { id deletedAt } }', {}, op)).body.data.notebookBin as Json[];
    expect(bin.find((n) => n.id === id)?.deletedAt).toMatch(/^\d{4}-/);
    expect((await gql(base, 'mutation ($id: ID!) { restoreNotebook(id: $id) { id deletedAt } }', { id }, op)).body.data.restoreNotebook).toEqual({
      id,
      deletedAt: null,
    });
  });

  it('keeps yesterday’s state through 30 saves today', async () => {
    const id = (await gql(base, 'mutation { createNotebook(input: { title: "昨天的版本", document: { version: 1, cells: [] } }) { id } }', {}, op)).body.data
      .createNotebook.id;
    db.$client.prepare("UPDATE notebook_revisions SET saved_at = '2000-01-01T00:00:00.000Z' WHERE notebook_id = ?").run(id);
    db.$client.prepare('UPDATE notebook_revisions SET saved_at = ? WHERE notebook_id = ?').run(new Date(Date.now() - 86_400_000).toISOString(), id);
    for (let i = 0; i < 30; i++)
      await gql(
        base,
        'mutation ($id: ID!, $t: String!) { updateNotebook(id: $id, input: { title: $t, document: { version: 1, cells: [] } }) { revision } }',
        { id, t: `第 ${i} 次保存` },
        op,
      );
    const revisions = (await gql(base, 'query ($id: ID!) { notebook(id: $id) { revisions { revision title } } }', { id })).body.data.notebook
      .revisions as Json[];
    expect(revisions.length).toBe(21);
    expect(revisions.at(-1)).toEqual({ revision: 1, title: '昨天的版本' });
    expect(revisions[0].revision).toBe(31);
  });
});
