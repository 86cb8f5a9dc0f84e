import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Run as a developer would (a child process), so graphql is loaded once, the way the script loads it.
it('src/graphql/generated.ts matches the SDL and the operations (run npm run codegen after changing either)', () => {
  const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
  const out = execFileSync(tsx, [join(import.meta.dirname, 'codegen.ts'), '--check'], { encoding: 'utf8' });
  expect(out).toMatch(/up to date/);
}, 60_000);
