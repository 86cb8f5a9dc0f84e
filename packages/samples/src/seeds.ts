import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The five published reports the sample corpus starts from, each with the parse output people checked
// by hand. Found beside this module, so that no caller needs to know where the package lives.

export const SEEDS_DIR = join(import.meta.dirname, '../seeds');

export interface SeedReport {
  /** File name, e.g. `000_0c7f3b5150447c9e.txt`. */
  name: string;
  path: string;
  bytes: Buffer;
  /** The expected parse output (`*.expected.json`), as people checked it. */
  expected: unknown;
}

export function seedFileNames(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function seedReports(): SeedReport[] {
  return seedFileNames().map((name) => {
    const path = join(SEEDS_DIR, name);
    return { name, path, bytes: readFileSync(path), expected: JSON.parse(readFileSync(path.replace(/\.txt$/, '.expected.json'), 'utf8')) };
  });
}
