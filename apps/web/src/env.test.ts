import { describe, expect, it } from 'vitest';
import { apiOrigin, loadEnv } from './env';

describe('env', () => {
  it('has defaults for a local setup, and an empty variable means unset', () => {
    const env = loadEnv({ GONGKAI_API_URL: '' });
    expect(env.GONGKAI_API_URL).toBe('http://127.0.0.1:4000/graphql');
    expect(Object.keys(env)).not.toContain('GONGKAI_API_TOKEN');
    expect(apiOrigin(env)).toBe('http://127.0.0.1:4000');
  });

  it('refuses a malformed API URL, naming the variable', () => {
    expect(() => loadEnv({ GONGKAI_API_URL: 'not a url' })).toThrow(/GONGKAI_API_URL/);
  });
});
