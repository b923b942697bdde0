// What a case holds: the assessment by domain (asesmen, every save a new version), the
// intervention plan's goals (rencana intervensi) and append-only case notes, some sensitive.
// Every function checks that the actor serves clients and may see the case; every read and
// every change writes an audit entry in the same transaction.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/case_record.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/case_records_repository.hpp"

namespace mitra::services {

struct AssessmentEntryInput {
  std::string domain, finding, need_level;
};

struct AssessmentView {
  std::string case_id;
  std::vector<store::AssessmentRecord> latest;   // one per assessed domain, in the domains' order
  std::vector<store::AssessmentRecord> history;  // every version, newest first
};

// Saves one or more domains, each as a new version. Errors: forbidden; not_found (case not
// visible); invalid_input (field "domains.<domain>.<field>"); conflict (case closed).
Result<AssessmentView> save_assessment(const Context& ctx, const Actor& actor, const std::string& case_id,
                                       const std::vector<AssessmentEntryInput>& entries);
Result<AssessmentView> get_assessment(const Context& ctx, const Actor& actor, const std::string& case_id);

struct GoalInput {
  std::string domain, description, target_date;         // target_date "YYYY-MM-DD" or ""
  std::string responsible_user, responsible_organization;  // at most one; neither: the actor
};
// Absent members are left as they are.
struct GoalChange {
  std::optional<std::string> status, description, target_date, responsible_user, responsible_organization;
};
struct PlanView {
  std::string case_id;
  std::vector<store::GoalRecord> goals;
};

// Errors: forbidden, not_found, invalid_input (field), conflict (case closed; a final goal).
Result<store::GoalRecord> add_goal(const Context& ctx, const Actor& actor, const std::string& case_id,
                                   const GoalInput& in);
Result<store::GoalRecord> change_goal(const Context& ctx, const Actor& actor, const std::string& goal_id,
                                      const GoalChange& change);
Result<PlanView> get_plan(const Context& ctx, const Actor& actor, const std::string& case_id);

struct NoteInput {
  std::string body;
  bool sensitive = false;
  std::string corrects;  // id of a note of the same case this one corrects, or ""
};
struct NoteView {
  store::NoteRecord record;
  bool hidden = false;  // a sensitive note the viewer may not read: body withheld
};
struct NotePage {
  std::vector<NoteView> items;
  std::string next_cursor;
};
// Errors: forbidden, not_found, invalid_input (body, corrects).
Result<NoteView> add_note(const Context& ctx, const Actor& actor, const std::string& case_id, const NoteInput& in);
// Newest first. Sensitive notes are readable by the case's assigned workers, the note's author
// and the region's Dinsos supervisors; others get them hidden (author and time only).
Result<NotePage> list_notes(const Context& ctx, const Actor& actor, const std::string& case_id,
                            const std::string& cursor, int limit);

}  // namespace mitra::services
