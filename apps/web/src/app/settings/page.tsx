import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PasswordForm } from '../../components/account/password-form';
import { TokenManager } from '../../components/account/token-manager';
import { ErrorBox } from '../../components/ui/widget-states';
import { MyTokensDocument } from '../../graphql/generated';
import { fill } from '../../i18n/fill';
import { langOf, t } from '../../i18n/messages';
import { getAccess } from '../../lib/access';
import type { SearchParams } from '../../lib/filters';
import { attempt, query } from '../../lib/graphql';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).account.settingsPage.title };
}

export default async function SettingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const lang = langOf((await searchParams).lang);
  const m = t(lang);
  const access = await getAccess();
  if (!access.user) redirect('/login?next=%2Fsettings');
  const tokens = await attempt(() => query(MyTokensDocument, {}));
  const s = m.account.settingsPage;
  return (
    <>
      <div className="page-head">
        <h1>{s.title}</h1>
        <p data-testid="signed-in-as">{fill(s.signedInAs, { name: access.user.username, role: m.account.roles[access.user.role] ?? access.user.role })}</p>
      </div>
      <section className="section card" aria-labelledby="password-title">
        <h2 id="password-title">{s.password}</h2>
        <PasswordForm labels={s} />
      </section>
      <section className="section card" aria-labelledby="tokens-title">
        <h2 id="tokens-title">{s.tokens}</h2>
        <p className="small muted">{s.tokensIntro}</p>
        {tokens.ok ? (
          <TokenManager lang={lang} tokens={tokens.data.myTokens} canEdit={access.canWrite} labels={s} roleLabels={m.account.roles} />
        ) : (
          <ErrorBox error={tokens.error} lang={lang} />
        )}
      </section>
    </>
  );
}
