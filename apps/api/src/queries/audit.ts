import type { Db } from '../db/client.ts';

// Reading the audit log: newest first, by id cursor, optionally one user or one action.

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

export function listAudit(db: Db, p: { first: number; after?: number | null; actor?: string | null; action?: string | null }): { rows: AuditRow[]; hasNextPage: boolean; totalCount: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (p.actor) {
    where.push('actor = ?');
    params.push(p.actor);
  }
  if (p.action) {
    where.push('action LIKE ?');
    params.push(`${p.action.replace(/[%_]/g, '')}%`);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const totalCount = (db.$client.prepare(`SELECT count(*) AS n FROM audit_log ${filter}`).get(...params) as { n: number }).n;
  const page = p.after != null ? `${filter ? `${filter} AND` : 'WHERE'} id < ?` : filter;
  const rows = db.$client
    .prepare(`SELECT id, at, user_id AS userId, actor, role, via, action, target, detail, ok, error, ip FROM audit_log ${page} ORDER BY id DESC LIMIT ?`)
    .all(...params, ...(p.after != null ? [p.after] : []), p.first + 1) as (Omit<AuditRow, 'ok'> & { ok: number })[];
  return { rows: rows.slice(0, p.first).map((r) => ({ ...r, ok: Boolean(r.ok) })), hasNextPage: rows.length > p.first, totalCount };
}
