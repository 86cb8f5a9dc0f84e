'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createUserAction, resetPasswordAction, setDisabledAction, setRoleAction } from '../../app/admin/actions';
import { fill } from '../../i18n/fill';
import type { Messages } from '../../i18n/messages';
import { DataTable } from '../ui/data-table';
import { Options, SelectControl } from '../ui/select-control';

export interface UserView {
  id: string;
  username: string;
  email: string;
  role: string;
  disabled: boolean;
}

const ROLES = ['VIEWER', 'EDITOR', 'ADMIN'] as const;

// The admin's user table: create (the one-time password is shown once), role, disable, reset password.
export function UserAdmin({
  users,
  me,
  labels,
  roleLabels,
}: {
  users: UserView[];
  me: string;
  labels: Messages['account']['adminPage'];
  roleLabels: Record<string, string>;
}) {
  const roleChoices = ROLES.map((r) => ({ value: r, label: roleLabels[r] }));
  const router = useRouter();
  const [notice, setNotice] = useState<{ text: string; password?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const done = (r: { ok: true } | { ok: false; code: string; message: string }) => {
    if (!r.ok) setError(`${r.code}: ${r.message}`);
    else setError(null);
    router.refresh();
  };
  const create = async (form: FormData) => {
    const r = await createUserAction(String(form.get('username') ?? ''), String(form.get('role') ?? 'VIEWER'), String(form.get('email') ?? '').trim() || null);
    if (r.ok) setNotice({ text: fill(labels.created, { name: r.data.username }), password: r.data.password });
    done(r);
  };
  return (
    <>
      <form action={(f) => void create(f)} className="filters" data-testid="user-create-form">
        <label>
          {labels.username}
          <input name="username" required pattern="[A-Za-z0-9_.]{2,40}" maxLength={40} data-testid="new-username" />
        </label>
        <label>
          {labels.email}
          <input name="email" type="email" maxLength={200} />
        </label>
        <SelectControl label={labels.role} name="role" defaultValue="VIEWER" data-testid="new-role" choices={roleChoices} />
        <span className="filters-actions">
          <button type="submit" className="primary" data-testid="user-create">
            {labels.create}
          </button>
        </span>
      </form>
      {notice ? (
        <p className="banner" role="status">
          {notice.text} {notice.password ? <code data-testid="one-time-password">{notice.password}</code> : null}
        </p>
      ) : null}
      {error ? (
        <p className="error-inline" role="alert" data-testid="admin-error">
          {error}
        </p>
      ) : null}
      <DataTable
        testId="user-list"
        wrap={false}
        head={
          <>
            <th>{labels.username}</th>
            <th>{labels.role}</th>
            <th>{labels.status}</th>
            <th />
          </>
        }
      >
        {users.map((u) => (
          <tr key={u.id} data-username={u.username} data-role={u.role} data-disabled={u.disabled || undefined}>
            <th scope="row">
              {u.username}
              {u.id === me ? labels.you : ''} <span className="small muted">{u.email}</span>
            </th>
            <td>
              <select
                defaultValue={u.role}
                aria-label={labels.role}
                onChange={(e) => void setRoleAction(u.id, e.target.value).then(done)}
                data-testid={`role-${u.username}`}
              >
                <Options choices={roleChoices} />
              </select>
            </td>
            <td>{u.disabled ? labels.disabled : labels.active}</td>
            <td className="row-actions">
              {u.id !== me ? (
                <button
                  type="button"
                  className="chip"
                  onClick={() => void setDisabledAction(u.id, !u.disabled).then(done)}
                  data-testid={`toggle-${u.username}`}
                >
                  {u.disabled ? labels.enable : labels.disable}
                </button>
              ) : null}
              <button
                type="button"
                className="chip"
                onClick={() =>
                  void resetPasswordAction(u.id).then((r) => {
                    if (r.ok) setNotice({ text: fill(labels.resetDone, { name: r.data.username }), password: r.data.password });
                    done(r);
                  })
                }
                data-testid={`reset-${u.username}`}
              >
                {labels.reset}
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
