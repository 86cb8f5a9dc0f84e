import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, createContext, OPERATOR } from '../context.ts';
import type { Db } from '../db/client.ts';
import { DomainError } from '../errors.ts';
import type { App } from '../server.ts';
import { createApp } from '../server.ts';
import { filledDatabase, testEnv } from '../test-support.ts';
import type { Logger } from './errors.ts';
import { clientCode, describeError, formatApiError } from './errors.ts';

// The one mapping from errors to what a client sees: stable codes, masked internals, causes logged.

function capture(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const put = (level: string) => (m: string) => void lines.push(`${level}: ${m}`);
  return { lines, debug: put('debug'), info: put('info'), warn: put('warn'), error: put('error') };
}

/** As graphql-js hands a resolver's error to formatError: wrapped, with a path. */
const wrappedError = (error: Error) => new GraphQLError(error.message, { originalError: error, path: ['reports'] });
const formattedOf = (error: GraphQLError) => ({ ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } });

describe('formatApiError', () => {
  it.each([
    ['BAD_USER_INPUT', 'BAD_USER_INPUT'],
    ['NOT_FOUND', 'NOT_FOUND'],
    ['CONFLICT', 'CONFLICT'],
    ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    ['FORBIDDEN', 'FORBIDDEN'],
    ['TIMEOUT', 'TIMEOUT'],
    ['OVER_LIMIT', 'GRAPHQL_VALIDATION_FAILED'],
  ] as const)('a %s domain error reaches the client as %s with its own message', (code, clientSees) => {
    const logger = capture();
    const error = wrappedError(new DomainError(code, 'what went wrong'));
    const out = formatApiError(formattedOf(error), error, { logger, development: false });
    expect(out).toMatchObject({ message: 'what went wrong', path: ['reports'], extensions: { code: clientSees } });
    expect(clientCode(error)).toBe(clientSees);
    expect(logger.lines.filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('a fault of the server is masked for the client and logged with its whole cause chain', () => {
    const logger = capture();
    const root = Object.assign(new Error('SQLITE_CORRUPT: database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    const error = wrappedError(new DomainError('INTERNAL', 'could not read the reports', { cause: root }));
    const out = formatApiError(formattedOf(error), error, { logger, development: false });
    expect(out).toEqual({ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/^error: internal error \(at reports\): DomainError: could not read the reports/);
    expect(logger.lines[0]).toMatch(/caused by: Error: SQLITE_CORRUPT: database disk image is malformed/);
    expect(logger.lines[0]).toMatch(/errors\.test\.ts:\d+/);
  });

  it('a plain exception is a fault too; development shows its message, never another code', () => {
    const logger = capture();
    const error = wrappedError(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(formatApiError(formattedOf(error), error, { logger, development: true })).toMatchObject({
      message: "Cannot read properties of undefined (reading 'id')",
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(formatApiError(formattedOf(error), error, { logger, development: false }).message).toBe('internal error');
    expect(logger.lines.filter((l) => l.includes('TypeError'))).toHaveLength(2);
  });

  it('a client error with a cause keeps the cause for the debug log only', () => {
    const logger = capture();
    const error = wrappedError(new DomainError('FORBIDDEN', 'this embed has expired', { cause: new Error('"exp" claim timestamp check failed') }));
    expect(formatApiError(formattedOf(error), error, { logger, development: false }).message).toBe('this embed has expired');
    expect(logger.lines).toEqual([expect.stringMatching(/^debug: FORBIDDEN \(at reports\): .*caused by: Error: "exp" claim/s)]);
  });

  it('errors graphql and Apollo made themselves pass unchanged', () => {
    const logger = capture();
    const formatted = { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(formatApiError(formatted, new GraphQLError(formatted.message), { logger, development: false })).toBe(formatted);
    expect(logger.lines).toEqual([]);
  });

  it('describes a cause chain without looping forever', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(describeError(b).split('caused by:').length).toBeLessThanOrEqual(8);
  });
});

describe('the server', () => {
  let db: Db;
  let app: App;
  const logger = capture();
  const env = testEnv();

  beforeAll(async () => {
    ({ db } = await filledDatabase(5));
    app = await createApp({ db, env, logger });
  }, 120_000);
  afterAll(async () => {
    await app.stop();
    db.$client.close();
  });

  async function run(query: string, principal = ANONYMOUS) {
    const res = await app.apollo.executeOperation({ query }, { contextValue: createContext(db, env, principal) });
    if (res.body.kind !== 'single') throw new Error('incremental result');
    return { status: res.http.status, ...(res.body.singleResult as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
  }

  it('answers a domain error with its code and HTTP status and logs nothing', async () => {
    logger.lines.length = 0;
    const r = await run('{ myTokens { id } }');
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(r.status).toBe(401);
    const bad = await run('{ reports(after: "nope") { totalCount } }');
    expect(bad.errors?.[0]).toMatchObject({ message: 'invalid cursor', extensions: { code: 'BAD_USER_INPUT' } });
    expect(logger.lines.filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('answers a broken store with "internal error" and logs the SQLite cause', async () => {
    logger.lines.length = 0;
    db.$client.exec('ALTER TABLE audit_log RENAME TO audit_log_away');
    try {
      const r = await run('{ auditLog { totalCount } }', OPERATOR);
      expect(r.errors?.[0]).toEqual(expect.objectContaining({ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }));
      expect(JSON.stringify(r)).not.toMatch(/audit_log|SQLITE|no such table/);
      expect(logger.lines.join('\n')).toMatch(/^error: internal error \(at auditLog\): SqliteError: no such table: audit_log/m);
    } finally {
      db.$client.exec('ALTER TABLE audit_log_away RENAME TO audit_log');
    }
  });
});
