import type { Db } from '../db/client.ts';

// The audit log: one row per write (GraphQL mutation, sign-in and account change, command-line account
// work), successful or refused. The app only ever appends to it.

export interface AuditEntry {
  userId: string | null;
  actor: string;
  role: string | null;
  via: 'session' | 'token' | 'operator' | 'cli' | 'anonymous' | 'embed';
  action: string;
  target?: string | null;
  detail?: Record<string, unknown> | null;
  ok: boolean;
  error?: string | null;
  ip?: string | null;
}

const MAX_DETAIL = 2_000;

export function recordAudit(db: Db, e: AuditEntry): void {
  let detail = e.detail ? JSON.stringify(e.detail) : null;
  if (detail && detail.length > MAX_DETAIL) detail = `${detail.slice(0, MAX_DETAIL)}…`;
  db.$client
    .prepare('INSERT INTO audit_log (at, user_id, actor, role, via, action, target, detail, ok, error, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(
      new Date().toISOString(),
      e.userId,
      e.actor.slice(0, 200),
      e.role,
      e.via,
      e.action.slice(0, 100),
      e.target?.slice(0, 300) ?? null,
      detail,
      e.ok ? 1 : 0,
      e.error?.slice(0, 500) ?? null,
      e.ip?.slice(0, 100) ?? null,
    );
}
