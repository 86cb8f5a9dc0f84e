// Types for the dashboard's GraphQL operations, generated from the SDL (npm run codegen). The schema's own
// types (enums, inputs) and the SDL the notebook's query editor reads come from @gongkai/schema/graphql.
// The output is committed; a test checks that it is up to date, so the SDL stays the single source of truth.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import { typeDefs } from '@gongkai/schema/graphql';
import { buildSchema, Kind, parse, print, printSchema } from 'graphql';
import type { DocumentNode } from 'graphql';

const DIR = join(import.meta.dirname, '../src/graphql');

export async function generateOperations(): Promise<string> {
  const schema = buildSchema(typeDefs);
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
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
      importSchemaTypesFrom: '~@gongkai/schema/graphql',
      namespacedImportName: 'Types',
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
    "/** An operation's text, branded with its result and variables types. */",
    'export type TypedDocument<TResult, TVariables> = string & { readonly __result?: TResult; readonly __variables?: TVariables };',
    '',
    ...constants,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = join(DIR, 'generated.ts');
  const text = await generateOperations();
  if (process.argv.includes('--check')) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === text;
    console.log(same ? 'generated operation types are up to date' : 'src/graphql/generated.ts is out of date: run npm run codegen');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(file, text);
  console.log('wrote src/graphql/generated.ts');
}
