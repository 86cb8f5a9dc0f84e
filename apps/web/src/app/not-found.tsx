import { headers } from 'next/headers';
import { LANG_HEADER, langOf, t } from '../i18n/messages';

export default async function NotFound() {
  const lang = langOf((await headers()).get(LANG_HEADER));
  const m = t(lang);
  return (
    <div className="card">
      <h1>{m.state.notFound}</h1>
      <p>{m.notFound}</p>
      <p>
        <a href={lang === 'en' ? '/?lang=en' : '/'}>{m.back}</a>
      </p>
    </div>
  );
}
