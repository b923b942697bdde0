// Admit a person into a shelter within a case: the admission checklist (health check,
// belongings inventory, planned length).
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { admit, listFacilities } from '../api';
import { toIso, type Facility, type Stay } from '../types';

export function AdmitForm({
  caseId,
  onAdmitted,
  onCancel,
}: {
  caseId: string;
  onAdmitted: (s: Stay) => void;
  onCancel: () => void;
}) {
  const [facilities, setFacilities] = useState<Facility[]>([]);
  const [f, setF] = useState({
    facility_id: '',
    admitted_at: '',
    planned_days: '7',
    health_note: '',
    belongings: '',
    age_group: '',
  });
  const [checked, setChecked] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    listFacilities().then(
      (p) => {
        setFacilities(p.items);
        if (p.items.length === 1) setF((old) => ({ ...old, facility_id: p.items[0].organization.id }));
      },
      () => undefined,
    );
  }, []);
  const set = (k: keyof typeof f, v: string) => setF({ ...f, [k]: v });
  const id = (name: string) => `${name}-${caseId}`;

  async function submit(e: Event) {
    e.preventDefault();
    const days = Number(f.planned_days);
    try {
      onAdmitted(
        await admit({
          case_id: caseId,
          facility_id: f.facility_id,
          admitted_at: toIso(f.admitted_at) || undefined,
          planned_days: f.planned_days && Number.isInteger(days) ? days : f.planned_days,
          health_checked: checked,
          health_note: f.health_note,
          belongings: f.belongings
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
          age_group: f.age_group || undefined,
        }),
      );
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <form class="card form admit-form" onSubmit={submit} noValidate>
      <h3>{t('shelter.admitTitle')}</h3>
      {(errors.form || errors.bed_group || errors.case_id) && (
        <Alert>{errors.form ?? errors.bed_group ?? errors.case_id}</Alert>
      )}
      <Field label={t('shelter.facility')} name={id('facility')} error={errors.facility_id}>
        <select
          id={id('facility')}
          value={f.facility_id}
          onChange={(e) => set('facility_id', e.currentTarget.value)}
        >
          <option value="">—</option>
          {facilities.map((x) => (
            <option key={x.organization.id} value={x.organization.id}>
              {x.organization.name} ({t('shelter.bedsFree', { n: x.total_beds - x.total_occupied })})
            </option>
          ))}
        </select>
      </Field>
      <div class="row-2">
        <Field
          label={t('shelter.admittedAt')}
          name={id('admitted-at')}
          error={errors.admitted_at}
          hint={t('shelter.admittedAtHint')}
        >
          <input
            id={id('admitted-at')}
            type="datetime-local"
            value={f.admitted_at}
            onInput={(e) => set('admitted_at', e.currentTarget.value)}
          />
        </Field>
        <Field
          label={t('shelter.plannedDays')}
          name={id('planned-days')}
          error={errors.planned_days}
          hint={t('shelter.plannedDaysHint')}
        >
          <input
            id={id('planned-days')}
            type="number"
            min="1"
            max="365"
            inputMode="numeric"
            value={f.planned_days}
            onInput={(e) => set('planned_days', e.currentTarget.value)}
          />
        </Field>
      </div>
      <div class={`field${errors.health_checked ? ' field--error' : ''}`}>
        <label class="check">
          <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.currentTarget.checked)} />{' '}
          {t('shelter.healthChecked')}
        </label>
      </div>
      <Field
        label={t(checked ? 'shelter.healthNote' : 'shelter.healthNoteWhyNot')}
        name={id('health-note')}
        error={errors.health_note}
      >
        <input
          id={id('health-note')}
          value={f.health_note}
          onInput={(e) => set('health_note', e.currentTarget.value)}
        />
      </Field>
      <Field
        label={t('shelter.belongings')}
        name={id('belongings')}
        error={errors.belongings}
        hint={t('shelter.belongingsHint')}
      >
        <textarea
          id={id('belongings')}
          rows={3}
          value={f.belongings}
          onInput={(e) => set('belongings', e.currentTarget.value)}
        />
      </Field>
      <Field
        label={t('shelter.ageGroup')}
        name={id('age-group')}
        error={errors.age_group}
        hint={t('shelter.ageGroupHint')}
      >
        <select
          id={id('age-group')}
          value={f.age_group}
          onChange={(e) => set('age_group', e.currentTarget.value)}
        >
          <option value="">{t('shelter.ageAuto')}</option>
          <option value="child">{t('shelter.ages.child')}</option>
          <option value="adult">{t('shelter.ages.adult')}</option>
        </select>
      </Field>
      <div class="actions">
        <button type="submit" class="primary" disabled={!f.facility_id}>
          {t('shelter.admit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('shelter.cancel')}
        </button>
      </div>
    </form>
  );
}
