// The request letters of one partnership that the user's organisation sent or received (a
// letter stays between its two organisations), for the partnership's page.
import { Alert } from '../../../components/Field';
import { t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { listRequests } from '../api';
import { RequestTable } from './RequestTable';
import '../requests.css';

export function PartnershipRequests({ partnershipId }: { partnershipId: string }) {
  const list = usePagedList((cursor) => listRequests({ partnership_id: partnershipId, cursor }), [partnershipId], 0);
  return (
    <div class="partnership-requests">
      {list.error && <Alert>{list.error}</Alert>}
      {list.items.length > 0 && <RequestTable items={list.items} party="both" testId="partnership-requests" />}
      {!list.loading && list.items.length === 0 && <p class="muted">{t('requests.noneForPartnership')}</p>}
      {list.hasMore && (
        <button type="button" onClick={list.loadMore}>
          {t('requests.more')}
        </button>
      )}
    </div>
  );
}
