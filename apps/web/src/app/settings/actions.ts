'use server';

import { CreateApiTokenDocument, RevokeApiTokenDocument } from '../../graphql/generated';
import type { ActionResult } from '../../lib/server-action';
import { actionAs } from '../../lib/server-action';
import { mutate } from '../../lib/graphql';

// Personal API tokens, made and revoked as the signed-in user (the API caps a token at its owner's role).

export async function createTokenAction(name: string, role: 'VIEWER' | 'EDITOR', expiresInDays: number | null): Promise<ActionResult<{ token: string }>> {
  return actionAs('viewer', async () => ({ token: (await mutate(CreateApiTokenDocument, { name, role, expiresInDays })).createApiToken.token }));
}

export async function revokeTokenAction(id: string): Promise<ActionResult<boolean>> {
  return actionAs('viewer', async () => (await mutate(RevokeApiTokenDocument, { id })).revokeApiToken);
}
