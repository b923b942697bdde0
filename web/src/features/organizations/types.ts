export const ORGANIZATION_TYPES = [
  'dinsos_province',
  'dinsos_regency',
  'upt',
  'lks',
  'lksa',
  'rumah_singgah',
  'tas',
  'yayasan',
  'lsm',
  'orsos',
  'ministry',
  'government_agency',
  'business',
  'community',
  'academia',
  'media',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export type Organization = {
  id: string;
  code: string;
  name: string;
  type: OrganizationType;
  region_code: string;
  region_name: string;
  parent_id: string | null;
  active: boolean;
  created_at: string;
  registration: RegistrationSummary;
};

// The organisation's LKS registration as lists and pages show it.
export type RegistrationSummary = {
  status: 'none' | RegistrationStatus;
  number: string | null;
  valid_until: string | null;
  expired: boolean;
  renewal_open: boolean;
};

export type RegistrationStatus = 'submitted' | 'returned' | 'recommended' | 'approved' | 'rejected';

export type Profile = {
  organization: Organization;
  deed_number: string;
  deed_date: string | null;
  decree_number: string;
  lks_number: string;
  lks_valid_until: string | null;
  accreditation: 'A' | 'B' | 'C' | null;
  accreditation_date: string | null;
  npwp: string;
  address: string;
  phone: string;
  email: string;
  contact_person: string;
  services: string[];
  capacity: number;
  social_workers: number;
  registration_sla_days: number;
  updated_at: string | null;
  may_edit: boolean;
};

export const CHECK_ITEMS = ['deed', 'decree', 'npwp', 'domicile', 'bank_account', 'accreditation', 'activity_reports'] as const;
export type CheckResult = 'ok' | 'not_ok' | 'not_applicable';
type OrgRef = { id: string; code: string; name: string };

export type Registration = {
  id: string;
  organization: Organization;
  kind: 'new' | 'renewal';
  status: RegistrationStatus;
  regency_dinsos: OrgRef | null;
  province_dinsos: OrgRef | null;
  note: string;
  submitted_at: string;
  due_on: string;
  overdue: boolean;
  working_days_left: number;
  recommended_at: string | null;
  decided_at: string | null;
  reason: string | null;
  registration_number: string | null;
  valid_until: string | null;
  created_at: string;
  actions: string[];
  checks?: { item: string; result: CheckResult | null; note: string; document_id: string | null; checked_at: string | null }[];
  events?: {
    action: string;
    status: string;
    note: string;
    at: string;
    actor: { id: string; display_name: string };
    organization: { id: string; name: string };
  }[];
};

export type Region = { code: string; name: string; level: string; parent_code: string | null };
