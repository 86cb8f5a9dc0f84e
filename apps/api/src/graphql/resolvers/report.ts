import { CELLS } from '@gongkai/schema/report';
import type { Resolvers } from '../generated.ts';
import { DomainError } from '../../errors.ts';
import { listReports, scanPageImage, scanPagesOf, sourceText, tablesFromCells } from '../../queries/reports.ts';
import { MEASURES } from '../../queries/analytics.ts';

const LABELS = new Map(MEASURES.filter((m) => m.kind === 'CELL').map((m) => [m.key, m]));

export const reportResolvers: Resolvers = {
  Query: {
    reports: (_, args, ctx) => listReports(ctx.db, args),
    report: async (_, { id }, ctx) => (await ctx.loaders.report.load(Number(id))) ?? null,
  },
  Report: {
    id: (r) => String(r.id),
    agency: async (r, _, ctx) => {
      const a = await ctx.loaders.agency.load(r.agencyId);
      if (!a) throw new DomainError('NOT_FOUND', `agency ${r.agencyId} not found`);
      return a;
    },
    active: (r) => ({ reportId: r.id, section: 'active' }),
    applications: (r) => ({ reportId: r.id, section: 'applications' }),
    review: (r) => ({ reportId: r.id, section: 'review' }),
    cells: async (r, { section }, ctx) => (await ctx.loaders.cells.load(r.id)).filter((c) => !section || c.spec.section === section),
    cell: async (r, { path }, ctx) => (await ctx.loaders.cells.load(r.id)).find((c) => c.spec.path === path) ?? null,
    diagnostics: (r, _, ctx) => ctx.loaders.diagnostics.load(r.id),
    narratives: async (r, _, ctx) => {
      const n = await ctx.loaders.narratives.load(r.id);
      return { overview: n.overview ?? null, problems: n.problems ?? null, otherMatters: n.otherMatters ?? null };
    },
    sourceText: (r, _, ctx) => sourceText(ctx.db, r.id),
    scanPages: (r, _, ctx) => scanPagesOf(ctx.db, r.id),
    scanPage: (r, { page }, ctx) => scanPagesOf(ctx.db, r.id).find((p) => p.page === page) ?? null,
    versions: (r, _, ctx) => ctx.loaders.versions.load(JSON.stringify({ agencyId: r.agencyId, year: r.year })),
  },
  ActiveTable: tableResolvers(['regulations', 'normativeDocuments', 'licensing', 'otherServices', 'penalties', 'coercion', 'fees', 'procurement']),
  ApplicationsTable: tableResolvers(CELLS.filter((c) => c.section === 'applications' && c.column === 'total').map((c) => c.row)),
  ReviewTable: tableResolvers(['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']),
  ScanPage: {
    image: (p, _, ctx) => scanPageImage(ctx.db, p.reportId, p.page) ?? '',
  },
  Cell: {
    path: (c) => c.spec.path,
    section: (c) => c.spec.section,
    row: (c) => c.spec.row,
    column: (c) => c.spec.column,
    labelZh: (c) => LABELS.get(c.spec.path)?.labelZh ?? c.spec.path,
    labelEn: (c) => LABELS.get(c.spec.path)?.labelEn ?? c.spec.path,
  },
};

/** Each row of a section table resolves from the report's cells (one batched query per request). */
function tableResolvers(rows: string[]) {
  return Object.fromEntries(
    rows.map((row) => [
      row,
      async (
        t: { reportId: number; section: 'active' | 'applications' | 'review' },
        _: unknown,
        ctx: { loaders: { cells: { load(id: number): Promise<Parameters<typeof tablesFromCells>[0]> } } },
      ) => tablesFromCells(await ctx.loaders.cells.load(t.reportId), t.section)[row] ?? null,
    ]),
  );
}
