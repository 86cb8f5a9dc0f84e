import type { Resolvers } from '../generated.ts';
import { apiError, badInput, notFound } from '../../errors.ts';
import type { NotebookInput } from '../../services/notebooks.ts';
import {
  createNotebook,
  deleteNotebook,
  duplicateNotebook,
  exportNotebook,
  getNotebook,
  importNotebook,
  listNotebooks,
  NotebookError,
  notebookRevisions,
  restoreRevision,
  updateNotebook,
} from '../../services/notebooks.ts';

/** Service errors → API errors with their stable codes. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof NotebookError) {
      if (error.code === 'NOT_FOUND' || error.code === 'CONFLICT') throw apiError(error.code, error.message, error);
      throw badInput(error.message, error);
    }
    throw error;
  }
}

export const notebookResolvers: Resolvers = {
  Query: {
    notebooks: (_, { search }, ctx) => listNotebooks(ctx.db, search),
    notebook: (_, { id }, ctx) => getNotebook(ctx.db, id),
  },
  Mutation: {
    createNotebook: (_, { input }, ctx) => guarded(() => createNotebook(ctx.db, input as NotebookInput)),
    updateNotebook: (_, { id, input, expectedRevision }, ctx) => guarded(() => updateNotebook(ctx.db, id, input as NotebookInput, expectedRevision)),
    duplicateNotebook: (_, { id, title }, ctx) => guarded(() => duplicateNotebook(ctx.db, id, title)),
    deleteNotebook: (_, { id }, ctx) => {
      if (!deleteNotebook(ctx.db, id)) throw notFound(`notebook ${id}`);
      return true;
    },
    restoreNotebookRevision: (_, { id, revision }, ctx) => guarded(() => restoreRevision(ctx.db, id, revision)),
    importNotebook: (_, { file }, ctx) => guarded(() => importNotebook(ctx.db, file)),
  },
  Notebook: {
    revisions: (n, _, ctx) => notebookRevisions(ctx.db, n.id),
    exportJson: (n) => exportNotebook(n),
  },
};
