// Discharge from a shelter: where to, which belongings were handed back, who signed for the person.
import { useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { discharge } from '../api';
import { DESTINATIONS, toIso, type Stay } from '../types';

export function DischargeForm({
  stay,
  onDone,
  onCancel,
}: {
  stay: Stay;
  onDone: (s: Stay) => void;
  onCancel: () => void;
}) {
  const items = stay.belongings?.map((b) => b.item) ?? [];
  const [returned, setReturned] = useState<boolean[]>(items.map(() => true));
  const [f, setF] = useState({
    destination: 'family',
    handover_name: '',
    handover_relation: '',
    handover_organization: '',
    note: '',
    discharged_at: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof f, v: string) => setF({ ...f, [k]: v });
  const id = (name: string) => `${name}-${stay.id}`;
  const ranAway = f.destination === 'ran_away';

  async function submit(e: Event) {
    e.preventDefault();
    try {
      onDone(
        await discharge(stay.id, {
          ...f,
          discharged_at: toIso(f.discharged_at) || undefined,
          belongings_returned: items.filter((_, i) => returned[i]),
        }),
      );
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <form class="card form discharge-form" onSubmit={submit} noValidate>
      <h3>{t('shelter.dischargeTitle')}</h3>
      {(errors.form || errors.status) && <Alert>{errors.form ?? errors.status}</Alert>}
      <Field label={t('shelter.destination')} name={id('destination')} error={errors.destination}>
        <select
          id={id('destination')}
          value={f.destination}
          onChange={(e) => set('destination', e.currentTarget.value)}
        >
          {DESTINATIONS.map((d) => (
            <option key={d} value={d}>
              {t(`shelter.destinations.${d}`)}
            </option>
          ))}
        </select>
      </Field>
      {items.length > 0 && (
        <fieldset class={`checklist${errors.belongings_returned ? ' field--error' : ''}`}>
          <legend>{t('shelter.belongingsReturned')}</legend>
          {items.map((item, i) => (
            <label class="check" key={i}>
              <input
                type="checkbox"
                checked={returned[i]}
                onChange={(e) => setReturned(returned.map((r, j) => (j === i ? e.currentTarget.checked : r)))}
              />{' '}
              {item}
            </label>
          ))}
          {errors.belongings_returned && <small class="field-error">{errors.belongings_returned}</small>}
        </fieldset>
      )}
      {!ranAway && (
        <>
          <p class="muted">{t('shelter.handoverHint')}</p>
          <div class="row-2">
            <Field label={t('shelter.handoverName')} name={id('handover-name')} error={errors.handover_name}>
              <input
                id={id('handover-name')}
                value={f.handover_name}
                onInput={(e) => set('handover_name', e.currentTarget.value)}
              />
            </Field>
            <Field
              label={t('shelter.handoverRelation')}
              name={id('handover-relation')}
              error={errors.handover_relation}
            >
              <input
                id={id('handover-relation')}
                value={f.handover_relation}
                onInput={(e) => set('handover_relation', e.currentTarget.value)}
              />
            </Field>
          </div>
          <Field
            label={t('shelter.handoverOrganization')}
            name={id('handover-org')}
            error={errors.handover_organization}
          >
            <input
              id={id('handover-org')}
              value={f.handover_organization}
              onInput={(e) => set('handover_organization', e.currentTarget.value)}
            />
          </Field>
        </>
      )}
      <Field label={t('shelter.note')} name={id('note')} error={errors.note}>
        <input id={id('note')} value={f.note} onInput={(e) => set('note', e.currentTarget.value)} />
      </Field>
      <Field
        label={t('shelter.dischargedAt')}
        name={id('discharged-at')}
        error={errors.discharged_at}
        hint={t('shelter.admittedAtHint')}
      >
        <input
          id={id('discharged-at')}
          type="datetime-local"
          value={f.discharged_at}
          onInput={(e) => set('discharged_at', e.currentTarget.value)}
        />
      </Field>
      <div class="actions">
        <button type="submit" class="primary">
          {t('shelter.discharge')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('shelter.cancel')}
        </button>
      </div>
    </form>
  );
}
