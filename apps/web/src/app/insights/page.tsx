import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AnomaliesSection, CopiesSection, HierarchySection } from '../../components/insights/sections';
import { ErrorBox, Skeleton } from '../../components/ui/widget-states';
import { StatusDocument } from '../../graphql/generated';
import { langOf, t } from '../../i18n/messages';
import type { SearchParams } from '../../lib/filters';
import { param, parseFilters } from '../../lib/filters';
import { attempt, query } from '../../lib/graphql';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).insights.title };
}

/** Anomalies, copied sections and hierarchy checks of one year (and region): each figure links to its report. */
export default async function InsightsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = langOf(sp.lang);
  const m = t(lang);
  const region = parseFilters(sp).region;
  const status = await attempt(() => query(StatusDocument, {}));
  if (!status.ok) return <ErrorBox error={status.error} lang={lang} />;
  const years = [...status.data.status.years].sort((a, b) => b - a);
  const yearParam = Number(param(sp, 'year'));
  const year = years.includes(yearParam) ? yearParam : (years[0] ?? new Date().getFullYear());
  const loading = <Skeleton kind="lines" label={m.state.loading} />;
  return (
    <>
      <div className="page-head">
        <h1>{m.insights.title}</h1>
        <p className="muted">{m.insights.intro}</p>
      </div>
      <form className="filters" method="get" action="/insights" data-testid="insights-form">
        <label>
          {m.insights.year}
          <select name="year" defaultValue={String(year)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.filters.region}
          <input name="region" defaultValue={region ?? ''} inputMode="numeric" pattern="\d{2,6}" maxLength={6} placeholder="32" />
        </label>
        {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <button type="submit" className="button">
          {m.insights.show}
        </button>
      </form>
      <section className="card section" aria-labelledby="anomalies-title" id="anomalies">
        <h2 id="anomalies-title">{m.insights.anomalies}</h2>
        <Suspense key={`a-${year}-${region}`} fallback={loading}>
          <AnomaliesSection lang={lang} year={year} region={region} />
        </Suspense>
      </section>
      <section className="card section" aria-labelledby="copies-title" id="copies">
        <h2 id="copies-title">{m.insights.copies}</h2>
        <p className="muted small">{m.insights.copiesIntro}</p>
        <Suspense key={`c-${year}`} fallback={loading}>
          <CopiesSection lang={lang} year={year} />
        </Suspense>
      </section>
      <section className="section" aria-labelledby="hierarchy-title" id="hierarchy">
        <h2 id="hierarchy-title">{m.insights.hierarchy}</h2>
        <p className="muted small">{m.insights.hierarchyIntro}</p>
        <Suspense key={`h-${year}-${region}`} fallback={loading}>
          <HierarchySection lang={lang} year={year} region={region} />
        </Suspense>
      </section>
    </>
  );
}
