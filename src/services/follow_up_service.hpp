// Bimbingan lanjut: monthly follow-up visits after reintegration. A plan makes the visits due;
// each recorded visit adds a month to the family's track record. A child seen back on the
// street reopens a closed case (or sends it back to assessment) in the same transaction.
#pragma once
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/service_repository.hpp"

namespace mitra::services {

struct FollowUpPlanInput {
  std::string case_id;
  std::string starts_on;  // "" -> today
  int months = 6;
  int interval_months = 1;
};

struct VisitView {
  store::VisitRecord record;
  std::string person_name;  // "" when the viewer may not see the person
  bool overdue = false;     // not recorded and due before today
};

// Creates the plan's visits. Errors: forbidden, not_found (case not visible), invalid_input
// (starts_on, months, interval_months).
Result<std::vector<VisitView>> schedule_follow_ups(const Context& ctx, const Actor& actor, const FollowUpPlanInput& in);
// The case's visits by due date (the family track record). Audited.
Result<std::vector<VisitView>> list_case_follow_ups(const Context& ctx, const Actor& actor, const std::string& case_id);

struct VisitInput {
  std::string visited_on;  // "" -> today
  std::string place, met_with;
  std::string child_in_school = "unknown";  // yes | no | unknown
  bool seen_on_street = false;
  std::string income_situation;
  std::string income_level;  // improved | same | worse | ""
  bool parent_coaching_attended = false;
  std::string notes;
};

// What recording the visit did to the case.
struct CaseEffect {
  std::string action = "none";  // none | reopened | moved_to_assessment | warning
  std::string from, to;         // stages; `to` empty unless the case moved
  std::string message;          // for the worker, in Bahasa Indonesia
};

struct RecordedVisit {
  VisitView visit;
  CaseEffect effect;
};

// Errors: forbidden, not_found (visit or case not visible), invalid_input (visited_on, place,
// met_with, child_in_school, income_level), conflict (already recorded).
Result<RecordedVisit> record_follow_up(const Context& ctx, const Actor& actor, const std::string& visit_id,
                                       const VisitInput& in);

struct DueFilter {
  std::string due_before;  // YYYY-MM-DD, exclusive; "" -> one month from today
  std::string cursor;
  int limit = 50;
};
struct VisitPage {
  std::vector<VisitView> items;
  std::string next_cursor;
};
// The actor organisation's calendar: visits not yet recorded, due before the date, earliest
// first, overdue ones flagged. Audited. Errors: forbidden, invalid_input (due_before).
Result<VisitPage> list_due_follow_ups(const Context& ctx, const Actor& actor, DueFilter filter);

}  // namespace mitra::services
