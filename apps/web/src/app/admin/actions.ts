'use server';

import type { Role } from '@gongkai/schema/graphql';
import { CreateUserDocument, ResetUserPasswordDocument, SetUserDisabledDocument, SetUserRoleDocument } from '../../graphql/generated';
import type { ActionResult } from '../../lib/server-action';
import { actionAs } from '../../lib/server-action';
import { mutate } from '../../lib/graphql';

// Account management, as the signed-in admin: checked here, and again by the API (which logs it).

const role = (r: string): Role => (r === 'ADMIN' ? 'ADMIN' : r === 'EDITOR' ? 'EDITOR' : 'VIEWER');

export async function createUserAction(username: string, r: string, email: string | null): Promise<ActionResult<{ username: string; password: string }>> {
  return actionAs('admin', async () => {
    const made = (await mutate(CreateUserDocument, { username, role: role(r), email: email || null })).createUser;
    return { username: made.user.username, password: made.password };
  });
}

export async function setRoleAction(id: string, r: string): Promise<ActionResult<true>> {
  return actionAs('admin', async () => {
    await mutate(SetUserRoleDocument, { id, role: role(r) });
    return true as const;
  });
}

export async function setDisabledAction(id: string, disabled: boolean): Promise<ActionResult<true>> {
  return actionAs('admin', async () => {
    await mutate(SetUserDisabledDocument, { id, disabled });
    return true as const;
  });
}

export async function resetPasswordAction(id: string): Promise<ActionResult<{ username: string; password: string }>> {
  return actionAs('admin', async () => {
    const r = (await mutate(ResetUserPasswordDocument, { id })).resetUserPassword;
    return { username: r.user.username, password: r.password };
  });
}
