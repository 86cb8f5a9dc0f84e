import Link from 'next/link';
import { SimilarityDocument } from '../../graphql/generated';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import { href, langParam } from '../../lib/filters';
import { formatPercent } from '../../lib/format';
import { attempt, query } from '../../lib/graphql';
import { sectionTitle } from '../report/report-tables';
import { ErrorBox } from '../ui/widget-states';
import { NARRATIVE_KEY } from './sections';

/** On a report's page: how alike each narrative section is to the body's earlier years and to other bodies'. */
export async function SimilarityCard({ reportId, lang }: { reportId: string; lang: Lang }) {
  const m = t(lang);
  const lp = langParam(lang);
  const result = await attempt(() => query(SimilarityDocument, { id: reportId }));
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const sections = result.data.report?.similarity ?? [];
  return (
    <section className="card section" aria-labelledby="similarity-title" data-testid="similarity-card">
      <h2 id="similarity-title">{m.insights.similarity}</h2>
      {sections.length === 0 ? (
        <p className="muted">{m.insights.noSimilarity}</p>
      ) : (
        <>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{m.insights.section}</th>
                <th scope="col">{m.insights.earlierYear}</th>
                <th scope="col">{m.insights.sameYear}</th>
              </tr>
            </thead>
            <tbody>
              {sections.map((s) => (
                <tr key={s.section}>
                  <td>{sectionTitle(NARRATIVE_KEY[s.section]!, lang)}</td>
                  {[s.earlierYear, s.sameYear].map((match, i) => (
                    <td key={i} data-copied={match?.copied ? 'true' : undefined}>
                      {match ? (
                        <>
                          <span className={`badge ${match.copied ? 'badge-error' : ''}`}>{formatPercent(match.score * 100, lang, 0)}</span>{' '}
                          <Link href={href(`/reports/${match.report.id}`, lp)}>{`${match.report.agency.name} ${match.report.year ?? ''}`}</Link>
                        </>
                      ) : (
                        <span className="muted">{m.insights.none}</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Link href={href(`/reports/${reportId}/similar`, lp)} data-testid="similarity-compare">
              {m.insights.sideBySide}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
