// Resolver types for the API, generated from the SDL in @gongkai/schema (npm run codegen). Parents are
// our query rows (mappers), the context is ours. The output is committed and checked by a test.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as resolvers from '@graphql-codegen/typescript-resolvers';
import { typeDefs } from '@gongkai/schema/graphql';
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
        ScanPage: '../queries/reports.ts#ScanPageRow',
        Diagnostic: '../queries/reports.ts#DiagnosticRow',
        Agency: '../queries/agencies.ts#AgencyRow',
        Region: '../queries/regions.ts#RegionRow',
        AnalyticsResult: '../queries/analytics.ts#AnalyticsOut',
        DataQuality: '../queries/quality.ts#QualityOut',
        RuleCount: './mappers.ts#RuleCountRow',
        RegionCodeCount: './mappers.ts#RegionCodeCountRow',
        Comparison: './mappers.ts#ComparisonRow',
        ImportResult: './mappers.ts#ImportResultRow',
        Notebook: '../services/notebooks.ts#NotebookRow',
        User: '../services/users.ts#UserRow',
        ApiToken: '../services/tokens.ts#TokenRow',
        AuditEntry: '../queries/audit.ts#AuditRow',
        ActiveTable: './mappers.ts#TableRow',
        ApplicationsTable: './mappers.ts#TableRow',
        ReviewTable: './mappers.ts#TableRow',
        Correction: '../queries/review.ts#CorrectionRow',
        ReviewStatus: '../queries/review.ts#ReviewStatusRow',
        ReviewEvent: '../queries/review.ts#ReviewEventRow',
        ReviewQueueItem: '../queries/review.ts#ReviewQueueRow',
        Rankings: '../queries/rankings.ts#RankingsOut',
        RankingEntry: '../queries/rankings.ts#RankingEntryRow',
        PeerStanding: '../queries/rankings.ts#PeerStandingRow',
        SectionSimilarity: '../queries/similarity.ts#SectionSimilarityRow',
        SimilarSection: '../queries/similarity.ts#SimilarSectionRow',
        CopiedSection: '../queries/similarity.ts#CopiedSectionRow',
        HierarchyCheck: '../queries/hierarchy.ts#HierarchyCheckRow',
        Anomaly: '../queries/anomalies.ts#AnomalyRow',
      },
    },
    plugins: [{ typescript: {} }, { resolvers: {} }],
    pluginMap: { typescript, resolvers },
  });
  return `// Generated from the SDL by npm run codegen. Do not edit.\n/* eslint-disable */\n${body}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = join(import.meta.dirname, '../src/graphql/generated.ts');
  const text = await generateResolverTypes();
  if (process.argv.includes('--check')) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === text;
    console.log(same ? 'resolver types are up to date' : 'src/graphql/generated.ts is out of date: run npm run codegen');
    process.exit(same ? 0 : 1);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log('wrote src/graphql/generated.ts');
}
