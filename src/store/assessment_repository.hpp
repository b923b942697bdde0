// The raw facts of one partnership in one period for the assessment (domain/assessment.hpp), and
// the parties' survey answers. Counts only: nothing identifiable leaves this module.
#pragma once
#include <string>
#include <vector>

#include "domain/assessment.hpp"
#include "store/database.hpp"

namespace mitra::store {

struct AssessmentParty {
  std::string organization_id;
  bool government = false;
  bool has_roles = false;
};

// An assistance request received in the period, for the reply times the service computes.
struct AssessmentRequestRow {
  std::string received_on, decided_on, reply_due, status;
  long long service_level_days = 0;
};

struct AssessmentScope {
  std::string partnership_id, start_date;  // the partnership's start
  std::vector<AssessmentParty> parties;
  AssessmentPeriod period, previous;
  std::string today;  // "YYYY-MM-DD": only what is due by today counts as late or on time
};

// Everything but the request reply days, which need the working calendar: see assessment_requests.
AssessmentFacts gather_assessment_facts(UnitOfWork& u, const AssessmentScope& scope);
std::vector<AssessmentRequestRow> assessment_requests(UnitOfWork& u, const AssessmentScope& scope);

struct SurveyAnswerRecord {
  std::string partnership_id, organization_id, period, statement, answered_by, answered_at;
  long long score = 0;
};
// Replaces the organisation's answer to the statement for the period.
void save_survey_answer(UnitOfWork& u, const SurveyAnswerRecord& a);
std::vector<SurveyAnswerRecord> list_survey_answers(UnitOfWork& u, const std::string& partnership_id,
                                                    const std::string& period);

}  // namespace mitra::store
