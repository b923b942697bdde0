// /tindak-lanjut: the organisation's follow-up visits due soon or overdue, each with a form to
// record the visit (bimbingan lanjut).
import { useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { dueVisits } from '../api';
import type { Visit } from '../types';
import { VisitForm } from './VisitForm';
import './services.css';

const inAMonth = () => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
};

function VisitRow({ v, onRecorded }: { v: Visit; onRecorded: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <li class={`card visit${v.overdue ? ' overdue' : ''}`}>
      <div class="page-head">
        <strong>{v.person.full_name ?? t('services.followUp.protected')}</strong>
        <span class={v.overdue ? 'badge status-overdue' : 'badge'}>
          {t(v.overdue ? 'services.followUp.overdue' : 'services.followUp.dueOn', { date: v.due_on })}
        </span>
      </div>
      {!open && (
        <button type="button" class="primary" onClick={() => setOpen(true)}>
          {t('services.visit.record')}
        </button>
      )}
      {open && (
        <VisitForm
          visit={v}
          onCancel={() => setOpen(false)}
          onRecorded={(r) => {
            setOpen(false);
            onRecorded(r.case_effect.message ?? t('services.visit.saved'));
          }}
        />
      )}
    </li>
  );
}

export function FollowUpCalendar() {
  const [before, setBefore] = useState(inAMonth());
  const [notice, setNotice] = useState('');
  const { items, error, hasMore, loadMore, reload } = usePagedList(
    (cursor) => dueVisits({ due_before: before, cursor }),
    [before],
  );
  const overdue = items.filter((v) => v.overdue).length;
  return (
    <section>
      <h1>{t('services.followUp.calendar')}</h1>
      <p class="counts">
        <span>{t('services.followUp.dueCount', { n: items.length })}</span> ·{' '}
        <span class={overdue ? 'field-error' : ''}>
          {t('services.followUp.overdueCount', { n: overdue })}
        </span>
      </p>
      <Field label={t('services.followUp.dueBefore')} name="due_before">
        <input
          id="due_before"
          type="date"
          value={before}
          onInput={(e) => e.currentTarget.value && setBefore(e.currentTarget.value)}
        />
      </Field>
      {notice && <Alert kind="info">{notice}</Alert>}
      {error && <Alert>{error}</Alert>}
      <ul class="visits">
        {items.map((v) => (
          <VisitRow
            key={v.id}
            v={v}
            onRecorded={(m) => {
              setNotice(m);
              reload();
            }}
          />
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
