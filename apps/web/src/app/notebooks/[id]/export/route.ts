import { NotebookExportDocument } from '../../../../graphql/generated';
import { ApiError, query } from '../../../../lib/graphql';
import { fileName } from '../../../../lib/notebook/downloads';

// Export: the notebook as a file (Notebook.exportJson), which the list page's import reads back.

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const data = await query(NotebookExportDocument, { id });
    if (!data.notebook) return new Response('notebook not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    const name = fileName(data.notebook.title, 'json');
    return new Response(data.notebook.exportJson, {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        // An ASCII fallback, and the real (Chinese) name per RFC 6266.
        'content-disposition': `attachment; filename="notebook-${data.notebook.id}.json"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    const e = error instanceof ApiError ? error : new ApiError(String(error), 'UNKNOWN', { cause: error });
    return new Response(`${e.code}: ${e.message}\n`, { status: 502, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
}
