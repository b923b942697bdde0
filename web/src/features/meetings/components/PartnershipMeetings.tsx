// The coordination meetings of one partnership, for the partnership's page, and a button to plan
// one for it with the other parties already invited.
import { useState } from 'preact/hooks';
import { Alert } from '../../../components/Field';
import { t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { listMeetings } from '../api';
import { MeetingForm } from './MeetingForm';
import { MeetingTable } from './MeetingTable';
import '../meetings.css';

type Props = {
  partnershipId: string;
  parties: string[]; // organisation ids
  canOrganize: boolean;
  ownOrganizationId: string;
  navigate: (path: string) => void;
};

export function PartnershipMeetings({ partnershipId, parties, canOrganize, ownOrganizationId, navigate }: Props) {
  const [planning, setPlanning] = useState(false);
  const list = usePagedList((cursor) => listMeetings({ partnership_id: partnershipId, cursor }), [partnershipId], 0);
  return (
    <div class="partnership-meetings" data-testid="partnership-meetings">
      {canOrganize && !planning && (
        <button type="button" class="primary" onClick={() => setPlanning(true)}>
          {t('meetings.planForPartnership')}
        </button>
      )}
      {planning && (
        <MeetingForm
          ownOrganizationId={ownOrganizationId}
          partnershipId={partnershipId}
          invited={parties.filter((id) => id !== ownOrganizationId)}
          onSaved={(m) => navigate(`/rapat/${m.id}`)}
          onCancel={() => setPlanning(false)}
        />
      )}
      {list.error && <Alert>{list.error}</Alert>}
      {list.items.length > 0 && <MeetingTable items={list.items} />}
      {!list.loading && list.items.length === 0 && <p class="muted">{t('meetings.noneForPartnership')}</p>}
      {list.hasMore && (
        <button type="button" class="more" onClick={list.loadMore}>
          {t('meetings.more')}
        </button>
      )}
    </div>
  );
}
