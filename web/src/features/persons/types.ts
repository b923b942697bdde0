export type PersonSummary = {
  id: string;
  full_name: string;
  other_names: string;
  sex: 'L' | 'P';
  birth_date: string | null;
  birth_date_estimated: boolean;
  nik: string | null;
  region_code: string;
  sensitive: boolean;
};

export type Person = PersonSummary & {
  birth_place: string;
  kk_number: string;
  mother_name: string;
  father_name: string;
  phone: string;
  domicile_address: string;
  education_level: string;
  school_status: string;
  documents: string[];
  religion: Religion | '';
  disabilities: Disability[];
  categories: PersonCategory[];
  consents: { id: string; given_by: string; relation: string; purpose: string; given_on: string; withdrawn_on: string | null }[];
  organization: { id: string; code: string; name: string };
  warnings: string[];
  created_at: string;
  updated_at: string;
};

// Agama as the KTP records it; '' when unknown.
export const RELIGIONS = ['islam', 'kristen', 'katolik', 'hindu', 'buddha', 'konghucu', 'kepercayaan'] as const;
export type Religion = (typeof RELIGIONS)[number];
// Ragam penyandang disabilitas, UU 8/2016 art. 4.
export const DISABILITIES = ['fisik', 'intelektual', 'mental', 'sensorik_netra', 'sensorik_rungu', 'sensorik_wicara'] as const;
export type Disability = (typeof DISABILITIES)[number];

// One period of a PMKS category: from assessed_on to ended_on (null while it applies).
export type PersonCategory = {
  code: string;
  name: string;
  assessed_on: string;
  assessed_by: { id: string; name: string };
  ended_on: string | null;
};

export type Candidate = {
  reason: 'same_nik' | 'similar_name';
  visible: boolean;
  person_id: string | null;
  name: string;
  birth_year: string;
  sex: 'L' | 'P';
  organization: { id: string; code: string; name: string };
};

export type PmksCategory = { code: string; number: number; name: string; child: boolean; sensitive: boolean };
