import type { Lang } from '../../i18n/messages';

/** A GET form's hidden field that keeps English on the page it leads to (Chinese is the default). */
export function LangField({ lang }: { lang: Lang }) {
  return lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null;
}
