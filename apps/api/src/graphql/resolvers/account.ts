import type { Resolvers } from '../generated.ts';
import { uncached } from './cache.ts';
import { requireRole } from '../../context.ts';
import type { Context } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { listAudit } from '../../queries/audit.ts';
import type { Role } from '../../services/auth.ts';
import { atLeast } from '../../services/auth.ts';
import { createToken, listTokens, revokeToken } from '../../services/tokens.ts';
import { createUser, findUser, listUsers, resetPassword, setDisabled, setRole } from '../../services/users.ts';

const lower = (r: string) => r.toLowerCase() as Role;
const upper = (r: string) => r.toUpperCase() as 'VIEWER';

function auth(ctx: Context) {
  if (!ctx.auth) throw new DomainError('INTERNAL', 'accounts are not set up on this server');
  return ctx.auth;
}

/** The signed-in user behind the request (a session or a personal token), not the operator's token. */
function person(ctx: Context) {
  const p = requireRole(ctx, 'viewer');
  if (!p.userId) throw new DomainError('FORBIDDEN', 'the operator token has no account: sign in as a user');
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
      const { totalCount, edges, pageInfo } = listAudit(ctx.db, { first, after, actor, action });
      return { totalCount, entries: edges.map((e) => e.node), pageInfo };
    },
  },
  Mutation: {
    createApiToken: (_, { name, role, expiresInDays }, ctx) => {
      const owner = person(ctx);
      const made = createToken(ctx.db, owner, { name, role: lower(role), expiresInDays });
      return { token: made.token, apiToken: made.row };
    },
    revokeApiToken: (_, { id }, ctx) => {
      const owner = person(ctx);
      if (!revokeToken(ctx.db, id, owner)) throw new DomainError('NOT_FOUND', `token ${id} not found`);
      return true;
    },
    changePassword: async (_, { currentPassword, newPassword }, ctx) => {
      const p = requireRole(ctx, 'viewer');
      if (p.via !== 'session') throw new DomainError('FORBIDDEN', 'sign in to change your password (a token cannot)');
      if (newPassword.length < 10 || newPassword.length > 128) throw new DomainError('BAD_USER_INPUT', 'a password is 10–128 characters');
      try {
        await auth(ctx).api.changePassword({ body: { currentPassword, newPassword, revokeOtherSessions: true }, headers: ctx.headers });
      } catch (error) {
        throw new DomainError('BAD_USER_INPUT', (error as Error).message === 'Invalid password' ? 'the current password is wrong' : (error as Error).message, {
          cause: error,
        });
      }
      return true;
    },
    createUser: async (_, { username, role, email, name }, ctx) => {
      requireRole(ctx, 'admin');
      return createUser(auth(ctx), ctx.db, { username, role: lower(role), email, name });
    },
    setUserRole: (_, { id, role }, ctx) => {
      requireRole(ctx, 'admin');
      return setRole(ctx.db, id, lower(role));
    },
    setUserDisabled: (_, { id, disabled }, ctx) => {
      const me = requireRole(ctx, 'admin');
      if (disabled && me.userId === id) throw new DomainError('BAD_USER_INPUT', 'you cannot disable yourself');
      return setDisabled(ctx.db, id, disabled);
    },
    resetUserPassword: async (_, { id }, ctx) => {
      requireRole(ctx, 'admin');
      return resetPassword(auth(ctx), ctx.db, id);
    },
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
