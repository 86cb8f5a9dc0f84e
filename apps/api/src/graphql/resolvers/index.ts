import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../generated.ts';
import { checkArguments } from '../limits.ts';
import { accountResolvers } from './account.ts';
import { agencyResolvers } from './agency.ts';
import { analyticsResolvers } from './analytics.ts';
import { importResolvers } from './import.ts';
import { notebookResolvers } from './notebook.ts';
import { qualityResolvers } from './quality.ts';
import { regionResolvers } from './region.ts';
import { reportResolvers } from './report.ts';
import { statusResolvers } from './status.ts';

const domains: Resolvers[] = [
  statusResolvers,
  reportResolvers,
  agencyResolvers,
  regionResolvers,
  analyticsResolvers,
  qualityResolvers,
  importResolvers,
  notebookResolvers,
  accountResolvers,
];

type Resolver = (parent: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => unknown;

/** Every root field's arguments are checked against their bounds before its resolver runs. */
function bounded(field: string, resolve: Resolver): Resolver {
  return (parent, args, ctx, info) => {
    checkArguments(field, args);
    return resolve(parent, args, ctx, info);
  };
}

/** The domains' resolver maps merged type by type. */
export const resolvers: Resolvers = domains.reduce<Resolvers>((all, d) => {
  for (const [type, fields] of Object.entries(d)) {
    const wrapped =
      type === 'Query' || type === 'Mutation'
        ? Object.fromEntries(Object.entries(fields as Record<string, Resolver>).map(([name, r]) => [name, bounded(name, r)]))
        : fields;
    (all as Record<string, object>)[type] = { ...((all as Record<string, object>)[type] ?? {}), ...(wrapped as object) };
  }
  return all;
}, {});
