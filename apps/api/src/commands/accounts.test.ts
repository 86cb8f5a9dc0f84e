import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../test-support.ts';

// The account verbs as an operator types them, and the first start's one-time admin password, each
// checked by signing in with what was printed.

const run = (args: string[], db: string) =>
  spawnSync(process.execPath, [BIN, ...args, '--db', db], { encoding: 'utf8', env: { ...process.env, GONGKAI_SAMPLES: 'false', NODE_ENV: '' } });

async function serve(db: string, env: Record<string, string> = {}): Promise<{ url: string; log: () => string; stop: () => void }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], {
    env: { ...process.env, GONGKAI_SAMPLES: 'false', NODE_ENV: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const m = /GraphQL API on (http:\/\/[\d.]+:\d+)\/graphql/.exec(log);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${log}`)));
  });
  return { url, log: () => log, stop: () => child.kill('SIGTERM') };
}

const signIn = (url: string, username: string, password: string) =>
  fetch(`${url}/api/auth/sign-in/username`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

describe('gongkai user and token', () => {
  it('adds a user with a one-time password that signs in, and makes a token that reads as that user', async () => {
    const db = join(tempDir(), 'accounts.db');
    const added = run(['user', 'add', 'mei', '--role', 'editor'], db);
    expect(added.status).toBe(0);
    const password = /one-time password: (\S+)/.exec(added.stdout)![1]!;
    expect(password).toMatch(/^[\w-]{4}-[\w-]{4}-[\w-]{4}-[\w-]{4}$/);
    expect(run(['user', 'add', 'mei', '--role', 'editor'], db).stderr).toMatch(/exists already/);
    expect(run(['user', 'add', 'bad name!', '--role', 'editor'], db).status).toBe(1);
    expect(run(['user', 'add', 'x1', '--role', 'owner'], db).stderr).toMatch(/--role is viewer, editor or admin/);
    const token = /^(gk_\S+)$/m.exec(run(['token', 'create', '--role', 'viewer', '--user', 'mei'], db).stdout)![1]!;
    expect(run(['user', 'list'], db).stdout).toMatch(/^mei\s+editor\s+active/m);

    const server = await serve(db);
    try {
      // Users exist already: no first-start password.
      expect(server.log()).not.toContain('first start');
      expect((await signIn(server.url, 'mei', password)).status).toBe(200);
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ access { user { username } role via } }' }),
      });
      expect(((await res.json()) as { data: unknown }).data).toEqual({ access: { user: { username: 'mei' }, role: 'VIEWER', via: 'TOKEN' } });
      expect(run(['user', 'disable', 'mei'], db).status).toBe(0);
      const after = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ status { reports } }' }),
      });
      expect(after.status).toBe(401);
    } finally {
      server.stop();
    }
  }, 60_000);

  it('prints a one-time admin password on the first start of an empty database, and only then', async () => {
    const db = join(tempDir(), 'fresh.db');
    const first = await serve(db, { GONGKAI_WEB_URL: 'http://localhost:3000' });
    let password: string;
    try {
      expect(first.log()).toContain('production mode');
      expect(first.log()).toContain('dashboard   http://localhost:3000/login');
      password = /password {4}(\S+)/.exec(first.log())![1]!;
      expect((await signIn(first.url, 'admin', password)).status).toBe(200);
    } finally {
      first.stop();
    }
    await new Promise((r) => setTimeout(r, 0));
    const second = await serve(db);
    try {
      expect(second.log()).not.toContain('first start');
      expect((await signIn(second.url, 'admin', password)).status).toBe(200);
    } finally {
      second.stop();
    }
  }, 60_000);
});
