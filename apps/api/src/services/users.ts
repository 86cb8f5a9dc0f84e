import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client.ts';
import type { Auth, Role } from './auth.ts';
import { isRole } from './auth.ts';
import { DomainError } from '../errors.ts';

// Accounts as admins and the command line manage them. Creation goes through better-auth (its admin
// plugin hashes the password and links the credential account); a new account gets a password made
// here, shown once to whoever created it.

export interface UserRow {
  id: string;
  username: string;
  name: string;
  email: string;
  role: Role;
  banned: boolean;
  createdAt: string;
}

const NAME = /^[A-Za-z0-9_.]{2,40}$/;

/** 16 characters from 96 random bits, grouped for reading aloud: xxxx-xxxx-xxxx-xxxx. */
export function newPassword(): string {
  return (randomBytes(12).toString('base64url').match(/.{4}/g) ?? []).join('-');
}

type Raw = Omit<UserRow, 'banned' | 'createdAt' | 'role'> & { banned: number | null; createdAt: number; role: string | null };
const COLUMNS = 'id, coalesce(display_username, username, name) AS username, name, email, role, banned, created_at AS createdAt';
const toRow = (r: Raw): UserRow => ({
  ...r,
  role: isRole(r.role) ? r.role : 'viewer',
  banned: Boolean(r.banned),
  createdAt: new Date(r.createdAt).toISOString(),
});

export function listUsers(db: Db): UserRow[] {
  return (db.$client.prepare(`SELECT ${COLUMNS} FROM user ORDER BY created_at`).all() as Raw[]).map(toRow);
}

export function findUser(db: Db, nameOrId: string): UserRow | null {
  const r = db.$client.prepare(`SELECT ${COLUMNS} FROM user WHERE id = ? OR username = lower(?) OR email = lower(?)`).get(nameOrId, nameOrId, nameOrId) as
    Raw | undefined;
  return r ? toRow(r) : null;
}

export function countUsers(db: Db): number {
  return (db.$client.prepare('SELECT count(*) AS n FROM user').get() as { n: number }).n;
}

export async function createUser(
  auth: Auth,
  db: Db,
  input: { username: string; role: Role; email?: string | null; name?: string | null },
): Promise<{ user: UserRow; password: string }> {
  const username = input.username.trim();
  if (!NAME.test(username)) throw new DomainError('BAD_USER_INPUT', 'a user name is 2–40 letters, digits, _ or .');
  if (!isRole(input.role)) throw new DomainError('BAD_USER_INPUT', 'the role is viewer, editor or admin');
  const email = (input.email?.trim() || `${username.toLowerCase()}@users.gongkai.invalid`).toLowerCase();
  if (email.length > 200 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new DomainError('BAD_USER_INPUT', 'not an email address');
  if (findUser(db, username) || findUser(db, email)) throw new DomainError('CONFLICT', `a user named ${username} (or with that email) exists already`);
  const password = newPassword();
  const created = await auth.api.createUser({
    body: {
      email,
      password,
      name: (input.name?.trim() || username).slice(0, 100),
      role: input.role,
      data: { username: username.toLowerCase(), displayUsername: username },
    },
  });
  return { user: findUser(db, created.user.id)!, password };
}

export function setRole(db: Db, userId: string, role: Role): UserRow {
  if (!isRole(role)) throw new DomainError('BAD_USER_INPUT', 'the role is viewer, editor or admin');
  const before = findUser(db, userId);
  if (!before) throw new DomainError('NOT_FOUND', `user ${userId} not found`);
  if (before.role === 'admin' && role !== 'admin' && adminsLeft(db, userId) === 0)
    throw new DomainError('CONFLICT', 'the last administrator keeps the admin role');
  db.$client.transaction(() => {
    db.$client.prepare('UPDATE user SET role = ?, updated_at = ? WHERE id = ?').run(role, Date.now(), before.id);
    // Tokens never carry more than their owner's role.
    if (role === 'viewer') db.$client.prepare("UPDATE api_tokens SET role = 'viewer' WHERE user_id = ? AND role = 'editor'").run(before.id);
  })();
  return findUser(db, before.id)!;
}

function adminsLeft(db: Db, except: string): number {
  return (db.$client.prepare("SELECT count(*) AS n FROM user WHERE role = 'admin' AND coalesce(banned, 0) = 0 AND id <> ?").get(except) as { n: number }).n;
}

/** Disabled users cannot sign in; their sessions end and their tokens stop working at once. */
export function setDisabled(db: Db, userId: string, disabled: boolean): UserRow {
  const before = findUser(db, userId);
  if (!before) throw new DomainError('NOT_FOUND', `user ${userId} not found`);
  if (disabled && before.role === 'admin' && adminsLeft(db, userId) === 0) throw new DomainError('CONFLICT', 'the last administrator cannot be disabled');
  db.$client.transaction(() => {
    db.$client
      .prepare('UPDATE user SET banned = ?, ban_reason = ?, updated_at = ? WHERE id = ?')
      .run(disabled ? 1 : 0, disabled ? 'disabled by an administrator' : null, Date.now(), before.id);
    if (disabled) db.$client.prepare('DELETE FROM session WHERE user_id = ?').run(before.id);
  })();
  return findUser(db, before.id)!;
}

/** A new password, shown once; every session of the user ends. */
export async function resetPassword(auth: Auth, db: Db, userId: string): Promise<{ user: UserRow; password: string }> {
  const found = findUser(db, userId);
  if (!found) throw new DomainError('NOT_FOUND', `user ${userId} not found`);
  const password = newPassword();
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(password);
  db.$client.transaction(() => {
    const changed = db.$client
      .prepare("UPDATE account SET password = ?, updated_at = ? WHERE user_id = ? AND provider_id = 'credential'")
      .run(hash, Date.now(), found.id).changes;
    if (changed === 0)
      db.$client
        .prepare("INSERT INTO account (id, account_id, provider_id, user_id, password, updated_at) VALUES (?, ?, 'credential', ?, ?, ?)")
        .run(randomBytes(16).toString('hex'), found.id, found.id, hash, Date.now());
    db.$client.prepare('DELETE FROM session WHERE user_id = ?').run(found.id);
  })();
  return { user: found, password };
}
