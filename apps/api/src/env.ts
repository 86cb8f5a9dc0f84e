import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// The only reader of process.env. Every variable is listed in .env.example and in turbo.json.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const Env = z.object({
  /** SQLite file; relative paths are taken from the repository root. */
  GONGKAI_DB: z.string().default('data/gongkai.db'),
  GONGKAI_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  GONGKAI_HOST: z.string().default('127.0.0.1'),
  /** Mutations need this token (Authorization: Bearer …); without it they are refused. */
  GONGKAI_API_TOKEN: z.string().min(1).optional(),
  /** When set, reads need it too. */
  GONGKAI_READ_TOKEN: z.string().min(1).optional(),
  GONGKAI_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** Load the sample corpus into an empty database on start. */
  GONGKAI_SAMPLES: z.enum(['true', 'false']).default('true'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});
export type Env = z.infer<typeof Env> & { dbPath: string; repoRoot: string };

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  return { ...parsed.data, dbPath: resolve(repoRoot, parsed.data.GONGKAI_DB), repoRoot };
}

export function resolveDbPath(flag: string | undefined, env: Env): string {
  return flag ? resolve(process.cwd(), flag) : env.dbPath;
}
