import { levelFromStored } from '@gongkai/schema/measures';
import type { Resolvers } from '../generated.ts';
import { DomainError } from '../../errors.ts';
import { agencyYears } from '../../queries/checks.ts';
import { peerStanding, rankings } from '../../queries/rankings.ts';

// Peers and rankings: thin resolvers over queries/rankings.ts.

export const rankingsResolvers: Resolvers = {
  Query: {
    rankings: (_, args, ctx) => rankings(ctx.db, args),
  },
  Agency: {
    peerStanding: (a, { year, minBase }, ctx) => {
      const years = agencyYears(ctx.db, a.id);
      const chosen = year ?? years.at(-1) ?? null;
      return peerStanding(ctx.db, { id: a.id, level: levelFromStored(a.level), provinceCode: a.regionCode?.slice(0, 2) ?? '' }, chosen, minBase ?? 20);
    },
  },
  RankingEntry: {
    agency: async (e, _, ctx) => {
      const a = await ctx.loaders.agency.load(e.agencyId);
      if (!a) throw new DomainError('NOT_FOUND', `agency ${e.agencyId} not found`);
      return a;
    },
    report: async (e, _, ctx) => {
      const r = await ctx.loaders.report.load(e.reportId);
      if (!r) throw new DomainError('NOT_FOUND', `report ${e.reportId} not found`);
      return r;
    },
  },
};
