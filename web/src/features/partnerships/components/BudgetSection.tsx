// Anggaran: allocations by source, disbursements, realisation % and LPJ status.
import { useEffect, useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, t } from '../../../lib/i18n';
import { DocumentList } from '../../documents/components/DocumentList';
import { addAllocation, addDisbursement, addLpj, getBudget, submitLpj, verifyLpj } from '../api';
import { SOURCES, rupiah, type Budget, type Partnership } from '../types';

export function BudgetSection({ p }: { p: Partnership }) {
  const [b, setB] = useState<Budget | null>(null);
  const [alloc, setAlloc] = useState({ source: 'apbd', amount: '', description: '' });
  const [pay, setPay] = useState({ allocation_id: '', amount: '' });
  const [lpj, setLpj] = useState({ title: '', due_date: '', allocation_id: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    getBudget(p.id).then(setB, (e) => setErrors({ form: errorMessage(e) }));
  }, [p.id]);
  const amount = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : s);
  // Errors are kept per form (alloc., pay., lpj.) so each shows under its own fields.
  async function run(action: () => Promise<Budget>, form: string) {
    try {
      setB(await action());
      setErrors({});
      return true;
    } catch (err) {
      setErrors(Object.fromEntries(Object.entries(formErrors(err)).map(([k, v]) => [`${form}.${k}`, v])));
      return false;
    }
  }
  const general = errors['alloc.form'] ?? errors['pay.form'] ?? errors['lpj.form'] ?? errors['lpj.status'];
  if (!b) return errors.form ? <Alert>{errors.form}</Alert> : null;
  return (
    <>
      <p class="budget-total">
        {t('partnerships.realisation')}: <strong>{b.realisation}%</strong> ({rupiah(b.disbursed)} /{' '}
        {rupiah(b.allocated)})
      </p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t('partnerships.source')}</th>
              <th>{t('partnerships.allocated')}</th>
              <th>{t('partnerships.disbursed')}</th>
              <th>%</th>
            </tr>
          </thead>
          <tbody>
            {b.allocations.map((a) => (
              <tr key={a.id}>
                <td>
                  {t(`partnerships.sources.${a.source}`)} {a.description && `· ${a.description}`}
                </td>
                <td>{rupiah(a.amount)}</td>
                <td>{rupiah(a.disbursed)}</td>
                <td>{a.realisation}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {general && <Alert>{general}</Alert>}
      {b.can_edit && (
        <form
          class="form inline-form"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (
              await run(
                () => addAllocation({ partnership_id: p.id, ...alloc, amount: amount(alloc.amount) }),
                'alloc',
              )
            )
              setAlloc({ ...alloc, amount: '', description: '' });
          }}
        >
          <Field label={t('partnerships.source')} name="al-source" error={errors['alloc.source']}>
            <select
              id="al-source"
              value={alloc.source}
              onChange={(e) => setAlloc({ ...alloc, source: e.currentTarget.value })}
            >
              {SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`partnerships.sources.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('partnerships.amountRp')} name="al-amount" error={errors['alloc.amount']}>
            <input
              id="al-amount"
              inputMode="numeric"
              value={alloc.amount}
              onInput={(e) => setAlloc({ ...alloc, amount: e.currentTarget.value })}
            />
          </Field>
          <Field label={t('partnerships.description')} name="al-desc">
            <input
              id="al-desc"
              value={alloc.description}
              onInput={(e) => setAlloc({ ...alloc, description: e.currentTarget.value })}
            />
          </Field>
          <button type="submit" class="secondary">
            {t('partnerships.addAllocation')}
          </button>
        </form>
      )}
      {b.can_edit && b.allocations.length > 0 && (
        <form
          class="form inline-form"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const allocation_id = pay.allocation_id || b.allocations[0].id;
            if (await run(() => addDisbursement({ allocation_id, amount: amount(pay.amount) }), 'pay'))
              setPay({ ...pay, amount: '' });
          }}
        >
          <Field label={t('partnerships.allocation')} name="di-alloc">
            <select
              id="di-alloc"
              value={pay.allocation_id}
              onChange={(e) => setPay({ ...pay, allocation_id: e.currentTarget.value })}
            >
              {b.allocations.map((a) => (
                <option key={a.id} value={a.id}>
                  {t(`partnerships.sources.${a.source}`)} · {rupiah(a.remaining)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={t('partnerships.disburseRp')}
            name="di-amount"
            error={errors['pay.amount'] ?? errors['pay.allocation_id']}
          >
            <input
              id="di-amount"
              inputMode="numeric"
              value={pay.amount}
              onInput={(e) => setPay({ ...pay, amount: e.currentTarget.value })}
            />
          </Field>
          <button type="submit" class="secondary">
            {t('partnerships.disburse')}
          </button>
        </form>
      )}
      <h4>{t('partnerships.lpj')}</h4>
      {b.lpj.length === 0 && <p class="empty">{t('partnerships.noLpj')}</p>}
      <ul class="lpj">
        {b.lpj.map((l) => (
          <li key={l.id}>
            {l.title} · {t('partnerships.due', { date: l.due_date })}{' '}
            <span class={`badge lpj--${l.status}`}>{t(`partnerships.lpjStatus.${l.status}`)}</span>{' '}
            {b.can_edit && (l.status === 'due' || l.status === 'overdue') && (
              <button type="button" class="secondary" onClick={() => run(() => submitLpj(l.id), 'lpj')}>
                {t('partnerships.submitLpj')}
              </button>
            )}
            {b.can_verify && l.status === 'submitted' && (
              <button type="button" class="secondary" onClick={() => run(() => verifyLpj(l.id), 'lpj')}>
                {t('partnerships.verifyLpj')}
              </button>
            )}
            <DocumentList
              ownerType="lpj"
              ownerId={l.id}
              canUpload={b.can_edit}
              kinds={['lpj', 'receipt', 'other']}
              title={t('partnerships.lpjDocuments')}
            />
          </li>
        ))}
      </ul>
      {b.can_edit && (
        <form
          class="form inline-form"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const body = {
              partnership_id: p.id,
              title: lpj.title,
              due_date: lpj.due_date,
              allocation_id: lpj.allocation_id || undefined,
            };
            if (await run(() => addLpj(body), 'lpj')) setLpj({ title: '', due_date: '', allocation_id: '' });
          }}
        >
          <Field label={t('partnerships.lpjTitle')} name="lpj-title" error={errors['lpj.title']}>
            <input
              id="lpj-title"
              value={lpj.title}
              onInput={(e) => setLpj({ ...lpj, title: e.currentTarget.value })}
            />
          </Field>
          <Field label={t('partnerships.lpjDue')} name="lpj-due" error={errors['lpj.due_date']}>
            <input
              id="lpj-due"
              type="date"
              value={lpj.due_date}
              onInput={(e) => setLpj({ ...lpj, due_date: e.currentTarget.value })}
            />
          </Field>
          <Field label={t('partnerships.lpjAllocation')} name="lpj-alloc" error={errors['lpj.allocation_id']}>
            <select
              id="lpj-alloc"
              value={lpj.allocation_id}
              onChange={(e) => setLpj({ ...lpj, allocation_id: e.currentTarget.value })}
            >
              <option value="">{t('partnerships.lpjAllAllocations')}</option>
              {b.allocations.map((a) => (
                <option key={a.id} value={a.id}>
                  {t(`partnerships.sources.${a.source}`)} · {rupiah(a.amount)}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" class="secondary">
            {t('partnerships.addLpj')}
          </button>
        </form>
      )}
    </>
  );
}
