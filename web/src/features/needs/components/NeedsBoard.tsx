// The needs board (papan kebutuhan): every partner sees published needs with their fulfilment;
// managers publish a need for their organisation, pledge to others', and the publisher records
// what arrived. Who pledged and how fast is on each need.
import { useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { formErrors } from '../../../lib/form-errors';
import { errorMessage, formatDate, formatDateTime, t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { getNeed, listNeeds, pledge, publishNeed, setPledgeStatus } from '../api';
import type { Need } from '../types';
import { NeedBody } from './Fulfilment';
import '../needs.css';

export const needsPath = '/kebutuhan-mitra';

// "35 menit", "3 jam", "2 hari"
export function responseTime(minutes: number): string {
  if (minutes < 60) return t('needs.minutes', { n: minutes });
  if (minutes < 48 * 60) return t('needs.hours', { n: Math.round(minutes / 60) });
  return t('needs.days', { n: Math.round(minutes / 1440) });
}

export function NeedsBoard({ canManage, ownOrganizationId }: { canManage: boolean; ownOrganizationId: string }) {
  const [status, setStatus] = useState('open');
  const [publishing, setPublishing] = useState(false);
  const list = usePagedList((cursor) => listNeeds({ status, cursor }), [status]);
  return (
    <section>
      <div class="page-head">
        <h1>{t('needs.title')}</h1>
        {canManage && (
          <button type="button" class="primary" onClick={() => setPublishing(!publishing)}>
            {t('needs.publish')}
          </button>
        )}
      </div>
      <p class="muted">
        {t('needs.intro')} <a href="/kebutuhan">{t('needs.publicLink')}</a>
      </p>
      {publishing && (
        <PublishForm
          onDone={() => {
            setPublishing(false);
            list.reload();
          }}
        />
      )}
      <div class="filters">
        <select aria-label={t('common.status')} value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
          {['open', 'fulfilled', 'closed', ''].map((s) => (
            <option key={s} value={s}>
              {t(`needs.filter.${s || 'all'}`)}
            </option>
          ))}
        </select>
      </div>
      {list.error && <Alert>{list.error}</Alert>}
      {!list.loading && list.items.length === 0 && <p class="muted">{t('common.empty')}</p>}
      <div class="needs-list">
        {list.items.map((n) => (
          <NeedCard key={n.id} need={n} canManage={canManage} ownOrganizationId={ownOrganizationId} />
        ))}
      </div>
      {list.hasMore && (
        <button type="button" onClick={list.loadMore}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}

export function NeedCard({ need, canManage, ownOrganizationId }: { need: Need; canManage: boolean; ownOrganizationId: string }) {
  const [n, setN] = useState(need);
  const [open, setOpen] = useState(false);
  const [quantity, setQuantity] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function expand() {
    if (!open && !n.pledges) setN(await getNeed(n.id).catch((e) => (setErrors({ form: errorMessage(e) }), n)));
    setOpen(!open);
  }
  async function act(action: () => Promise<Need>) {
    setErrors({});
    try {
      setN(await action());
      setOpen(true);
      setQuantity('');
    } catch (e) {
      setErrors(formErrors(e));
    }
  }
  const mayPledge = canManage && n.status === 'open' && n.publisher.id !== ownOrganizationId;
  return (
    <article class="card need" data-testid="need-card">
      <div class="page-head">
        <h2>{n.title}</h2>
        <span class={`badge need-${n.status}`}>{t(`needs.statuses.${n.status}`)}</span>
      </div>
      <p class="muted">
        {n.publisher.name} · {n.region_name} · {t('needs.publishedOn', { date: formatDate(n.published_at.slice(0, 10)) })}
        {n.needed_by && ` · ${t('needs.neededBy', { date: formatDate(n.needed_by) })}`}
        {!n.public && ` · ${t('needs.internal')}`}
      </p>
      <NeedBody n={n} />
      {n.first_response_minutes !== null && (
        <p class="muted">{t('needs.firstResponse', { time: responseTime(n.first_response_minutes) })}</p>
      )}
      {errors.form && <Alert>{errors.form}</Alert>}
      {mayPledge && (
        <form
          class="pledge-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            act(() => pledge({ need_id: n.id, quantity: Number(quantity) }));
          }}
        >
          <Field label={t('needs.pledgeQuantity', { unit: n.unit })} name={`pledge-${n.id}`} error={errors.quantity || errors.need_id}>
            <input
              id={`pledge-${n.id}`}
              type="number"
              min={1}
              max={n.fulfilment.remaining}
              inputMode="numeric"
              value={quantity}
              onInput={(e) => setQuantity(e.currentTarget.value)}
            />
          </Field>
          <button type="submit" class="primary">
            {t('needs.pledge')}
          </button>
        </form>
      )}
      <button type="button" class="link-button" onClick={expand} aria-expanded={open}>
        {open ? t('needs.hidePledges') : t('needs.showPledges', { n: n.pledge_count })}
      </button>
      {open && n.pledges && (
        <ul class="records-list" data-testid="pledges">
          {n.pledges.length === 0 && <li class="muted">{t('needs.noPledges')}</li>}
          {n.pledges.map((p) => (
            <li key={p.id}>
              <strong>{p.organization.name}</strong> · {p.quantity} {n.unit} ·{' '}
              <span class={`badge pledge-${p.status}`}>{t(`needs.pledgeStatuses.${p.status}`)}</span>
              <div class="muted">
                {formatDateTime(p.pledged_at)} · {t('needs.after', { time: responseTime(p.minutes_after_publication) })}
              </div>
              {p.status === 'pledged' && n.may_manage && (
                <button type="button" onClick={() => act(() => setPledgeStatus(p.id, 'delivered'))}>
                  {t('needs.markReceived')}
                </button>
              )}
              {p.status === 'pledged' && (n.may_manage || (canManage && p.organization.id === ownOrganizationId)) && (
                <button type="button" class="link-button" onClick={() => act(() => setPledgeStatus(p.id, 'cancelled'))}>
                  {t('needs.cancelPledge')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function PublishForm({ onDone }: { onDone: () => void }) {
  const [v, setV] = useState({ title: '', item: '', quantity: '', unit: '', region_code: '', needed_by: '', description: '' });
  const [isPublic, setPublic] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof v) => (e: Event) => setV({ ...v, [k]: (e.currentTarget as HTMLInputElement).value });
  async function send(e: Event) {
    e.preventDefault();
    setErrors({});
    try {
      await publishNeed({ ...v, quantity: v.quantity === '' ? null : Number(v.quantity), public: isPublic });
      onDone();
    } catch (err) {
      setErrors(formErrors(err));
    }
  }
  return (
    <form class="card" onSubmit={send} noValidate data-testid="publish-need">
      <h2>{t('needs.publish')}</h2>
      {errors.form && <Alert>{errors.form}</Alert>}
      <Field label={t('needs.fields.title')} name="need-title" error={errors.title}>
        <input id="need-title" value={v.title} onInput={set('title')} />
      </Field>
      <Field label={t('needs.fields.item')} name="need-item" error={errors.item}>
        <input id="need-item" value={v.item} onInput={set('item')} />
      </Field>
      <div class="row-2">
        <Field label={t('needs.fields.quantity')} name="need-quantity" error={errors.quantity}>
          <input id="need-quantity" type="number" min={1} inputMode="numeric" value={v.quantity} onInput={set('quantity')} />
        </Field>
        <Field label={t('needs.fields.unit')} name="need-unit" error={errors.unit}>
          <input id="need-unit" value={v.unit} onInput={set('unit')} />
        </Field>
      </div>
      <div class="row-2">
        <Field label={t('needs.fields.region')} name="need-region" error={errors.region_code} hint={t('needs.fields.regionHint')}>
          <input id="need-region" value={v.region_code} onInput={set('region_code')} />
        </Field>
        <Field label={t('needs.fields.neededBy')} name="need-needed-by" error={errors.needed_by}>
          <input id="need-needed-by" type="date" value={v.needed_by} onInput={set('needed_by')} />
        </Field>
      </div>
      <Field label={t('needs.fields.description')} name="need-description" error={errors.description} hint={t('needs.fields.noNames')}>
        <textarea id="need-description" rows={3} value={v.description} onInput={set('description')} />
      </Field>
      <label class="check">
        <input type="checkbox" checked={isPublic} onChange={(e) => setPublic(e.currentTarget.checked)} />
        {t('needs.fields.public')}
      </label>
      <div class="actions">
        <button type="submit" class="primary">
          {t('needs.publishSubmit')}
        </button>
      </div>
    </form>
  );
}
