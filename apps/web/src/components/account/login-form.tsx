'use client';

import { useState } from 'react';
import type { Messages } from '../../i18n/messages';
import { fill } from '../../i18n/fill';

// Signs in through the dashboard's own /api/auth (proxied to the API), so the session cookie is set on
// this origin, HttpOnly: no script ever sees it. Then a full load of where the user was going.

export function LoginForm({ next, labels }: { next: string; labels: Messages['account']['login'] }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (form: FormData) => {
    setBusy(true);
    setError(null);
    const identifier = String(form.get('identifier') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const byEmail = identifier.includes('@');
    try {
      const res = await fetch(`/api/auth/sign-in/${byEmail ? 'email' : 'username'}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(byEmail ? { email: identifier, password } : { username: identifier, password }),
      });
      if (res.ok) {
        window.location.assign(next);
        return;
      }
      const body = (await res.json().catch(() => ({}))) as { message?: string; code?: string };
      setError(
        res.status === 429
          ? labels.tooMany
          : res.status === 403 || body.code === 'BANNED_USER'
            ? labels.disabled
            : res.status === 401 || res.status === 400
              ? labels.wrong
              : fill(labels.failed, { message: body.message ?? String(res.status) }),
      );
    } catch (e) {
      setError(fill(labels.failed, { message: (e as Error).message }));
    }
    setBusy(false);
  };
  return (
    <form
      onSubmit={(e) => {
        // Not a form action: React would clear the fields after it, and a wrong password should not cost the user name.
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="card login-form"
      data-testid="login-form"
    >
      <label>
        {labels.identifier}
        <input name="identifier" autoComplete="username" required maxLength={200} autoFocus data-testid="login-identifier" />
      </label>
      <label>
        {labels.password}
        <input name="password" type="password" autoComplete="current-password" required maxLength={128} data-testid="login-password" />
      </label>
      {error ? (
        <p className="error-inline" role="alert" data-testid="login-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy} data-testid="login-submit">
        {busy ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
