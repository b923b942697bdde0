// Rencana kerja and kegiatan terpadu: work plans of a partnership, their activities with what
// each party contributes, participants from the person registry (named only to viewers who may
// see the person; reads audited), attendance per session, outputs and periodic reports.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/partnership_activity_repository.hpp"

namespace mitra::services {

struct WorkPlanInput {
  std::string partnership_id, title, period_start, period_end;
};
// Errors: not_found, forbidden, invalid_input.
Result<store::WorkPlanRecord> create_work_plan(const Context& ctx, const Actor& actor, const WorkPlanInput& in);
Result<std::vector<store::WorkPlanRecord>> list_work_plans(const Context& ctx, const Actor& actor,
                                                           const std::string& partnership_id);

struct ContributionView {
  store::ContributionRecord record;
  Organization organization;
};
struct ParticipantView {
  std::string person_id;
  std::string full_name;  // "" when the viewer may not see the person
  int sessions_attended = 0;
};
struct SessionView {
  store::ActivitySessionRecord record;
  int present = 0;
};

struct ActivityView {
  store::ActivityRecord record;
  Organization responsible;
  std::vector<ContributionView> contributions;
  long long contributions_total = 0;  // money and in-kind, in rupiah
  int participant_count = 0;
  std::vector<ParticipantView> participants;  // detail only: the ones the viewer may see, named
  std::vector<SessionView> sessions;          // detail only
  std::vector<store::ActivityReportRecord> reports;  // detail only
};

struct ActivityInput {
  std::string partnership_id, work_plan_id;
  std::optional<std::string> title, description, place, start_date, end_date, responsible_org;
  std::optional<std::vector<std::string>> outputs;
};
// The responsible organisation must be a party. Errors: not_found, forbidden, invalid_input.
Result<ActivityView> create_activity(const Context& ctx, const Actor& actor, const ActivityInput& in);
Result<ActivityView> update_activity(const Context& ctx, const Actor& actor, const std::string& id,
                                     const ActivityInput& in);
// Audited (participants are persons). Errors: not_found (also when not visible), forbidden.
Result<ActivityView> get_activity(const Context& ctx, const Actor& actor, const std::string& id);
// A partnership's activities (or one work plan's), without participants' names.
Result<std::vector<ActivityView>> list_activities(const Context& ctx, const Actor& actor,
                                                  const std::string& partnership_id, const std::string& work_plan_id);

struct ContributionInput {
  std::string organization_id, kind, description;
  long long value = 0;
};
// The contributing organisation must be a party. Errors: not_found, forbidden, invalid_input.
Result<ActivityView> add_contribution(const Context& ctx, const Actor& actor, const std::string& activity_id,
                                      const ContributionInput& in);
// Adds persons the actor may see (others are not_found, named by position only). Persons taking
// part already are skipped. Errors: not_found, forbidden, invalid_input.
Result<ActivityView> add_participants(const Context& ctx, const Actor& actor, const std::string& activity_id,
                                      const std::vector<std::string>& person_ids);

struct SessionInput {
  std::string on_date, topic;
  std::vector<std::string> present;  // person ids, each a participant
};
Result<ActivityView> add_session(const Context& ctx, const Actor& actor, const std::string& activity_id,
                                 const SessionInput& in);

struct ReportInput {
  std::string period, body, document_id;
};
Result<ActivityView> add_report(const Context& ctx, const Actor& actor, const std::string& activity_id,
                                const ReportInput& in);

}  // namespace mitra::services
