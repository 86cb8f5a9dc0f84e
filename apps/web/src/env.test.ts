import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { apiOrigin, ENV_KEYS, loadEnv } from './env';

const example = parseEnv(readFileSync(join(import.meta.dirname, '../.env.example'), 'utf8')) as Record<string, string>;

describe('env', () => {
  it('has defaults for a local setup, and an empty variable means unset', () => {
    const env = loadEnv({ GONGKAI_API_URL: '' });
    expect(env.GONGKAI_API_URL).toBe('http://127.0.0.1:4000/graphql');
    expect(Object.keys(env)).not.toContain('GONGKAI_API_TOKEN');
    expect(apiOrigin(env)).toBe('http://127.0.0.1:4000');
  });

  it('.env.example lists every variable the dashboard reads, and is accepted as it stands', () => {
    expect(Object.keys(example).sort()).toEqual([...ENV_KEYS].sort());
    expect(loadEnv(example).GONGKAI_API_URL).toBe('http://127.0.0.1:4000/graphql');
  });

  it('refuses a malformed API URL, naming the variable', () => {
    expect(() => loadEnv({ GONGKAI_API_URL: 'not a url' })).toThrow(/GONGKAI_API_URL/);
  });
});
