// Kemitraan: the list (filter by region, stage, party), the create form, and one partnership's page.
import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../../../app/router';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, t } from '../../../lib/i18n';
import { createPartnership, listOrganizations, listPartnerships } from '../api';
import { PARTNERSHIP_TYPES, PARTY_ROLES, STAGES, type OrgRef, type Partnership } from '../types';
import { PartnershipDetail, type PartnershipSection } from './PartnershipDetail';
import '../partnerships.css';

type Props = { path: string; canCreate: boolean; extraSections?: PartnershipSection[] };

// extraSections: other features' sections of a partnership's page (requests, needs, meetings).
export function PartnershipsPage({ path, canCreate, extraSections }: Props) {
  const rest = path.replace(/^\/kemitraan\/?/, '');
  if (rest === 'baru')
    return (
      <CreateForm onSaved={(p) => navigate(`/kemitraan/${p.id}`)} onCancel={() => navigate('/kemitraan')} />
    );
  if (rest) return <PartnershipDetail key={rest} id={rest} extraSections={extraSections} />;
  return <PartnershipList canCreate={canCreate} />;
}

function PartnershipList({ canCreate }: { canCreate: boolean }) {
  const [items, setItems] = useState<Partnership[]>([]);
  const [orgs, setOrgs] = useState<OrgRef[]>([]);
  const [filter, setFilter] = useState({ q: '', region: '', stage: '', party: '' });
  const [error, setError] = useState('');
  useEffect(() => {
    listOrganizations().then(
      (p) => setOrgs(p.items),
      () => undefined,
    );
  }, []);
  useEffect(() => {
    listPartnerships({ ...filter, limit: 100 }).then(
      (p) => {
        setItems(p.items);
        setError('');
      },
      (e) => setError(errorMessage(e)),
    );
  }, [filter.q, filter.region, filter.stage, filter.party]);
  const set = (k: keyof typeof filter, v: string) => setFilter({ ...filter, [k]: v });
  return (
    <section class="partnerships">
      <div class="page-head">
        <h2>{t('partnerships.title')}</h2>
        {canCreate && (
          <button type="button" onClick={() => navigate('/kemitraan/baru')}>
            {t('partnerships.new')}
          </button>
        )}
      </div>
      <div class="filters card">
        <Field label={t('partnerships.search')} name="p-q">
          <input id="p-q" value={filter.q} onInput={(e) => set('q', e.currentTarget.value)} />
        </Field>
        <Field label={t('partnerships.region')} name="p-region">
          <input
            id="p-region"
            value={filter.region}
            placeholder="18.71"
            onInput={(e) => set('region', e.currentTarget.value)}
          />
        </Field>
        <Field label={t('partnerships.stage')} name="p-stage">
          <select id="p-stage" value={filter.stage} onChange={(e) => set('stage', e.currentTarget.value)}>
            <option value="">{t('partnerships.all')}</option>
            {STAGES.map((s, i) => (
              <option key={s} value={s}>
                {i + 1}. {t(`partnerships.stages.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('partnerships.party')} name="p-party">
          <select id="p-party" value={filter.party} onChange={(e) => set('party', e.currentTarget.value)}>
            <option value="">{t('partnerships.all')}</option>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {error && <Alert>{error}</Alert>}
      {items.length === 0 && !error && <p class="empty">{t('partnerships.none')}</p>}
      <ul class="partnership-list">
        {items.map((p) => (
          <li key={p.id} class="card">
            <a href={`/kemitraan/${p.id}`}>{p.title}</a>
            <div class="meta">
              <span class="badge">
                {t('partnerships.stageOf', { n: p.stage.number })} ·{' '}
                {t(`partnerships.stages.${p.stage.code}`)}
              </span>{' '}
              <span>{p.parties.map((x) => x.organization.name).join(' · ')}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

type PartyRow = { organization_id: string; roles: string[] };

function CreateForm({ onSaved, onCancel }: { onSaved: (p: Partnership) => void; onCancel: () => void }) {
  const [orgs, setOrgs] = useState<OrgRef[]>([]);
  const [f, setF] = useState({
    title: '',
    purpose: '',
    programme: '',
    partnership_type: 'mou_collaboration',
    region_code: '',
    start_date: new Date().toISOString().slice(0, 10),
    end_date: '',
  });
  const [parties, setParties] = useState<PartyRow[]>([
    { organization_id: '', roles: ['facilitator'] },
    { organization_id: '', roles: ['implementer'] },
  ]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    listOrganizations().then(
      (p) => setOrgs(p.items),
      () => undefined,
    );
  }, []);
  const set = (k: keyof typeof f, v: string) => setF({ ...f, [k]: v });
  const setParty = (i: number, row: PartyRow) => setParties(parties.map((p, j) => (j === i ? row : p)));
  async function submit(e: Event) {
    e.preventDefault();
    try {
      onSaved(
        await createPartnership({
          ...f,
          region_code: f.region_code || undefined,
          end_date: f.end_date || undefined,
          parties,
        }),
      );
    } catch (err) {
      setErrors(formErrors(err));
    }
  }
  return (
    <form class="card form partnership-form" onSubmit={submit} noValidate>
      <h2>{t('partnerships.new')}</h2>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t('partnerships.name')} name="pf-title" error={errors.title}>
        <input id="pf-title" value={f.title} onInput={(e) => set('title', e.currentTarget.value)} />
      </Field>
      <Field label={t('partnerships.purpose')} name="pf-purpose" error={errors.purpose}>
        <textarea id="pf-purpose" value={f.purpose} onInput={(e) => set('purpose', e.currentTarget.value)} />
      </Field>
      <Field label={t('partnerships.programme')} name="pf-programme">
        <input
          id="pf-programme"
          value={f.programme}
          onInput={(e) => set('programme', e.currentTarget.value)}
        />
      </Field>
      <Field label={t('partnerships.type')} name="pf-type" error={errors.partnership_type}>
        <select
          id="pf-type"
          value={f.partnership_type}
          onChange={(e) => set('partnership_type', e.currentTarget.value)}
        >
          {PARTNERSHIP_TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`partnerships.types.${x}`)}
            </option>
          ))}
        </select>
      </Field>
      <div class="row-2">
        <Field label={t('partnerships.startDate')} name="pf-start" error={errors.start_date}>
          <input
            id="pf-start"
            type="date"
            value={f.start_date}
            onInput={(e) => set('start_date', e.currentTarget.value)}
          />
        </Field>
        <Field label={t('partnerships.endDate')} name="pf-end" error={errors.end_date}>
          <input
            id="pf-end"
            type="date"
            value={f.end_date}
            onInput={(e) => set('end_date', e.currentTarget.value)}
          />
        </Field>
      </div>
      <Field
        label={t('partnerships.regionCode')}
        name="pf-region"
        error={errors.region_code}
        hint={t('partnerships.regionHint')}
      >
        <input
          id="pf-region"
          value={f.region_code}
          onInput={(e) => set('region_code', e.currentTarget.value)}
        />
      </Field>
      <fieldset>
        <legend>{t('partnerships.parties')}</legend>
        {errors.parties && <Alert>{errors.parties}</Alert>}
        {parties.map((p, i) => (
          <div key={i} class="party-row">
            <label for={`pf-party-${i}`}>{t('partnerships.partyN', { n: i + 1 })}</label>
            <select
              id={`pf-party-${i}`}
              value={p.organization_id}
              onChange={(e) => setParty(i, { ...p, organization_id: e.currentTarget.value })}
            >
              <option value="">—</option>
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <div class="roles">
              {PARTY_ROLES.map((r) => (
                <label key={r} class="check">
                  <input
                    type="checkbox"
                    checked={p.roles.includes(r)}
                    onChange={(e) =>
                      setParty(i, {
                        ...p,
                        roles: e.currentTarget.checked ? [...p.roles, r] : p.roles.filter((x) => x !== r),
                      })
                    }
                  />{' '}
                  {t(`partnerships.roles.${r}`)}
                </label>
              ))}
            </div>
          </div>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() => setParties([...parties, { organization_id: '', roles: [] }])}
        >
          {t('partnerships.addParty')}
        </button>
      </fieldset>
      <div class="actions">
        <button type="submit">{t('common.save')}</button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
