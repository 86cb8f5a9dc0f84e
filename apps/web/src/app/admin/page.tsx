import type { Metadata } from 'next';
import { UserAdmin } from '../../components/account/user-admin';
import { ErrorBox } from '../../components/ui/widget-states';
import { UsersDocument } from '../../graphql/generated';
import { langOf, t } from '../../i18n/messages';
import { requirePageRole } from '../../lib/access';
import type { SearchParams } from '../../lib/filters';
import { attempt, query } from '../../lib/graphql';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).account.adminPage.title };
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const access = await requirePageRole('admin');
  const lang = langOf((await searchParams).lang);
  const m = t(lang);
  const users = await attempt(() => query(UsersDocument, {}));
  return (
    <>
      <div className="page-head">
        <h1>{m.account.adminPage.title}</h1>
        <p>{m.account.adminPage.intro}</p>
        <p>
          <a href={`/admin/audit${lang === 'en' ? '?lang=en' : ''}`} data-testid="audit-link">
            {m.account.adminPage.audit} →
          </a>
        </p>
      </div>
      <section className="section card">
        {users.ok ? (
          <UserAdmin users={users.data.users} me={access.user?.id ?? ''} labels={m.account.adminPage} roleLabels={m.account.roles} />
        ) : (
          <ErrorBox error={users.error} lang={lang} />
        )}
      </section>
    </>
  );
}
