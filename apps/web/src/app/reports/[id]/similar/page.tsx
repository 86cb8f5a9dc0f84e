import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NARRATIVE_KEY } from '../../../../components/insights/sections';
import { sectionTitle } from '../../../../components/report/report-tables';
import { ErrorBox } from '../../../../components/ui/widget-states';
import type { SimilarityQuery } from '../../../../graphql/generated';
import { SimilarityDocument } from '../../../../graphql/generated';
import type { Lang } from '../../../../i18n/messages';
import { langOf, t } from '../../../../i18n/messages';
import type { SearchParams } from '../../../../lib/filters';
import { href, langParam } from '../../../../lib/filters';
import { formatPercent } from '../../../../lib/format';
import { attempt, query } from '../../../../lib/graphql';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };
type Match = NonNullable<NonNullable<SimilarityQuery['report']>['similarity'][number]['earlierYear']>;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).insights.similarity };
}

/** Each narrative section beside its most similar one, the passages both share highlighted. */
export default async function SimilarPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const lang = langOf(sp.lang);
  const m = t(lang);
  if (!/^\d{1,12}$/.test(id)) notFound();
  const result = await attempt(() => query(SimilarityDocument, { id }));
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const report = result.data.report;
  if (!report) notFound();
  const lp = langParam(lang);
  return (
    <article>
      <div className="page-head">
        <h1>
          {m.insights.similarity}：<Link href={href(`/reports/${report.id}`, lp)}>{`${report.agencyTitle ?? report.agency.name} ${report.year ?? ''}`}</Link>
        </h1>
        <p className="muted">{m.insights.similarityIntro}</p>
      </div>
      {report.similarity.length === 0 ? <p className="empty card">{m.insights.noSimilarity}</p> : null}
      {report.similarity.map((s) => (
        <section key={s.section} className="card section" data-section={s.section}>
          <h2>{sectionTitle(NARRATIVE_KEY[s.section]!, lang)}</h2>
          {(
            [
              ['earlierYear', s.earlierYear],
              ['sameYear', s.sameYear],
            ] as const
          ).map(([kind, match]) => (
            <SideBySide key={kind} label={m.insights[kind]} match={match} lang={lang} />
          ))}
        </section>
      ))}
    </article>
  );
}

function SideBySide({ label, match, lang }: { label: string; match: Match | null; lang: Lang }) {
  const m = t(lang);
  const lp = langParam(lang);
  if (!match)
    return (
      <p>
        {label}：{m.insights.none}
      </p>
    );
  return (
    <div className="side-by-side" data-testid="side-by-side" data-copied={match.copied ? 'true' : undefined}>
      <h3>
        {label}：
        <Link href={href(`/reports/${match.report.id}`, lp)}>{`${match.report.agencyTitle ?? match.report.agency.name} ${match.report.year ?? ''}`}</Link>{' '}
        <span className={`badge ${match.copied ? 'badge-error' : ''}`}>
          {m.insights.score} {formatPercent(match.score * 100, lang, 0)}
        </span>
      </h3>
      <p className="muted small">{m.insights.sharedShare(formatPercent(match.passages.sharedShare * 100, lang, 0))}</p>
      <div className="grid-2">
        <Passage segments={match.passages.this} />
        <Passage segments={match.passages.other} />
      </div>
    </div>
  );
}

function Passage({ segments }: { segments: { text: string; shared: boolean }[] }) {
  return <p className="passage">{segments.map((seg, i) => (seg.shared ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>))}</p>;
}
