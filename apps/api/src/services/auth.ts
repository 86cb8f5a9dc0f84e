import { randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { admin, username } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { defaultStatements } from 'better-auth/plugins/admin/access';
import type { Db } from '../db/client.ts';
import * as tables from '../db/tables.ts';
import type { Env } from '../env.ts';
import { recordAudit } from './audit.ts';

// Accounts and sessions: better-auth, mounted on the API's express app at /api/auth, on our SQLite file
// through its drizzle adapter. The dashboard proxies /api/auth to here, so the session cookie lives on
// the dashboard's origin; the API reads it back from the requests the dashboard forwards.

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleRank = (role: string | null | undefined): number => ROLES.indexOf(role as Role);
export const atLeast = (role: string | null | undefined, needed: Role): boolean => roleRank(role) >= roleRank(needed);
export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

// Admins manage users (no impersonation: an admin acts as themself); editors and viewers manage nothing.
const ac = createAccessControl(defaultStatements);
const roles = {
  viewer: ac.newRole({ user: [], session: [] }),
  editor: ac.newRole({ user: [], session: [] }),
  admin: ac.newRole({ user: ['create', 'list', 'set-role', 'ban', 'delete', 'set-password', 'get', 'update'], session: ['list', 'revoke', 'delete'] }),
};

/** The secret that signs session cookies and embeds: from the environment, else made once and kept in the database. */
export function authSecret(db: Db, env: Env): string {
  if (env.GONGKAI_AUTH_SECRET) return env.GONGKAI_AUTH_SECRET;
  const found = db.$client.prepare("SELECT value FROM meta WHERE key = 'auth_secret'").get() as { value: string } | undefined;
  if (found) return found.value;
  const secret = randomBytes(32).toString('base64url');
  db.$client.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('auth_secret', ?)").run(secret);
  return (db.$client.prepare("SELECT value FROM meta WHERE key = 'auth_secret'").get() as { value: string }).value;
}

/** Origins allowed to post to /api/auth: the dashboard's public URL, and its loopback twin for local use. */
export function trustedOrigins(env: Env): string[] {
  const web = new URL(env.GONGKAI_WEB_URL);
  const origins = new Set([web.origin]);
  if (web.hostname === 'localhost') origins.add(`${web.protocol}//127.0.0.1${web.port ? `:${web.port}` : ''}`);
  if (web.hostname === '127.0.0.1') origins.add(`${web.protocol}//localhost${web.port ? `:${web.port}` : ''}`);
  return [...origins];
}

const AUDITED = /^\/(?:sign-in\/|sign-out$|change-password$|update-user$|revoke-session|admin\/(?!list-users|get-user|has-permission))/;

export function createAuth(db: Db, env: Env) {
  const secure = env.GONGKAI_WEB_URL.startsWith('https:');
  return betterAuth({
    appName: 'Gongkai',
    baseURL: env.GONGKAI_WEB_URL,
    basePath: '/api/auth',
    secret: authSecret(db, env),
    trustedOrigins: trustedOrigins(env),
    database: drizzleAdapter(db, {
      provider: 'sqlite',
      schema: { user: tables.user, session: tables.session, account: tables.account, verification: tables.verification },
    }),
    // No internet here, and nothing of our users leaves the server.
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      // Accounts are made by admins (the settings page, `gongkai user add`), never by strangers.
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      storage: 'memory',
      customRules: {
        '/sign-in/*': { window: 60, max: env.GONGKAI_SIGN_IN_LIMIT },
        '/change-password': { window: 60, max: env.GONGKAI_SIGN_IN_LIMIT },
      },
    },
    advanced: {
      cookiePrefix: 'gongkai',
      // HttpOnly and SameSite=Lax always; Secure when the dashboard is served over HTTPS.
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure },
      // The express app sets x-forwarded-for to the client's address (trusting only a loopback proxy).
      ipAddress: { ipAddressHeaders: ['x-forwarded-for'] },
    },
    plugins: [username({ minUsernameLength: 2, maxUsernameLength: 40 }), admin({ ac, roles, defaultRole: 'viewer', adminRoles: ['admin'] })],
    hooks: {
      after: createAuthMiddleware(async (ctx) => {
        // Calls made by our own code (auth.api.*) are audited where they are made.
        if (!ctx.request || !AUDITED.test(ctx.path)) return;
        const returned = ctx.context.returned;
        const failed = returned instanceof APIError;
        const who = ctx.context.newSession?.user ?? ctx.context.session?.user;
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        const named = typeof body.username === 'string' ? body.username : typeof body.email === 'string' ? body.email : null;
        recordAudit(db, {
          userId: who?.id ?? null,
          actor: (who as { username?: string } | undefined)?.username ?? who?.name ?? named ?? 'anonymous',
          role: ((who as { role?: string } | undefined)?.role as string) ?? null,
          via: who ? 'session' : 'anonymous',
          action: `auth${ctx.path}`,
          target: typeof body.userId === 'string' ? body.userId : named,
          detail: typeof body.role === 'string' ? { role: body.role } : null,
          ok: !failed,
          error: failed ? (returned as APIError).message : null,
          ip: ctx.request?.headers.get('x-forwarded-for') ?? ctx.headers?.get('x-forwarded-for') ?? null,
        });
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The secret for a request's context (the embed key is derived from it). */
export function authSecretOf(ctx: { db: Db; env: Env }): string {
  return authSecret(ctx.db, ctx.env);
}
