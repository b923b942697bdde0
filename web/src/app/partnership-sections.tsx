// The sections other features add to a partnership's page: its coordination meetings, its
// assistance request letters and its published needs. Each feature owns its component; the
// partnerships feature only knows the section shape.
import { PartnershipAssessment } from '../features/assessment/components/PartnershipAssessment';
import type { User } from '../features/auth/types';
import { PartnershipMeetings } from '../features/meetings/components/PartnershipMeetings';
import { PartnershipNeeds } from '../features/needs/components/PartnershipNeeds';
import type { PartnershipSection } from '../features/partnerships/components/PartnershipDetail';
import { PartnershipRequests } from '../features/requests/components/PartnershipRequests';
import { t } from '../lib/i18n';
import { navigate } from './router';

export function partnershipSections(user: User): PartnershipSection[] {
  const manages = user.roles.some((r) => r === 'partner_manager' || r === 'supervisor' || r === 'admin');
  const own = user.organization.id;
  return [
    {
      key: 'meetings',
      title: () => t('meetings.partnershipSection'),
      render: (p) => (
        <PartnershipMeetings
          partnershipId={p.id}
          parties={p.parties.map((x) => x.organization.id)}
          canOrganize={manages}
          ownOrganizationId={own}
          navigate={navigate}
        />
      ),
    },
    {
      key: 'requests',
      title: () => t('requests.partnershipSection'),
      render: (p) => <PartnershipRequests partnershipId={p.id} />,
    },
    {
      key: 'needs',
      title: () => t('needs.partnershipSection'),
      render: (p) => <PartnershipNeeds partnershipId={p.id} canManage={manages} ownOrganizationId={own} />,
    },
    {
      key: 'assessment',
      title: () => t('assessment.partnershipSection'),
      render: (p) => <PartnershipAssessment partnershipId={p.id} startDate={p.start_date} />,
    },
  ];
}
