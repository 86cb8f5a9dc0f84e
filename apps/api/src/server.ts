import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { expressMiddleware } from '@as-integrations/express5';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { typeDefs } from '@gongkai/schema/graphql';
import { fromNodeHeaders, toNodeHandler } from 'better-auth/node';
import express from 'express';
import type { FieldNode, GraphQLFormattedError, GraphQLObjectType, OperationDefinitionNode } from 'graphql';
import { defaultFieldResolver, Kind } from 'graphql';
import type { Context, Principal } from './context.ts';
import { ANONYMOUS, createContext, OPERATOR, REQUEST_TIME_LIMIT_MS, requireRole } from './context.ts';
import type { Db } from './db/client.ts';
import type { Env } from './env.ts';
import { DomainError } from './errors.ts';
import { graphiqlHtml, graphiqlBundle } from './graphiql.ts';
import type { Logger } from './graphql/errors.ts';
import { clientCode, describeError, errorStatusPlugin, formatApiError, stderrLogger, toGraphQLError } from './graphql/errors.ts';
import { argumentValues, estimate, LIMITS as REQUEST_LIMITS } from './graphql/limits.ts';
import { resolvers } from './graphql/resolvers/index.ts';
import type { Auth, Role } from './services/auth.ts';
import { authSecret, createAuth, isRole } from './services/auth.ts';
import { recordAudit } from './services/audit.ts';
import { verifyEmbed } from './services/embeds.ts';
import { pathInto, variablePlaces } from '@gongkai/schema/notebook-variables';
import { getNotebook } from './services/notebooks.ts';
import { resolveToken } from './services/tokens.ts';

// The API as a factory: everything but listen(), so tests run the real server in-process.

export const LIMITS = {
  ...REQUEST_LIMITS,
  maxAliases: 20,
  maxTokens: 4000,
  bodyBytes: '28mb',
  /** Bodies over this are only an editor's import (checked from the headers, before the body is read). */
  smallBodyBytes: 1024 * 1024,
  timeLimitMs: REQUEST_TIME_LIMIT_MS,
  /** Imports parse a file of up to 20 MB: they get longer before they are stopped. */
  importTimeLimitMs: 120_000,
  /** Seconds a read may be cached by browsers and proxies (GET) and by the server's response cache. */
  cacheSeconds: 30,
};

export interface AppOptions {
  db: Db;
  env: Env;
  timeLimitMs?: number;
  /** Where the server's own faults are logged with their causes (stderr by default). */
  logger?: Logger;
}

/**
 * Stops a request at its deadline without a synchronous throw (see settled() in graphql/resolvers): every
 * field, default resolvers included, checks the deadline as it starts, and past it answers a promise that
 * never settles. Nothing below it runs, nothing rejects unawaited; the request itself is answered TIMEOUT
 * by its timer (timeoutResponder), and the abandoned execution is garbage.
 *
 * A list is handed to graphql-js item by item and checks the deadline as it goes: graphql-js completes a
 * list's items in one synchronous loop, and a list fetched just before the deadline (a page of reports'
 * cells: tens of thousands of fields) would otherwise be completed in full, field by field, long after it.
 * Past the deadline the list's next item is a promise that never settles, so the list never completes.
 */
const NEVER = () => new Promise<never>(() => undefined);
const LIST_CHECK_EVERY = 16;
function* untilDeadline(items: readonly unknown[], ctx: Context): Generator<unknown> {
  for (let i = 0; i < items.length; i++) {
    if (i % LIST_CHECK_EVERY === LIST_CHECK_EVERY - 1 && ctx.pastDeadline()) {
      yield NEVER();
      return;
    }
    yield items[i];
  }
}
const deadlinePlugin: ApolloServerPlugin<Context> = {
  async serverWillStart({ schema }) {
    for (const type of Object.values(schema.getTypeMap())) {
      // Object types only (they have isTypeOf); read by shape, as Apollo's graphql may be the other build.
      if (type.name.startsWith('__') || !('isTypeOf' in type)) continue;
      for (const field of Object.values((type as GraphQLObjectType).getFields())) {
        const resolve = field.resolve ?? defaultFieldResolver;
        const list = String(field.type).startsWith('[');
        const paced = (value: unknown, ctx: Context) => (Array.isArray(value) && value.length >= LIST_CHECK_EVERY ? untilDeadline(value, ctx) : value);
        field.resolve = (parent, args, ctx: Context, info) => {
          if (ctx.pastDeadline()) return NEVER();
          const result = resolve(parent, args, ctx, info);
          if (!list) return result;
          return result instanceof Promise ? result.then((value) => paced(value, ctx)) : paced(result, ctx);
        };
      }
    }
  },
};

