import type { Resolvers } from '../generated.ts';
import { requireRole } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { uncached } from './cache.ts';
import { isProgressKey, progressOf, reportPage } from '../../services/import-progress.ts';
import { ingestBytes } from '../../services/ingest.ts';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const importResolvers: Resolvers = {
  Query: {
    importProgress: (_, { progressKey }, ctx, info) => {
      // Changes from second to second, and is one user's: never from the response cache.
      uncached(info);
      const who = requireRole(ctx, 'editor');
      if (!isProgressKey(progressKey)) throw new DomainError('BAD_USER_INPUT', 'progressKey must be a random UUID (crypto.randomUUID())');
      return progressOf(progressKey, who.userId ?? who.via);
    },
  },
  Mutation: {
    importReport: async (_, { fileName, content, encoding, progressKey }, ctx) => {
      const who = requireRole(ctx, 'editor');
      if (!fileName.trim() || fileName.length > 255) throw new DomainError('BAD_USER_INPUT', 'fileName must be 1–255 characters');
      if (progressKey != null && !isProgressKey(progressKey))
        throw new DomainError('BAD_USER_INPUT', 'progressKey must be a random UUID (crypto.randomUUID())');
      const bytes = encoding === 'TEXT' ? Buffer.from(content, 'utf8') : Buffer.from(content, 'base64');
      if (bytes.length > MAX_IMPORT_BYTES) throw new DomainError('BAD_USER_INPUT', `file too large: ${(bytes.length / 1048576).toFixed(1)} MB (limit 20 MB)`);
      // Parsed in the worker pool; the request's deadline cancels the parse, not only the answer.
      const onPage = progressKey ? (page: number, of: number) => reportPage(progressKey, who.userId ?? who.via, page, of) : undefined;
      const outcome = await ingestBytes(ctx.db, fileName, bytes, { signal: ctx.signal, onPage });
      const diagnostics = (outcome.report?.diagnostics ?? []).map((d) => ({
        id: null,
        code: d.code,
        severity: d.severity.toUpperCase() as 'ERROR',
        path: d.path ?? null,
        rule: d.rule ?? null,
        line: d.line ?? null,
        message: d.message,
        candidates: d.candidates ?? null,
      }));
      return { status: outcome.status.toUpperCase() as 'INGESTED', fileName, reason: outcome.reason ?? null, reportId: outcome.reportId ?? null, diagnostics };
    },
  },
  ImportResult: {
    report: (r, _, ctx) => (r.reportId ? ctx.loaders.report.load(r.reportId) : null),
    diagnostics: async (r, _, ctx) => (r.reportId && r.diagnostics.length === 0 ? ctx.loaders.diagnostics.load(r.reportId) : r.diagnostics),
  },
};
