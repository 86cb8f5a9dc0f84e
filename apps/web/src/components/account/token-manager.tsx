'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createTokenAction, revokeTokenAction } from '../../app/settings/actions';
import type { Lang, Messages } from '../../i18n/messages';
import { formatDateTime } from '../../lib/format';
import { DataTable } from '../ui/data-table';
import { SelectControl } from '../ui/select-control';

export interface TokenView {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

/** The roles a token may have, the lesser first: an editor may make either, a viewer only a viewer's. */
const TOKEN_ROLES = ['VIEWER', 'EDITOR'] as const;

// Personal API tokens: a new one is shown once (only its hash is kept); revoking takes effect at once.
export function TokenManager({
  lang,
  tokens,
  canEdit,
  labels,
  roleLabels,
}: {
  lang: Lang;
  tokens: TokenView[];
  canEdit: boolean;
  labels: Messages['account']['settingsPage'];
  roleLabels: Record<string, string>;
}) {
  const router = useRouter();
  const [made, setMade] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const create = async (form: FormData) => {
    setError(null);
    const days = String(form.get('days') ?? '').trim();
    const r = await createTokenAction(String(form.get('name') ?? ''), form.get('role') === 'EDITOR' ? 'EDITOR' : 'VIEWER', days ? Number(days) : null);
    if (!r.ok) setError(`${r.code}: ${r.message}`);
    else {
      setMade(r.data.token);
      router.refresh();
    }
  };
  const revoke = async (id: string) => {
    const r = await revokeTokenAction(id);
    if (!r.ok) setError(`${r.code}: ${r.message}`);
    router.refresh();
  };
  return (
    <>
      <form action={(f) => void create(f)} className="filters" data-testid="token-form">
        <label>
          {labels.tokenName}
          <input name="name" required maxLength={100} data-testid="token-name" />
        </label>
        <SelectControl
          label={labels.tokenRole}
          name="role"
          defaultValue="VIEWER"
          data-testid="token-role"
          choices={(canEdit ? TOKEN_ROLES : TOKEN_ROLES.slice(0, 1)).map((r) => ({ value: r, label: roleLabels[r] }))}
        />
        <label>
          {labels.tokenDays}
          <input name="days" type="number" min={1} max={3650} />
        </label>
        <span className="filters-actions">
          <button type="submit" className="primary" data-testid="token-create">
            {labels.create}
          </button>
        </span>
      </form>
      {made ? (
        <p className="banner">
          {labels.created} <code data-testid="token-value">{made}</code>
        </p>
      ) : null}
      {error ? <p className="error-inline">{error}</p> : null}
      {tokens.length === 0 ? (
        <p className="muted">{labels.none}</p>
      ) : (
        <DataTable
          testId="token-list"
          wrap={false}
          head={
            <>
              <th>{labels.tokenName}</th>
              <th>{labels.tokenRole}</th>
              <th>{labels.lastUsed}</th>
              <th>{labels.expires}</th>
              <th />
            </>
          }
        >
          {tokens.map((t) => (
            <tr key={t.id} data-token-id={t.id}>
              <td>
                {t.name} <code className="small">{t.prefix}…</code>
              </td>
              <td>{roleLabels[t.role] ?? t.role}</td>
              <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt, lang) : labels.never}</td>
              <td>{t.expiresAt ? formatDateTime(t.expiresAt, lang) : labels.noExpiry}</td>
              <td>
                <button type="button" className="chip chip-danger" onClick={() => void revoke(t.id)} data-testid={`revoke-${t.id}`}>
                  {labels.revoke}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
