import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { QueueKeys } from '../../components/review/queue-keys';
import { DataTable } from '../../components/ui/data-table';
import { FilterBar } from '../../components/ui/filter-bar';
import { Pager } from '../../components/ui/pager';
import { SyntheticBadge } from '../../components/ui/synthetic-banner';
import { ErrorBox, Skeleton } from '../../components/ui/widget-states';
import { ReviewQueueDocument } from '../../graphql/generated';
import type { Lang } from '../../i18n/messages';
import { langOf, t } from '../../i18n/messages';
import type { Filters, SearchParams } from '../../lib/filters';
import { href, langParam, param, parseFilters, toReportFilter } from '../../lib/filters';
import { formatNumber } from '../../lib/format';
import { attempt, query } from '../../lib/graphql';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).review.queueTitle };
}

const PAGE_SIZE = 25;

/** Reports in the order they most need a person; anyone who can read sees it, editors work through it. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = langOf(sp.lang);
  const m = t(lang);
  const filters = parseFilters(sp);
  const after = param(sp, 'after') ?? null;
  return (
    <>
      <div className="page-head">
        <h1>{m.review.queueTitle}</h1>
        <p className="muted">{m.review.queueIntro}</p>
      </div>
      <Suspense fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <FilterBar lang={lang} filters={filters} path="/review" hidden={{}} />
      </Suspense>
      <Suspense key={JSON.stringify([filters, after])} fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <Queue lang={lang} filters={filters} after={after} />
      </Suspense>
    </>
  );
}

async function Queue({ lang, filters, after }: { lang: Lang; filters: Filters; after: string | null }) {
  const m = t(lang);
  const result = await attempt(() => query(ReviewQueueDocument, { filter: toReportFilter(filters), first: PAGE_SIZE, after }));
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const page = result.data.reviewQueue;
  if (page.totalCount === 0) return <p className="empty card">{m.review.nothing}</p>;
  const count = (n: number, cls: string) => (n > 0 ? <span className={`badge ${cls}`}>{formatNumber(n, lang)}</span> : <span className="muted">0</span>);
  return (
    <section className="card" aria-label={m.review.queueTitle}>
      <p className="muted small">
        {m.reports.count(`${formatNumber(page.totalCount, lang)}${page.totalCountCapped ? '+' : ''}`)} · {m.review.queueKeys}
      </p>
      <QueueKeys>
        <DataTable
          testId="review-queue"
          head={
            <>
              <th scope="col">{m.review.columns.agency}</th>
              <th scope="col">{m.review.columns.year}</th>
              <th scope="col">{m.review.columns.errors}</th>
              <th scope="col">{m.review.columns.stale}</th>
              <th scope="col">{m.review.columns.empty}</th>
              <th scope="col" className="hide-phone">
                {m.review.columns.inferred}
              </th>
              <th scope="col" className="hide-phone">
                {m.review.columns.warnings}
              </th>
              <th scope="col">{m.review.columns.state}</th>
            </>
          }
        >
          {page.edges.map(({ node: n }) => (
            <tr key={n.report.id} data-report-id={n.report.id}>
              <td>
                <Link href={href(`/review/${n.report.id}`, langParam(lang))} data-testid="review-open">
                  {n.report.agencyTitle ?? n.report.agency.name}
                </Link>{' '}
                {n.report.synthetic ? <SyntheticBadge lang={lang} /> : null}
              </td>
              <td className="nowrap">{n.report.year ?? '—'}</td>
              <td>{count(n.openErrors, 'badge-error')}</td>
              <td>{count(n.staleCorrections, 'badge-warning')}</td>
              <td>{count(n.emptyCells, 'badge-info')}</td>
              <td className="hide-phone">{count(n.inferredLarge, 'badge-info')}</td>
              <td className="hide-phone">{count(n.openWarnings, 'badge-warning')}</td>
              <td className="nowrap">{m.review.states[n.report.reviewStatus.state]}</td>
            </tr>
          ))}
        </DataTable>
      </QueueKeys>
      <Pager lang={lang} path="/review" filters={filters} params={{}} after={after} pageInfo={page.pageInfo} />
    </section>
  );
}
