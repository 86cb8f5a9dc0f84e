import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ENV_KEYS, envFile, loadEnv } from './env.ts';

const example = parseEnv(readFileSync(join(import.meta.dirname, '../.env.example'), 'utf8')) as Record<string, string>;

describe('env', () => {
  it('.env.example lists every variable the API reads, and nothing else', () => {
    expect(Object.keys(example).sort()).toEqual([...ENV_KEYS].sort());
  });

  it('accepts .env.example as it stands: an empty value means unset and the default applies', () => {
    const env = loadEnv(example);
    expect(env.GONGKAI_PORT).toBe(4000);
    expect(env.GONGKAI_API_TOKEN).toBeUndefined();
    expect(env.GONGKAI_AUTH_SECRET).toBeUndefined();
    expect(env.NODE_ENV).toBe('production');
    // Loopback host and GONGKAI_PUBLIC left empty: reads are open.
    expect(env.GONGKAI_PUBLIC).toBe('1');
  });

  it('reads an env file, and refuses a bad value naming the variable', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gongkai-env-')), '.env');
    writeFileSync(file, 'GONGKAI_PORT=4100\nGONGKAI_API_TOKEN=\n');
    expect(loadEnv(envFile(file)).GONGKAI_PORT).toBe(4100);
    expect(envFile(join(tmpdir(), 'no-such-dir-gongkai', '.env'))).toEqual({});
    expect(() => loadEnv({ GONGKAI_API_TOKEN: 'short' })).toThrow(/GONGKAI_API_TOKEN/);
    expect(() => loadEnv({ GONGKAI_PORT: '70000' })).toThrow(/GONGKAI_PORT/);
  });
});
