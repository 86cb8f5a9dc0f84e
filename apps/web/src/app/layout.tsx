import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { UserMenu } from '../components/account/user-menu';
import { LangSwitch } from '../components/ui/lang-switch';
import { NavLinks } from '../components/ui/nav-links';
import { LANG_HEADER, langOf, t } from '../i18n/messages';
import { getAccess } from '../lib/access';
import { CHROME_HEADER } from '../lib/frame';
import { PATH_HEADER } from '../lib/paths';
import './globals.css';

export const metadata: Metadata = {
  title: { default: '公开 Gongkai · 政府信息公开工作年度报告', template: '%s · 公开 Gongkai' },
  description: '政府信息公开工作年度报告分析 · Analytics for annual government information disclosure reports',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const h = await headers();
  const lang = langOf(h.get(LANG_HEADER));
  const m = t(lang);
  // An embedded chart is the whole page: no header, navigation or footer around it.
  if (h.get(CHROME_HEADER) === 'none') {
    return (
      <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        <body className="embed-body">{children}</body>
      </html>
    );
  }
  const access = await getAccess();
  // A private server: nothing but the sign-in page for nobody (embeds, above, answer for themselves).
  const path = h.get(PATH_HEADER) ?? '/';
  if (!access.canRead && !path.startsWith('/login')) redirect(`/login?next=${encodeURIComponent(path)}`);
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <body>
        <a className="skip-link" href="#main">
          {m.skipToContent}
        </a>
        <header className="site-header">
          <a className="brand" href={lang === 'en' ? '/?lang=en' : '/'}>
            <span className="brand-mark" aria-hidden="true">
              公
            </span>
            <span className="brand-text">
              <strong>{m.appName}</strong>
              <small>{m.appTagline}</small>
            </span>
          </a>
          <NavLinks lang={lang} labels={m.nav} />
          <LangSwitch lang={lang} label={m.switchLanguage} title={m.switchLanguageLabel} />
          <UserMenu lang={lang} user={access.user ? { username: access.user.username } : null} role={access.role} isAdmin={access.isAdmin} labels={m.account} />
        </header>
        <main id="main" className="site-main">
          {children}
        </main>
        <footer className="site-footer">
          <p>{m.footer}</p>
        </footer>
      </body>
    </html>
  );
}
