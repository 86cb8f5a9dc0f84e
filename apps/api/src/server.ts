import type { Server } from 'node:http';
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
import { typeDefs } from '@gongkai/schema/sdl';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from './context.ts';
import { createContext, REQUEST_TIME_LIMIT_MS } from './context.ts';
import type { Db } from './db/client.ts';
import type { Env } from './env.ts';
import { apiError } from './errors.ts';
import { graphiqlHtml, graphiqlBundle } from './graphiql.ts';
import { resolvers } from './graphql/resolvers/index.ts';

// The API as a factory: everything but listen(), so tests run the real server in-process.

export const LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 4000,
  maxCost: 50_000,
  bodyBytes: '28mb',
  timeLimitMs: REQUEST_TIME_LIMIT_MS,
  /** Seconds a read may be cached by browsers and proxies (GET) and by the server's response cache. */
  cacheSeconds: 30,
};

export interface AppOptions {
  db: Db;
  env: Env;
  timeLimitMs?: number;
}

/** Checks the time budget as fields resolve: long requests stop instead of holding the database. */
const deadlinePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async executionDidStart() {
        return {
          willResolveField({ contextValue }) {
            contextValue.checkDeadline();
          },
        };
      },
    };
  },
};

/** Mutations need the API token; checked before anything runs. */
const mutationTokenPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation' && !contextValue.canWrite) {
          throw apiError(contextValue.env.GONGKAI_API_TOKEN ? 'FORBIDDEN' : 'FORBIDDEN', 'mutations need the API token: Authorization: Bearer <GONGKAI_API_TOKEN>');
        }
      },
    };
  },
};

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
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    costLimit: { maxCost: LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: !development },
  }).protect();

  // Cached answers live apart from the persisted queries, so a write can clear them alone.
  const responses = new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024, sizeCalculation: (v) => v.length || 1 });
  const httpServer = createServer();
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers: resolvers as never,
    introspection: env.GONGKAI_INTROSPECTION ? env.GONGKAI_INTROSPECTION === 'true' : true,
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
        // Answers depend on the token only through whether reads are open: never share across tokens.
        sessionId: async ({ request }) => (env.GONGKAI_READ_TOKEN ? (request.http?.headers.get('authorization') ?? null) : null),
        shouldReadFromCache: async ({ request }) => !/^\s*mutation\b/.test(request.query ?? ''),
      }),
      deadlinePlugin,
      mutationTokenPlugin,
      freshAfterWrites(responses),
    ],
    formatError: (formatted: GraphQLFormattedError) => {
      const code = formatted.extensions?.code;
      // Stable codes always; internals never leave the server outside development.
      if (!development && (code === 'INTERNAL_SERVER_ERROR' || code === undefined)) {
        return { message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/graphiql', (_req, res) => {
    res.type('html').send(graphiqlHtml('/graphql'));
  });
  app.get('/graphiql/bundle.js', async (_req, res, next) => {
    try {
      res.type('application/javascript').set('Cache-Control', 'public, max-age=3600').send(await graphiqlBundle());
    } catch (error) {
      next(error);
    }
  });
  app.get('/graphiql/bundle.css', async (_req, res, next) => {
    try {
      res.type('text/css').set('Cache-Control', 'public, max-age=3600').send((await graphiqlBundle('css')) as string);
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
  app.use(
    '/graphql',
    express.json({ limit: LIMITS.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(db, env, req.headers.authorization, options.timeLimitMs ?? LIMITS.timeLimitMs),
    }),
  );
  app.use((error: Error & { type?: string; status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json({ errors: [{ message: `request body larger than ${LIMITS.bodyBytes}`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      return;
    }
    if (error.type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    res.status(error.status ?? 500).json({ errors: [{ message: development ? error.message : 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });
  httpServer.on('request', app);

  return {
    apollo,
    app,
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
