import Link from 'next/link';
import { AnomaliesDocument, CopiedSectionsDocument, HierarchyChecksDocument, StatusDocument } from '../../graphql/generated';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import type { Filters } from '../../lib/filters';
import { href, langParam } from '../../lib/filters';
import { formatNumber } from '../../lib/format';
import { attempt, query } from '../../lib/graphql';

/** The overview's pointer to the insights: how many anomalies, copies and sums that do not add up, linked. */
export async function OverviewInsights({ lang, filters }: { lang: Lang; filters: Filters }) {
  const m = t(lang);
  const status = await attempt(() => query(StatusDocument, {}));
  if (!status.ok || status.data.status.years.length === 0) return null;
  const year = filters.yearTo ?? Math.max(...status.data.status.years);
  const [anomalies, copies, hierarchy] = await Promise.all([
    attempt(() => query(AnomaliesDocument, { filter: { year, regionCode: filters.region, level: filters.level }, first: 1 })),
    attempt(() => query(CopiedSectionsDocument, { year, first: 1 })),
    attempt(() => query(HierarchyChecksDocument, { year, regionCode: filters.region })),
  ]);
  const link = (anchor: string) => href('/insights', { year, region: filters.region, ...langParam(lang) }) + anchor;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <section className="card section" aria-labelledby="overview-insights-title" data-testid="overview-insights">
      <h2 id="overview-insights-title">
        {m.insights.overviewTitle} <span className="muted small">{year}</span>
      </h2>
      <ul className="inline-list">
        {anomalies.ok ? (
          <li>
            <Link href={link('#anomalies')} data-testid="overview-anomalies">
              {anomalies.data.anomalies.totalCount > 0 ? m.insights.overviewLink(n(anomalies.data.anomalies.totalCount)) : m.insights.overviewNone}
            </Link>
          </li>
        ) : null}
        {copies.ok ? (
          <li>
            <Link href={link('#copies')}>{m.insights.qualityCopies(n(copies.data.copiedSections.totalCount))}</Link>
          </li>
        ) : null}
        {hierarchy.ok && hierarchy.data.hierarchyChecks.length > 0 ? (
          <li>
            <Link href={link('#hierarchy')}>
              {m.insights.qualityHierarchy(
                n(hierarchy.data.hierarchyChecks.filter((h) => h.status === 'ADDS_UP').length),
                n(hierarchy.data.hierarchyChecks.filter((h) => h.status === 'MISMATCH').length),
                n(hierarchy.data.hierarchyChecks.filter((h) => h.status === 'INCOMPLETE').length),
              )}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
