import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from './shared.ts';

describe('repositoryRoot', () => {
  // A checkout in a temporary folder: the root declares workspaces, a package inside it does not.
  const base = mkdtempSync(join(tmpdir(), 'gongkai-root-'));
  const root = join(base, 'checkout');
  const src = join(root, 'packages', 'parser', 'src');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(base, 'package.json'), JSON.stringify({ name: 'outside', workspaces: ['elsewhere'] }));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'monorepo', workspaces: ['packages/*'] }));
  writeFileSync(join(root, 'packages', 'parser', 'package.json'), JSON.stringify({ name: '@gongkai/parser' }));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('stops at the nearest package.json with workspaces, past the package’s own', () => {
    expect(repositoryRoot(src)).toBe(root);
    expect(repositoryRoot(root)).toBe(root);
  });
});
