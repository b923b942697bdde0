export type OrgRef = { id: string; code: string; name: string };
export type RequestStatus = 'submitted' | 'under_review' | 'approved' | 'rejected' | 'delivered';

export type RequestItem = {
  description: string;
  quantity: number;
  unit: string;
  estimated_value: number;
  approved_quantity: number | null;
};

export type RequestEvent = {
  status: RequestStatus | 'escalated';
  at: string;
  user: { id: string; name: string } | null;
  organization_id: string | null;
  note: string | null;
};

export type AssistanceRequest = {
  id: string;
  requester: OrgRef;
  responder: OrgRef;
  title: string;
  purpose: string;
  activity_name: string | null;
  activity_date: string | null;
  beneficiaries: number;
  letter_number: string;
  letter_date: string;
  received_on: string;
  service_level_days: number;
  reply_due: string;
  status: RequestStatus;
  partial: boolean;
  overdue: boolean;
  days_late: number;
  escalated: boolean;
  escalated_at: string | null;
  decided_on: string | null;
  decision_note: string | null;
  reply_letter_number: string | null;
  delivered_on: string | null;
  items: RequestItem[];
  estimated_total: number;
  may_decide: boolean;
  may_deliver: boolean;
  events?: RequestEvent[];
};

export type ResponderFigures = {
  responder: OrgRef;
  count: number;
  decided: number;
  median_days: number | null;
  p90_days: number | null;
  late_share: number | null;
  delivered: number;
  delivered_after_activity_share: number | null;
};
