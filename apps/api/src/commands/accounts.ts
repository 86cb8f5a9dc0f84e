import { parseArgs } from 'node:util';
import type { Db } from '../db/client.ts';
import type { Env } from '../env.ts';
import { createAuth, isRole } from '../services/auth.ts';
import { recordAudit } from '../services/audit.ts';
import { createToken, listTokens, revokeToken } from '../services/tokens.ts';
import { createUser, findUser, listUsers, resetPassword, setDisabled, setRole } from '../services/users.ts';
import { DomainError } from '../errors.ts';

// `gongkai user …` and `gongkai token …`: account work for whoever holds the database file (the
// operator). Each change is written to the audit log as done by the command line.

export const USER_USAGE = `Usage:
  gongkai user add NAME --role viewer|editor|admin [--email E]   prints a one-time password
  gongkai user list
  gongkai user role NAME viewer|editor|admin
  gongkai user disable NAME | enable NAME
  gongkai user reset-password NAME                               prints a new one-time password`;

export const TOKEN_USAGE = `Usage:
  gongkai token create --role viewer|editor [--user NAME] [--name LABEL] [--days N]
        prints a personal API token (Authorization: Bearer <token>), shown once; --user defaults to admin
  gongkai token list [--user NAME]
  gongkai token revoke ID`;

const audit = (db: Db, action: string, target: string, detail?: Record<string, unknown>) =>
  recordAudit(db, { userId: null, actor: 'cli', role: 'admin', via: 'cli', action, target, detail: detail ?? null, ok: true });

export async function runUser(db: Db, env: Env, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, email: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  const [action, name, extra] = positionals;
  if (values.help || !action) {
    console.log(USER_USAGE);
    return values.help ? 0 : 2;
  }
  try {
    switch (action) {
      case 'add': {
        if (!name || !values.role) throw new DomainError('BAD_USER_INPUT', 'user add needs a NAME and --role viewer|editor|admin');
        if (!isRole(values.role)) throw new DomainError('BAD_USER_INPUT', `--role is viewer, editor or admin, not “${values.role}”`);
        const { user, password } = await createUser(createAuth(db, env), db, { username: name, role: values.role, email: values.email });
        audit(db, 'createUser', user.username, { role: user.role });
        if (values.json) console.log(JSON.stringify({ username: user.username, role: user.role, password }));
        else
          console.log(
            `created ${user.role} ${user.username}\none-time password: ${password}\n(shown once: sign in at ${env.GONGKAI_WEB_URL}/login and change it under 设置 / Settings)`,
          );
        return 0;
      }
      case 'list': {
        const users = listUsers(db);
        if (values.json) console.log(JSON.stringify(users));
        else for (const u of users) console.log(`${u.username.padEnd(20)} ${u.role.padEnd(7)} ${u.banned ? 'disabled' : 'active  '} ${u.email}`);
        return 0;
      }
      case 'role': {
        const u = name ? findUser(db, name) : null;
        if (!u) throw new DomainError('NOT_FOUND', `no user “${name ?? ''}”`);
        if (!isRole(extra)) throw new DomainError('BAD_USER_INPUT', 'user role NAME viewer|editor|admin');
        setRole(db, u.id, extra);
        audit(db, 'setUserRole', u.username, { role: extra });
        console.log(`${u.username} is now ${extra}`);
        return 0;
      }
      case 'disable':
      case 'enable': {
        const u = name ? findUser(db, name) : null;
        if (!u) throw new DomainError('NOT_FOUND', `no user “${name ?? ''}”`);
        setDisabled(db, u.id, action === 'disable');
        audit(db, 'setUserDisabled', u.username, { disabled: action === 'disable' });
        console.log(`${u.username} is ${action}d`);
        return 0;
      }
      case 'reset-password': {
        const u = name ? findUser(db, name) : null;
        if (!u) throw new DomainError('NOT_FOUND', `no user “${name ?? ''}”`);
        const { password } = await resetPassword(createAuth(db, env), db, u.id);
        audit(db, 'resetUserPassword', u.username);
        console.log(values.json ? JSON.stringify({ username: u.username, password }) : `new one-time password for ${u.username}: ${password}`);
        return 0;
      }
      default:
        console.error(`gongkai user: unknown action “${action}”\n${USER_USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`gongkai user: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

export async function runToken(db: Db, _env: Env, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      user: { type: 'string', default: 'admin' },
      name: { type: 'string' },
      days: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [action, id] = positionals;
  if (values.help || !action) {
    console.log(TOKEN_USAGE);
    return values.help ? 0 : 2;
  }
  try {
    const owner = findUser(db, values.user ?? 'admin');
    switch (action) {
      case 'create': {
        if (!owner) throw new DomainError('NOT_FOUND', `no user “${values.user}” (--user NAME)`);
        if (values.role !== 'viewer' && values.role !== 'editor') throw new DomainError('BAD_USER_INPUT', 'token create needs --role viewer or --role editor');
        const days = values.days ? Number(values.days) : null;
        const made = createToken(db, owner, {
          name: values.name ?? `command line ${new Date().toISOString().slice(0, 10)}`,
          role: values.role,
          expiresInDays: days,
        });
        audit(db, 'createApiToken', owner.username, { role: values.role, id: made.row.id });
        if (values.json) console.log(JSON.stringify({ token: made.token, id: made.row.id, role: made.row.role, user: owner.username }));
        else
          console.log(
            `${made.token}\n(a ${made.row.role} token of ${owner.username}, id ${made.row.id}; shown once — send it as Authorization: Bearer <token>)`,
          );
        return 0;
      }
      case 'list': {
        if (!owner) throw new DomainError('NOT_FOUND', `no user “${values.user}”`);
        for (const t of listTokens(db, owner.id)) console.log(`${t.id}  ${t.prefix}…  ${t.role.padEnd(6)}  ${t.name}  last used ${t.lastUsedAt ?? 'never'}`);
        return 0;
      }
      case 'revoke': {
        if (!id) throw new DomainError('BAD_USER_INPUT', 'token revoke ID');
        if (!revokeToken(db, id, { id: '', role: 'admin' })) throw new DomainError('NOT_FOUND', `no live token ${id}`);
        audit(db, 'revokeApiToken', id);
        console.log(`revoked ${id}`);
        return 0;
      }
      default:
        console.error(`gongkai token: unknown action “${action}”\n${TOKEN_USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`gongkai token: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
