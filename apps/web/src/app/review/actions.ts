'use server';

import { CorrectCellDocument, RevertCorrectionDocument, ReviewDiagnosticDocument } from '../../graphql/generated';
import type { DiagnosticReviewStatus } from '@gongkai/schema/graphql';
import type { CorrectCellMutation, ReviewDiagnosticMutation } from '../../graphql/generated';
import { mutate } from '../../lib/graphql';
import type { ActionResult } from '../../lib/server-action';
import { actionAs } from '../../lib/server-action';

// Review writes go through the API as the signed-in user: an editor, checked here and again by the API.

export async function correctCellAction(
  reportId: string,
  path: string,
  value: string | null,
  reason: string,
): Promise<ActionResult<CorrectCellMutation['correctCell']>> {
  return actionAs('editor', async () => (await mutate(CorrectCellDocument, { reportId, path, value, reason })).correctCell);
}

export async function reviewDiagnosticAction(
  id: string,
  status: DiagnosticReviewStatus,
  comment: string | null,
): Promise<ActionResult<ReviewDiagnosticMutation['reviewDiagnostic']>> {
  return actionAs('editor', async () => (await mutate(ReviewDiagnosticDocument, { id, status, comment })).reviewDiagnostic);
}

export async function revertCorrectionAction(id: string): Promise<ActionResult<{ id: string; status: string }>> {
  return actionAs('editor', async () => (await mutate(RevertCorrectionDocument, { id })).revertCorrection);
}
