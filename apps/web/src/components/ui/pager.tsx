import Link from 'next/link';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import type { Filters, Params } from '../../lib/filters';
import { linkWith } from '../../lib/filters';

/** A cursor list's links: back to the first page (when not on it) and on to the next (when there is one). */
export function Pager({
  lang,
  path,
  filters,
  params,
  after,
  pageInfo,
  nextTestId,
}: {
  lang: Lang;
  path: string;
  filters: Filters;
  /** The page's own params besides the filters, kept on both links. */
  params: Params;
  after: string | null;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nextTestId?: string;
}) {
  const m = t(lang);
  return (
    <nav className="pager" aria-label="pagination">
      {after ? <Link href={linkWith(path, lang, filters, params)}>{m.reports.first}</Link> : null}
      {pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Link href={linkWith(path, lang, filters, { ...params, after: pageInfo.endCursor })} data-testid={nextTestId}>
          {m.reports.next}
        </Link>
      ) : null}
    </nav>
  );
}
