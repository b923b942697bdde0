import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, t } from '../../../lib/i18n';
import { ROLES, type User } from '../../auth/types';
import { listOrganizations } from '../../organizations/api';
import type { Organization } from '../../organizations/types';
import { createUser, updateUser, type UserInput } from '../api';

type Props = { user?: User; onSaved: (u: User) => void; onCancel: () => void };

export function UserForm({ user, onSaved, onCancel }: Props) {
  const editing = !!user;
  const [orgs, setOrgs] = useState<Organization[]>([]);
  const [form, setForm] = useState({
    username: user?.username ?? '',
    display_name: user?.display_name ?? '',
    organization_id: user?.organization.id ?? '',
    roles: user?.roles ?? (['social_worker'] as string[]),
    password: '',
    active: user?.active ?? true,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    listOrganizations({ limit: 200 }).then((p) => setOrgs(p.items), (e) => setErrors({ form: errorMessage(e) }));
  }, []);

  const toggleRole = (r: string) =>
    setForm({ ...form, roles: form.roles.includes(r) ? form.roles.filter((x) => x !== r) : [...form.roles, r] });

  async function submit(e: Event) {
    e.preventDefault();
    const body: UserInput = { ...form };
    if (editing) {
      delete body.username;
      if (!form.password) delete body.password;
    }
    try {
      onSaved(editing ? await updateUser(user.id, body) : await createUser(body));
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <form class="card form" onSubmit={submit} noValidate>
      <h2>{editing ? t('users.edit') : t('users.create')}</h2>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t('users.username')} name="username" error={errors.username} hint={t('users.usernameHint')}>
        <input id="username" value={form.username} disabled={editing} autocapitalize="none" onInput={(e) => setForm({ ...form, username: e.currentTarget.value })} />
      </Field>
      <Field label={t('users.displayName')} name="display_name" error={errors.display_name}>
        <input id="display_name" value={form.display_name} onInput={(e) => setForm({ ...form, display_name: e.currentTarget.value })} />
      </Field>
      <Field label={t('users.organization')} name="organization_id" error={errors.organization_id}>
        <select id="organization_id" value={form.organization_id} onChange={(e) => setForm({ ...form, organization_id: e.currentTarget.value })}>
          <option value="">— {t('users.chooseOrganization')} —</option>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.code})
            </option>
          ))}
        </select>
      </Field>
      <fieldset class={`field${errors.roles ? ' field--error' : ''}`}>
        <legend>{t('users.roles')}</legend>
        {ROLES.map((r) => (
          <label class="check" key={r}>
            <input type="checkbox" name="roles" value={r} checked={form.roles.includes(r)} onChange={() => toggleRole(r)} /> {t(`roles.${r}`)}
          </label>
        ))}
        {errors.roles && (
          <small class="field-error" role="alert">
            {errors.roles}
          </small>
        )}
      </fieldset>
      <Field label={editing ? t('users.resetPassword') : t('users.initialPassword')} name="password" error={errors.password} hint={t('account.rule')}>
        <input id="password" type="password" autocomplete="new-password" value={form.password} onInput={(e) => setForm({ ...form, password: e.currentTarget.value })} />
      </Field>
      {editing && (
        <label class="check">
          <input type="checkbox" checked={form.active} onChange={(e) => setForm({ ...form, active: e.currentTarget.checked })} /> {t('common.active')}
        </label>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
