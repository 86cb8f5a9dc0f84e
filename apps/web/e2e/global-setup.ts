import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateReport } from '@gongkai/samples/generator';
import { SEEDS_DIR } from '@gongkai/samples/seeds';
import type { Layout } from '@gongkai/samples/generator';
import { chromium } from 'playwright-core';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';

// The whole stack for the end-to-end tests, as a user gets it: a database filled by the real CLI
// ingest (four seed reports plus generated ones flagged synthetic), the real API on a free port, the
// production build of the dashboard (`next build`, reused when the sources have not changed) under
// `next start`, and headless Chromium. The fifth seed is kept back for the import test.

export const WEB = join(import.meta.dirname, '..');
export const ROOT = join(WEB, '../..');
export const CLI = join(ROOT, 'apps/api/bin/gongkai.mjs');
export const NEXT_BIN = join(ROOT, 'node_modules/next/dist/bin/next');
export const SEEDS = SEEDS_DIR;
export const IMPORT_SEED = join(SEEDS, '001_85236c9e0b1ec5a3.txt');
const ARTIFACTS = join(WEB, 'test-artifacts');

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
    wsEndpoint: string;
    artifacts: string;
    importSeed: string;
    /** User name → one-time password of the accounts made for the tests (viewer, editor, admin). */
    users: Record<string, string>;
  }
}

export const USERS = { viewer: 'vera', editor: 'ed', admin: 'ada' } as const;

/** Makes an account with the real command line (`gongkai user add`), returning its one-time password. */
export function addUser(db: string, name: string, role: string): string {
  const r = spawnSync(process.execPath, [CLI, 'user', 'add', name, '--role', role, '--json', '--db', db], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_SAMPLES: 'false' },
  });
  if (r.status !== 0) throw new Error(`gongkai user add failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return (JSON.parse(r.stdout) as { password: string }).password;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor(url: string, what: string, child: ChildProcess, log: () => string, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000}s:\n${log()}`);
}

export function start(command: string, args: string[], env: Record<string, string>, cwd: string): { child: ChildProcess; log: () => string } {
  const child = spawn(process.execPath, [command, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, log: () => out };
}

export function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Generated reports for a few real divisions, every year, some with damage (inferred and repaired cells). */
function writeSyntheticReports(dir: string): string[] {
  const agencies = [
    { agency: '郑州市人民政府', province: '河南省' },
    { agency: '武陟县人民政府', province: '河南省' },
    { agency: '南京市生态环境局', province: '江苏省' },
  ];
  const layouts: Layout[] = ['tabs', 'html', 'pipes', 'cell-lines', 'spaces'];
  const files: string[] = [];
  let seed = 7_000;
  for (const [i, a] of agencies.entries()) {
    for (let year = 2019; year <= 2025; year++) {
      seed++;
      const g = generateReport({
        seed,
        layout: layouts[(i + year) % layouts.length],
        template: year <= 2020 ? '2019' : '2021',
        agency: a.agency,
        province: a.province,
        year,
        ...((i + year) % 3 === 0 ? { damage: ['blank', 'ocr-swap'], damageRate: 0.04 } : {}),
      });
      const file = join(dir, `${year}-${i}-${g.fileName}`);
      writeFileSync(file, g.bytes);
      files.push(file);
    }
  }
  return files;
}

export function ingest(db: string, files: string[], synthetic: boolean): void {
  const r = spawnSync(process.execPath, [CLI, 'ingest', ...files, '--db', db, ...(synthetic ? ['--synthetic'] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_SAMPLES: 'false' },
  });
  if (r.status !== 0) throw new Error(`gongkai ingest failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

/** A hash of everything the build reads, so an unchanged dashboard is not rebuilt for every run. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (!entry.endsWith('.test.ts')) hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(WEB, 'src'));
  walk(join(ROOT, 'packages/schema/src'));
  for (const f of ['next.config.ts', 'package.json', 'tsconfig.json']) hash.update(f).update(readFileSync(join(WEB, f)));
  return hash.digest('hex');
}

function build(): void {
  const stamp = join(WEB, '.next/e2e-source-hash');
  const hash = sourceHash();
  if (!process.env.GONGKAI_E2E_REBUILD && existsSync(join(WEB, '.next/BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  const r = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: WEB,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error(`next build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  writeFileSync(stamp, hash);
}

export default async function setup(project: TestProject) {
  const tmp = mkdtempSync(join(tmpdir(), 'gongkai-web-e2e-'));
  let api: ReturnType<typeof start> | undefined;
  let web: ReturnType<typeof start> | undefined;
  let browser: BrowserServer | undefined;
  const teardown = async () => {
    await browser?.close().catch(() => undefined);
    await stop(web?.child);
    await stop(api?.child);
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const db = join(tmp, 'e2e.db');
    const seeds = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(SEEDS, f))
      .filter((f) => f !== IMPORT_SEED);
    ingest(db, seeds, false);
    const generated = join(tmp, 'generated');
    mkdirSync(generated);
    ingest(db, writeSyntheticReports(generated), true);
    // The sample corpus's planted patterns (copies, whole-area counties, outliers) for the insight views.
    const planted = join(tmp, 'planted');
    const written = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'apps/api/scripts/write-planted.ts'), planted], {
      cwd: join(ROOT, 'apps/api'),
      encoding: 'utf8',
    });
    if (written.status !== 0) throw new Error(`write-planted failed (${written.status}):\n${written.stdout}\n${written.stderr}`);
    ingest(
      db,
      readdirSync(planted).map((f) => join(planted, f)),
      true,
    );

    const users = Object.fromEntries(Object.entries(USERS).map(([role, name]) => [name, addUser(db, name, role)]));

    // The API as `npm start` runs it (production mode), told the dashboard's URL for its cookies; many
    // sign-ins a minute from this one address are the tests', not an attack.
    const apiPort = await freePort();
    const webPort = await freePort();
    const webUrl = `http://127.0.0.1:${webPort}`;
    api = start(
      CLI,
      ['serve', '--port', String(apiPort)],
      { GONGKAI_DB: db, GONGKAI_SAMPLES: 'false', GONGKAI_WEB_URL: webUrl, GONGKAI_SIGN_IN_LIMIT: '1000', NODE_ENV: '' },
      ROOT,
    );
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    await waitFor(`http://127.0.0.1:${apiPort}/health`, 'the API', api.child, api.log);

    build();
    web = start(
      NEXT_BIN,
      ['start', '-p', String(webPort), '-H', '127.0.0.1'],
      { GONGKAI_API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      WEB,
    );
    await waitFor(`${webUrl}/explorer`, 'next start', web.child, web.log);

    browser = await chromium.launchServer({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    project.provide('webUrl', webUrl);
    project.provide('apiUrl', apiUrl);
    project.provide('wsEndpoint', browser.wsEndpoint());
    project.provide('artifacts', ARTIFACTS);
    project.provide('importSeed', IMPORT_SEED);
    project.provide('users', users);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
