'use server';

import { env } from '../../env';
import { ImportReportDocument } from '../../graphql/generated';
import type { ImportReportMutation } from '../../graphql/generated';
import { ApiError, mutate } from '../../lib/graphql';

// The import goes through the API's importReport with the API token, which stays on this server.

const MAX_BYTES = 20 * 1024 * 1024;

export type ImportOutcome =
  | { ok: true; result: ImportReportMutation['importReport'] }
  | { ok: false; fileName: string; code: string; message: string };

export async function importFile(form: FormData): Promise<ImportOutcome> {
  const file = form.get('file');
  if (!(file instanceof File)) return { ok: false, fileName: '', code: 'BAD_USER_INPUT', message: 'no file' };
  if (!env.GONGKAI_API_TOKEN) return { ok: false, fileName: file.name, code: 'NO_TOKEN', message: 'GONGKAI_API_TOKEN is not set on the web server' };
  if (file.size > MAX_BYTES) return { ok: false, fileName: file.name, code: 'PAYLOAD_TOO_LARGE', message: `${(file.size / 1048576).toFixed(1)} MB > 20 MB` };
  try {
    const content = Buffer.from(await file.arrayBuffer()).toString('base64');
    const data = await mutate(ImportReportDocument, { fileName: file.name, content }, env.GONGKAI_API_TOKEN);
    return { ok: true, result: data.importReport };
  } catch (error) {
    const e = error instanceof ApiError ? error : new ApiError(String(error), 'UNKNOWN', { cause: error });
    return { ok: false, fileName: file.name, code: e.code, message: e.message };
  }
}
