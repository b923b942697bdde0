// Surat permohonan bantuan: the inbox (letters to the user's organisation, with deadlines and
// overdue / escalated marks), the outbox (letters it sent), the supervisors' escalation list, a
// new letter, one letter's page, and the response-time figures.
import { useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { listRequests } from '../api';
import type { AssistanceRequest } from '../types';
import { RequestTable } from './RequestTable';
import { FiguresTable } from './FiguresTable';
import { RequestDetail } from './RequestDetail';
import { RequestForm } from './RequestForm';
import { ServiceLevelForm } from './ServiceLevelForm';
import '../requests.css';

type Props = { path: string; supervisor: boolean; canSubmit: boolean; organizationId: string };

export const requestsPath = '/permohonan-bantuan';

export function StatusBadge({ r }: { r: AssistanceRequest }) {
  return (
    <span class={`badge request-${r.status}`}>
      {t(`requests.statuses.${r.status}`)}
      {r.status === 'approved' && r.partial ? ` (${t('requests.partial')})` : ''}
    </span>
  );
}

export function RequestsPage({ path, supervisor, canSubmit, organizationId }: Props) {
  const rest = path.slice(requestsPath.length).replace(/^\//, '');
  if (rest === 'baru') return <RequestForm />;
  if (rest === 'angka') return <FiguresTable />;
  if (rest === 'batas-waktu' && supervisor) return <ServiceLevelForm organizationId={organizationId} />;
  if (rest) return <RequestDetail id={rest} />;
  return <RequestList supervisor={supervisor} canSubmit={canSubmit} />;
}

function RequestList({ supervisor, canSubmit }: { supervisor: boolean; canSubmit: boolean }) {
  const [box, setBox] = useState('inbox');
  const [overdue, setOverdue] = useState(false);
  const [q, setQ] = useState('');
  const list = usePagedList(
    (cursor) => listRequests({ box, q, overdue: overdue ? 'true' : '', cursor }),
    [box, q, overdue],
  );
  const boxes = ['inbox', 'outbox', ...(supervisor ? ['escalated'] : [])];
  return (
    <section>
      <div class="page-head">
        <h1>{t('requests.title')}</h1>
        <div class="actions">
          {canSubmit && (
            <a class="button primary" href={`${requestsPath}/baru`}>
              {t('requests.new')}
            </a>
          )}
          <a class="button" href={`${requestsPath}/angka`}>
            {t('requests.figures.title')}
          </a>
          {supervisor && (
            <a class="button" href={`${requestsPath}/batas-waktu`}>
              {t('requests.replyDeadline.title')}
            </a>
          )}
        </div>
      </div>
      <div class="tabs" role="tablist">
        {boxes.map((b) => (
          <button
            type="button"
            role="tab"
            key={b}
            aria-selected={box === b}
            class={box === b ? 'active' : ''}
            onClick={() => setBox(b)}
          >
            {t(`requests.boxes.${b}`)}
          </button>
        ))}
      </div>
      <div class="filters">
        <input
          type="search"
          aria-label={t('requests.search')}
          placeholder={t('requests.search')}
          value={q}
          onInput={(e) => setQ(e.currentTarget.value)}
        />
        <label class="check">
          <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} />
          {t('requests.onlyOverdue')}
        </label>
      </div>
      {list.error && <Alert>{list.error}</Alert>}
      {!list.loading && list.items.length === 0 && <p class="muted">{t('requests.empty')}</p>}
      <RequestTable
        items={list.items}
        party={box === 'outbox' ? 'responder' : 'requester'}
        testId="requests-list"
      />
      {list.hasMore && (
        <button type="button" onClick={list.loadMore}>
          {t('requests.more')}
        </button>
      )}
    </section>
  );
}
