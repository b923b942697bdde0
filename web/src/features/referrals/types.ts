export type Referral = {
  id: string;
  case_id: string;
  person: { id: string; full_name: string | null };
  from: { id: string; code: string; name: string };
  to: { id: string; code: string; name: string };
  kind: 'referral' | 'transfer';
  service: string;
  reason: string;
  status: 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'completed';
  consent_basis: 'consent' | 'supervisor_override';
  reply_due: string;
  overdue: boolean;
  replied_at: string | null;
  reply_reason: string | null;
  ended_at: string | null;
  created_at: string;
};
