import type { Resolvers } from '../generated.ts';
import { uncached } from './cache.ts';
import { requireRole } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { authSecretOf } from '../../services/auth.ts';
import { signEmbed, verifyEmbed } from '../../services/embeds.ts';
import type { NotebookInput } from '../../services/notebooks.ts';
import {
  createNotebook,
  deleteNotebook,
  duplicateNotebook,
  exportNotebook,
  getNotebook,
  importNotebook,
  listNotebooks,
  notebookBin,
  notebookRevisions,
  restoreNotebook,
  restoreRevision,
  updateNotebook,
} from '../../services/notebooks.ts';

export const notebookResolvers: Resolvers = {
  Query: {
    notebooks: (_, { search }, ctx) => listNotebooks(ctx.db, search),
    notebook: (_, { id }, ctx) => getNotebook(ctx.db, id),
    notebookBin: (_, __, ctx, info) => {
      uncached(info);
      requireRole(ctx, 'editor');
      return notebookBin(ctx.db);
    },
    embed: async (_, { token }, ctx, info) => {
      uncached(info);
      const claims = await verifyEmbed(authSecretOf(ctx), token);
      if (!getNotebook(ctx.db, claims.notebookId)) throw new DomainError('NOT_FOUND', `notebook ${claims.notebookId} not found`);
      return { notebookId: claims.notebookId, cellId: claims.cellId, locked: claims.locked, expiresAt: claims.expiresAt };
    },
  },
  Mutation: {
    createNotebook: (_, { input }, ctx) => createNotebook(ctx.db, input as NotebookInput),
    updateNotebook: (_, { id, input, expectedRevision }, ctx) => updateNotebook(ctx.db, id, input as NotebookInput, expectedRevision),
    duplicateNotebook: (_, { id, title }, ctx) => duplicateNotebook(ctx.db, id, title),
    deleteNotebook: (_, { id }, ctx) => {
      if (!deleteNotebook(ctx.db, id, ctx.principal.name)) throw new DomainError('NOT_FOUND', `notebook ${id} not found`);
      return true;
    },
    restoreNotebook: (_, { id }, ctx) => restoreNotebook(ctx.db, id),
    restoreNotebookRevision: (_, { id, revision }, ctx) => restoreRevision(ctx.db, id, revision),
    importNotebook: (_, { file }, ctx) => importNotebook(ctx.db, file),
    publishEmbed: async (_, { notebookId, cellId, locked, expiresInDays }, ctx) => {
      const notebook = getNotebook(ctx.db, notebookId);
      if (!notebook) throw new DomainError('NOT_FOUND', `notebook ${notebookId} not found`);
      const { token, claims } = await signEmbed(authSecretOf(ctx), notebook, cellId, (locked ?? {}) as Record<string, unknown>, expiresInDays);
      return {
        token,
        path: `/embed/notebooks/${encodeURIComponent(notebookId)}/cells/${encodeURIComponent(cellId)}?embed=${token}`,
        expiresAt: claims.expiresAt,
      };
    },
  },
  Notebook: {
    revisions: (n, _, ctx) => notebookRevisions(ctx.db, n.id),
    exportJson: (n) => exportNotebook(n),
  },
};
