// A new patrol, raid or outreach: when, where (with the phone's location if allowed), who went
// out and where those netted are taken.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { createPatrol, listOrganizations } from '../api';
import type { OrgRef, Patrol } from '../types';

const AGENCIES = ['trc', 'satpol_pp', 'police', 'dinsos', 'ngo_outreach', 'community', 'other'];

// "YYYY-MM-DDTHH:MM" in local time, for <input type=datetime-local>.
const localNow = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60e3).toISOString().slice(0, 16);
};

type Props = { onSaved: (p: Patrol) => void; onCancel: () => void };

export function PatrolForm({ onSaved, onCancel }: Props) {
  const [f, setF] = useState({ kind: 'patrol', started_at: localNow(), place: '', team: '', receiving: '', notes: '' });
  const [agencies, setAgencies] = useState<string[]>(['dinsos']);
  const [coords, setCoords] = useState<{ latitude: number; longitude: number } | null>(null);
  const [orgs, setOrgs] = useState<OrgRef[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof f, v: string) => setF({ ...f, [k]: v });

  useEffect(() => {
    listOrganizations().then((p) => setOrgs(p.items.filter((o) => o.active)), () => undefined);
  }, []);

  function locate() {
    navigator.geolocation?.getCurrentPosition((pos) =>
      setCoords({ latitude: Number(pos.coords.latitude.toFixed(6)), longitude: Number(pos.coords.longitude.toFixed(6)) }),
    );
  }

  async function submit(e: Event) {
    e.preventDefault();
    const body: Record<string, unknown> = {
      kind: f.kind,
      started_at: new Date(f.started_at).toISOString(),
      place: f.place.trim(),
      agencies,
      team: f.team,
      notes: f.notes,
    };
    if (f.receiving) body.receiving_organization_id = f.receiving;
    if (coords) body.coordinates = coords;
    try {
      onSaved(await createPatrol(body));
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  return (
    <form class="card form" onSubmit={submit} noValidate>
      <h2>{t('patrols.new')}</h2>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t('patrols.kind')} name="kind" error={errors.kind}>
        <select id="kind" value={f.kind} onChange={(e) => set('kind', e.currentTarget.value)}>
          {(['patrol', 'raid', 'outreach'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`patrols.kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('patrols.startedAt')} name="started_at" error={errors.started_at}>
        <input id="started_at" type="datetime-local" value={f.started_at} onInput={(e) => set('started_at', e.currentTarget.value)} />
      </Field>
      <Field label={t('patrols.place')} name="place" error={errors.place} hint={t('patrols.placeHint')}>
        <input id="place" value={f.place} onInput={(e) => set('place', e.currentTarget.value)} />
      </Field>
      <p>
        <button type="button" onClick={locate}>
          📍 {t('patrols.useLocation')}
        </button>{' '}
        {coords && <span class="muted">{t('patrols.locationTaken', { lat: coords.latitude, lon: coords.longitude })}</span>}
        {(errors.latitude || errors.longitude) && <small class="field-error">{errors.latitude || errors.longitude}</small>}
      </p>
      <fieldset class={`field${errors.agencies ? ' field--error' : ''}`}>
        <legend>{t('patrols.agencies')}</legend>
        <div class="checks">
          {AGENCIES.map((a) => (
            <label key={a} class="check">
              <input
                type="checkbox"
                name="agency"
                value={a}
                checked={agencies.includes(a)}
                onChange={(e) => setAgencies(e.currentTarget.checked ? [...agencies, a] : agencies.filter((x) => x !== a))}
              />{' '}
              {t(`patrols.agencyNames.${a}`)}
            </label>
          ))}
        </div>
        {errors.agencies && <small class="field-error">{errors.agencies}</small>}
      </fieldset>
      <Field label={t('patrols.team')} name="team">
        <input id="team" value={f.team} onInput={(e) => set('team', e.currentTarget.value)} />
      </Field>
      <Field label={t('patrols.receiving')} name="receiving" error={errors.receiving_organization_id}>
        <select id="receiving" value={f.receiving} onChange={(e) => set('receiving', e.currentTarget.value)}>
          <option value="">—</option>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.code})
            </option>
          ))}
        </select>
      </Field>
      <div class="actions">
        <button type="submit" class="primary">
          {t('patrols.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
