import type { GraphQLResolveInfo } from 'graphql';

/** Answers about who is asking are never cached (Apollo's cache-control hint, set per field). */
export function uncached(info: GraphQLResolveInfo): void {
  (info as GraphQLResolveInfo & { cacheControl?: { setCacheHint(hint: { maxAge: number; scope: 'PRIVATE' }): void } }).cacheControl?.setCacheHint({
    maxAge: 0,
    scope: 'PRIVATE',
  });
}
