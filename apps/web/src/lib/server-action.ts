import { actionRole } from './access';
import { ApiError } from './graphql';

// The one way a server action answers: checked on this server for the role it needs (a forged call is
// refused here too), then its work, with a failure as data the client shows, never a thrown error.

export type ActionFailure = { ok: false; code: string; message: string };
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** A thrown error as the failure a client sees: an API error keeps its code, anything else is UNKNOWN. */
export function actionFailure(error: unknown): ActionFailure {
  const e = error instanceof ApiError ? error : new ApiError(String(error), 'UNKNOWN', { cause: error });
  return { ok: false, code: e.code, message: e.message };
}

/** Runs `work` for a signed-in user with `role`; `fail` turns what it throws into the answer. */
export async function actionAs<T>(
  role: 'viewer' | 'editor' | 'admin',
  work: () => Promise<T>,
  fail: (error: unknown) => ActionFailure = actionFailure,
): Promise<ActionResult<T>> {
  const allowed = await actionRole(role);
  if (!allowed.ok) return allowed;
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return fail(error);
  }
}
