import type { Resolvers } from '../generated.ts';
import { uncached } from './cache.ts';
import { requireRole } from '../../context.ts';
import type { Context } from '../../context.ts';
import { apiError, badInput, notFound } from '../../errors.ts';
import { listAudit } from '../../queries/audit.ts';
import type { Role } from '../../services/auth.ts';
import { atLeast } from '../../services/auth.ts';
import { createToken, listTokens, revokeToken } from '../../services/tokens.ts';
import { createUser, findUser, listUsers, resetPassword, setDisabled, setRole, UserError } from '../../services/users.ts';

const lower = (r: string) => r.toLowerCase() as Role;
const upper = (r: string) => r.toUpperCase() as 'VIEWER';

function guarded<T>(work: () => T): T {
  try {
    const out = work();
    if (out instanceof Promise) return out.catch(mapError) as T;
    return out;
  } catch (error) {
    return mapError(error);
  }
}

function mapError(error: unknown): never {
  if (error instanceof UserError) {
    if (error.code === 'NOT_FOUND' || error.code === 'CONFLICT') throw apiError(error.code, error.message, error);
    throw badInput(error.message, error);
  }
  throw error;
}

function auth(ctx: Context) {
  if (!ctx.auth) throw apiError('INTERNAL_SERVER_ERROR', 'accounts are not set up on this server');
  return ctx.auth;
}

/** The signed-in user behind the request (a session or a personal token), not the operator's token. */
function person(ctx: Context) {
  const p = requireRole(ctx, 'viewer');
  if (!p.userId) throw apiError('FORBIDDEN', 'the operator token has no account: sign in as a user');
  return { id: p.userId, role: p.role };
}

export const accountResolvers: Resolvers = {
  Query: {
    access: (_, __, ctx, info) => {
      uncached(info);
      const p = ctx.principal;
      const open = ctx.env.GONGKAI_PUBLIC === '1';
      return {
        user: p.userId ? findUser(ctx.db, p.userId) : null,
        via: p.via.toUpperCase(),
        role: p.role ? upper(p.role) : null,
        publicReads: open,
        embeds: ctx.env.GONGKAI_EMBED === 'signed' ? 'SIGNED' : 'PUBLIC',
        canRead: open || Boolean(p.role),
        canWrite: atLeast(p.role, 'editor'),
        isAdmin: atLeast(p.role, 'admin'),
      };
    },
    myTokens: (_, __, ctx, info) => {
      uncached(info);
      return listTokens(ctx.db, person(ctx).id);
    },
    users: (_, __, ctx, info) => {
      uncached(info);
      requireRole(ctx, 'admin');
      return listUsers(ctx.db);
    },
    auditLog: (_, { first, after, actor, action }, ctx, info) => {
      uncached(info);
      requireRole(ctx, 'admin');
      const cursor = after == null ? null : /^\d{1,15}$/.test(after) ? Number(after) : null;
      if (after != null && cursor === null) throw badInput('invalid cursor');
      const page = listAudit(ctx.db, { first: Math.max(0, Math.min(first ?? 50, 200)), after: cursor, actor, action });
      return { totalCount: page.totalCount, entries: page.rows, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1) ? String(page.rows.at(-1)!.id) : null } };
    },
  },
  Mutation: {
    createApiToken: (_, { name, role, expiresInDays }, ctx) =>
      guarded(() => {
        const owner = person(ctx);
        const made = createToken(ctx.db, owner, { name, role: lower(role), expiresInDays });
        return { token: made.token, apiToken: made.row };
      }),
    revokeApiToken: (_, { id }, ctx) => {
      const owner = person(ctx);
      if (!revokeToken(ctx.db, id, owner)) throw notFound(`token ${id}`);
      return true;
    },
    changePassword: async (_, { currentPassword, newPassword }, ctx) => {
      const p = requireRole(ctx, 'viewer');
      if (p.via !== 'session') throw apiError('FORBIDDEN', 'sign in to change your password (a token cannot)');
      if (newPassword.length < 10 || newPassword.length > 128) throw badInput('a password is 10–128 characters');
      try {
        await auth(ctx).api.changePassword({ body: { currentPassword, newPassword, revokeOtherSessions: true }, headers: ctx.headers });
      } catch (error) {
        throw badInput((error as Error).message === 'Invalid password' ? 'the current password is wrong' : (error as Error).message, error);
      }
      return true;
    },
    createUser: (_, { username, role, email, name }, ctx) =>
      guarded(async () => {
        requireRole(ctx, 'admin');
        return createUser(auth(ctx), ctx.db, { username, role: lower(role), email, name });
      }),
    setUserRole: (_, { id, role }, ctx) =>
      guarded(() => {
        requireRole(ctx, 'admin');
        return setRole(ctx.db, id, lower(role));
      }),
    setUserDisabled: (_, { id, disabled }, ctx) =>
      guarded(() => {
        const me = requireRole(ctx, 'admin');
        if (disabled && me.userId === id) throw badInput('you cannot disable yourself');
        return setDisabled(ctx.db, id, disabled);
      }),
    resetUserPassword: (_, { id }, ctx) =>
      guarded(async () => {
        requireRole(ctx, 'admin');
        return resetPassword(auth(ctx), ctx.db, id);
      }),
  },
  User: {
    role: (u) => upper(u.role),
    disabled: (u) => u.banned,
  },
  ApiToken: {
    role: (t) => upper(t.role),
  },
  AuditEntry: {
    id: (a) => String(a.id),
  },
};

