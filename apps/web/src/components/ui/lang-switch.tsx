'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import type { Lang } from '../../i18n/messages';

// Keeps every other param of the current view. A full page load, because the root layout (header,
// <html lang>) renders once per load and must change language with the page.
export function LangSwitch({ lang, label, title }: { lang: Lang; label: string; title: string }) {
  const pathname = usePathname();
  const search = new URLSearchParams(useSearchParams().toString());
  if (lang === 'en') search.delete('lang');
  else search.set('lang', 'en');
  const query = search.toString();
  return (
    <a
      className="lang-switch"
      href={query ? `${pathname}?${query}` : pathname}
      hrefLang={lang === 'en' ? 'zh-CN' : 'en'}
      title={title}
      data-testid="lang-switch"
    >
      {label}
    </a>
  );
}
