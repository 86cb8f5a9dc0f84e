import type { Resolvers } from '../generated.ts';
import { dataQuality } from '../../queries/quality.ts';
import type { ReportRow } from '../../queries/reports.ts';

export const qualityResolvers: Resolvers = {
  Query: {
    dataQuality: (_, { filter }, ctx) => dataQuality(ctx.db, filter),
  },
  DataQuality: {
    byCode: (q) => q.byCode.map((c) => ({ ...c, severity: c.severity as 'ERROR' })),
  },
  RuleCount: {
    examples: async (r, _, ctx) => (await ctx.loaders.report.loadMany(r.exampleIds)).filter((x): x is ReportRow => x !== null && !(x instanceof Error)),
  },
  RegionCodeCount: {
    region: (r, _, ctx) => (r.regionCode ? ctx.loaders.region.load(r.regionCode) : null),
  },
};
