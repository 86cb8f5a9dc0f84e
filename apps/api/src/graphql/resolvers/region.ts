import type { Resolvers } from '../generated.ts';

export const regionResolvers: Resolvers = {
  Query: {
    regions: (_, { parentCode }, ctx) => ctx.loaders.regionChildren.load(parentCode ?? ''),
    // Filters take prefixes (41, 4108); the tree is keyed by full codes (410000, 410800).
    region: async (_, { code }, ctx) => (await ctx.loaders.region.load(code.replace(/\D/g, '').slice(0, 6).padEnd(6, '0'))) ?? null,
  },
  Region: {
    parent: (r, _, ctx) => (r.parentCode ? ctx.loaders.region.load(r.parentCode) : null),
    children: (r, _, ctx) => ctx.loaders.regionChildren.load(r.code),
    agencyCount: async (r, _, ctx) => (await ctx.loaders.regionCounts.load(r.code)).agencies,
    reportCount: async (r, _, ctx) => (await ctx.loaders.regionCounts.load(r.code)).reports,
  },
};
