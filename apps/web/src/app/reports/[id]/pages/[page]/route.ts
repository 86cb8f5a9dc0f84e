import { ScanPageImageDocument } from '../../../../../graphql/generated';
import { query } from '../../../../../lib/graphql';

// A scanned report's page as a PNG, for the report page to show where a number read by OCR stands. Read
// through the API on behalf of whoever asks (a private report stays private); one page per request.

export async function GET(_: Request, { params }: { params: Promise<{ id: string; page: string }> }): Promise<Response> {
  const { id, page } = await params;
  const n = Number(page);
  if (!/^\d{1,9}$/.test(id) || !Number.isInteger(n) || n < 1 || n > 10_000) return new Response('bad page', { status: 400 });
  const data = await query(ScanPageImageDocument, { id, page: n });
  const image = data.report?.scanPage?.image;
  const match = image ? /^data:image\/png;base64,(.+)$/.exec(image) : null;
  if (!match) return new Response('no such page', { status: 404 });
  return new Response(Buffer.from(match[1]!, 'base64'), {
    headers: { 'content-type': 'image/png', 'cache-control': 'private, max-age=3600', 'x-content-type-options': 'nosniff' },
  });
}
