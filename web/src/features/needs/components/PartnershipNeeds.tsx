// The needs published for one partnership, with their fulfilment, for the partnership's page.
import { Alert } from '../../../components/Field';
import { t } from '../../../lib/i18n';
import { usePagedList } from '../../../lib/use-paged-list';
import { listNeeds } from '../api';
import { NeedCard, needsPath } from './NeedsBoard';
import '../needs.css';

type Props = { partnershipId: string; canManage: boolean; ownOrganizationId: string };

export function PartnershipNeeds({ partnershipId, canManage, ownOrganizationId }: Props) {
  const list = usePagedList((cursor) => listNeeds({ partnership_id: partnershipId, cursor }), [partnershipId], 0);
  return (
    <div class="partnership-needs" data-testid="partnership-needs">
      {list.error && <Alert>{list.error}</Alert>}
      {list.items.map((n) => (
        <NeedCard key={n.id} need={n} canManage={canManage} ownOrganizationId={ownOrganizationId} />
      ))}
      {!list.loading && list.items.length === 0 && (
        <p class="muted">
          {t('needs.noneForPartnership')} <a href={needsPath}>{t('needs.title')}</a>
        </p>
      )}
      {list.hasMore && (
        <button type="button" onClick={list.loadMore}>
          {t('common.more')}
        </button>
      )}
    </div>
  );
}
