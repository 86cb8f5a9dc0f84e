import type { Db } from '../db/client.ts';
import type { Connection, KeysetOrder } from './connection.ts';
import { afterSql, orderSql, pageSize, toConnection } from './connection.ts';
import { likeText } from './filter-sql.ts';

// Reading the audit log: newest first, a page at a time, optionally one user or one action.

export interface AuditRow {
  id: number;
  at: string;
  userId: string | null;
  actor: string;
  role: string | null;
  via: string;
  action: string;
  target: string | null;
  detail: string | null;
  ok: boolean;
  error: string | null;
  ip: string | null;
}

const ORDER: KeysetOrder<AuditRow> = [{ sql: 'id', desc: true, type: 'number', of: (r) => r.id }];

/** Newest first; `action` matches by prefix (createNotebook, auth/…). */
export function listAudit(db: Db, p: { first?: number | null; after?: string | null; actor?: string | null; action?: string | null }): Connection<AuditRow> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (p.actor) {
    where.push('actor = ?');
    params.push(p.actor);
  }
  if (p.action) {
    where.push("action LIKE ? ESCAPE '\\'");
    params.push(`${likeText(p.action)}%`);
  }
  const filter = where.length ? where.join(' AND ') : '1';
  const first = pageSize(p.first, { default: 50, max: 200 });
  const after = afterSql(ORDER, p.after);
  const totalCount = (db.$client.prepare(`SELECT count(*) AS n FROM audit_log WHERE ${filter}`).get(...params) as { n: number }).n;
  const rows = db.$client
    .prepare(
      `SELECT id, at, user_id AS userId, actor, role, via, action, target, detail, ok, error, ip FROM audit_log WHERE ${filter}${after ? ` AND ${after.sql}` : ''} ORDER BY ${orderSql(ORDER)} LIMIT ?`,
    )
    .all(...params, ...(after?.params ?? []), first + 1) as (Omit<AuditRow, 'ok'> & { ok: number })[];
  return toConnection(
    rows.map((r) => ({ ...r, ok: Boolean(r.ok) })),
    first,
    ORDER,
    totalCount,
  );
}
