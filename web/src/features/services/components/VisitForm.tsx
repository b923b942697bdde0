// Records one follow-up visit (kunjungan bimbingan lanjut); used by the calendar and the case panel.
import { useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { recordVisit } from '../api';
import type { RecordedVisit, Visit } from '../types';

const today = () => new Date().toISOString().slice(0, 10);

export function VisitForm({
  visit,
  onRecorded,
  onCancel,
}: {
  visit: Visit;
  onRecorded: (v: RecordedVisit) => void;
  onCancel: () => void;
}) {
  const [f, setF] = useState({
    visited_on: today(),
    place: '',
    met_with: '',
    child_in_school: 'unknown',
    seen_on_street: false,
    income_situation: '',
    income_level: '',
    parent_coaching_attended: false,
    notes: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof f, v: string | boolean) => setF({ ...f, [k]: v });
  const id = (k: string) => `${k}-${visit.id}`;

  async function submit(e: Event) {
    e.preventDefault();
    try {
      onRecorded(await recordVisit(visit.id, f));
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <form class="card form visit-form" onSubmit={submit} noValidate>
      <h3>{t('services.visit.record')}</h3>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t('services.visit.visitedOn')} name={id('visited_on')} error={errors.visited_on}>
        <input
          id={id('visited_on')}
          type="date"
          value={f.visited_on}
          onInput={(e) => set('visited_on', e.currentTarget.value)}
        />
      </Field>
      <Field label={t('services.visit.place')} name={id('place')} error={errors.place}>
        <input id={id('place')} value={f.place} onInput={(e) => set('place', e.currentTarget.value)} />
      </Field>
      <Field label={t('services.visit.metWith')} name={id('met_with')} error={errors.met_with}>
        <input
          id={id('met_with')}
          value={f.met_with}
          onInput={(e) => set('met_with', e.currentTarget.value)}
        />
      </Field>
      <Field
        label={t('services.visit.childInSchool')}
        name={id('child_in_school')}
        error={errors.child_in_school}
      >
        <select
          id={id('child_in_school')}
          value={f.child_in_school}
          onChange={(e) => set('child_in_school', e.currentTarget.value)}
        >
          {['yes', 'no', 'unknown'].map((v) => (
            <option key={v} value={v}>
              {t(`services.visit.school.${v}`)}
            </option>
          ))}
        </select>
      </Field>
      <label class="check">
        <input
          id={id('seen_on_street')}
          type="checkbox"
          checked={f.seen_on_street}
          onChange={(e) => set('seen_on_street', e.currentTarget.checked)}
        />{' '}
        {t('services.visit.seenOnStreet')}
      </label>
      {f.seen_on_street && <p class="hint">{t('services.visit.streetHint')}</p>}
      <Field
        label={t('services.visit.incomeSituation')}
        name={id('income_situation')}
        error={errors.income_situation}
      >
        <input
          id={id('income_situation')}
          value={f.income_situation}
          onInput={(e) => set('income_situation', e.currentTarget.value)}
        />
      </Field>
      <Field label={t('services.visit.incomeLevel')} name={id('income_level')} error={errors.income_level}>
        <select
          id={id('income_level')}
          value={f.income_level}
          onChange={(e) => set('income_level', e.currentTarget.value)}
        >
          <option value="">—</option>
          {['improved', 'same', 'worse'].map((v) => (
            <option key={v} value={v}>
              {t(`services.visit.income.${v}`)}
            </option>
          ))}
        </select>
      </Field>
      <label class="check">
        <input
          id={id('parent_coaching')}
          type="checkbox"
          checked={f.parent_coaching_attended}
          onChange={(e) => set('parent_coaching_attended', e.currentTarget.checked)}
        />{' '}
        {t('services.visit.parentCoaching')}
      </label>
      <Field label={t('services.visit.notes')} name={id('notes')} error={errors.notes}>
        <textarea id={id('notes')} value={f.notes} onInput={(e) => set('notes', e.currentTarget.value)} />
      </Field>
      <div class="actions">
        <button type="submit" class="primary" disabled={!f.place.trim() || !f.met_with.trim()}>
          {t('services.visit.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
