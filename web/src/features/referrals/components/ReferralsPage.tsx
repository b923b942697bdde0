// The referral inbox (received) and outbox (sent), with deadlines and replies.
import { useEffect, useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { errorMessage, t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { endReferral, listReferrals, referralSummary, replyReferral } from '../api';
import type { Referral } from '../types';

function ReferralRow({ r, inbox, onChanged }: { r: Referral; inbox: boolean; onChanged: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      setError('');
      setReason('');
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const party = inbox ? r.from : r.to;
  return (
    <li class={`card referral${r.overdue ? ' overdue' : ''}`}>
      <div class="page-head">
        <strong>{r.person.full_name ?? t('persons.protectedRecord')}</strong>
        <span class={`badge status-${r.status}`}>{t(`referrals.statuses.${r.status}`)}</span>
      </div>
      <p>
        {t(inbox ? 'referrals.fromOrg' : 'referrals.toOrg', { org: party.name })} · {t(`referrals.kinds.${r.kind}`)}: {r.service}
      </p>
      <p class="muted">{r.reason}</p>
      {r.status === 'pending' && (
        <p class={r.overdue ? 'field-error' : 'muted'}>
          {t(r.overdue ? 'referrals.overdueSince' : 'referrals.due', { date: r.reply_due.slice(0, 16).replace('T', ' ') })}
        </p>
      )}
      {r.reply_reason && <p class="muted">{t('referrals.replyReason')}: {r.reply_reason}</p>}
      {error && <Alert>{error}</Alert>}
      {(r.status === 'pending' || r.status === 'accepted') && (
        <div class="reply">
          <input aria-label={t('referrals.reason')} placeholder={t('referrals.reason')} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          {inbox && r.status === 'pending' && (
            <>
              <button type="button" class="primary" onClick={() => act(() => replyReferral(r.id, true, reason))}>
                {t('referrals.accept')}
              </button>
              <button type="button" onClick={() => act(() => replyReferral(r.id, false, reason))}>
                {t('referrals.decline')}
              </button>
            </>
          )}
          {(r.status === 'accepted' || !inbox) && (
            <button type="button" onClick={() => act(() => endReferral(r.id, reason))}>
              {r.status === 'pending' ? t('referrals.withdraw') : t('referrals.complete')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

export function ReferralsPage() {
  const [box, setBox] = useState<'inbox' | 'outbox'>('inbox');
  const [counts, setCounts] = useState({ pending: 0, overdue: 0 });
  const { items, error, hasMore, loadMore, reload } = usePagedList((cursor) => listReferrals({ box, cursor }), [box], 0);
  const refresh = () => {
    reload();
    referralSummary().then(setCounts, () => undefined);
  };
  useEffect(() => {
    referralSummary().then(setCounts, () => undefined);
  }, []);

  return (
    <section>
      <h1>{t('referrals.title')}</h1>
      <p class="counts">
        <span>{t('referrals.pending', { n: counts.pending })}</span> · <span class={counts.overdue ? 'field-error' : ''}>{t('referrals.overdue', { n: counts.overdue })}</span>
      </p>
      <div class="tabs" role="tablist">
        {(['inbox', 'outbox'] as const).map((b) => (
          <button type="button" role="tab" key={b} aria-selected={box === b} class={box === b ? 'active' : ''} onClick={() => setBox(b)}>
            {t(`referrals.${b}`)}
          </button>
        ))}
      </div>
      {error && <Alert>{error}</Alert>}
      <ul class="referrals">
        {items.map((r) => (
          <ReferralRow key={r.id} r={r} inbox={box === 'inbox'} onChanged={refresh} />
        ))}
      </ul>
      {items.length === 0 && <p class="muted">{t('common.empty')}</p>}
      {hasMore && (
        <button type="button" class="more" onClick={loadMore}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
