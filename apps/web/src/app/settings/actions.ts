'use server';

import { CreateApiTokenDocument, RevokeApiTokenDocument } from '../../graphql/generated';
import { actionRole } from '../../lib/access';
import { ApiError, mutate } from '../../lib/graphql';

// Personal API tokens, made and revoked as the signed-in user (the API caps a token at its owner's role).

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

async function asUser<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  const allowed = await actionRole('viewer');
  if (!allowed.ok) return allowed;
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const e = error instanceof ApiError ? error : new ApiError(String(error), 'UNKNOWN', { cause: error });
    return { ok: false, code: e.code, message: e.message };
  }
}

export async function createTokenAction(name: string, role: 'VIEWER' | 'EDITOR', expiresInDays: number | null): Promise<ActionResult<{ token: string }>> {
  return asUser(async () => ({ token: (await mutate(CreateApiTokenDocument, { name, role, expiresInDays })).createApiToken.token }));
}

export async function revokeTokenAction(id: string): Promise<ActionResult<boolean>> {
  return asUser(async () => (await mutate(RevokeApiTokenDocument, { id })).revokeApiToken);
}