/** Root fields of the operation that will run, with their names (aliases resolved) and argument values. */
function rootFields(operation: OperationDefinitionNode, fragments: Record<string, { selectionSet: OperationDefinitionNode['selectionSet'] }>): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: OperationDefinitionNode['selectionSet'], seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet, seen);
      else if (!seen.has(sel.name.value) && fragments[sel.name.value]) visit(fragments[sel.name.value]!.selectionSet, new Set(seen).add(sel.name.value));
    }
  };
  visit(operation.selectionSet, new Set());
  return out;
}

/** Who may run which mutation; everything not listed needs an editor. */
const MUTATION_ROLES: Record<string, Role> = {
  createApiToken: 'viewer',
  revokeApiToken: 'viewer',
  changePassword: 'viewer',
  createUser: 'admin',
  setUserRole: 'admin',
  setUserDisabled: 'admin',
  resetUserPassword: 'admin',
};
/** What anyone may ask of a private server: who am I, and an embed's grant. */
const ALWAYS_READABLE = new Set(['access', 'embed', '__typename']);
/** What an embed may read besides its own notebook's queries. */
const EMBED_READABLE = new Set(['access', 'embed', 'status', 'notebook', '__typename']);

/**
 * The queries a signed embed runs: its chart's query (with the variables its locked parameters must
 * hold) and the option queries of the parameters it reads (which take no parameters).
 */
function embedSources(db: Db, principal: Principal): Map<string, string> {
  const claims = principal.embed;
  const notebook = claims ? getNotebook(db, claims.notebookId) : null;
  if (!claims || !notebook) return new Map();
  const cells = notebook.document.cells;
  const chart = cells.find((c) => c.id === claims.cellId && c.kind === 'chart') as { queryCell: string } | undefined;
  const query = chart ? (cells.find((c) => c.id === chart.queryCell && c.kind === 'query') as { source: string; variables?: string } | undefined) : undefined;
  const sources = new Map<string, string>();
  for (const c of cells) if (c.kind === 'parameter' && c.options?.source) sources.set(c.options.source, '{}');
  if (query) sources.set(query.source, query.variables ?? '{}');
  return sources;
}

/** Why an embed's request may not run with these variables: a locked parameter changed; null when it may. */
export function lockedVariableProblem(template: string, locked: Record<string, unknown>, variables: Record<string, unknown> | undefined): string | null {
  const places = variablePlaces(template, locked);
  if (places === null) return 'the chart’s variables are not valid';
  for (const { path, value } of places) {
    const sent = pathInto(variables ?? {}, path.join('.'));
    if (JSON.stringify(sent ?? null) !== JSON.stringify(value ?? null))
      return `this embed’s parameters are locked: ${path.join('.')} must be ${JSON.stringify(value)}`;
  }
  return null;
}

/**
 * Who may do what, checked before anything runs: reads are open (GONGKAI_PUBLIC=1) or need a user or
 * token; an embed reads only its notebook's queries; every mutation needs its role. Also sets the
 * request's deadline (longer for imports) and its cost and depth bounds.
 */
