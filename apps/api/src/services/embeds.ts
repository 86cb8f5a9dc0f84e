import { createHmac } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { DomainError } from '../errors.ts';
import type { NotebookRow } from './notebooks.ts';

// Signed embeds, as Metabase signs them: a JWT (HS256, jose) over the notebook, the chart cell, the
// parameters locked at their values, and an optional expiry. Parameters not in the token stay the
// reader's to change. The key is derived from the server's auth secret, so it never leaves the API.

export interface EmbedClaims {
  notebookId: string;
  cellId: string;
  /** Parameter name → value, fixed for the reader. */
  locked: Record<string, unknown>;
  expiresAt: string | null;
}

const AUDIENCE = 'gongkai-embed';
const MAX_LOCKED_BYTES = 4_000;
export const MAX_EMBED_DAYS = 3650;

const keyOf = (secret: string) => new Uint8Array(createHmac('sha256', secret).update('gongkai embed signing key v1').digest());

export async function signEmbed(
  secret: string,
  notebook: NotebookRow,
  cellId: string,
  locked: Record<string, unknown>,
  expiresInDays?: number | null,
): Promise<{ token: string; claims: EmbedClaims }> {
  const cell = notebook.document.cells.find((c) => c.id === cellId);
  if (!cell || cell.kind !== 'chart') throw new DomainError('BAD_USER_INPUT', `notebook ${notebook.id} has no chart cell “${cellId}”`);
  if (locked === null || typeof locked !== 'object' || Array.isArray(locked))
    throw new DomainError('BAD_USER_INPUT', 'locked parameters are an object of name → value');
  const names = new Set(notebook.document.cells.filter((c) => c.kind === 'parameter').map((c) => (c as { name: string }).name));
  for (const name of Object.keys(locked)) if (!names.has(name)) throw new DomainError('BAD_USER_INPUT', `the notebook has no parameter “${name}”`);
  if (JSON.stringify(locked).length > MAX_LOCKED_BYTES) throw new DomainError('BAD_USER_INPUT', `locked parameters are larger than ${MAX_LOCKED_BYTES} bytes`);
  if (expiresInDays != null && !(Number.isInteger(expiresInDays) && expiresInDays >= 1 && expiresInDays <= MAX_EMBED_DAYS))
    throw new DomainError('BAD_USER_INPUT', `expiresInDays is 1–${MAX_EMBED_DAYS}`);
  let jwt = new SignJWT({ nb: notebook.id, cell: cellId, params: locked }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setAudience(AUDIENCE);
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
  if (expiresAt) jwt = jwt.setExpirationTime(Math.floor(expiresAt.getTime() / 1000));
  return { token: await jwt.sign(keyOf(secret)), claims: { notebookId: notebook.id, cellId, locked, expiresAt: expiresAt?.toISOString() ?? null } };
}

/** The claims of a genuine, unexpired embed token; a FORBIDDEN DomainError saying why otherwise. */
export async function verifyEmbed(secret: string, token: string): Promise<EmbedClaims> {
  if (token.length > 8_000) throw new DomainError('FORBIDDEN', 'embed token too long');
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { algorithms: ['HS256'], audience: AUDIENCE });
    if (typeof payload.nb !== 'string' || typeof payload.cell !== 'string' || payload.params === null || typeof payload.params !== 'object')
      throw new DomainError('FORBIDDEN', 'embed token without notebook and cell');
    return {
      notebookId: payload.nb,
      cellId: payload.cell,
      locked: payload.params as Record<string, unknown>,
      expiresAt: payload.exp ? new Date(payload.exp * 1000).toISOString() : null,
    };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (error instanceof errors.JWTExpired) throw new DomainError('FORBIDDEN', 'this embed has expired', { cause: error });
    throw new DomainError('FORBIDDEN', 'this embed’s signature is not valid', { cause: error });
  }
}
