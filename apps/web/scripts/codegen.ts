// Types for the dashboard's GraphQL operations, generated from the SDL (npm run codegen), and the SDL
// itself as a module for the notebook's query editor (autocomplete and error marks in the browser, where
// @gongkai/schema/sdl cannot read its files, and offline, whether or not the API allows introspection).
// The output is committed; a test checks that it is up to date, so the SDL stays the single source of truth.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import { typeDefs } from '@gongkai/schema/sdl';
import { buildSchema, Kind, parse, print, printSchema } from 'graphql';
import type { DocumentNode } from 'graphql';

const DIR = join(import.meta.dirname, '../src/graphql');

export async function generateOperations(): Promise<string> {
  const schema = buildSchema(typeDefs);
  const files = readdirSync(DIR).filter((f) => f.endsWith('.graphql')).sort();
  const documents = files.map((f) => ({ location: f, document: parse(readFileSync(join(DIR, f), 'utf8')) as DocumentNode }));
  const types = await codegen({
    schema: parse(printSchema(schema)),
    schemaAst: schema,
    documents,
    filename: 'generated.ts',
    config: {
      enumType: 'string-literal',
      scalars: { JSON: 'unknown', Decimal: 'string' },
      maybeValue: 'T | null',
      avoidOptionals: { field: true, object: true, inputValue: false },
      skipTypename: true,
      preResolveTypes: true,
    },
    plugins: [{ 'typescript-operations': {} }],
    pluginMap: { 'typescript-operations': typescriptOperations },
  });
  const constants = documents.flatMap(({ document }) =>
    document.definitions.flatMap((d) => {
      if (d.kind !== Kind.OPERATION_DEFINITION || !d.name) return [];
      const name = d.name.value;
      const suffix = d.operation === 'mutation' ? 'Mutation' : 'Query';
      return [`export const ${name}Document = ${JSON.stringify(print(d))} as TypedDocument<${name}${suffix}, ${name}${suffix}Variables>;`];
    }),
  );
  return [
    '// Generated from the SDL and src/graphql/*.graphql by npm run codegen. Do not edit.',
    '/* eslint-disable */',
    types.trim(),
    '',
    '/** An operation\'s text, branded with its result and variables types. */',
    'export type TypedDocument<TResult, TVariables> = string & { readonly __result?: TResult; readonly __variables?: TVariables };',
    '',
    ...constants,
    '',
  ].join('\n');
}

export function generateSchemaModule(): string {
  return [
    '// Generated from the SDL by npm run codegen. Do not edit.',
    '/** The API schema as SDL, for the query editor (cm6-graphql builds a GraphQLSchema from it). */',
    `export const SCHEMA_SDL = ${JSON.stringify(printSchema(buildSchema(typeDefs)))};`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outputs: [string, string][] = [
    ['generated.ts', await generateOperations()],
    ['schema-sdl.ts', generateSchemaModule()],
  ];
  if (process.argv.includes('--check')) {
    const stale = outputs.filter(([name, text]) => !existsSync(join(DIR, name)) || readFileSync(join(DIR, name), 'utf8') !== text).map(([name]) => `src/graphql/${name}`);
    console.log(stale.length === 0 ? 'generated operation types are up to date' : `${stale.join(', ')} out of date: run npm run codegen`);
    process.exit(stale.length === 0 ? 0 : 1);
  }
  for (const [name, text] of outputs) {
    writeFileSync(join(DIR, name), text);
    console.log(`wrote src/graphql/${name}`);
  }
}
