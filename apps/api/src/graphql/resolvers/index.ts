import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../generated.ts';
import { checkArguments } from '../limits.ts';
import { accountResolvers } from './account.ts';
import { agencyResolvers } from './agency.ts';
import { analyticsResolvers } from './analytics.ts';
import { importResolvers } from './import.ts';
import { insightsResolvers } from './insights.ts';
import { notebookResolvers } from './notebook.ts';
import { qualityResolvers } from './quality.ts';
import { rankingsResolvers } from './rankings.ts';
import { regionResolvers } from './region.ts';
import { reportResolvers } from './report.ts';
import { reviewResolvers } from './review.ts';
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
  reviewResolvers,
  rankingsResolvers,
  insightsResolvers,
];

type Resolver = (parent: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => unknown;

/** Every root field's arguments are checked against their bounds before its resolver runs. */
function bounded(field: string, resolve: Resolver): Resolver {
  return (parent, args, ctx, info) => {
    checkArguments(field, args);
    return resolve(parent, args, ctx, info);
  };
}

/**
 * No resolver throws synchronously: its error (a refusal, a bad argument) comes back as a rejected
 * promise. graphql-js 16 stops awaiting an object's other fields and a list's other items when a non-null
 * one throws synchronously, and their later rejections would go unhandled (which ends a Node process); a
 * rejected promise is awaited with the rest.
 */
function settled(resolve: Resolver): Resolver {
  return (parent, args, ctx, info) => {
    try {
      return resolve(parent, args, ctx, info);
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

/** The domains' resolver maps merged type by type. */
export const resolvers: Resolvers = domains.reduce<Resolvers>((all, d) => {
  for (const [type, fields] of Object.entries(d)) {
    const root = type === 'Query' || type === 'Mutation';
    const wrapped = Object.fromEntries(
      Object.entries(fields as Record<string, Resolver>).map(([name, r]) => [name, typeof r === 'function' ? settled(root ? bounded(name, r) : r) : r]),
    );
    (all as Record<string, object>)[type] = { ...((all as Record<string, object>)[type] ?? {}), ...(wrapped as object) };
  }
  return all;
}, {});
