'use client';

import { useState } from 'react';
import type { Messages } from '../../i18n/messages';

// Changes the password through /api/auth/change-password (better-auth), from the browser, so the new
// session cookie it sets (the other sessions end) reaches this browser.

export function PasswordForm({ labels }: { labels: Messages['account']['settingsPage'] }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (form: FormData) => {
    const currentPassword = String(form.get('current') ?? '');
    const newPassword = String(form.get('new') ?? '');
    if (newPassword !== String(form.get('repeat') ?? '')) {
      setMessage({ ok: false, text: labels.mismatch });
      return;
    }
    setBusy(true);
    const res = await fetch('/api/auth/change-password', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword, newPassword, revokeOtherSessions: true }),
    }).catch(() => null);
    setBusy(false);
    if (res?.ok) setMessage({ ok: true, text: labels.changed });
    else {
      const body = (await res?.json().catch(() => ({}))) as { message?: string } | undefined;
      setMessage({ ok: false, text: body?.message === 'Invalid password' ? labels.wrongCurrent : (body?.message ?? String(res?.status ?? '')) });
    }
  };
  return (
    <form
      onSubmit={(e) => {
        // Not a form action: React would clear the fields after it, and a wrong password should not cost the user name.
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="filters settings-form"
      data-testid="password-form"
    >
      <label>
        {labels.currentPassword}
        <input name="current" type="password" autoComplete="current-password" required maxLength={128} />
      </label>
      <label>
        {labels.newPassword}
        <input name="new" type="password" autoComplete="new-password" required minLength={10} maxLength={128} />
      </label>
      <label>
        {labels.repeatPassword}
        <input name="repeat" type="password" autoComplete="new-password" required minLength={10} maxLength={128} />
      </label>
      <span className="filters-actions">
        <button type="submit" className="primary" disabled={busy}>
          {labels.change}
        </button>
      </span>
      {message ? (
        <p className={message.ok ? 'small' : 'error-inline'} role="status" data-testid="password-status">
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
