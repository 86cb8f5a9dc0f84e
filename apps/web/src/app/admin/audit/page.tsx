import type { Metadata } from 'next';
import { LangField } from '../../../components/ui/lang-field';
import { ErrorBox } from '../../../components/ui/widget-states';
import { AuditLogDocument } from '../../../graphql/generated';
import { fill } from '../../../i18n/fill';
import { langOf, t } from '../../../i18n/messages';
import { requirePageRole } from '../../../lib/access';
import type { SearchParams } from '../../../lib/filters';
import { href, param } from '../../../lib/filters';
import { formatDateTime } from '../../../lib/format';
import { attempt, query } from '../../../lib/graphql';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).account.auditPage.title };
}

// The audit log for admins: newest first, 50 a page, by actor or action; every filter in the URL.
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageRole('admin');
  const sp = await searchParams;
  const lang = langOf(sp.lang);
  const m = t(lang);
  const a = m.account.auditPage;
  const actor = (param(sp, 'actor') ?? '').slice(0, 200);
  const action = (param(sp, 'action') ?? '').slice(0, 100);
  const after = param(sp, 'after');
  const log = await attempt(() =>
    query(AuditLogDocument, { first: 50, after: after && /^\d{1,15}$/.test(after) ? after : null, actor: actor || null, action: action || null }),
  );
  return (
    <>
      <div className="page-head">
        <h1>{a.title}</h1>
        <p>{a.intro}</p>
      </div>
      <form action="/admin/audit" method="get" className="filters" role="search">
        <label>
          {a.filterActor}
          <input name="actor" defaultValue={actor} maxLength={200} />
        </label>
        <label>
          {a.filterAction}
          <input name="action" defaultValue={action} maxLength={100} />
        </label>
        <LangField lang={lang} />
        <span className="filters-actions">
          <button type="submit" className="primary">
            {a.apply}
          </button>
        </span>
      </form>
      {!log.ok ? (
        <ErrorBox error={log.error} lang={lang} />
      ) : (
        <section className="section">
          <p className="small muted">{fill(a.total, { n: log.data.auditLog.totalCount })}</p>
          <div className="table-scroll">
            <table className="data-table" data-testid="audit-log">
              <thead>
                <tr>
                  <th>{a.at}</th>
                  <th>{a.actor}</th>
                  <th>{a.action}</th>
                  <th>{a.target}</th>
                  <th>{a.ip}</th>
                  <th>{a.outcome}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.auditLog.entries.map((e) => (
                  <tr key={e.id} data-action={e.action} data-ok={e.ok}>
                    <td>{formatDateTime(e.at, lang)}</td>
                    <td>
                      {e.actor} <span className="small muted">{[e.role, e.via].filter(Boolean).join(' · ')}</span>
                    </td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td title={e.detail ?? undefined}>{e.target ?? ''}</td>
                    <td>{e.ip ?? ''}</td>
                    <td className={e.ok ? '' : 'error-inline'}>{e.ok ? a.ok : `${a.refused}${e.error ? `: ${e.error}` : ''}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {log.data.auditLog.pageInfo.hasNextPage && log.data.auditLog.pageInfo.endCursor ? (
            <p>
              <a
                href={href('/admin/audit', {
                  ...(actor ? { actor } : {}),
                  ...(action ? { action } : {}),
                  after: log.data.auditLog.pageInfo.endCursor,
                  ...(lang === 'en' ? { lang: 'en' } : {}),
                })}
              >
                {a.older} →
              </a>
            </p>
          ) : null}
        </section>
      )}
    </>
  );
}
