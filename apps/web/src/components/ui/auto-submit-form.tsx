'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent, ReactNode } from 'react';
import { useTransition } from 'react';

/** Fields that make a chosen agency meaningless when they change. */
const NARROWING = new Set(['region', 'level']);

/**
 * A GET form that navigates as soon as a field changes, with a clean URL (empty fields dropped). Without
 * JavaScript it is a plain form with a submit button.
 */
export function AutoSubmitForm({ action, children, className, label }: { action: string; children: ReactNode; className?: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (form: HTMLFormElement, changed?: string) => {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim() !== '') params.set(k, v.trim());
    if (changed && NARROWING.has(changed)) params.delete('agency');
    const query = params.toString();
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }));
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    go(e.currentTarget);
  };
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    // Text fields wait for Enter; selects apply at once.
    if (target.tagName === 'SELECT') go(e.currentTarget, target.name);
  };
  return (
    <form
      action={action}
      method="get"
      className={className}
      aria-label={label}
      aria-busy={pending}
      onSubmit={onSubmit}
      onChange={onChange}
      data-pending={pending || undefined}
    >
      {children}
    </form>
  );
}
