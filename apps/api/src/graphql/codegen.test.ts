import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateResolverTypes } from '../../scripts/codegen.ts';

describe('generated resolver types', () => {
  it('match the SDL (run npm run codegen after changing a .graphql file)', async () => {
    expect(readFileSync(join(import.meta.dirname, 'generated.ts'), 'utf8')).toBe(await generateResolverTypes());
  });
});
