import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { z } from 'zod';

// The only reader of process.env. Every variable is listed in .env.example and in turbo.json.
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(appRoot, '../..');

const Env = z.object({
  /** SQLite file; relative paths are taken from the repository root. */
  GONGKAI_DB: z.string().default('data/gongkai.db'),
  GONGKAI_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  GONGKAI_HOST: z.string().default('127.0.0.1'),
  /** The operator's admin token (Authorization: Bearer …), for scripts; people sign in instead. */
  GONGKAI_API_TOKEN: z.string().min(16, 'GONGKAI_API_TOKEN needs at least 16 characters').optional(),
  /** 1: anyone may read; 0: reading needs a signed-in user or a token (embeds excepted). Default: 1 on a loopback host, else 0. */
  GONGKAI_PUBLIC: z.enum(['0', '1']).optional(),
  /** public: any chart may be embedded by its URL; signed: only embed URLs signed by an editor are shown. */
  GONGKAI_EMBED: z.enum(['public', 'signed']).default('public'),
  /** The dashboard's public URL (sessions' cookies live there; https makes them Secure). */
  GONGKAI_WEB_URL: z.url().default('http://localhost:3000'),
  /** Signs session cookies and embeds; made once and kept in the database when unset. */
  GONGKAI_AUTH_SECRET: z.string().min(32, 'GONGKAI_AUTH_SECRET needs at least 32 characters').optional(),
  /** Sign-in attempts per minute per client address. */
  GONGKAI_SIGN_IN_LIMIT: z.coerce.number().int().min(1).max(10_000).default(5),
  /** Milliseconds a request may run before it is answered TIMEOUT and stopped (imports get 120 s). */
  GONGKAI_TIME_LIMIT_MS: z.coerce.number().int().min(10).max(600_000).default(10_000),
  GONGKAI_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** Load the sample corpus into an empty database on start. */
  GONGKAI_SAMPLES: z.enum(['true', 'false']).default('true'),
  /** Production unless said otherwise: no stack traces, no field suggestions. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});
/** The names of every variable the API reads. */
export const ENV_KEYS = Object.keys(Env.shape);

export type Env = Omit<z.infer<typeof Env>, 'GONGKAI_PUBLIC'> & { GONGKAI_PUBLIC: '0' | '1'; dbPath: string; repoRoot: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** `apps/api/.env` when there is one (as .env.example shows); the process environment wins over it. */
export function envFile(path = resolve(appRoot, '.env')): Record<string, string> {
  if (!existsSync(path)) return {};
  try {
    return parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch (cause) {
    throw new Error(`${path}: not a valid env file`, { cause });
  }
}

const withoutEmpty = (source: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));

export function loadEnv(source: NodeJS.ProcessEnv = { ...envFile(), ...withoutEmpty(process.env) }): Env {
  // An empty variable (as .env.example leaves it) means unset.
  const parsed = Env.safeParse(withoutEmpty(source));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  const open = parsed.data.GONGKAI_PUBLIC ?? (LOOPBACK.has(parsed.data.GONGKAI_HOST) ? '1' : '0');
  return { ...parsed.data, GONGKAI_PUBLIC: open, dbPath: resolve(repoRoot, parsed.data.GONGKAI_DB), repoRoot };
}

export function resolveDbPath(flag: string | undefined, env: Env): string {
  return flag ? resolve(process.cwd(), flag) : env.dbPath;
}
