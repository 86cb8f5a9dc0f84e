import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The GraphQL SDL: the single source of API truth, one file per domain.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'graphql');

export const SDL_FILES = readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));

export const typeDefs: string = SDL_FILES.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
