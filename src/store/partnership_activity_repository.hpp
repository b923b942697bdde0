// Work plans (rencana kerja) of a partnership and their activities: what each party contributes,
// participants from the person registry, sessions with attendance, periodic reports.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace mitra::store {

struct WorkPlanRecord {
  std::string id, partnership_id, title, period_start, period_end, created_by, created_at, updated_at;
};
void insert_work_plan(UnitOfWork& u, const WorkPlanRecord& w);
std::optional<WorkPlanRecord> find_work_plan(UnitOfWork& u, const std::string& id);
std::vector<WorkPlanRecord> list_work_plans(UnitOfWork& u, const std::string& partnership_id);  // by period

struct ActivityRecord {
  std::string id, partnership_id, work_plan_id, title, description, place, start_date, end_date, responsible_org,
      created_by, created_at, updated_at;
  std::vector<std::string> outputs;
};
void insert_activity(UnitOfWork& u, const ActivityRecord& a);
// Writes title, description, place, dates, responsible organisation and outputs.
void update_activity(UnitOfWork& u, const ActivityRecord& a);
std::optional<ActivityRecord> find_activity(UnitOfWork& u, const std::string& id);
// A partnership's activities (or one plan's when work_plan_id is set), by start date.
std::vector<ActivityRecord> list_activities(UnitOfWork& u, const std::string& partnership_id,
                                            const std::string& work_plan_id);

struct ContributionRecord {
  std::string id, activity_id, organization_id, kind, description;
  long long value = 0;
};
void insert_contribution(UnitOfWork& u, const ContributionRecord& c);
std::vector<ContributionRecord> list_contributions(UnitOfWork& u, const std::string& activity_id);

// Returns false when the person takes part already.
bool add_participant(UnitOfWork& u, const std::string& activity_id, const std::string& person_id,
                     const std::string& by, const std::string& at);
std::vector<std::string> participant_ids(UnitOfWork& u, const std::string& activity_id);  // by when added

struct ActivitySessionRecord {
  std::string id, activity_id, on_date, topic, created_by, created_at;
  std::vector<std::string> present;  // person ids
};
void insert_session(UnitOfWork& u, const ActivitySessionRecord& s);
std::vector<ActivitySessionRecord> list_sessions(UnitOfWork& u, const std::string& activity_id);  // by date

struct ActivityReportRecord {
  std::string id, activity_id, period, body, document_id, created_by, created_at;
};
void insert_report(UnitOfWork& u, const ActivityReportRecord& r);
std::vector<ActivityReportRecord> list_reports(UnitOfWork& u, const std::string& activity_id);  // oldest first

}  // namespace mitra::store
