import type { Resolvers } from '../generated.ts';
import { badInput } from '../../errors.ts';
import { AnalyticsError, DIMENSIONS, MEASURES, runAnalytics } from '../../queries/analytics.ts';

export const analyticsResolvers: Resolvers = {
  Query: {
    measures: () => MEASURES.map(({ key, labelZh, labelEn, kind, unit }) => ({ key, labelZh, labelEn, kind, unit })),
    dimensions: () => DIMENSIONS,
    analytics: (_, { query }, ctx) => {
      try {
        return runAnalytics(ctx.db, query);
      } catch (error) {
        if (error instanceof AnalyticsError) throw badInput(error.message, error);
        throw error;
      }
    },
  },
};
