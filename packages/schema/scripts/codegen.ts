// Generates TypeScript types from the SDL (npm run codegen). The output is committed; a test checks
// that it is up to date, so the SDL stays the single source of truth.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import { buildSchema, parse, printSchema } from 'graphql';
import { typeDefs } from '../src/sdl.ts';

export async function generateSchemaTypes(): Promise<string> {
  const schema = buildSchema(typeDefs);
  return codegen({
    schema: parse(printSchema(schema)),
    schemaAst: schema,
    documents: [],
    filename: 'graphql.ts',
    config: { enumsAsTypes: true, scalars: { JSON: 'unknown', Decimal: 'string' }, avoidOptionals: { field: true, inputValue: false }, maybeValue: 'T | null' },
    plugins: [{ typescript: {} }],
    pluginMap: { typescript },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = join(import.meta.dirname, '../src/generated');
  const file = join(out, 'graphql.ts');
  const text = `// Generated from the SDL by npm run codegen. Do not edit.\n/* eslint-disable */\n${await generateSchemaTypes()}`;
  if (process.argv.includes('--check')) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === text;
    console.log(same ? 'generated types are up to date' : 'src/generated/graphql.ts is out of date: run npm run codegen');
    process.exit(same ? 0 : 1);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(file, text);
  console.log('wrote src/generated/graphql.ts');
}
