import { RunAnalyticsDocument } from '../../graphql/generated';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import { column, scalar } from '../../lib/analytics';
import type { Filters } from '../../lib/filters';
import { linkWith, toReportFilter } from '../../lib/filters';
import { formatCount, formatNumber, formatPercent, formatYearRange } from '../../lib/format';
import { attempt, query } from '../../lib/graphql';
import { headlineVariables } from '../../lib/headline';
import { SyntheticBanner } from '../ui/synthetic-banner';
import { ErrorBox } from '../ui/widget-states';

/** The headline figures, with the synthetic banner for everything the page shows under these filters. */
export async function Headline({ lang, filters }: { lang: Lang; filters: Filters }) {
  const m = t(lang);
  const filter = toReportFilter(filters);
  const [totals, perYear] = await Promise.all([
    attempt(() => query(RunAnalyticsDocument, headlineVariables(filter))),
    attempt(() => query(RunAnalyticsDocument, { query: { measures: ['reports'], groupBy: ['YEAR'], filter } })),
  ]);
  if (!totals.ok) return <ErrorBox error={totals.error} lang={lang} />;
  const result = totals.data.analytics;
  if (result.totalReports === 0) return <p className="empty card">{m.state.empty}</p>;
  const years = perYear.ok ? ((column(perYear.data.analytics, 'YEAR')?.values ?? []).filter((y) => typeof y === 'number') as number[]) : [];
  const figure = (key: string, label: string, value: string, note?: string) => (
    <div className="figure" data-testid={`figure-${key}`}>
      <dt>{label}</dt>
      <dd>
        <span data-value>{value}</span>
        {note ? <small>{note}</small> : null}
      </dd>
    </div>
  );
  return (
    <>
      <SyntheticBanner
        lang={lang}
        synthetic={result.syntheticReports}
        total={result.totalReports}
        excludeHref={linkWith('/', lang, { ...filters, synthetic: 'EXCLUDE' })}
      />
      <dl className="figures" aria-label={m.headline.title}>
        {figure('reports', m.headline.reports, formatCount(scalar(result, 'reports'), '份', lang))}
        {figure('agencies', m.headline.agencies, formatCount(scalar(result, 'agencies'), '个', lang))}
        {figure(
          'years',
          m.headline.years,
          formatYearRange(years, lang),
          lang === 'zh' ? `${formatNumber(years.length, lang)} 个年度` : `${years.length} years`,
        )}
        {figure('requests', m.headline.requests, formatCount(scalar(result, 'applications.newlyReceived.total'), '件', lang))}
        {figure('granted', m.headline.granted, formatPercent(scalar(result, 'rate.granted'), lang))}
        {figure('reconsiderations', m.headline.reconsiderations, formatCount(scalar(result, 'review.reconsideration.total'), '件', lang))}
        {figure('lawsuits', m.headline.lawsuits, formatCount(scalar(result, 'litigation.total'), '件', lang))}
        {figure('penalties', m.headline.penalties, formatCount(scalar(result, 'active.penalties.decisions'), '件', lang))}
      </dl>
    </>
  );
}
