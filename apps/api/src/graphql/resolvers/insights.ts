import { DomainError } from '../../errors.ts';
import type { Resolvers } from '../generated.ts';
import { anomaliesPage } from '../../queries/anomalies.ts';
import { hierarchyChecks } from '../../queries/hierarchy.ts';
import { copiedSections, passagesOf, similarity } from '../../queries/similarity.ts';
import type { Context } from '../../context.ts';

// Insights: copied sections, hierarchy checks and anomalies. Thin resolvers over queries/*.

async function reportById(ctx: Context, id: number) {
  const r = await ctx.loaders.report.load(id);
  if (!r) throw new DomainError('NOT_FOUND', `report ${id} not found`);
  return r;
}

export const insightsResolvers: Resolvers = {
  Query: {
    copiedSections: (_, args, ctx) => copiedSections(ctx.db, args),
    hierarchyChecks: (_, { regionCode, year }, ctx) => hierarchyChecks(ctx.db, { regionCode, year }),
    anomalies: (_, { filter, first, after }, ctx) => anomaliesPage(ctx.db, filter, first, after),
  },
  Report: {
    similarity: (r, _, ctx) => similarity(ctx.db, r.id),
  },
  SimilarSection: {
    report: (s, _, ctx) => reportById(ctx, s.reportId),
    passages: (s) => passagesOf(s),
  },
  CopiedSection: {
    report: (c, _, ctx) => reportById(ctx, c.reportId),
    other: (c, _, ctx) => reportById(ctx, c.otherId),
  },
  HierarchyCheck: {
    region: async (h, _, ctx) => {
      const region = await ctx.loaders.region.load(h.regionCode);
      if (!region) throw new DomainError('NOT_FOUND', `region ${h.regionCode} not found`);
      return region;
    },
    report: (h, _, ctx) => reportById(ctx, h.reportId),
    children: (h, _, ctx) => Promise.all(h.childReportIds.map((id) => reportById(ctx, id))),
  },
  Anomaly: {
    agency: async (a, _, ctx) => {
      const agency = await ctx.loaders.agency.load(a.agencyId);
      if (!agency) throw new DomainError('NOT_FOUND', `agency ${a.agencyId} not found`);
      return agency;
    },
    report: (a, _, ctx) => reportById(ctx, a.reportId),
  },
};
