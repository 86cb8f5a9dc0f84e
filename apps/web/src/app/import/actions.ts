'use server';

import { ImportReportDocument } from '../../graphql/generated';
import type { ImportReportMutation } from '../../graphql/generated';
import { actionRole } from '../../lib/access';
import { ApiError, mutate } from '../../lib/graphql';

// The import goes through the API's importReport as the signed-in user: an editor, checked here and
// again by the API. A call forged by anyone else gets FORBIDDEN or UNAUTHENTICATED and imports nothing.

const MAX_BYTES = 20 * 1024 * 1024;

export type ImportOutcome = { ok: true; result: ImportReportMutation['importReport'] } | { ok: false; fileName: string; code: string; message: string };

export async function importFile(form: FormData): Promise<ImportOutcome> {
  const file = form.get('file');
  const allowed = await actionRole('editor');
  if (!allowed.ok) return { ok: false, fileName: file instanceof File ? file.name : '', code: allowed.code, message: allowed.message };
  if (!(file instanceof File)) return { ok: false, fileName: '', code: 'BAD_USER_INPUT', message: 'no file' };
  if (file.size > MAX_BYTES) return { ok: false, fileName: file.name, code: 'PAYLOAD_TOO_LARGE', message: `${(file.size / 1048576).toFixed(1)} MB > 20 MB` };
  try {
    const content = Buffer.from(await file.arrayBuffer()).toString('base64');
    const key = form.get('progressKey');
    const data = await mutate(ImportReportDocument, { fileName: file.name, content, progressKey: typeof key === 'string' && key ? key : null });
    return { ok: true, result: data.importReport };
  } catch (error) {
    const e = error instanceof ApiError ? error : new ApiError(String(error), 'UNKNOWN', { cause: error });
    return { ok: false, fileName: file.name, code: e.code, message: e.message };
  }
}
