import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.ts';
import type { Role } from './auth.ts';
import { atLeast, isRole } from './auth.ts';
import { DomainError } from '../errors.ts';

// Personal API tokens. A token is `gk_` + 32 random bytes; only its SHA-256 is stored (high-entropy
// secrets need no slow hash, and a lookup by hash is one index probe). Its role is viewer or editor and
// never more than its owner's current role, checked on every use.

export const TOKEN_PREFIX = 'gk_';
export const MAX_TOKENS_PER_USER = 50;

export interface TokenRow {
  id: string;
  userId: string;
  name: string;
  role: 'viewer' | 'editor';
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const COLUMNS = 'id, user_id AS userId, name, role, prefix, created_at AS createdAt, last_used_at AS lastUsedAt, expires_at AS expiresAt';

export function createToken(
  db: Db,
  owner: { id: string; role: Role },
  input: { name: string; role: string; expiresInDays?: number | null },
): { token: string; row: TokenRow } {
  const name = input.name.trim();
  if (!name || name.length > 100) throw new DomainError('BAD_USER_INPUT', 'a token needs a name of 1–100 characters');
  if (input.role !== 'viewer' && input.role !== 'editor') throw new DomainError('BAD_USER_INPUT', 'a token’s role is viewer or editor');
  if (!atLeast(owner.role, input.role)) throw new DomainError('BAD_USER_INPUT', `a ${owner.role} cannot make an ${input.role} token`);
  if (input.expiresInDays != null && !(Number.isInteger(input.expiresInDays) && input.expiresInDays >= 1 && input.expiresInDays <= 3650))
    throw new DomainError('BAD_USER_INPUT', 'expiresInDays is 1–3650');
  const count = (db.$client.prepare('SELECT count(*) AS n FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL').get(owner.id) as { n: number }).n;
  if (count >= MAX_TOKENS_PER_USER) throw new DomainError('BAD_USER_INPUT', `at most ${MAX_TOKENS_PER_USER} tokens per user: revoke one first`);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = randomBytes(8).toString('hex');
  const now = new Date();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString() : null;
  db.$client
    .prepare('INSERT INTO api_tokens (id, user_id, name, role, token_hash, prefix, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, owner.id, name, input.role, hashToken(token), token.slice(0, 10), now.toISOString(), expiresAt);
  return { token, row: db.$client.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE id = ?`).get(id) as TokenRow };
}

export function listTokens(db: Db, userId: string): TokenRow[] {
  return db.$client.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at DESC`).all(userId) as TokenRow[];
}

/** Revokes one of the user's tokens (admins may revoke anyone's). */
export function revokeToken(db: Db, tokenId: string, by: { id: string; role: Role }): boolean {
  const sql =
    by.role === 'admin'
      ? 'UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'
      : 'UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL';
  const args = by.role === 'admin' ? [new Date().toISOString(), tokenId] : [new Date().toISOString(), tokenId, by.id];
  return db.$client.prepare(sql).run(...args).changes > 0;
}

export interface TokenOwner {
  userId: string;
  username: string;
  role: Role;
}

/** The owner of a live token, with the lesser of the token's and the owner's roles; null when unknown, revoked, expired or the owner is disabled. */
export function resolveToken(db: Db, token: string): TokenOwner | null {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
  const r = db.$client
    .prepare(
      `SELECT t.id, t.role AS tokenRole, t.expires_at AS expiresAt, t.last_used_at AS lastUsedAt, u.id AS userId, coalesce(u.display_username, u.username, u.name) AS username, u.role AS userRole, u.banned
       FROM api_tokens t JOIN user u ON u.id = t.user_id WHERE t.token_hash = ? AND t.revoked_at IS NULL`,
    )
    .get(hashToken(token)) as
    | {
        id: string;
        tokenRole: string;
        expiresAt: string | null;
        lastUsedAt: string | null;
        userId: string;
        username: string;
        userRole: string | null;
        banned: number | null;
      }
    | undefined;
  if (!r || r.banned || (r.expiresAt && r.expiresAt < new Date().toISOString())) return null;
  const userRole: Role = isRole(r.userRole) ? r.userRole : 'viewer';
  const role: Role = atLeast(userRole, r.tokenRole as Role) ? (r.tokenRole as Role) : userRole;
  // Last use to the minute: one write per token per minute at most.
  const now = new Date().toISOString();
  if (!r.lastUsedAt || r.lastUsedAt.slice(0, 16) !== now.slice(0, 16)) db.$client.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(now, r.id);
  return { userId: r.userId, username: r.username, role };
}
