'use client';

import type { Lang, Messages } from '../../i18n/messages';

// The header's account corner: who is signed in (and as what), settings, admin, sign out; or a link
// to sign in. Signing out posts to /api/auth/sign-out (proxied to the API), which clears the cookie.

export function UserMenu({
  lang,
  user,
  role,
  isAdmin,
  labels,
}: {
  lang: Lang;
  user: { username: string } | null;
  role: string | null;
  isAdmin: boolean;
  labels: Messages['account'];
}) {
  const suffix = lang === 'en' ? '?lang=en' : '';
  if (!user) {
    return (
      <a className="chip user-menu" href={`/login${suffix}`} data-testid="sign-in-link">
        {labels.signIn}
      </a>
    );
  }
  const signOut = async () => {
    await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).catch(() => undefined);
    window.location.assign(`/${suffix}`);
  };
  return (
    <div className="user-menu" data-testid="user-menu" data-role={role ?? ''}>
      <span className="user-name" data-testid="user-name">
        {user.username} <span className="badge">{role ? (labels.roles[role] ?? role) : ''}</span>
      </span>
      <a href={`/settings${suffix}`} data-testid="settings-link">
        {labels.settings}
      </a>
      {isAdmin ? (
        <a href={`/admin${suffix}`} data-testid="admin-link">
          {labels.admin}
        </a>
      ) : null}
      <button type="button" className="chip" onClick={() => void signOut()} data-testid="sign-out">
        {labels.signOut}
      </button>
    </div>
  );
}
