// Resolver types for the API, generated from the SDL in @gongkai/schema (npm run codegen). Parents are
// our query rows (mappers), the context is ours. The output is committed and checked by a test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as resolvers from '@graphql-codegen/typescript-resolvers';
import { typeDefs } from '@gongkai/schema/sdl';
import { buildSchema, parse, printSchema } from 'graphql';

export async function generateResolverTypes(): Promise<string> {
  const schema = buildSchema(typeDefs);
  const body = await codegen({
    schema: parse(printSchema(schema)),
    schemaAst: schema,
    documents: [],
    filename: 'generated.ts',
    config: {
      enumsAsTypes: true,
      useTypeImports: true,
      contextType: '../context.ts#Context',
      scalars: { JSON: 'unknown', Decimal: 'string' },
      maybeValue: 'T | null | undefined',
      mappers: {
        Report: '../queries/reports.ts#ReportRow',
        Cell: '../queries/reports.ts#CellRow',
        Diagnostic: '../queries/reports.ts#DiagnosticRow',
        Agency: '../queries/agencies.ts#AgencyRow',
        Region: '../queries/regions.ts#RegionRow',
        AnalyticsResult: '../queries/analytics.ts#AnalyticsOut',
        DataQuality: '../queries/quality.ts#QualityOut',
        RuleCount: './mappers.ts#RuleCountRow',
        RegionCodeCount: './mappers.ts#RegionCodeCountRow',
        Comparison: './mappers.ts#ComparisonRow',
        ImportResult: './mappers.ts#ImportResultRow',
        ActiveTable: './mappers.ts#TableRow',
        ApplicationsTable: './mappers.ts#TableRow',
        ReviewTable: './mappers.ts#TableRow',
      },
    },
    plugins: [{ typescript: {} }, { resolvers: {} }],
    pluginMap: { typescript, resolvers },
  });
  return `// Generated from the SDL by npm run codegen. Do not edit.\n/* eslint-disable */\n${body}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = join(import.meta.dirname, '../src/graphql');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'generated.ts'), await generateResolverTypes());
  console.log('wrote src/graphql/generated.ts');
}
