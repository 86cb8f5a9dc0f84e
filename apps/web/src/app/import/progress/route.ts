import { ImportProgressDocument } from '../../../graphql/generated';
import { ApiError, query } from '../../../lib/graphql';

// How far the viewer's own running import has got (a scan, read page by page), for the import page to
// show while it waits. A route, not a server action: a page runs its actions one at a time, and the
// import itself is one. The API checks who asks; the key is the upload's random UUID.

export async function GET(request: Request): Promise<Response> {
  const key = new URL(request.url).searchParams.get('key') ?? '';
  if (key.length > 64) return Response.json({ error: 'key too long' }, { status: 400 });
  try {
    const data = await query(ImportProgressDocument, { progressKey: key });
    return Response.json(data.importProgress ?? null, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    // Nobody signed in: the reader sends the page to sign in (a redirect thrown), which a poll cannot follow.
    const redirected = String((error as { digest?: unknown }).digest ?? '').startsWith('NEXT_REDIRECT');
    const code = error instanceof ApiError ? error.code : redirected ? 'UNAUTHENTICATED' : 'UNKNOWN';
    return Response.json({ error: code }, { status: code === 'BAD_USER_INPUT' ? 400 : code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? 403 : 502 });
  }
}
