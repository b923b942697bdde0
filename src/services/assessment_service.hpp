// Penilaian kemitraan: a partnership's evidence indicators, survey scores and the seven lenses of
// domain/assessment.hpp for one period and the periods before it (the trend), and the parties'
// survey. Who sees it: whoever sees the partnership (its parties, the region's Dinsos); only
// aggregates leave this service, so reading it is not audited. Survey answers are audited.
#pragma once
#include <string>
#include <vector>

#include "domain/assessment.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/assessment_repository.hpp"
#include "store/partnership_repository.hpp"

namespace mitra::services {

struct PeriodAssessment {
  AssessmentPeriod period;
  std::vector<AssessmentIndicator> indicators;
  SurveyScores survey;
  int survey_organizations = 0;
  std::vector<LensResult> lenses;
};

struct AssessmentReport {
  store::PartnershipRecord partnership;
  std::vector<PeriodAssessment> periods;  // oldest first; the last is the period assessed
};

// `period` alone: that period and the two before it; `from` and `to`: every period between them
// (same kind, at most 12). Errors: not_found (also when not visible), invalid_input (period, from, to).
Result<AssessmentReport> partnership_assessment(const Context& ctx, const Actor& actor, const std::string& id,
                                                const std::string& period, const std::string& from,
                                                const std::string& to);

struct SurveyView {
  std::string period;
  bool open = false;        // answers accepted now (from the period's first day to 30 days after its end)
  bool may_answer = false;  // the actor's organisation is a party and the actor manages or supervises
  std::vector<store::SurveyAnswerRecord> mine;  // the actor's organisation's answers
  SurveyScores scores;                          // every party's, averaged per statement
  int organizations = 0;                        // how many parties answered
};
// Errors: not_found, invalid_input (period).
Result<SurveyView> get_survey(const Context& ctx, const Actor& actor, const std::string& id, const std::string& period);

struct SurveyAnswerInput {
  std::string statement;
  long long score = 0;
};
// Saves the actor's organisation's answers (1-5 each), replacing earlier ones for the same
// statements. Errors: not_found, forbidden (not a party's manager or supervisor), invalid_input
// (period, answers), conflict (the period is not open for answers).
Result<SurveyView> save_survey(const Context& ctx, const Actor& actor, const std::string& id, const std::string& period,
                               const std::vector<SurveyAnswerInput>& answers);

// The survey scores per statement from the answers (mean over organisations).
SurveyScores survey_scores(const std::vector<store::SurveyAnswerRecord>& answers, int& organizations);

}  // namespace mitra::services
