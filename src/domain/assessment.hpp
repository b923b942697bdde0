// Partnership assessment (penilaian kemitraan): the evidence indicators of one partnership in one
// period, computed from facts the store gathers, the participants' survey scores, and the seven
// lenses of DOMAIN.md (productivity pattern, union pattern, Tandon relation, Suroyo principles,
// Brinkerhoff, the PSP principles of Mazzei et al., Ansell & Gash). Pure functions; every rule
// and threshold is stated in docs/assessment.md with the paper it comes from.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mitra {

// A year ("2024") or a quarter ("2024Q3"), with its first and last day.
struct AssessmentPeriod {
  std::string code, first_day, last_day;
  bool quarter = false;
  int quarters() const { return quarter ? 1 : 4; }
};
std::optional<AssessmentPeriod> parse_assessment_period(std::string_view code);
AssessmentPeriod previous_period(const AssessmentPeriod& p);
// from..to inclusive, oldest first; empty when the two differ in kind, to precedes from, or there
// would be more than `max` periods.
std::vector<AssessmentPeriod> assessment_periods(const AssessmentPeriod& from, const AssessmentPeriod& to,
                                                 std::size_t max = 12);

// What the store counts for one partnership and period (records dated within the period).
struct AssessmentFacts {
  int parties = 0, government_parties = 0, partner_parties = 0, parties_with_roles = 0;
  // Communication: meetings held (not cancelled, started in the period).
  int meetings = 0, meetings_in_person = 0, meeting_organizers = 0;
  int actions_due = 0, actions_on_time = 0;  // action items due in the period; done by their due date
  // Responsiveness: assistance requests received in the period.
  int requests = 0, requests_on_time = 0, requests_granted = 0;  // decided within the service level; approved/delivered
  std::vector<int> request_reply_days;                           // working days to decide (or so far, undecided)
  int service_level_days = 0;                                    // the largest service level applied
  // Referrals between two parties sent in the period.
  int referrals = 0, referrals_on_time = 0, referrals_accepted = 0;
  int referrals_to_partner = 0, referrals_to_government = 0;
  // Formalisation.
  bool agreement_in_force = false;
  bool ground_rules = false;  // an agreement in force lists obligations for every party
  int activities = 0, activities_with_agreement = 0;
  int lpj_due = 0, lpj_on_time = 0;
  int evidence_notes = 0;  // stage evidence dated in the period
  // Resources: rupiah recorded as activity contributions and budget allocations, by side.
  long long government_resources = 0, partner_resources = 0;
  int contributing_parties = 0;  // parties with an activity contribution in the period
  long long budget_allocated = 0, budget_disbursed = 0;
  bool budget_previous_period = false;
  // Outcomes: by the parties, in the period.
  long long people_served = 0, school_enrolled = 0, reintegrated = 0, back_on_street = 0, follow_up_visits = 0;
  long long activity_participants = 0;
  // Data sharing.
  long long partner_persons_registered = 0;
  long long duplicates_resolved = -1;  // pairs merged or marked not the same in the period; -1: unknown
  // History.
  int years_since_start = 0;
};

// One evidence indicator: value (absent when there is nothing to measure) and how many records
// it was counted from.
struct AssessmentIndicator {
  std::string code, dimension, unit;  // unit: count | per_quarter | percent | days | flag | rupiah
  std::optional<double> value;
  long long records = 0;
  std::string text;     // the figure in words (Bahasa Indonesia)
  std::string text_en;  // the same in English
};
std::vector<AssessmentIndicator> assessment_indicators(const AssessmentFacts& f, const AssessmentPeriod& p);
const AssessmentIndicator* find_indicator(const std::vector<AssessmentIndicator>& v, std::string_view code);

// Survey statements: each belongs to one framework (lens) and one of its dimensions.
struct SurveyStatement {
  std::string code, lens, dimension, text_id, text_en;
};
const std::vector<SurveyStatement>& survey_statements();
const SurveyStatement* find_statement(std::string_view code);
// Per statement code: the mean score (1-5) over the organisations that answered, and how many.
struct SurveyScore {
  double mean = 0;
  int organizations = 0;
};
using SurveyScores = std::map<std::string, SurveyScore>;

struct LensDimension {
  std::string code;
  std::optional<double> score;  // 0-100; absent when no evidence and no survey
  std::string status;           // met (>= 60) | partial (40-59) | not_met (< 40) | no_data
  std::vector<std::string> evidence;     // Bahasa Indonesia
  std::vector<std::string> evidence_en;  // the same sentences in English, in the same order
  std::vector<std::string> indicators;  // codes of the indicators used
  std::vector<std::string> flags;       // indicators among them scoring below 60
  bool recorded = false;                // an indicator counted from records scores above zero
};
struct LensResult {
  std::string lens, paper, classification;
  std::optional<double> score;
  std::vector<LensDimension> dimensions;
  std::string weakest;     // code of the lowest-scoring dimension ("" when none has data)
  std::string suggestion;     // for the weakest dimension (Bahasa Indonesia)
  std::string suggestion_en;  // the same in English
};
const std::vector<std::string>& assessment_lenses();
std::vector<LensResult> assess_lenses(const std::vector<AssessmentIndicator>& indicators, const SurveyScores& survey);

// "up" | "down" | "steady" | "" (fewer than two periods with a score): last against first.
std::string trend_direction(const std::vector<std::optional<double>>& scores);

}  // namespace mitra
