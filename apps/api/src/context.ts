import DataLoader from 'dataloader';
import type { Db } from './db/client.ts';
import type { Env } from './env.ts';
import { DomainError } from './errors.ts';
import type { Auth, Role } from './services/auth.ts';
import { atLeast } from './services/auth.ts';
import type { EmbedClaims } from './services/embeds.ts';
import type { AgencyRow } from './queries/agencies.ts';
import { agenciesByIds, agencyNames } from './queries/agencies.ts';
import type { RegionRow } from './queries/regions.ts';
import { childRegions, regionCounts, regionsByCodes } from './queries/regions.ts';
import type { CellRow, DiagnosticRow, ReportRow } from './queries/reports.ts';
import type { CorrectionRow, ReviewStatusRow } from './queries/review.ts';
import { correctionsOfReports, reviewStatusOfReports } from './queries/review.ts';
import { cellsOfReports, diagnosticsOfReports, latestReportsOfAgencies, narrativesOfReports, reportsByIds, versionsOf } from './queries/reports.ts';

// Per request: DataLoaders (nothing cached across users), who is asking, and the time budget.

/** Who is asking: a signed-in user (session cookie), a personal token's owner, the operator's token, an embed, or nobody. */
export interface Principal {
  userId: string | null;
  name: string;
  role: Role | null;
  via: 'session' | 'token' | 'operator' | 'embed' | 'anonymous';
  /** For via = embed: what the signed embed shows. */
  embed?: EmbedClaims;
}

export const ANONYMOUS: Principal = { userId: null, name: 'anonymous', role: null, via: 'anonymous' };
export const OPERATOR: Principal = { userId: null, name: 'operator', role: 'admin', via: 'operator' };

export interface Context {
  db: Db;
  env: Env;
  auth: Auth | null;
  principal: Principal;
  /** The client's address (behind a loopback proxy: the one it forwarded). */
  ip: string | null;
  /** The request's own headers, for better-auth calls made on the user's behalf. */
  headers: Headers;
  deadline: number;
  /** The request's time limit unless arm() sets another (imports get longer). */
  timeLimitMs: number;
  /** Aborted when the deadline passes: work still running stops at its next check. */
  signal: AbortSignal;
  /** Starts (or restarts) the deadline: when it passes, the request is answered TIMEOUT and its work stops. */
  arm(ms: number): void;
  checkDeadline(): void;
  /** True once the deadline has passed (or the request was cancelled). */
  pastDeadline(): boolean;
  loaders: ReturnType<typeof createLoaders>;
}
/**
 * Loaders for the request. The heavy ones (every cell of a page of reports) run in batches of 50 with a
 * turn of the event loop before each, so other requests (and the deadline's timer) are served between
 * them, and a request past its deadline stops at the next batch.
 */
function createLoaders(db: Db, gate: () => Promise<void> = async () => undefined) {
  const opts = { maxBatchSize: 500 };
  const heavy = { maxBatchSize: 50 };
  return {
    report: new DataLoader<number, ReportRow | null>(async (ids) => reportsByIds(db, ids), opts),
    agency: new DataLoader<number, AgencyRow | null>(async (ids) => agenciesByIds(db, ids), opts),
    agencyNames: new DataLoader<number, string[]>(async (ids) => agencyNames(db, ids), opts),
    region: new DataLoader<string, RegionRow | null>(async (codes) => regionsByCodes(db, codes), opts),
    regionChildren: new DataLoader<string, RegionRow[]>(
      async (codes) =>
        childRegions(
          db,
          codes.map((c) => (c === '' ? null : c)),
        ),
      opts,
    ),
    regionCounts: new DataLoader<string, { agencies: number; reports: number }>(async (codes) => regionCounts(db, codes), opts),
    cells: new DataLoader<number, CellRow[]>(async (ids) => (await gate(), cellsOfReports(db, ids)), heavy),
    diagnostics: new DataLoader<number, DiagnosticRow[]>(async (ids) => (await gate(), diagnosticsOfReports(db, ids)), heavy),
    narratives: new DataLoader<number, Record<string, string>>(async (ids) => (await gate(), narrativesOfReports(db, ids)), heavy),
    versions: new DataLoader<string, ReportRow[]>(
      async (keys) =>
        versionsOf(
          db,
          keys.map((k) => JSON.parse(k) as { agencyId: number; year: number | null }),
        ),
      opts,
    ),
    agencyReports: new DataLoader<number, ReportRow[]>(async (ids) => latestReportsOfAgencies(db, ids), opts),
    corrections: new DataLoader<number, CorrectionRow[]>(async (ids) => correctionsOfReports(db, ids), opts),
    reviewStatus: new DataLoader<number, ReviewStatusRow>(async (ids) => (await gate(), reviewStatusOfReports(db, ids)), heavy),
  };
}

export const REQUEST_TIME_LIMIT_MS = 10_000;

export interface ContextOptions {
  auth?: Auth | null;
  timeLimitMs?: number;
  ip?: string | null;
  headers?: Headers;
  signal?: AbortSignal;
}

export function createContext(db: Db, env: Env, principal: Principal = ANONYMOUS, options: ContextOptions = {}): Context {
  const timeLimitMs = options.timeLimitMs ?? REQUEST_TIME_LIMIT_MS;
  const signal = options.signal ?? AbortSignal.timeout(timeLimitMs);
  let armedMs = timeLimitMs;
  const ctx: Context = {
    db,
    env,
    auth: options.auth ?? null,
    principal,
    ip: options.ip ?? null,
    headers: options.headers ?? new Headers(),
    deadline: Date.now() + timeLimitMs,
    timeLimitMs,
    signal,
    arm(ms: number) {
      ctx.deadline = Date.now() + ms;
      armedMs = ms;
    },
    pastDeadline() {
      return signal.aborted || Date.now() > ctx.deadline;
    },
    checkDeadline() {
      if (ctx.pastDeadline()) throw new DomainError('TIMEOUT', `request took longer than ${armedMs} ms and was stopped`);
    },
    loaders: createLoaders(db, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      ctx.checkDeadline();
    }),
  };
  return ctx;
}

/** Throws unless the request comes from someone with at least this role: UNAUTHENTICATED for nobody, FORBIDDEN for too little. */
export function requireRole(ctx: Pick<Context, 'principal'>, needed: Role): Principal & { role: Role } {
  const p = ctx.principal;
  if (!p.role) throw new DomainError('UNAUTHENTICATED', `sign in as ${needed === 'admin' ? 'an admin' : `an ${needed}`} first`);
  if (!atLeast(p.role, needed)) throw new DomainError('FORBIDDEN', `this needs the ${needed} role; you are ${p.role === 'admin' ? 'an admin' : `a ${p.role}`}`);
  return p as Principal & { role: Role };
}
