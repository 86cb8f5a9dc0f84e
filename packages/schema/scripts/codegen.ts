// Generates src/generated/graphql.ts from the SDL (npm run codegen): the SDL itself as a string (on one
// line: the .graphql files are what people read and diff), and the TypeScript types of the schema. One
// module, `@gongkai/schema/graphql`, that needs no file system, so the API, the codegen of the apps and the
// browser (the notebook's query editor) read the very same SDL. The output is committed; a test checks
// that it is up to date, so the .graphql files stay the source of truth.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import { buildSchema, parse, printSchema } from 'graphql';

const SDL_DIR = join(import.meta.dirname, '../src/graphql');

/** The SDL, one file per domain, base.graphql (the root types) first. */
export function readTypeDefs(): string {
  const files = readdirSync(SDL_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(join(SDL_DIR, f), 'utf8')).join('\n');
}

export async function generateSchemaModule(): Promise<string> {
  const typeDefs = readTypeDefs();
  const schema = buildSchema(typeDefs);
  const types = await codegen({
    schema: parse(printSchema(schema)),
    schemaAst: schema,
    documents: [],
    filename: 'graphql.ts',
    config: { enumsAsTypes: true, scalars: { JSON: 'unknown', Decimal: 'string' }, avoidOptionals: { field: true, inputValue: false }, maybeValue: 'T | null' },
    plugins: [{ typescript: {} }],
    pluginMap: { typescript },
  });
  return [
    '// Generated from src/graphql/*.graphql by npm run codegen. Do not edit.',
    '/* eslint-disable */',
    '',
    '/** The GraphQL SDL of the API, every domain in one text (base.graphql first). */',
    `export const typeDefs: string = ${JSON.stringify(typeDefs)};`,
    '',
    types,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = join(import.meta.dirname, '../src/generated');
  const file = join(out, 'graphql.ts');
  const text = await generateSchemaModule();
  if (process.argv.includes('--check')) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === text;
    console.log(same ? 'generated types are up to date' : 'src/generated/graphql.ts is out of date: run npm run codegen');
    process.exit(same ? 0 : 1);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(file, text);
  console.log('wrote src/generated/graphql.ts');
}
