// Generates TypeScript types from the SDL (npm run codegen). The output is committed; a test checks
// that it is up to date, so the SDL stays the single source of truth.
import { writeFileSync, mkdirSync } from 'node:fs';
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
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'graphql.ts'), `// Generated from the SDL by npm run codegen. Do not edit.\n/* eslint-disable */\n${await generateSchemaTypes()}`);
  console.log('wrote src/generated/graphql.ts');
}
