'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Lang, Messages } from '../../i18n/messages';

const ITEMS = [
  { key: 'overview', path: '/' },
  { key: 'reports', path: '/reports' },
  { key: 'agencies', path: '/agencies' },
  { key: 'quality', path: '/quality' },
  { key: 'rankings', path: '/rankings' },
  { key: 'insights', path: '/insights' },
  { key: 'review', path: '/review' },
  { key: 'notebooks', path: '/notebooks' },
  { key: 'import', path: '/import' },
  { key: 'explorer', path: '/explorer' },
] as const;

/** The main navigation; marks the current section (which the server layout cannot know on soft navigation). */
export function NavLinks({ lang, labels }: { lang: Lang; labels: Messages['nav'] }) {
  const pathname = usePathname();
  const suffix = lang === 'en' ? '?lang=en' : '';
  return (
    <nav className="site-nav" aria-label={labels.label}>
      <ul>
        {ITEMS.map((item) => {
          const current = item.path === '/' ? pathname === '/' : pathname.startsWith(item.path);
          return (
            <li key={item.key}>
              <Link href={`${item.path}${suffix}`} aria-current={current ? 'page' : undefined}>
                {labels[item.key]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
