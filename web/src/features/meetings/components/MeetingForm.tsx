// Plan a meeting (rencanakan rapat): title, time, in person or online, agenda, invited organisations;
// from a partnership's page, for that partnership with its parties invited.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { createMeeting, listOrganizations } from '../api';
import type { Meeting, OrgRef } from '../types';

// "2026-03-01T09:00" in the browser's time zone -> ISO UTC; '' stays ''.
export const toIso = (local: string) => (local ? new Date(local).toISOString() : '');
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function MeetingForm({
  ownOrganizationId,
  partnershipId,
  invited: initiallyInvited = [],
  onSaved,
  onCancel,
}: {
  ownOrganizationId: string;
  partnershipId?: string;
  invited?: string[];
  onSaved: (m: Meeting) => void;
  onCancel: () => void;
}) {
  const [orgs, setOrgs] = useState<OrgRef[]>([]);
  const [filter, setFilter] = useState('');
  const [f, setF] = useState({
    title: '',
    starts: '',
    ends: '',
    mode: 'in_person',
    place: '',
    link: '',
    agenda: '',
  });
  const [invited, setInvited] = useState<string[]>(initiallyInvited);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    listOrganizations().then(
      (p) => setOrgs(p.items.filter((o) => o.id !== ownOrganizationId)),
      () => undefined,
    );
  }, []);
  const set = (k: keyof typeof f) => (e: Event) =>
    setF({ ...f, [k]: (e.currentTarget as HTMLInputElement).value });

  async function submit(e: Event) {
    e.preventDefault();
    try {
      onSaved(
        await createMeeting({
          title: f.title.trim(),
          starts_at: toIso(f.starts),
          ends_at: toIso(f.ends) || undefined,
          mode: f.mode,
          place: f.mode === 'in_person' ? f.place.trim() : undefined,
          link: f.mode === 'online' ? f.link.trim() : undefined,
          agenda: lines(f.agenda),
          partnership_id: partnershipId,
          invited,
        }),
      );
    } catch (err) {
      setErrors(formErrors(err));
    }
  }

  const shown = orgs.filter(
    (o) => !filter || `${o.name} ${o.code}`.toLowerCase().includes(filter.toLowerCase()),
  );
  return (
    <form class="card form meeting-form" onSubmit={submit} noValidate>
      <h2>{t('meetings.planTitle')}</h2>
      {errors.form && <Alert>{errors.form}</Alert>}
      {errors.partnership_id && <Alert>{errors.partnership_id}</Alert>}
      <Field label={t('meetings.fields.title')} name="meeting-title" error={errors.title}>
        <input id="meeting-title" value={f.title} onInput={set('title')} />
      </Field>
      <div class="row-2">
        <Field label={t('meetings.fields.starts')} name="meeting-starts" error={errors.starts_at}>
          <input id="meeting-starts" type="datetime-local" value={f.starts} onInput={set('starts')} />
        </Field>
        <Field label={t('meetings.fields.ends')} name="meeting-ends" error={errors.ends_at}>
          <input id="meeting-ends" type="datetime-local" value={f.ends} onInput={set('ends')} />
        </Field>
      </div>
      <Field label={t('meetings.fields.mode')} name="meeting-mode" error={errors.mode}>
        <select id="meeting-mode" value={f.mode} onChange={set('mode')}>
          <option value="in_person">{t('meetings.mode.in_person')}</option>
          <option value="online">{t('meetings.mode.online')}</option>
        </select>
      </Field>
      {f.mode === 'in_person' ? (
        <Field label={t('meetings.fields.place')} name="meeting-place" error={errors.place}>
          <input id="meeting-place" value={f.place} onInput={set('place')} />
        </Field>
      ) : (
        <Field label={t('meetings.fields.link')} name="meeting-link" error={errors.link}>
          <input id="meeting-link" type="url" value={f.link} onInput={set('link')} placeholder="https://" />
        </Field>
      )}
      <Field
        label={t('meetings.fields.agenda')}
        name="meeting-agenda"
        error={errors.agenda}
        hint={t('meetings.onePerLine')}
      >
        <textarea id="meeting-agenda" rows={4} value={f.agenda} onInput={set('agenda')} />
      </Field>
      <fieldset class="invite" aria-describedby="invited-error">
        <legend>{t('meetings.fields.invited', { n: invited.length })}</legend>
        {errors.invited && (
          <small class="field-error" id="invited-error" role="alert">
            {errors.invited}
          </small>
        )}
        <input
          type="search"
          aria-label={t('meetings.filterOrgs')}
          placeholder={t('meetings.filterOrgs')}
          value={filter}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
        <div class="invite-list">
          {shown.map((o) => (
            <label key={o.id} class="check">
              <input
                type="checkbox"
                checked={invited.includes(o.id)}
                onChange={(e) =>
                  setInvited(e.currentTarget.checked ? [...invited, o.id] : invited.filter((i) => i !== o.id))
                }
              />
              {o.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary">
          {t('meetings.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('meetings.cancel')}
        </button>
      </div>
    </form>
  );
}
