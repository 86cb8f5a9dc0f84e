import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../errors.ts';
import { DomainError } from '../errors.ts';

// The one place a DomainError becomes what a GraphQL client sees: its stable code, the HTTP status of
// the answer, a masked message for the server's own faults, and a log line with the cause chain.

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const EDGE: Record<ErrorCode, { code: string; status?: number }> = {
  BAD_USER_INPUT: { code: 'BAD_USER_INPUT' },
  NOT_FOUND: { code: 'NOT_FOUND' },
  CONFLICT: { code: 'CONFLICT' },
  UNAUTHENTICATED: { code: 'UNAUTHENTICATED', status: 401 },
  FORBIDDEN: { code: 'FORBIDDEN', status: 403 },
  TIMEOUT: { code: 'TIMEOUT', status: 503 },
  OVER_LIMIT: { code: 'GRAPHQL_VALIDATION_FAILED', status: 400 },
  INTERNAL: { code: 'INTERNAL_SERVER_ERROR' },
};

// Read by shape, not instanceof: Apollo may wrap errors with graphql's other build (CJS).
const wrapped = (e: unknown): e is { originalError: unknown; extensions?: Record<string, unknown> } =>
  typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'GraphQLError' && 'originalError' in e;

/** What was thrown, under graphql-js's and Apollo's wrappers. */
function original(error: unknown): unknown {
  let e = error;
  for (let i = 0; i < 5 && wrapped(e) && e.originalError; i++) e = e.originalError;
  return e;
}

/** The DomainError under graphql-js's and Apollo's wrappers, if that is what was thrown. */
export const domainOf = (error: unknown): DomainError | null => {
  const e = original(error);
  return e instanceof DomainError ? e : null;
};

/** The code a client gets for an error (for the audit log, which sees errors before they are formatted). */
export function clientCode(error: unknown): string {
  const domain = domainOf(error);
  if (domain) return EDGE[domain.code].code;
  const code = wrapped(error) ? error.extensions?.code : undefined;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * For errors thrown where Apollo offers no plugin hook (the context factory): a GraphQLError that
 * carries its code and HTTP status itself.
 */
export function toGraphQLError(error: unknown): GraphQLError {
  const domain = domainOf(error);
  if (!domain)
    return error instanceof GraphQLError
      ? error
      : new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error instanceof Error ? error : undefined });
  const edge = EDGE[domain.code];
  return new GraphQLError(domain.message, {
    originalError: domain,
    extensions: { code: edge.code, ...(edge.status ? { http: { status: edge.status } } : {}) },
  });
}

/** The HTTP status of an answer with these errors: the first domain error's, if it has one. */
export function errorStatusPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          for (const error of errors) {
            const domain = domainOf(error);
            const status = domain ? EDGE[domain.code].status : undefined;
            if (status) {
              response.http.status = status;
              return;
            }
          }
        },
      };
    },
  };
}

/** The error and its causes, one per line, with stacks: what an operator needs to find the fault. */
export function describeError(error: unknown): string {
  const lines: string[] = [];
  let e: unknown = original(error);
  for (let depth = 0; e !== undefined && e !== null && depth < 8; depth++) {
    const text = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
    lines.push(depth === 0 ? text : `caused by: ${text}`);
    e = e instanceof Error ? original(e.cause) : undefined;
  }
  return lines.join('\n');
}

/**
 * formatError: domain errors keep their message under their stable code; the server's own faults are
 * logged with their causes and reach the client as "internal error" (their message in development);
 * errors Apollo and graphql-js made themselves (parse, validation, variables) pass as they are.
 */
export function formatApiError(formatted: GraphQLFormattedError, error: unknown, options: { logger: Logger; development: boolean }): GraphQLFormattedError {
  const domain = domainOf(error);
  const where = formatted.path ? ` (at ${formatted.path.join('.')})` : '';
  if (domain && domain.code !== 'INTERNAL') {
    if (domain.cause !== undefined) options.logger.debug(`${domain.code}${where}: ${describeError(domain)}`);
    return { ...formatted, message: domain.message, extensions: { ...formatted.extensions, code: EDGE[domain.code].code } };
  }
  const code = formatted.extensions?.code;
  if (!domain && code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  options.logger.error(`internal error${where}: ${describeError(error)}`);
  if (options.development)
    return { ...formatted, message: domain?.message ?? formatted.message, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
  return { message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Warnings and errors to stderr, one entry at a time; debug lines only when asked for (development). */
export function stderrLogger(options: { debug: boolean }): Logger {
  const write = (level: string) => (message: string) => void process.stderr.write(`gongkai ${level}: ${message}\n`);
  return { debug: options.debug ? write('debug') : () => undefined, info: write('info'), warn: write('warn'), error: write('error') };
}
