import { DIAGNOSTIC_CODES, RULE_CODES } from '@gongkai/schema/diagnostics';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { DataTable } from '../../components/ui/data-table';
import { FilterBar } from '../../components/ui/filter-bar';
import { HeatTable } from '../../components/ui/heat-table';
import { SyntheticBanner } from '../../components/ui/synthetic-banner';
import { ErrorBox, Skeleton } from '../../components/ui/widget-states';
import { DataQualityDocument, ReportsDocument, StatusDocument } from '../../graphql/generated';
import { CopiesSection, HierarchySection } from '../../components/insights/sections';
import type { Lang } from '../../i18n/messages';
import { langOf, t } from '../../i18n/messages';
import type { Filters, SearchParams } from '../../lib/filters';
import { href, langParam, linkWith, parseFilters, shortRegionCode, toReportFilter } from '../../lib/filters';
import { formatNumber } from '../../lib/format';
import { attempt, query } from '../../lib/graphql';
import { crossTable } from '../../lib/heat';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).quality.title };
}

export default async function QualityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = langOf(sp.lang);
  const m = t(lang);
  const filters = parseFilters(sp);
  return (
    <>
      <div className="page-head">
        <h1>{m.quality.title}</h1>
        <p>{m.quality.intro}</p>
      </div>
      <Suspense fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <FilterBar lang={lang} filters={filters} path="/quality" fields={['years', 'region', 'level', 'synthetic']} />
      </Suspense>
      <Suspense key={JSON.stringify(filters)} fallback={<Skeleton kind="chart" label={m.state.loading} />}>
        <Quality lang={lang} filters={filters} />
      </Suspense>
      <Suspense key={`insights-${JSON.stringify(filters)}`} fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <QualityInsights lang={lang} filters={filters} />
      </Suspense>
    </>
  );
}

/** Copied sections and hierarchy checks: the data-quality side of the insights, shortened, linking to /insights. */
async function QualityInsights({ lang, filters }: { lang: Lang; filters: Filters }) {
  const m = t(lang);
  const status = await attempt(() => query(StatusDocument, {}));
  if (!status.ok) return null;
  const latest = Math.max(...status.data.status.years);
  const year = filters.yearTo ?? (Number.isFinite(latest) ? latest : null);
  const oneYear = filters.yearFrom !== null && filters.yearFrom === filters.yearTo ? filters.yearFrom : null;
  const more = (anchor: string) => href('/insights', { year, region: filters.region, ...langParam(lang) }) + anchor;
  return (
    <>
      <section className="card section" aria-labelledby="quality-copies-title">
        <h2 id="quality-copies-title">{m.insights.copies}</h2>
        <p className="muted small">{m.insights.copiesIntro}</p>
        <CopiesSection lang={lang} year={oneYear} limit={10} />
        <p>
          <Link href={more('#copies')}>{m.insights.viewAll}</Link>
        </p>
      </section>
      {year !== null ? (
        <section className="section" aria-labelledby="quality-hierarchy-title">
          <h2 id="quality-hierarchy-title">
            {m.insights.hierarchy} <span className="muted small">{year}</span>
          </h2>
          <p className="muted small">{m.insights.hierarchyIntro}</p>
          <HierarchySection lang={lang} year={year} region={filters.region} />
        </section>
      ) : null}
    </>
  );
}

function codeLabel(code: string, lang: Lang, fallback: string): string {
  const known = DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES];
  return known ? known[lang] : fallback;
}

