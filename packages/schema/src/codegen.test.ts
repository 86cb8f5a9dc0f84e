import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Run as a developer would (a child process), so graphql is loaded once, the way the script loads it.
describe('@gongkai/schema/graphql', () => {
  it('is generated from the SDL as it is (run npm run codegen after changing a .graphql file)', () => {
    const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
    const out = execFileSync(tsx, [join(import.meta.dirname, '../scripts/codegen.ts'), '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/up to date/);
  }, 60_000);
});
