import DataLoader from 'dataloader';
import type { Db } from './db/client.ts';
import type { Env } from './env.ts';
import { apiError } from './errors.ts';
import type { AgencyRow } from './queries/agencies.ts';
import { agenciesByIds, agencyNames } from './queries/agencies.ts';
import type { RegionRow } from './queries/regions.ts';
import { childRegions, regionCounts, regionsByCodes } from './queries/regions.ts';
import type { CellRow, DiagnosticRow, ReportRow } from './queries/reports.ts';
import { cellsOfReports, diagnosticsOfReports, latestReportsOfAgencies, narrativesOfReports, reportsByIds, versionsOf } from './queries/reports.ts';

// Per request: DataLoaders (nothing cached across users), who is asking, and the time budget.

export interface Context {
  db: Db;
  env: Env;
  /** True when the request carried the API token (mutations need it). */
  canWrite: boolean;
  deadline: number;
  checkDeadline(): void;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Db) {
  const opts = { maxBatchSize: 500 };
  return {
    report: new DataLoader<number, ReportRow | null>(async (ids) => reportsByIds(db, ids), opts),
    agency: new DataLoader<number, AgencyRow | null>(async (ids) => agenciesByIds(db, ids), opts),
    agencyNames: new DataLoader<number, string[]>(async (ids) => agencyNames(db, ids), opts),
    region: new DataLoader<string, RegionRow | null>(async (codes) => regionsByCodes(db, codes), opts),
    regionChildren: new DataLoader<string, RegionRow[]>(async (codes) => childRegions(db, codes.map((c) => (c === '' ? null : c))), opts),
    regionCounts: new DataLoader<string, { agencies: number; reports: number }>(async (codes) => regionCounts(db, codes), opts),
    cells: new DataLoader<number, CellRow[]>(async (ids) => cellsOfReports(db, ids), opts),
    diagnostics: new DataLoader<number, DiagnosticRow[]>(async (ids) => diagnosticsOfReports(db, ids), opts),
    narratives: new DataLoader<number, Record<string, string>>(async (ids) => narrativesOfReports(db, ids), opts),
    versions: new DataLoader<string, ReportRow[]>(
      async (keys) => versionsOf(db, keys.map((k) => JSON.parse(k) as { agencyId: number; year: number | null })),
      opts,
    ),
    agencyReports: new DataLoader<number, ReportRow[]>(async (ids) => latestReportsOfAgencies(db, ids), opts),
  };
}

export const REQUEST_TIME_LIMIT_MS = 10_000;

export function createContext(db: Db, env: Env, authorization: string | undefined, timeLimitMs = REQUEST_TIME_LIMIT_MS): Context {
  const token = authorization?.replace(/^Bearer\s+/i, '').trim();
  // Either token reads; an absent token never matches an unset one.
  const reads = Boolean(token) && (token === env.GONGKAI_READ_TOKEN || token === env.GONGKAI_API_TOKEN);
  if (env.GONGKAI_READ_TOKEN && !reads) {
    throw apiError('UNAUTHENTICATED', 'this API needs a read token: Authorization: Bearer <token>');
  }
  const deadline = Date.now() + timeLimitMs;
  return {
    db,
    env,
    canWrite: Boolean(env.GONGKAI_API_TOKEN && token === env.GONGKAI_API_TOKEN),
    deadline,
    checkDeadline() {
      if (Date.now() > deadline) throw apiError('TIMEOUT', `request took longer than ${timeLimitMs} ms and was stopped`);
    },
    loaders: createLoaders(db),
  };
}
