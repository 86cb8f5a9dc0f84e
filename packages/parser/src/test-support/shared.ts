import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The shared reference material (report model, real sample reports) sits beside the repository, never
// inside it. Tests and benchmarks find it from the repository root, wherever the checkout is.

/** The first directory up from `from` whose package.json declares workspaces: the monorepo's root. */
export function repositoryRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json with workspaces above ${from}`);
  }
}

export const SHARED_DIR = join(repositoryRoot(import.meta.dirname), '../shared');

/** Real published reports (PDF and their pdftotext layout text); absent on machines without them. */
export const SHARED_SAMPLES = join(SHARED_DIR, 'samples');
