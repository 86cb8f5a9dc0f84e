'use server';

import type { Role } from '@gongkai/schema/graphql';
import { CreateUserDocument, ResetUserPasswordDocument, SetUserDisabledDocument, SetUserRoleDocument } from '../../graphql/generated';
import { actionRole } from '../../lib/access';
import { ApiError, mutate } from '../../lib/graphql';

// Account management, as the signed-in admin: checked here, and again by the API (which logs it).

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

async function asAdmin<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  const allowed = await actionRole('admin');
  if (!allowed.ok) return allowed;
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const e = error instanceof ApiError ? error : new ApiError(String(error), 'UNKNOWN', { cause: error });
    return { ok: false, code: e.code, message: e.message };
  }
}

const role = (r: string): Role => (r === 'ADMIN' ? 'ADMIN' : r === 'EDITOR' ? 'EDITOR' : 'VIEWER');

export async function createUserAction(username: string, r: string, email: string | null): Promise<ActionResult<{ username: string; password: string }>> {
  return asAdmin(async () => {
    const made = (await mutate(CreateUserDocument, { username, role: role(r), email: email || null })).createUser;
    return { username: made.user.username, password: made.password };
  });
}

export async function setRoleAction(id: string, r: string): Promise<ActionResult<true>> {
  return asAdmin(async () => {
    await mutate(SetUserRoleDocument, { id, role: role(r) });
    return true as const;
  });
}

export async function setDisabledAction(id: string, disabled: boolean): Promise<ActionResult<true>> {
  return asAdmin(async () => {
    await mutate(SetUserDisabledDocument, { id, disabled });
    return true as const;
  });
}

export async function resetPasswordAction(id: string): Promise<ActionResult<{ username: string; password: string }>> {
  return asAdmin(async () => {
    const r = (await mutate(ResetUserPasswordDocument, { id })).resetUserPassword;
    return { username: r.user.username, password: r.password };
  });
}
