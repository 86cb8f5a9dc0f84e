import type { Metadata } from 'next';
import { LoginForm } from '../../components/account/login-form';
import { fill } from '../../i18n/fill';
import { langOf, t } from '../../i18n/messages';
import { getAccess } from '../../lib/access';
import type { SearchParams } from '../../lib/filters';
import { param } from '../../lib/filters';
import { safeNext } from '../../lib/paths';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).account.login.title, robots: { index: false } };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = langOf(sp.lang);
  const m = t(lang);
  const next = safeNext(param(sp, 'next') ?? (lang === 'en' ? '/?lang=en' : '/'));
  const access = await getAccess();
  return (
    <div className="narrow">
      <div className="page-head">
        <h1>{m.account.login.title}</h1>
        <p>{m.account.login.intro}</p>
      </div>
      {!access.publicReads && !access.user ? <p className="banner">{m.account.login.privateNote}</p> : null}
      {access.user ? (
        <p className="banner" data-testid="login-already">
          {fill(m.account.login.already, { name: access.user.username })}
        </p>
      ) : null}
      <LoginForm next={next} labels={m.account.login} />
    </div>
  );
}
