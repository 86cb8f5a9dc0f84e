import { headers } from 'next/headers';
import { LANG_HEADER, langOf, t } from '../i18n/messages';
import { CHROME_HEADER } from '../lib/frame';

// 403: a signed-in user without the role a page needs, or an embed link without a valid signature.
export default async function Forbidden() {
  const h = await headers();
  const m = t(langOf(h.get(LANG_HEADER)));
  if (h.get(CHROME_HEADER) === 'none') {
    return (
      <p className="error-box" role="alert" data-testid="embed-refused">
        {m.notebooks.embed.refused}
      </p>
    );
  }
  return (
    <div className="card" data-testid="forbidden">
      <h1>{m.account.forbiddenTitle}</h1>
      <p>{m.account.forbidden}</p>
      <p>
        <a href="/">{m.back}</a>
      </p>
    </div>
  );
}
