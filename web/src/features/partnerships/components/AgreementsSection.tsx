// Agreements of a partnership with expiry badges (60 and 30 days before the end), and a form.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { t } from '../../../lib/i18n';
import { DocumentList } from '../../documents/components/DocumentList';
import { createAgreement, listAgreements, updateAgreement } from '../api';
import { AGREEMENT_KINDS, rupiah, type Agreement, type Partnership } from '../types';

export function ExpiryBadge({ a }: { a: Agreement }) {
  if (a.expired) return <span class="badge badge--danger">{t('partnerships.expired')}</span>;
  if (a.reminder_due !== null)
    return (
      <span class={`badge ${a.reminder_due === 30 ? 'badge--danger' : 'badge--warning'}`}>
        {t('partnerships.expiresIn', { n: a.days_left })}
      </span>
    );
  return null;
}

export function AgreementsSection({ p }: { p: Partnership }) {
  const [items, setItems] = useState<Agreement[]>([]);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const load = () =>
    listAgreements(p.id).then(
      (x) => setItems(x.items),
      () => undefined,
    );
  useEffect(() => {
    load();
  }, [p.id]);
  return (
    <>
      {items.length === 0 && <p class="empty">{t('partnerships.noAgreements')}</p>}
      <ul class="agreements">
        {items.map((a) => (
          <li key={a.id}>
            <strong>{t(`partnerships.kinds.${a.kind}`)}</strong> {a.number} — {a.title} <ExpiryBadge a={a} />{' '}
            {p.can_edit && editing !== a.id && (
              <button type="button" class="link" onClick={() => setEditing(a.id)}>
                {t('partnerships.editAgreement')}
              </button>
            )}
            <div class="meta">
              {a.start_date}
              {a.end_date ? ` – ${a.end_date}` : ''} · {rupiah(a.budget)}
            </div>
            <ul>
              {a.parties.map((x) => (
                <li key={x.organization.id}>
                  {x.organization.name}
                  {x.signatory_name && ` (${x.signatory_name}, ${x.signatory_position})`}
                  {x.obligations.length > 0 && `: ${x.obligations.join('; ')}`}
                </li>
              ))}
            </ul>
            <DocumentList
              ownerType="agreement"
              ownerId={a.id}
              canUpload={p.can_edit}
              kinds={['signed_agreement', 'addendum', 'other']}
              title={t('partnerships.agreementDocuments')}
            />
            {editing === a.id && (
              <AgreementForm
                p={p}
                existing={a}
                onSaved={() => {
                  setEditing(null);
                  load();
                }}
                onCancel={() => setEditing(null)}
              />
            )}
          </li>
        ))}
      </ul>
      {p.can_edit && !open && (
        <button type="button" class="secondary" onClick={() => setOpen(true)}>
          {t('partnerships.addAgreement')}
        </button>
      )}
      {open && (
        <AgreementForm
          p={p}
          onSaved={() => {
            setOpen(false);
            load();
          }}
          onCancel={() => setOpen(false)}
        />
      )}
    </>
  );
}

// A new agreement signed by every party of the partnership, or (existing) a correction or
// amendment of one, keeping its signing parties.
function AgreementForm({
  p,
  existing,
  onSaved,
  onCancel,
}: {
  p: Partnership;
  existing?: Agreement;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [f, setF] = useState({
    kind: existing?.kind ?? 'mou',
    number: existing?.number ?? '',
    title: existing?.title ?? '',
    signed_on: existing?.signed_on ?? '',
    start_date: existing?.start_date ?? '',
    end_date: existing?.end_date ?? '',
    budget: String(existing?.budget ?? 0),
  });
  const signers = existing
    ? existing.parties.map((x) => ({
        id: x.organization.id,
        name: x.organization.name,
        signatory_name: x.signatory_name,
        signatory_position: x.signatory_position,
      }))
    : p.parties.map((x) => ({
        id: x.organization.id,
        name: x.organization.name,
        signatory_name: '',
        signatory_position: '',
      }));
  const [obligations, setObligations] = useState<Record<string, string>>(
    Object.fromEntries((existing?.parties ?? []).map((x) => [x.organization.id, x.obligations.join('\n')])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof f, v: string) => setF({ ...f, [k]: v });
  async function submit(e: Event) {
    e.preventDefault();
    const budget = Number(f.budget);
    try {
      const body = {
        ...f,
        signed_on: f.signed_on || undefined,
        end_date: f.end_date || undefined,
        budget: Number.isInteger(budget) ? budget : f.budget,
        parties: signers.map((x) => ({
          organization_id: x.id,
          signatory_name: x.signatory_name,
          signatory_position: x.signatory_position,
          obligations: (obligations[x.id] ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
        })),
      };
      if (existing) await updateAgreement(existing.id, body);
      else await createAgreement({ ...body, partnership_id: p.id });
      onSaved();
    } catch (err) {
      setErrors(formErrors(err));
    }
  }
  return (
    <form class="form" onSubmit={submit} noValidate>
      {(errors.form || errors.parties) && <Alert>{errors.form ?? errors.parties}</Alert>}
      <Field label={t('partnerships.kind')} name="ag-kind" error={errors.kind}>
        <select id="ag-kind" value={f.kind} onChange={(e) => set('kind', e.currentTarget.value)}>
          {AGREEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`partnerships.kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('partnerships.number')} name="ag-number" error={errors.number}>
        <input
          id="ag-number"
          value={f.number}
          placeholder="800/1615.a.1/V.06/B.II/2019"
          onInput={(e) => set('number', e.currentTarget.value)}
        />
      </Field>
      <Field label={t('partnerships.agreementTitle')} name="ag-title" error={errors.title}>
        <input id="ag-title" value={f.title} onInput={(e) => set('title', e.currentTarget.value)} />
      </Field>
      <div class="row-2">
        <Field label={t('partnerships.startDate')} name="ag-start" error={errors.start_date}>
          <input
            id="ag-start"
            type="date"
            value={f.start_date}
            onInput={(e) => set('start_date', e.currentTarget.value)}
          />
        </Field>
        <Field label={t('partnerships.endDate')} name="ag-end" error={errors.end_date}>
          <input
            id="ag-end"
            type="date"
            value={f.end_date}
            onInput={(e) => set('end_date', e.currentTarget.value)}
          />
        </Field>
      </div>
      <Field label={t('partnerships.budgetRp')} name="ag-budget" error={errors.budget}>
        <input
          id="ag-budget"
          inputMode="numeric"
          value={f.budget}
          onInput={(e) => set('budget', e.currentTarget.value)}
        />
      </Field>
      {signers.map((x) => (
        <Field key={x.id} label={t('partnerships.obligationsOf', { org: x.name })} name={`ag-ob-${x.id}`}>
          <textarea
            id={`ag-ob-${x.id}`}
            value={obligations[x.id] ?? ''}
            onInput={(e) => setObligations({ ...obligations, [x.id]: e.currentTarget.value })}
          />
        </Field>
      ))}
      <div class="actions">
        <button type="submit">{t('common.save')}</button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
