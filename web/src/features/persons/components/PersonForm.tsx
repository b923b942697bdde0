// Registration, short enough for a phone on a night patrol: name, sex, birth date or age, NIK
// when known, categories, consent. Likely existing records are shown before saving.
// With `person`, the same fields correct that person's data (PATCH: only what changed; an
// emptied field is cleared); categories and consent have their own sections on the person page.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { ApiError } from '../../../lib/api-client';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { findMatches, listCategories, registerPerson, updatePerson } from '../api';
import { DISABILITIES, RELIGIONS, type Candidate, type Person, type PmksCategory } from '../types';

type Props = { onSaved: (p: Person) => void; onCancel: () => void; onOpen?: (id: string) => void; person?: Person };

// The form's values for a registered person (where a correction starts) or an empty form.
function valuesOf(p?: Person) {
  return {
    full_name: p?.full_name ?? '',
    other_names: p?.other_names ?? '',
    sex: p?.sex ?? '',
    birth_date: p?.birth_date ?? '',
    age_years: '',
    nik: p?.nik ?? '',
    mother_name: p?.mother_name ?? '',
    religion: p?.religion ?? '',
  };
}

export function PersonForm({ onSaved, onCancel, onOpen, person }: Props) {
  const editing = !!person;
  const [f, setF] = useState(() => valuesOf(person));
  const [disabilities, setDisabilities] = useState<string[]>(person?.disabilities ?? []);
  const [categories, setCategories] = useState<string[]>([]);
  const [all, setAll] = useState<PmksCategory[]>([]);
  const [consent, setConsent] = useState({ given_by: '', relation: 'parent', purpose: '' });
  const [matches, setMatches] = useState<Candidate[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [warnings, setWarnings] = useState('');

  useEffect(() => {
    if (!editing) listCategories().then((p) => setAll(p.items), () => undefined);
  }, [editing]);

  // Likely matches across all organisations, as the worker types (when registering).
  useEffect(() => {
    if (editing || (f.full_name.trim().length < 3 && f.nik.length !== 16)) {
      setMatches([]);
      return;
    }
    const timer = setTimeout(() => {
      findMatches({ full_name: f.full_name, nik: f.nik, birth_date: f.birth_date, mother_name: f.mother_name }).then(
        (p) => setMatches(p.items),
        () => setMatches([]),
      );
    }, 400);
    return () => clearTimeout(timer);
  }, [editing, f.full_name, f.nik, f.birth_date, f.mother_name]);

  const set = (k: keyof typeof f, v: string) => setF({ ...f, [k]: v });

  // What a correction sends: the changed fields only, an emptied optional one as null.
  function changes(p: Person): Record<string, unknown> {
    const body: Record<string, unknown> = {};
    const was = valuesOf(p);
    if (f.full_name.trim() !== was.full_name) body.full_name = f.full_name.trim();
    if (f.sex !== was.sex) body.sex = f.sex;
    for (const k of ['other_names', 'nik', 'mother_name', 'religion'] as const) if (f[k] !== was[k]) body[k] = f[k] || null;
    if (!f.birth_date && f.age_years) body.age_years = Number(f.age_years);
    else if (f.birth_date !== was.birth_date) body.birth_date = f.birth_date || null;
    if ([...disabilities].sort().join() !== [...p.disabilities].sort().join()) body.disabilities = disabilities;
    return body;
  }

  async function save(body: Record<string, unknown>) {
    try {
      onSaved(person ? await updatePerson(person.id, body) : await registerPerson(body));
    } catch (err) {
      if (err instanceof ApiError && err.field === 'warnings') {
        setWarnings(err.message);
        setErrors({});
      } else {
        setWarnings('');
        setErrors(formErrors(err));
      }
    }
  }

  async function submit(e: Event, confirm = false) {
    e.preventDefault();
    if (person) {
      const body = changes(person);
      if (confirm) body.confirm_warnings = true;
      return save(body);
    }
    const body: Record<string, unknown> = { full_name: f.full_name.trim(), other_names: f.other_names, sex: f.sex, categories };
    if (f.birth_date) body.birth_date = f.birth_date;
    else if (f.age_years) body.age_years = Number(f.age_years);
    if (f.nik) body.nik = f.nik;
    if (f.mother_name) body.mother_name = f.mother_name;
    if (f.religion) body.religion = f.religion;
    if (disabilities.length) body.disabilities = disabilities;
    if (consent.given_by) body.consent = { ...consent, given_on: new Date().toISOString().slice(0, 10) };
    if (confirm) body.confirm_warnings = true;
    return save(body);
  }

  return (
    <form class="card form" onSubmit={(e) => submit(e)} noValidate>
      <h2>{editing ? t('personEdit.title') : t('persons.register')}</h2>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t('persons.fullName')} name="full_name" error={errors.full_name} hint={t('persons.fullNameHint')}>
        <input id="full_name" value={f.full_name} onInput={(e) => set('full_name', e.currentTarget.value)} />
      </Field>
      <Field label={t('persons.otherNames')} name="other_names" error={errors.other_names}>
        <input id="other_names" value={f.other_names} onInput={(e) => set('other_names', e.currentTarget.value)} />
      </Field>
      <Field label={t('persons.sex')} name="sex" error={errors.sex}>
        <select id="sex" value={f.sex} onChange={(e) => set('sex', e.currentTarget.value)}>
          <option value="">—</option>
          <option value="L">{t('persons.male')}</option>
          <option value="P">{t('persons.female')}</option>
        </select>
      </Field>
      <div class="row-2">
        <Field label={t('persons.birthDate')} name="birth_date" error={errors.birth_date}>
          <input id="birth_date" type="date" value={f.birth_date} onInput={(e) => set('birth_date', e.currentTarget.value)} />
        </Field>
        <Field label={t('persons.ageYears')} name="age_years" error={errors.age_years} hint={t('persons.ageHint')}>
          <input id="age_years" type="number" min="0" max="120" inputMode="numeric" value={f.age_years} disabled={!!f.birth_date} onInput={(e) => set('age_years', e.currentTarget.value)} />
        </Field>
      </div>
      <Field label={t('persons.nik')} name="nik" error={errors.nik} hint={t('persons.nikHint')}>
        <input id="nik" inputMode="numeric" maxLength={16} value={f.nik} onInput={(e) => set('nik', e.currentTarget.value.replace(/\D/g, ''))} />
      </Field>
      <Field label={t('persons.motherName')} name="mother_name" error={errors.mother_name}>
        <input id="mother_name" value={f.mother_name} onInput={(e) => set('mother_name', e.currentTarget.value)} />
      </Field>
      <Field label={t('personDetails.religion')} name="religion" error={errors.religion}>
        <select id="religion" value={f.religion} onChange={(e) => set('religion', e.currentTarget.value)}>
          <option value="">{t('personDetails.religionUnknown')}</option>
          {RELIGIONS.map((r) => (
            <option key={r} value={r}>
              {t(`personDetails.religions.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset class={`field${errors.disabilities ? ' field--error' : ''}`}>
        <legend>{t('personDetails.disabilities')}</legend>
        <div class="checks">
          {DISABILITIES.map((d) => (
            <label key={d} class="check">
              <input
                type="checkbox"
                name="disability"
                value={d}
                checked={disabilities.includes(d)}
                onChange={(e) => setDisabilities(e.currentTarget.checked ? [...disabilities, d] : disabilities.filter((x) => x !== d))}
              />{' '}
              {t(`personDetails.disabilityKinds.${d}`)}
            </label>
          ))}
        </div>
        <small class="muted">{t('personDetails.disabilitiesHint')}</small>
        {errors.disabilities && <small class="field-error">{errors.disabilities}</small>}
      </fieldset>
      {matches.length > 0 && (
        <div class="alert alert--info matches" role="status">
          <strong>{t('persons.matchesTitle')}</strong>
          <ul>
            {matches.map((m, i) => (
              <li key={i}>
                {m.visible && m.person_id && onOpen ? (
                  <button type="button" class="link-button" onClick={() => onOpen(m.person_id!)}>
                    {m.name}
                  </button>
                ) : (
                  <span>{m.name || t('persons.protectedRecord')}</span>
                )}{' '}
                {m.birth_year && <span class="muted">({m.birth_year})</span>} — {m.organization.name}{' '}
                <span class="muted">{t(`persons.reason.${m.reason}`)}</span>
              </li>
            ))}
          </ul>
          <small>{t('persons.matchesHint')}</small>
        </div>
      )}
      {!editing && (
        <>
          <fieldset class={`field${errors.categories ? ' field--error' : ''}`}>
            <legend>{t('persons.categories')}</legend>
            <select
              id="category"
              aria-label={t('persons.addCategory')}
              value=""
              onChange={(e) => {
                const v = e.currentTarget.value;
                if (v && !categories.includes(v)) setCategories([...categories, v]);
              }}
            >
              <option value="">+ {t('persons.addCategory')}</option>
              {all.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.number}. {c.name}
                </option>
              ))}
            </select>
            <div class="chips">
              {categories.map((c) => (
                <button type="button" class="chip" key={c} onClick={() => setCategories(categories.filter((x) => x !== c))}>
                  {all.find((a) => a.code === c)?.name ?? c} ✕
                </button>
              ))}
            </div>
            {errors.categories && <small class="field-error">{errors.categories}</small>}
          </fieldset>
          <fieldset class="field">
            <legend>{t('persons.consent')}</legend>
            <Field label={t('persons.consentBy')} name="consent_by" error={errors['consent.given_by']}>
              <input id="consent_by" value={consent.given_by} onInput={(e) => setConsent({ ...consent, given_by: e.currentTarget.value })} />
            </Field>
            <Field label={t('persons.consentRelation')} name="consent_relation" error={errors['consent.relation']}>
              <select id="consent_relation" value={consent.relation} onChange={(e) => setConsent({ ...consent, relation: e.currentTarget.value })}>
                <option value="parent">{t('persons.relation.parent')}</option>
                <option value="guardian">{t('persons.relation.guardian')}</option>
                <option value="self">{t('persons.relation.self')}</option>
              </select>
            </Field>
            <Field label={t('persons.consentPurpose')} name="consent_purpose" error={errors['consent.purpose']}>
              <input id="consent_purpose" value={consent.purpose} onInput={(e) => setConsent({ ...consent, purpose: e.currentTarget.value })} />
            </Field>
          </fieldset>
        </>
      )}
      {warnings && (
        <Alert kind="info">
          <p>{warnings}</p>
          <button type="button" class="primary" onClick={(e) => submit(e, true)}>
            {t('persons.confirmAndSave')}
          </button>
        </Alert>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={!f.full_name || !f.sex}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
