// One organisation: its facts and registration badge, profile and legal data (editable by its
// managers and its Dinsos), documents, and registration history with apply / renew.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { navigate } from '../../../app/router';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, formatDate, formatDateTime, t } from '../../../lib/i18n';
import { DocumentList } from '../../documents/components/DocumentList';
import { applyRegistration, getProfile, listRegistrations, saveProfile } from '../api';
import type { Profile, Registration } from '../types';
import { DueMark, RegistrationBadge } from './RegistrationBadge';

export const SERVICE_CODES = [
  'basic_needs', 'social_care', 'family_support', 'therapy', 'vocational_training', 'entrepreneurship',
  'social_assistance', 'assistive_device', 'education', 'health', 'civil_document', 'legal_accompaniment', 'counselling',
];
const LEGAL_KINDS = ['deed', 'decree', 'npwp', 'domicile', 'bank_account', 'accreditation', 'activity_reports', 'registration', 'other'];
const NGO_TYPES = ['lks', 'lksa', 'rumah_singgah', 'tas', 'yayasan', 'lsm', 'orsos', 'community'];

export function OrganizationPage({ id, canManage }: { id: string; canManage: boolean }) {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [history, setHistory] = useState<Registration[] | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState(false);
  const [applying, setApplying] = useState(false);
  const [note, setNote] = useState('');

  const load = () => {
    getProfile(id).then(setProfile, (e) => setError(errorMessage(e)));
    listRegistrations({ organization_id: id, limit: 50 }).then((p) => setHistory(p.items), () => setHistory(null));
  };
  useEffect(load, [id]);

  if (error) return <Alert>{error}</Alert>;
  if (!profile) return <p class="loading">{t('common.wait')}</p>;
  const o = profile.organization;
  const reg = o.registration;
  const open = history?.some((r) => ['submitted', 'returned', 'recommended'].includes(r.status)) ?? false;
  const mayApply =
    profile.may_edit && NGO_TYPES.includes(o.type) && !open && (!reg.valid_until || reg.renewal_open);

  async function apply() {
    setError('');
    try {
      const r = await applyRegistration(id, note);
      setApplying(false);
      setNote('');
      setNotice(t('orgPage.applied'));
      navigate(`/pendaftaran-lks/${r.id}`);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const fact = (label: string, value: string | number | null | undefined) => (
    <>
      <dt>{label}</dt>
      <dd>{value === null || value === undefined || value === '' ? t('orgPage.none') : value}</dd>
    </>
  );

  return (
    <section class="org-page">
      <a href="/lembaga">{t('orgPage.back')}</a>
      <div class="page-head">
        <h1>{o.name}</h1>
        <RegistrationBadge registration={reg} />
      </div>
      {notice && <Alert kind="success">{notice}</Alert>}
      <dl class="facts">
        {fact(t('organizations.code'), o.code)}
        {fact(t('organizations.type'), t(`organizationTypes.${o.type}`))}
        {fact(t('organizations.region'), `${o.region_name} (${o.region_code})`)}
        {fact(t('common.status'), o.active ? t('common.active') : t('common.inactive'))}
      </dl>

      <div class="card">
        <div class="page-head">
          <h2>{t('orgPage.profile')}</h2>
          {profile.may_edit && !editing && (
            <button type="button" onClick={() => setEditing(true)}>
              {t('orgPage.editProfile')}
            </button>
          )}
        </div>
        {editing ? (
          <ProfileForm
            profile={profile}
            onCancel={() => setEditing(false)}
            onSaved={(p) => {
              setProfile(p);
              setEditing(false);
              setNotice(t('orgPage.saved'));
            }}
          />
        ) : (
          <dl class="facts">
            {fact(t('orgPage.deedNumber'), profile.deed_number)}
            {fact(t('orgPage.deedDate'), profile.deed_date && formatDate(profile.deed_date))}
            {fact(t('orgPage.decreeNumber'), profile.decree_number)}
            {fact(t('orgPage.lksNumber'), profile.lks_number)}
            {fact(t('orgPage.lksValidUntil'), profile.lks_valid_until && formatDate(profile.lks_valid_until))}
            {fact(t('orgPage.accreditation'), profile.accreditation && `${profile.accreditation}${profile.accreditation_date ? ` (${formatDate(profile.accreditation_date)})` : ''}`)}
            {fact(t('orgPage.npwp'), profile.npwp)}
            {fact(t('orgPage.address'), profile.address)}
            {fact(t('orgPage.phone'), profile.phone)}
            {fact(t('orgPage.email'), profile.email)}
            {fact(t('orgPage.contactPerson'), profile.contact_person)}
            {fact(t('orgPage.services'), profile.services.map((s) => t(`services.types.${s}`)).join(', '))}
            {fact(t('orgPage.capacity'), profile.capacity || null)}
            {fact(t('orgPage.socialWorkers'), profile.social_workers || null)}
            {o.type === 'dinsos_province' && fact(t('orgPage.slaDays'), profile.registration_sla_days)}
          </dl>
        )}
      </div>

      <div class="card">
        <DocumentList ownerType="organization" ownerId={o.id} canUpload={profile.may_edit || canManage} kinds={LEGAL_KINDS} />
      </div>

      {history && (
        <div class="card">
          <div class="page-head">
            <h2>{t('orgPage.history')}</h2>
            {mayApply && !applying && (
              <button type="button" class="primary" onClick={() => setApplying(true)}>
                {reg.valid_until ? t('orgPage.renew') : t('orgPage.apply')}
              </button>
            )}
          </div>
          {applying && (
            <div class="inline-form">
              <Field label={t('orgPage.applyNote')} name="apply-note">
                <textarea id="apply-note" value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
              </Field>
              <div class="actions">
                <button type="button" class="primary" onClick={apply}>
                  {t('registration.confirm')}
                </button>
                <button type="button" onClick={() => setApplying(false)}>
                  {t('registration.cancel')}
                </button>
              </div>
            </div>
          )}
          {history.length === 0 ? (
            <p class="muted">{t('orgPage.noHistory')}</p>
          ) : (
            <ul class="registration-history">
              {history.map((r) => (
                <li key={r.id}>
                  <a href={`/pendaftaran-lks/${r.id}`}>
                    {t(`registration.kind.${r.kind}`)} · {formatDateTime(r.submitted_at)}
                  </a>{' '}
                  <span class={`badge status-${r.status}`}>{t(`registration.status.${r.status}`)}</span>{' '}
                  <DueMark overdue={r.overdue} daysLeft={r.working_days_left} open={['submitted', 'recommended'].includes(r.status)} />
                  {r.registration_number && <span class="muted"> · {r.registration_number}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function ProfileForm({ profile, onCancel, onSaved }: { profile: Profile; onCancel: () => void; onSaved: (p: Profile) => void }) {
  const [v, setV] = useState({
    deed_number: profile.deed_number,
    deed_date: profile.deed_date ?? '',
    decree_number: profile.decree_number,
    accreditation: profile.accreditation ?? '',
    accreditation_date: profile.accreditation_date ?? '',
    npwp: profile.npwp,
    address: profile.address,
    phone: profile.phone,
    email: profile.email,
    contact_person: profile.contact_person,
    capacity: String(profile.capacity),
    social_workers: String(profile.social_workers),
    registration_sla_days: String(profile.registration_sla_days),
  });
  const [services, setServices] = useState<string[]>(profile.services);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const province = profile.organization.type === 'dinsos_province';

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    const body: Record<string, unknown> = { ...v, services, capacity: Number(v.capacity) || 0, social_workers: Number(v.social_workers) || 0 };
    if (province) body.registration_sla_days = Number(v.registration_sla_days) || 0;
    else delete body.registration_sla_days;
    try {
      onSaved(await saveProfile(profile.organization.id, body));
    } catch (err) {
      setErrors(formErrors(err));
    } finally {
      setBusy(false);
    }
  }

  const text = (name: keyof typeof v, label: string, type: 'text' | 'date' | 'tel' | 'email' | 'number' = 'text') => (
    <Field label={label} name={`p-${name}`} error={errors[name]}>
      <input id={`p-${name}`} type={type as "text"} value={v[name]} onInput={(e) => setV({ ...v, [name]: e.currentTarget.value })} />
    </Field>
  );

  return (
    <form onSubmit={submit} class="profile-form">
      {errors.form && <Alert>{errors.form}</Alert>}
      {text('deed_number', t('orgPage.deedNumber'))}
      {text('deed_date', t('orgPage.deedDate'), 'date')}
      {text('decree_number', t('orgPage.decreeNumber'))}
      <Field label={t('orgPage.accreditation')} name="p-accreditation" error={errors.accreditation}>
        <select id="p-accreditation" value={v.accreditation} onChange={(e) => setV({ ...v, accreditation: e.currentTarget.value })}>
          <option value="">{t('orgPage.none')}</option>
          {['A', 'B', 'C'].map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </Field>
      {text('accreditation_date', t('orgPage.accreditationDate'), 'date')}
      {text('npwp', t('orgPage.npwp'))}
      {text('address', t('orgPage.address'))}
      {text('phone', t('orgPage.phone'), 'tel')}
      {text('email', t('orgPage.email'), 'email')}
      {text('contact_person', t('orgPage.contactPerson'))}
      {text('capacity', t('orgPage.capacity'), 'number')}
      {text('social_workers', t('orgPage.socialWorkers'), 'number')}
      {province && text('registration_sla_days', t('orgPage.slaDays'), 'number')}
      <fieldset class="checks">
        <legend>{t('orgPage.services')}</legend>
        {SERVICE_CODES.map((s) => (
          <label key={s} class="check">
            <input
              type="checkbox"
              checked={services.includes(s)}
              onChange={(e) => setServices(e.currentTarget.checked ? [...services, s] : services.filter((x) => x !== s))}
            />{' '}
            {t(`services.types.${s}`)}
          </label>
        ))}
        {errors.services && <small class="field-error">{errors.services}</small>}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('orgPage.saveProfile')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('registration.cancel')}
        </button>
      </div>
    </form>
  );
}
