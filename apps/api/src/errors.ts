// The one error type of the API's domain: queries, services and resolvers throw it with a stable code
// and the cause they met; graphql/errors.ts alone turns it into what a client sees (and logs the cause).

export type ErrorCode =
  /** The request asks for something invalid: a bad cursor, an unknown measure, a name too long. */
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  /** The stored state forbids it: a name taken, a notebook saved elsewhere, the last administrator. */
  | 'CONFLICT'
  /** Nobody known is asking. */
  | 'UNAUTHENTICATED'
  /** Someone known is asking for more than they may. */
  | 'FORBIDDEN'
  /** The request's time budget ran out. */
  | 'TIMEOUT'
  /** The request is over one of the limits checked before it runs (depth, cost, list sizes). */
  | 'OVER_LIMIT'
  /** The server's fault: logged with its cause, never shown to the client outside development. */
  | 'INTERNAL';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