function accessPlugin(db: Db, env: Env): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue: ctx, schema }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [(d as { name: { value: string } }).name.value, d as never]),
          );
          const fields = rootFields(operation, fragments);
          const names = fields.map((f) => f.name.value);
          const p = ctx.principal;
          if (operation.operation === 'mutation') {
            for (const name of names) requireRole(ctx, MUTATION_ROLES[name] ?? 'editor');
          } else if (env.GONGKAI_PUBLIC !== '1' && !p.role) {
            const template = p.via === 'embed' ? embedSources(db, p).get(request.query ?? '') : undefined;
            const allowed =
              names.every((n) => ALWAYS_READABLE.has(n)) || (p.via === 'embed' && (names.every((n) => EMBED_READABLE.has(n)) || template !== undefined));
            // The signed values are the embed's, not the reader's: checked here, not only by the embed page.
            const locked =
              template !== undefined && !names.every((n) => EMBED_READABLE.has(n)) ? lockedVariableProblem(template, p.embed!.locked, request.variables) : null;
            if (locked) throw new DomainError('FORBIDDEN', locked);
            if (!allowed) {
              if (p.via === 'embed') throw new DomainError('FORBIDDEN', 'an embed reads only its own chart');
              throw new DomainError('UNAUTHENTICATED', 'this server is not public: sign in, or send a token (Authorization: Bearer <token>)');
            }
          }
          const raw = rawVariablesProblem(request.variables);
          if (raw) throw new DomainError('OVER_LIMIT', raw);
          const e = estimate(schema, document, operation, request.variables);
          if (e.depth > LIMITS.maxDepth) throw new DomainError('OVER_LIMIT', `query depth ${e.depth} is over the limit of ${LIMITS.maxDepth}`);
          if (e.introspectionDepth > LIMITS.maxIntrospectionDepth)
            throw new DomainError('OVER_LIMIT', `introspection depth ${e.introspectionDepth} is over the limit of ${LIMITS.maxIntrospectionDepth}`);
          if (e.cost > LIMITS.maxCost)
            throw new DomainError(
              'OVER_LIMIT',
              `query cost ${e.cost} is over the limit of ${LIMITS.maxCost} (each field counts once per row its parents may return: ask for fewer rows or fields)`,
            );
          ctx.arm(names.includes('importReport') ? LIMITS.importTimeLimitMs : ctx.timeLimitMs);
        },
      };
    },
  };
}

/** Every mutation is written to the audit log: who, which field with which arguments, from where, and how it ended. */
function auditPlugin(db: Db): ApolloServerPlugin<Context> {
  const SECRET_ARGS = new Set(['content', 'file', 'currentPassword', 'newPassword', 'document']);
  const redact = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.slice(0, 20).map(redact);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, SECRET_ARGS.has(k) ? (typeof v === 'string' ? `(${v.length} characters)` : '(omitted)') : redact(v)]),
      );
    return typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…` : value;
  };
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, document, request, response, contextValue: ctx, schema, errors }) {
          if (operation?.operation !== 'mutation' || !document) return;
          const root = schema.getMutationType();
          const fragments = Object.fromEntries(
            document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [(d as { name: { value: string } }).name.value, d as never]),
          );
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const data = (body?.data ?? {}) as Record<string, unknown>;
          for (const field of rootFields(operation, fragments)) {
            const def = root?.getFields()[field.name.value];
            const args = def ? argumentValues(def, field, request.variables) : {};
            const key = field.alias?.value ?? field.name.value;
            const failure = (errors ?? []).find((e) => !e.path || e.path[0] === key);
            const result = data[key] as Record<string, unknown> | undefined;
            const p = ctx.principal;
            recordAudit(db, {
              userId: p.userId,
              actor: p.name,
              role: p.role,
              via: p.via,
              action: field.name.value,
              target:
                String(
                  args.id ??
                    args.notebookId ??
                    args.fileName ??
                    args.username ??
                    args.name ??
                    (result && typeof result === 'object' && 'id' in result ? result.id : '') ??
                    '',
                ) || null,
              detail: redact(args) as Record<string, unknown>,
              ok: !failure && data[key] !== undefined && data[key] !== null,
              error: failure ? `${clientCode(failure)}: ${failure.message}` : null,
              ip: ctx.ip,
            });
          }
        },
      };
    },
  };
}

/** Before graphql coerces the variables (work proportional to their size): no list over 200 items, no nesting over 20 deep. */
function rawVariablesProblem(variables: Record<string, unknown> | undefined): string | null {
  let problem: string | null = null;
  const walk = (v: unknown, path: string, depth: number): void => {
    if (problem) return;
    if (depth > 20) problem = `variables nest deeper than 20 (at $${path})`;
    else if (Array.isArray(v)) {
      if (v.length > 200) problem = `$${path} has ${v.length} items; no list may have more than 200`;
      else v.forEach((x, i) => walk(x, `${path}[${i}]`, depth + 1));
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`, depth + 1);
  };
  for (const [k, v] of Object.entries(variables ?? {})) walk(v, k, 0);
  return problem;
}

