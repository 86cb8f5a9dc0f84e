import type { Resolvers } from '../generated.ts';
import { requireRole } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { correctionById, reviewHistory, reviewQueue } from '../../queries/review.ts';
import type { DiagnosticReviewStatus } from '../../services/review.ts';
import { confirmCorrection, correctCell, reviewDiagnostic, revertCorrection } from '../../services/review.ts';

// Review: corrections of cells and reviews of diagnostics need an editor; anyone who can read a report
// sees its review state and history.

const idOf = (id: string, what: string): number => {
  if (!/^\d{1,15}$/.test(id)) throw new DomainError('BAD_USER_INPUT', `${what} must be a numeric id, not “${id.slice(0, 40)}”`);
  return Number(id);
};

function found<T>(row: T | null, what: string): T {
  if (!row) throw new DomainError('NOT_FOUND', `${what} not found`);
  return row;
}

export const reviewResolvers: Resolvers = {
  Query: {
    reviewQueue: (_, args, ctx) => reviewQueue(ctx.db, args),
  },
  Mutation: {
    correctCell: (_, { reportId, path, value, reason, source }, ctx) => {
      const p = requireRole(ctx, 'editor');
      const id = correctCell(ctx.db, { userId: p.userId, name: p.name }, { reportId: idOf(reportId, 'reportId'), path, value: value ?? null, reason, source });
      return found(correctionById(ctx.db, id), `correction ${id}`);
    },
    revertCorrection: (_, { id }, ctx) => {
      const p = requireRole(ctx, 'editor');
      revertCorrection(ctx.db, { userId: p.userId, name: p.name }, idOf(id, 'id'));
      return found(correctionById(ctx.db, Number(id)), `correction ${id}`);
    },
    confirmCorrection: (_, { id }, ctx) => {
      const p = requireRole(ctx, 'editor');
      confirmCorrection(ctx.db, { userId: p.userId, name: p.name }, idOf(id, 'id'));
      return found(correctionById(ctx.db, Number(id)), `correction ${id}`);
    },
    reviewDiagnostic: async (_, { id, status, comment }, ctx) => {
      const p = requireRole(ctx, 'editor');
      const diagnosticId = idOf(id, 'id');
      const reportId = reviewDiagnostic(ctx.db, { userId: p.userId, name: p.name }, diagnosticId, status.toLowerCase() as DiagnosticReviewStatus, comment);
      const all = await ctx.loaders.diagnostics.load(reportId);
      return found(all.find((d) => d.id === diagnosticId) ?? null, `diagnostic ${id}`);
    },
  },
  ReviewQueueItem: {
    report: async (r, _, ctx) => found(await ctx.loaders.report.load(r.reportId), `report ${r.reportId}`),
  },
  Correction: {
    id: (c) => String(c.id),
    reportId: (c) => String(c.reportId),
  },
  Diagnostic: {
    id: (d) => (d.id === null ? null : String(d.id)),
    reviewStatus: (d) => d.review?.status ?? 'OPEN',
    review: (d) => d.review ?? null,
  },
  Report: {
    reviewStatus: (r, _, ctx) => ctx.loaders.reviewStatus.load(r.id),
    reviewHistory: (r, _, ctx) => reviewHistory(ctx.db, r.id),
    corrections: (r, _, ctx) => ctx.loaders.corrections.load(r.id),
  },
};
