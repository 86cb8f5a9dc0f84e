import { PARSER_VERSION } from '@gongkai/parser/parse';
import type { Resolvers } from '../generated.ts';

export const statusResolvers: Resolvers = {
  Query: {
    status: (_, __, ctx) => {
      const c = ctx.db.$client
        .prepare(
          'SELECT (SELECT count(*) FROM reports WHERE is_latest = 1) AS reports, (SELECT count(*) FROM agencies) AS agencies, (SELECT count(*) FROM reports WHERE is_latest = 1 AND synthetic = 1) AS synthetic',
        )
        .get() as { reports: number; agencies: number; synthetic: number };
      const last = ctx.db.$client.prepare('SELECT max(ingested_at) AS at FROM reports').get() as { at: string | null };
      const years = (ctx.db.$client.prepare('SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY year').all() as { year: number }[]).map(
        (r) => r.year,
      );
      return { reports: c.reports, agencies: c.agencies, syntheticReports: c.synthetic, years, parserVersion: PARSER_VERSION, lastIngestedAt: last.at };
    },
  },
};