/** 413 without parsing: the body is read and dropped (so the client gets the answer), or cut off past 64 MB. */
function refuseBody(req: IncomingMessage, res: express.Response, message: string): void {
  const send = () => {
    if (!res.headersSent) res.status(413).json({ errors: [{ message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  };
  if (Number(req.headers['content-length'] ?? 0) > 64 * 1024 * 1024) {
    res.set('Connection', 'close');
    send();
    req.destroy();
    return;
  }
  req.on('end', send);
  req.on('error', () => undefined);
  req.resume();
}

const cacheable = (headers: { get(name: string): string | undefined | null } | undefined) => Number(headers?.get('content-length') ?? 0) <= 64 * 1024;

const safeEqual = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Who sent the request: the operator's token, a personal token, a session cookie, an embed token, or nobody. */
async function whoIs(db: Db, env: Env, auth: Auth, secret: string, req: IncomingMessage): Promise<Principal> {
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const token = authorization.replace(/^Bearer\s+/i, '').trim();
    if (env.GONGKAI_API_TOKEN && safeEqual(token, env.GONGKAI_API_TOKEN)) return OPERATOR;
    const owner = token ? resolveToken(db, token) : null;
    if (!owner) throw new DomainError('UNAUTHENTICATED', 'unknown, revoked or expired token (Authorization: Bearer <token>)');
    return { userId: owner.userId, name: owner.username, role: owner.role, via: 'token' };
  }
  if (req.headers.cookie?.includes('gongkai.session_token')) {
    const found = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
    const u = found?.user as
      { id: string; name: string; username?: string | null; displayUsername?: string | null; role?: string | null; banned?: boolean | null } | undefined;
    if (u && !u.banned) return { userId: u.id, name: u.displayUsername ?? u.username ?? u.name, role: isRole(u.role) ? u.role : 'viewer', via: 'session' };
  }
  const embed = req.headers['x-gongkai-embed'];
  if (typeof embed === 'string' && embed) {
    const claims = await verifyEmbed(secret, embed);
    return { userId: null, name: `embed:${claims.notebookId}/${claims.cellId}`, role: null, via: 'embed', embed: claims };
  }
  return ANONYMOUS;
}

/** Answers a request that passed its deadline at once (503 TIMEOUT), and ignores whatever comes later. */
function timeoutResponder(res: ServerResponse & { status?: unknown; send?: unknown; json?: unknown }, limitMs: () => number) {
  return () => {
    if (res.headersSent || res.writableEnded) return;
    res.statusCode = 503;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ errors: [{ message: `request took longer than ${limitMs()} ms and was stopped`, extensions: { code: 'TIMEOUT' } }] }));
    // The executor's late answer goes nowhere.
    const noop = function (this: unknown) {
      return this;
    };
    for (const m of ['status', 'send', 'json', 'setHeader', 'writeHead', 'write', 'end', 'set']) (res as unknown as Record<string, unknown>)[m] = noop;
  };
}

/** A successful mutation (an import, a saved notebook) clears the cached answers: no stale figures. */
function freshAfterWrites(responses: InMemoryLRUCache<string>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, errors }) {
          if (operation?.operation === 'mutation' && !errors?.length) responses.clear();
        },
      };
    },
  };
}

