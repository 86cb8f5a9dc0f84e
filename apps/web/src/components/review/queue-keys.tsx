'use client';

import type { KeyboardEvent, ReactNode } from 'react';
import { useEffect, useRef } from 'react';

// The queue by keyboard: the first report's link has focus on arrival; ↑↓ or J/K move between the
// reports' links, Enter opens one (the link's own behaviour).

export function QueueKeys({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const links = () => [...(ref.current?.querySelectorAll<HTMLAnchorElement>('a[data-testid="review-open"]') ?? [])];
  useEffect(() => {
    links()[0]?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = e.key.toLowerCase();
    const step = key === 'arrowdown' || key === 'j' ? 1 : key === 'arrowup' || key === 'k' ? -1 : 0;
    if (!step) return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = all[Math.max(0, Math.min(all.length - 1, at + step))];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };
  return (
    <div ref={ref} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
