export type LensDimension = {
  code: string;
  score: number | null;
  status: 'met' | 'partial' | 'not_met' | 'no_data';
  recorded: boolean;
  evidence: string[];
  evidence_en: string[];
  indicators: string[];
  flags: string[];
};

export type Lens = {
  lens: string;
  paper: string;
  classification: string;
  score: number | null;
  weakest: string | null;
  suggestion: string | null;
  suggestion_en: string | null;
  dimensions: LensDimension[];
  trend: { period: string; classification: string; score: number | null }[];
  direction: 'up' | 'down' | 'steady' | null;
};

export type Indicator = {
  code: string;
  dimension: string;
  unit: string;
  value: number | null;
  records: number;
  text: string;
  text_en: string;
};

export type SurveyScore = {
  statement: string;
  lens: string;
  dimension: string;
  mean: number;
  organizations: number;
};

export type Assessment = {
  partnership: { id: string; title: string; region_code: string; start_date: string };
  period: string;
  first_day: string;
  last_day: string;
  periods: string[];
  indicators: Indicator[];
  survey: { organizations: number; scores: SurveyScore[] };
  lenses: Lens[];
};

export type Statement = { code: string; lens: string; dimension: string; text_id: string; text_en: string };

export type Survey = {
  period: string;
  open: boolean;
  may_answer: boolean;
  answers: { statement: string; score: number; answered_at: string }[];
  organizations: number;
  scores: SurveyScore[];
};