export async function createApp(options: AppOptions) {
  const { db, env } = options;
  const development = env.NODE_ENV === 'development';
  const logger = options.logger ?? stderrLogger({ debug: development });
  // graphql-armor for aliases, directives and suggestions; depth and cost are ours (they count
  // introspection and `first:`), and the token limit is graphql-js's own parse option (a 400, not a 500).
  const armor = new ApolloArmor({
    maxDepth: { enabled: false },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: !development },
  }).protect();
  const auth = createAuth(db, env);
  const secret = authSecret(db, env);
  const timeLimitMs = options.timeLimitMs ?? env.GONGKAI_TIME_LIMIT_MS;

  // Cached answers live apart from the persisted queries, so a write can clear them alone.
  const responses = new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024, sizeCalculation: (v) => v.length || 1 });
  const httpServer = createServer();
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers: resolvers as never,
    logger,
    introspection: env.GONGKAI_INTROSPECTION ? env.GONGKAI_INTROSPECTION === 'true' : true,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: development,
    validationRules: armor.validationRules,
    // Automatic persisted queries are on by default (in-memory LRU cache).
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the objects are the same at run time.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControl({ defaultMaxAge: LIMITS.cacheSeconds, calculateHttpHeaders: true }),
      responseCachePlugin({
        cache: responses,
        // Shared answers are the same for everyone who may read them; private ones (who am I) stay per user.
        sessionId: async ({ contextValue }) =>
          contextValue.principal.via === 'anonymous' ? null : `${contextValue.principal.via}:${contextValue.principal.userId ?? contextValue.principal.name}`,
        // Large requests are never cached: hashing megabytes of variables would hold the event loop.
        shouldReadFromCache: async ({ request }) => cacheable(request.http?.headers) && !/^\s*mutation\b/.test(request.query ?? ''),
        shouldWriteToCache: async ({ request }) => cacheable(request.http?.headers),
      }),
      accessPlugin(db, env),
      auditPlugin(db),
      freshAfterWrites(responses),
      errorStatusPlugin(),
      deadlinePlugin,
    ],
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      // graphql-js words its token limit for itself; the client gets ours, naming the limit.
      if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /more th(?:an|at) \d+ tokens/.test(formatted.message)) {
        return { message: `query has more than ${LIMITS.maxTokens} tokens (the limit)`, extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: LIMITS.maxTokens } };
      }
      return formatApiError(formatted, error, { logger, development });
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Behind a proxy on this machine (the dashboard, nginx), the client is the address it forwarded.
  app.set('trust proxy', 'loopback');
  app.use((req, res, next) => {
    req.headers['x-forwarded-for'] = req.ip ?? '';
    res.set('X-Content-Type-Options', 'nosniff');
    res.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    if (!req.path.startsWith('/graphiql')) res.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    next();
  });
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  // User management goes through the GraphQL mutations (their guards: the last admin stays an admin, roles
  // are ours, every change audited); better-auth's own admin endpoints would go around them.
  app.all('/api/auth/admin/*splat', (_req, res) => {
    res.status(404).json({ errors: [{ message: 'manage users through the GraphQL API (createUser, setUserRole, …)', extensions: { code: 'NOT_FOUND' } }] });
  });
  // Accounts: sign-in, sign-out, sessions, password change (better-auth). Before any body parser.
  app.all('/api/auth/*splat', toNodeHandler(auth));
  app.get('/graphiql', (_req, res) => {
    res.type('html').send(graphiqlHtml('/graphql'));
  });
  app.get('/graphiql/bundle.js', async (_req, res, next) => {
    try {
      res
        .type('application/javascript')
        .set('Cache-Control', 'public, max-age=3600')
        .send(await graphiqlBundle());
    } catch (error) {
      next(error);
    }
  });
  app.get('/graphiql/bundle.css', async (_req, res, next) => {
    try {
      res
        .type('text/css')
        .set('Cache-Control', 'public, max-age=3600')
        .send((await graphiqlBundle('css')) as string);
    } catch (error) {
      next(error);
    }
  });
  app.use('/graphql', (req, res, next) => {
    // Browsers asking for a page get the explorer; clients asking for data get GraphQL.
    if (req.method === 'GET' && !req.query.query && !req.query.extensions && req.accepts(['html', 'json']) === 'html') {
      res.redirect(302, '/graphiql');
      return;
    }
    res.set('Access-Control-Allow-Origin', '*');
    res.set('Access-Control-Allow-Headers', 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name');
    res.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    if (req.method === 'OPTIONS') {
      res.sendStatus(204);
      return;
    }
    next();
  });
  app.use('/graphql', (req, res, next) => {
    // Oversized query text is refused before parsing, naming the limit.
    const text = typeof req.query.query === 'string' ? req.query.query : '';
    if (text.length > LIMITS.queryChars) {
      res
        .status(413)
        .json({ errors: [{ message: `query text longer than ${LIMITS.queryChars} characters (the limit)`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      return;
    }
    next();
  });
  const smallJson = express.json({ limit: LIMITS.smallBodyBytes });
  const largeJson = express.json({ limit: LIMITS.bodyBytes });
  app.use('/graphql', (req, res, next) => {
    // Parsing megabytes of JSON holds the event loop: only a signed-in editor (an import) may send them.
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared <= LIMITS.smallBodyBytes) return smallJson(req, res, next);
    whoIs(db, env, auth, secret, req).then(
      (p) => {
        if (p.role === 'editor' || p.role === 'admin') return largeJson(req, res, next);
        refuseBody(
          req,
          res,
          `request body of ${declared} bytes is over the limit of ${LIMITS.smallBodyBytes} bytes (only an editor's import may send up to ${LIMITS.bodyBytes})`,
        );
      },
      () => refuseBody(req, res, `request body of ${declared} bytes is over the limit of ${LIMITS.smallBodyBytes} bytes`),
    );
  });
  app.use('/graphql', (req, res, next) => {
    const text = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof text === 'string' && text.length > LIMITS.queryChars) {
      res
        .status(413)
        .json({ errors: [{ message: `query text longer than ${LIMITS.queryChars} characters (the limit)`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        // Apollo has no hook between a failed context and its answer: the error carries its status itself.
        const principal = await whoIs(db, env, auth, secret, req).catch((error: unknown) => {
          throw toGraphQLError(error);
        });
        let armed = timeLimitMs;
        const controller = new AbortController();
        const respond = timeoutResponder(res, () => armed);
        let timer: NodeJS.Timeout | undefined;
        res.once('close', () => clearTimeout(timer));
        const ctx = createContext(db, env, principal, {
          auth,
          timeLimitMs,
          ip: req.ip ?? null,
          headers: fromNodeHeaders(req.headers),
          signal: controller.signal,
        });
        const armDeadline = ctx.arm;
        ctx.arm = (ms: number) => {
          armed = ms;
          armDeadline(ms);
          clearTimeout(timer);
          timer = setTimeout(() => {
            controller.abort();
            respond();
          }, ms);
          timer.unref();
        };
        ctx.arm(timeLimitMs);
        return ctx;
      },
    }),
  );
  app.use((error: Error & { type?: string; status?: number }, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: `request body larger than ${(error as { limit?: number }).limit === LIMITS.smallBodyBytes ? `${LIMITS.smallBodyBytes} bytes (only an editor's import may send up to ${LIMITS.bodyBytes})` : LIMITS.bodyBytes}`,
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      });
      return;
    }
    if (error.type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    if ((error.status ?? 500) >= 500) logger.error(`internal error at ${req.method} ${req.path}: ${describeError(error)}`);
    res
      .status(error.status ?? 500)
      .json({ errors: [{ message: development ? error.message : 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });
  httpServer.on('request', app);

  return {
    apollo,
    app,
    auth,
    httpServer,
    async listen(port: number, host = '127.0.0.1'): Promise<string> {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const address = httpServer.address() as AddressInfo;
      return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
    },
    async stop(): Promise<void> {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

export type App = Awaited<ReturnType<typeof createApp>>;
export type { Server };
