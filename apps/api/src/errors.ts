import { GraphQLError } from 'graphql';

// Errors at the edge carry a stable code (extensions.code) and keep their cause for the logs.
export type ErrorCode = 'GRAPHQL_VALIDATION_FAILED' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TIMEOUT' | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { GRAPHQL_VALIDATION_FAILED: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, TIMEOUT: 503 };

export function apiError(code: ErrorCode, message: string, cause?: unknown): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, { extensions: { code, ...(status ? { http: { status } } : {}) }, originalError: cause instanceof Error ? cause : undefined });
}

export const badInput = (message: string, cause?: unknown) => apiError('BAD_USER_INPUT', message, cause);
export const notFound = (what: string) => apiError('NOT_FOUND', `${what} not found`);

/** A request over one of the limits checked before execution: HTTP 400, the message names the limit. */
export const overLimit = (message: string) => apiError('GRAPHQL_VALIDATION_FAILED', message);
