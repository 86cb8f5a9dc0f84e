import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { headers } from 'next/headers';
import type { AccessQuery } from '../graphql/generated';
import { AccessDocument } from '../graphql/generated';
import { ApiError, query } from './graphql';
import { PATH_HEADER } from './paths';

// Who is looking, as the API sees them (their session cookie travels with every request): the pages
// and actions that write check it on this server, and the API checks it again.

export type Access = AccessQuery['access'];

const ANONYMOUS: Access = { user: null, via: 'ANONYMOUS', role: null, publicReads: true, embeds: 'PUBLIC', canRead: true, canWrite: false, isAdmin: false };

/** Once per render; an unreachable API reads as nobody signed in (the page shows its own error). */
export const getAccess = cache(async (): Promise<Access> => {
  try {
    return (await query(AccessDocument, {})).access;
  } catch (error) {
    if (error instanceof ApiError) return ANONYMOUS;
    throw error;
  }
});

async function loginPath(): Promise<string> {
  const next = (await headers()).get(PATH_HEADER) ?? '/';
  return `/login?next=${encodeURIComponent(next)}`;
}

/** For pages that write: nobody signed in → the sign-in page; signed in without the role → 403. */
export async function requirePageRole(role: 'editor' | 'admin'): Promise<Access> {
  const access = await getAccess();
  if (!access.user && access.via !== 'OPERATOR') redirect(await loginPath());
  if (role === 'editor' ? !access.canWrite : !access.isAdmin) forbidden();
  return access;
}

/** For server actions: the same check, as a result the caller returns (a forged call gets it too). */
export async function actionRole(role: 'editor' | 'admin' | 'viewer'): Promise<{ ok: true; access: Access } | { ok: false; code: string; message: string }> {
  const access = await getAccess();
  if (!access.user) return { ok: false, code: 'UNAUTHENTICATED', message: 'sign in first' };
  const allowed = role === 'viewer' ? true : role === 'editor' ? access.canWrite : access.isAdmin;
  if (!allowed) return { ok: false, code: 'FORBIDDEN', message: `this needs the ${role} role; you are ${access.role?.toLowerCase() ?? 'nobody'}` };
  return { ok: true, access };
}
