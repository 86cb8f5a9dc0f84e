import { DIMENSIONS } from '@gongkai/schema/measures';
import type { Resolvers } from '../generated.ts';
import { MEASURES, runAnalytics } from '../../queries/analytics.ts';

export const analyticsResolvers: Resolvers = {
  Query: {
    measures: () => MEASURES.map(({ key, labelZh, labelEn, kind, unit }) => ({ key, labelZh, labelEn, kind, unit })),
    dimensions: () => [...DIMENSIONS],
    analytics: (_, { query }, ctx) => runAnalytics(ctx.db, query),
  },
};
