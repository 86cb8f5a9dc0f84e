import { LEVEL_LABELS } from '@gongkai/schema/measures';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { DataTable } from '../../components/ui/data-table';
import { FilterBar } from '../../components/ui/filter-bar';
import { Pager } from '../../components/ui/pager';
import { SyntheticBadge } from '../../components/ui/synthetic-banner';
import { ErrorBox, Skeleton } from '../../components/ui/widget-states';
import { AgenciesDocument } from '../../graphql/generated';
import type { Lang } from '../../i18n/messages';
import { langOf, t } from '../../i18n/messages';
import type { Filters, SearchParams } from '../../lib/filters';
import { href, langParam, param, parseFilters } from '../../lib/filters';
import { formatNumber } from '../../lib/format';
import { attempt, query } from '../../lib/graphql';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).agencies.title };
}

const PAGE_SIZE = 30;

export default async function AgenciesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = langOf(sp.lang);
  const m = t(lang);
  const filters = parseFilters(sp);
  const search = param(sp, 'search')?.slice(0, 100) ?? null;
  const after = param(sp, 'after') ?? null;
  return (
    <>
      <div className="page-head">
        <h1>{m.agencies.title}</h1>
      </div>
      <Suspense fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <FilterBar lang={lang} filters={filters} path="/agencies" fields={['search', 'region', 'level', 'synthetic']} search={search ?? undefined} />
      </Suspense>
      <Suspense key={JSON.stringify([filters, search, after])} fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <AgencyList lang={lang} filters={filters} search={search} after={after} />
      </Suspense>
    </>
  );
}

async function AgencyList({ lang, filters, search, after }: { lang: Lang; filters: Filters; search: string | null; after: string | null }) {
  const m = t(lang);
  const result = await attempt(() =>
    query(AgenciesDocument, { search, regionCode: filters.region, level: filters.level, synthetic: filters.synthetic, first: PAGE_SIZE, after }),
  );
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const page = result.data.agencies;
  if (page.totalCount === 0) return <p className="empty card">{m.state.empty}</p>;
  const lp = langParam(lang);
  return (
    <section className="card" aria-label={m.agencies.title}>
      <p className="muted" data-testid="agency-count">
        {m.agencies.count(formatNumber(page.totalCount, lang))}
      </p>
      <DataTable
        testId="agency-list"
        head={
          <>
            <th scope="col">{m.agencies.name}</th>
            <th scope="col">{m.agencies.region}</th>
            <th scope="col" className="hide-phone">
              {m.agencies.level}
            </th>
            <th scope="col">{m.agencies.years}</th>
          </>
        }
      >
        {page.edges.map(({ node: a }) => (
          <tr key={a.id}>
            <td>
              <Link href={href(`/agencies/${a.id}`, lp)} data-testid="agency-link">
                {a.name}
              </Link>{' '}
              {a.synthetic ? <SyntheticBadge lang={lang} /> : null}
            </td>
            <td>{a.region?.name ?? '—'}</td>
            <td className="hide-phone">{a.level ? LEVEL_LABELS[a.level][lang] : '—'}</td>
            <td className="small">{[...a.years].sort((x, y) => x - y).join(', ') || '—'}</td>
          </tr>
        ))}
      </DataTable>
      <Pager lang={lang} path="/agencies" filters={filters} params={{ search }} after={after} pageInfo={page.pageInfo} />
    </section>
  );
}