async function Quality({ lang, filters }: { lang: Lang; filters: Filters }) {
  const m = t(lang);
  const filter = toReportFilter(filters);
  const [result, counts] = await Promise.all([
    attempt(() => query(DataQualityDocument, { filter })),
    attempt(() => query(ReportsDocument, { filter, first: 1 })),
  ]);
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const q = result.data.dataQuality;
  if (q.reports === 0) return <p className="empty card">{m.state.empty}</p>;
  const drill = (code: string, extra: Record<string, string | number | null> = {}) => linkWith('/reports', lang, filters, { code, ...extra });
  const byYear = crossTable(
    q.byYear,
    (x) => x.code,
    (x) => x.year,
    (x) => x.reports,
  );
  const regionName = new Map(q.byRegion.map((x) => [x.region?.code ?? '', x.region?.name ?? m.quality.unlocated]));
  const byRegion = crossTable(
    q.byRegion,
    (x) => x.region?.code ?? '',
    (x) => x.code,
    (x) => x.reports,
  );
  const lp = langParam(lang);
  return (
    <>
      {counts.ok ? <SyntheticBanner lang={lang} synthetic={counts.data.reports.syntheticCount} total={counts.data.reports.totalCount} /> : null}
      <dl className="figures">
        <div className="figure" data-testid="figure-quality-reports">
          <dt>{m.quality.reports}</dt>
          <dd>{formatNumber(q.reports, lang)}</dd>
        </div>
        <div className="figure">
          <dt>{m.quality.withWarnings}</dt>
          <dd>{formatNumber(q.reportsWithWarnings, lang)}</dd>
        </div>
        <div className="figure">
          <dt>{m.quality.withErrors}</dt>
          <dd>{formatNumber(q.reportsWithErrors, lang)}</dd>
        </div>
      </dl>

      <div className="grid-2">
        <section className="card" aria-labelledby="rules-title">
          <h2 id="rules-title">{m.quality.byRule}</h2>
          <DataTable
            testId="quality-rules"
            head={
              <>
                <th scope="col">{m.quality.rule}</th>
                <th scope="col">{m.quality.meaning}</th>
                <th scope="col" className="num">
                  {m.quality.reportsCount}
                </th>
                <th scope="col">{m.quality.examples}</th>
              </>
            }
          >
            {q.byRule.map((r) => (
              <tr key={r.rule}>
                <th scope="row" className="nowrap">
                  {m.report.rule(String(r.rule))}
                </th>
                <td>{lang === 'zh' ? r.labelZh : r.labelEn}</td>
                <td className="num">
                  {r.reports > 0 && RULE_CODES[r.rule] ? (
                    <Link href={drill(RULE_CODES[r.rule]!)}>{formatNumber(r.reports, lang)}</Link>
                  ) : (
                    formatNumber(r.reports, lang)
                  )}
                </td>
                <td className="small">
                  {r.examples.slice(0, 3).map((e, i) => (
                    <span key={e.id}>
                      {i > 0 ? '，' : ''}
                      <Link href={href(`/reports/${e.id}`, lp)}>
                        {e.agency.name} {e.year}
                      </Link>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </DataTable>
          {q.byRule.every((r) => r.reports === 0) ? <p className="muted small">{m.quality.noneBroken}</p> : null}
        </section>

        <section className="card" aria-labelledby="codes-title">
          <h2 id="codes-title">{m.quality.byCode}</h2>
          {q.byCode.length === 0 ? (
            <p className="muted">{m.quality.empty}</p>
          ) : (
            <DataTable
              testId="quality-codes"
              head={
                <>
                  <th scope="col">{m.quality.code}</th>
                  <th scope="col">{m.quality.severity}</th>
                  <th scope="col" className="num">
                    {m.quality.diagnosticsCount}
                  </th>
                  <th scope="col" className="num">
                    {m.quality.reportsCount}
                  </th>
                </>
              }
            >
              {q.byCode.map((c) => (
                <tr key={`${c.code}-${c.severity}`}>
                  <th scope="row">
                    {codeLabel(c.code, lang, lang === 'zh' ? c.labelZh : c.labelEn)}
                    <div className="small muted">
                      <code>{c.code}</code>
                    </div>
                  </th>
                  <td>
                    <span className={`badge badge-${c.severity.toLowerCase()}`}>{m.report.severity[c.severity]}</span>
                  </td>
                  <td className="num">{formatNumber(c.diagnostics, lang)}</td>
                  <td className="num">
                    <Link href={drill(c.code)}>{formatNumber(c.reports, lang)}</Link>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      </div>

      <section className="card section" aria-labelledby="years-title">
        <h2 id="years-title">{m.quality.byYear}</h2>
        {byYear.rows.length === 0 ? (
          <p className="muted">{m.quality.empty}</p>
        ) : (
          <HeatTable
            testId="quality-years"
            table={byYear}
            corner={m.quality.code}
            columnHead={(y) => y}
            rowHead={(code) => (
              <>
                {codeLabel(code, lang, code)} <code className="small muted">{code}</code>
              </>
            )}
            cell={(code, y, v) => (v > 0 ? <Link href={drill(code, { yearFrom: y, yearTo: y })}>{formatNumber(v, lang)}</Link> : '·')}
          />
        )}
      </section>

      <section className="card section" aria-labelledby="regions-title">
        <h2 id="regions-title">{m.quality.byRegion}</h2>
        {byRegion.rows.length === 0 ? (
          <p className="muted">{m.quality.empty}</p>
        ) : (
          <HeatTable
            testId="quality-regions"
            table={byRegion}
            corner={m.reports.region}
            columnHead={(code) => <code>{code}</code>}
            columnTitle={(code) => codeLabel(code, lang, code)}
            rowHead={(region) => regionName.get(region)}
            cell={(region, code, v) =>
              v > 0 && region ? (
                <Link href={drill(code, { region: shortRegionCode(region) })}>{formatNumber(v, lang)}</Link>
              ) : v > 0 ? (
                formatNumber(v, lang)
              ) : (
                '·'
              )
            }
          />
        )}
      </section>
    </>
  );
}
