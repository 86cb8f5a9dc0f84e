import type { AdminLevel } from '@gongkai/schema/graphql';
import { ADMIN_LEVELS, LEVEL_LABELS, MEASURES } from '@gongkai/schema/measures';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Distribution } from '../../components/rankings/distribution';
import { DataTable } from '../../components/ui/data-table';
import { SyntheticBadge } from '../../components/ui/synthetic-banner';
import { ErrorBox } from '../../components/ui/widget-states';
import { RankingsDocument, StatusDocument } from '../../graphql/generated';
import { langOf, t } from '../../i18n/messages';
import type { SearchParams } from '../../lib/filters';
import { href, langParam, param, parseFilters } from '../../lib/filters';
import { formatNumber, formatPercent } from '../../lib/format';
import { attempt, query } from '../../lib/graphql';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).rankings.title };
}

/** What the page offers to rank by: every rate, and the counts the overview shows. */
const RANKABLE = MEASURES.filter(
  (m) =>
    m.kind === 'RATE' ||
    [
      'applications.newlyReceived.total',
      'review.reconsideration.total',
      'litigation.total',
      'active.penalties.decisions',
      'active.licensing.decisions',
    ].includes(m.key),
);
const PAGE_SIZE = 50;

/** Agencies of one level ranked by a measure in one year: every value links to the report behind it. */
export default async function RankingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = langOf(sp.lang);
  const m = t(lang);
  const measure = RANKABLE.find((x) => x.key === param(sp, 'measure'))?.key ?? 'rate.granted';
  const level = (ADMIN_LEVELS.find((l) => l === param(sp, 'level')) ?? 'COUNTY') as AdminLevel;
  const region = parseFilters(sp).region;
  const minBaseParam = Number(param(sp, 'minBase') ?? 20);
  const minBase = Number.isInteger(minBaseParam) && minBaseParam >= 0 && minBaseParam <= 100_000 ? minBaseParam : 20;
  const after = param(sp, 'after') ?? null;
  const status = await attempt(() => query(StatusDocument, {}));
  if (!status.ok) return <ErrorBox error={status.error} lang={lang} />;
  const years = [...status.data.status.years].sort((a, b) => b - a);
  if (years.length === 0) return <p className="empty card">{m.rankings.none}</p>;
  const yearParam = Number(param(sp, 'year'));
  const year = years.includes(yearParam) ? yearParam : years[0]!;
  const spec = RANKABLE.find((x) => x.key === measure)!;
  const result = await attempt(() => query(RankingsDocument, { measure, year, level, regionCode: region, minBase, first: PAGE_SIZE, after }));
  const lp = langParam(lang);
  const format = (v: number | null) => (spec.unit === '%' ? formatPercent(v, lang) : formatNumber(v, lang, 2));
  return (
    <>
      <div className="page-head">
        <h1>{m.rankings.title}</h1>
        <p className="muted">{m.rankings.intro}</p>
      </div>
      <form className="filters" method="get" action="/rankings" data-testid="rankings-form">
        <label>
          {m.rankings.measure}
          <select name="measure" defaultValue={measure}>
            {RANKABLE.map((x) => (
              <option key={x.key} value={x.key}>
                {lang === 'zh' ? x.labelZh : x.labelEn}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.rankings.year}
          <select name="year" defaultValue={String(year)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.rankings.level}
          <select name="level" defaultValue={level}>
            {ADMIN_LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l][lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.filters.region}
          <input name="region" defaultValue={region ?? ''} inputMode="numeric" pattern="\d{2,6}" maxLength={6} placeholder="41" />
        </label>
        <label>
          {m.rankings.minBase}
          <input name="minBase" type="number" min={0} max={100000} defaultValue={minBase} />
        </label>
        {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <button type="submit" className="button">
          {m.rankings.show}
        </button>
      </form>
      {!result.ok ? (
        <ErrorBox error={result.error} lang={lang} />
      ) : result.data.rankings.agencies === 0 ? (
        <p className="empty card">{m.rankings.none}</p>
      ) : (
        <section className="card" aria-label={m.rankings.title}>
          <p data-testid="rankings-summary">
            {m.rankings.summary(
              formatNumber(result.data.rankings.ranked, lang),
              formatNumber(result.data.rankings.agencies, lang),
              format(result.data.rankings.median),
            )}
          </p>
          <Distribution bins={result.data.rankings.histogram} unit={spec.unit} lang={lang} title={m.rankings.distribution} />
          <DataTable
            testId="rankings"
            head={
              <>
                <th scope="col">{m.rankings.rank}</th>
                <th scope="col">{m.rankings.agency}</th>
                <th scope="col" className="num">
                  {m.rankings.value}
                </th>
                <th scope="col" className="num">
                  {m.rankings.base}
                </th>
                <th scope="col" className="num">
                  {m.rankings.percentile}
                </th>
              </>
            }
          >
            {result.data.rankings.entries.map((e) => (
              <tr key={e.agency.id} data-agency-id={e.agency.id} data-small={e.smallSample ? 'true' : undefined}>
                <td>{e.rank ?? <span className="badge badge-warning">{m.rankings.smallSample}</span>}</td>
                <td>
                  <Link href={href(`/agencies/${e.agency.id}`, lp)}>{e.agency.name}</Link> {e.agency.synthetic ? <SyntheticBadge lang={lang} /> : null}
                </td>
                <td className="num">
                  <Link href={href(`/reports/${e.report.id}`, lp)} data-testid="ranking-report">
                    {format(e.value)}
                  </Link>
                </td>
                <td className="num">{formatNumber(e.base, lang)}</td>
                <td className="num">{formatNumber(e.percentile, lang, 1)}</td>
              </tr>
            ))}
          </DataTable>
          {result.data.rankings.pageInfo.hasNextPage && result.data.rankings.pageInfo.endCursor ? (
            <nav className="pager">
              <Link href={href('/rankings', { measure, year, level, region, minBase, after: result.data.rankings.pageInfo.endCursor, ...lp })}>
                {m.reports.next}
              </Link>
            </nav>
          ) : null}
        </section>
      )}
    </>
  );
}
