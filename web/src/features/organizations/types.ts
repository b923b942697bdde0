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
};

export type Region = { code: string; name: string; level: string; parent_code: string | null };
