import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchemaTypes } from '../scripts/codegen.ts';

describe('generated types', () => {
  it('match the SDL (run npm run codegen after changing a .graphql file)', async () => {
    const committed = readFileSync(join(import.meta.dirname, 'generated/graphql.ts'), 'utf8');
    expect(committed.endsWith(await generateSchemaTypes())).toBe(true);
  });
});
