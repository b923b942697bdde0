import { useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { createOrganization, updateOrganization } from '../api';
import { ORGANIZATION_TYPES, type Organization } from '../types';
import { RegionPicker } from './RegionPicker';

type Props = { organization?: Organization; parents: Organization[]; onSaved: (o: Organization) => void; onCancel: () => void };

export function OrganizationForm({ organization, parents, onSaved, onCancel }: Props) {
  const editing = !!organization;
  const [form, setForm] = useState({
    code: organization?.code ?? '',
    name: organization?.name ?? '',
    type: organization?.type ?? 'lks',
    region_code: organization?.region_code ?? '',
    parent_id: organization?.parent_id ?? '',
    active: organization?.active ?? true,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof form, v: string | boolean) => setForm({ ...form, [k]: v });

  async function submit(e: Event) {
    e.preventDefault();
    const body = { ...form, parent_id: form.parent_id || null } as Partial<Organization>;
    try {
      if (editing) {
        delete body.code;
        onSaved(await updateOrganization(organization.id, body));
      } else {
        onSaved(await createOrganization(body));
      }
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <form class="card form" onSubmit={submit} noValidate>
      <h2>{editing ? t('organizations.edit') : t('organizations.create')}</h2>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t('organizations.code')} name="code" error={errors.code} hint={t('organizations.codeHint')}>
        <input id="code" value={form.code} disabled={editing} onInput={(e) => set('code', e.currentTarget.value.toUpperCase())} />
      </Field>
      <Field label={t('organizations.name')} name="name" error={errors.name}>
        <input id="name" value={form.name} onInput={(e) => set('name', e.currentTarget.value)} />
      </Field>
      <Field label={t('organizations.type')} name="type" error={errors.type}>
        <select id="type" value={form.type} onChange={(e) => set('type', e.currentTarget.value)}>
          {ORGANIZATION_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`organizationTypes.${ty}`)}
            </option>
          ))}
        </select>
      </Field>
      <RegionPicker value={form.region_code} onChange={(c) => set('region_code', c)} error={errors.region_code} />
      <Field label={t('organizations.parent')} name="parent_id" error={errors.parent_id}>
        <select id="parent_id" value={form.parent_id} onChange={(e) => set('parent_id', e.currentTarget.value)}>
          <option value="">{t('organizations.noParent')}</option>
          {parents
            .filter((p) => p.id !== organization?.id)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </Field>
      <label class="check">
        <input type="checkbox" checked={form.active} onChange={(e) => set('active', e.currentTarget.checked)} /> {t('common.active')}
      </label>
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
