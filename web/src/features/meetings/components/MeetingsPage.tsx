// Rapat koordinasi: the meetings the user's organisation takes part in (and, for a Dinsos, its
// region's), a form to plan one, and the attendance-rate table for Dinsos staff.
import { useState } from 'preact/hooks';
import { Alert, Field } from '../../../components/Field';
import { t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { listMeetings } from '../api';
import { AttendanceRates } from './AttendanceRates';
import { MeetingForm } from './MeetingForm';
import { MeetingPage } from './MeetingPage';
import { MeetingTable } from './MeetingTable';
import '../meetings.css';

type Props = {
  path: string;
  canOrganize: boolean;
  showRates: boolean;
  ownOrganizationId: string;
  navigate: (path: string) => void;
};

export function MeetingsPage({ path, canOrganize, showRates, ownOrganizationId, navigate }: Props) {
  const id = path.split('/')[2];
  if (id) return <MeetingPage id={id} />;
  return <MeetingList {...{ canOrganize, showRates, ownOrganizationId, navigate }} />;
}

function MeetingList({ canOrganize, showRates, ownOrganizationId, navigate }: Omit<Props, 'path'>) {
  const [tab, setTab] = useState<'list' | 'rates'>('list');
  const [planning, setPlanning] = useState(false);
  const [q, setQ] = useState('');
  const list = usePagedList((cursor) => listMeetings({ q, cursor }), [q]);
  return (
    <section class="meetings">
      <div class="page-head">
        <h1>{t('meetings.title')}</h1>
        {canOrganize && !planning && (
          <button type="button" class="primary" onClick={() => setPlanning(true)}>
            {t('meetings.plan')}
          </button>
        )}
      </div>
      {planning && (
        <MeetingForm
          ownOrganizationId={ownOrganizationId}
          onSaved={(m) => navigate(`/rapat/${m.id}`)}
          onCancel={() => setPlanning(false)}
        />
      )}
      {showRates && (
        <div class="tabs" role="tablist">
          {(['list', 'rates'] as const).map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={tab === k}
              class={tab === k ? 'active' : ''}
              onClick={() => setTab(k)}
            >
              {t(`meetings.tabs.${k}`)}
            </button>
          ))}
        </div>
      )}
      {tab === 'rates' ? (
        <AttendanceRates />
      ) : (
        <>
          <Field label={t('meetings.search')} name="meeting-search">
            <input id="meeting-search" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
          </Field>
          {list.error && <Alert>{list.error}</Alert>}
          <MeetingTable items={list.items} />
          {!list.loading && list.items.length === 0 && <p class="muted">{t('meetings.empty')}</p>}
          {list.hasMore && (
            <button type="button" class="more" onClick={list.loadMore}>
              {t('meetings.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
