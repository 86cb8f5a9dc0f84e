import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ApplicantsWidget, CoverageWidget, DecisionsWidget, OutcomesWidget, ReviewWidget } from '../components/overview/chart-widgets';
import { Headline } from '../components/overview/headline';
import { OverviewInsights } from '../components/insights/overview-insights';
import { FilterBar } from '../components/ui/filter-bar';
import { Skeleton } from '../components/ui/widget-states';
import { langOf, t } from '../i18n/messages';
import type { SearchParams } from '../lib/filters';
import { parseFilters } from '../lib/filters';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const lang = langOf((await searchParams).lang);
  return { title: t(lang).nav.overview };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = langOf(sp.lang);
  const filters = parseFilters(sp);
  const m = t(lang);
  const props = { lang, filters };
  const chart = <Skeleton kind="chart" label={m.state.loading} />;
  return (
    <>
      <div className="page-head">
        <h1>{m.nav.overview}</h1>
        <p>{m.appTagline}</p>
      </div>
      <Suspense fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <FilterBar lang={lang} filters={filters} path="/" />
      </Suspense>
      <Suspense fallback={<Skeleton kind="figures" label={m.state.loading} />}>
        <Headline {...props} />
      </Suspense>
      <Suspense fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <OverviewInsights {...props} />
      </Suspense>
      <div className="grid-2">
        <Suspense fallback={chart}>
          <ApplicantsWidget {...props} />
        </Suspense>
        <Suspense fallback={chart}>
          <CoverageWidget {...props} />
        </Suspense>
        <Suspense fallback={chart}>
          <OutcomesWidget {...props} percent={false} />
        </Suspense>
        <Suspense fallback={chart}>
          <OutcomesWidget {...props} percent />
        </Suspense>
        <Suspense fallback={chart}>
          <DecisionsWidget {...props} />
        </Suspense>
        <Suspense fallback={chart}>
          <ReviewWidget {...props} />
        </Suspense>
      </div>
    </>
  );
}
