import type { Resolvers } from '../generated.ts';
import { agencyResolvers } from './agency.ts';
import { analyticsResolvers } from './analytics.ts';
import { importResolvers } from './import.ts';
import { notebookResolvers } from './notebook.ts';
import { qualityResolvers } from './quality.ts';
import { regionResolvers } from './region.ts';
import { reportResolvers } from './report.ts';
import { statusResolvers } from './status.ts';

const domains: Resolvers[] = [statusResolvers, reportResolvers, agencyResolvers, regionResolvers, analyticsResolvers, qualityResolvers, importResolvers, notebookResolvers];

/** The domains' resolver maps merged type by type. */
export const resolvers: Resolvers = domains.reduce<Resolvers>((all, d) => {
  for (const [type, fields] of Object.entries(d)) {
    (all as Record<string, object>)[type] = { ...((all as Record<string, object>)[type] ?? {}), ...(fields as object) };
  }
  return all;
}, {});
