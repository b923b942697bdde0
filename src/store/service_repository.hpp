// Services given within a case (layanan ATENSI) and follow-up plans and visits (bimbingan lanjut).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/service.hpp"
#include "store/database.hpp"

namespace mitra::store {

struct ServiceRecord {
  std::string id, case_id, person_id, provider_organization, type, starts_on, ends_on, outcome, created_by,
      created_at, updated_at;
  std::string details = "{}";  // JSON object text
  ServiceStatus status = ServiceStatus::planned;
};

void insert_service(UnitOfWork& u, const ServiceRecord& s);
// Writes status, ends_on, outcome, details and updated_at.
void update_service(UnitOfWork& u, const ServiceRecord& s);
std::optional<ServiceRecord> find_service(UnitOfWork& u, const std::string& id);
// Oldest first.
std::vector<ServiceRecord> list_services(UnitOfWork& u, const std::string& case_id);

struct FollowUpPlanRecord {
  std::string id, case_id, organization_id, starts_on, created_by, created_at;
  int months = 0, interval_months = 1;
};

struct VisitRecord {
  std::string id, plan_id, case_id, person_id, organization_id, due_on, visited_on, place, met_with,
      child_in_school = "unknown", income_situation, income_level, notes, case_effect, recorded_by, recorded_at,
      created_at;
  bool seen_on_street = false, parent_coaching_attended = false;
};

void insert_follow_up_plan(UnitOfWork& u, const FollowUpPlanRecord& p);
void insert_visit(UnitOfWork& u, const VisitRecord& v);
// Writes everything a recorded visit holds (visited_on ... recorded_at), only while it is not
// recorded yet; false when another request recorded it first.
bool record_visit(UnitOfWork& u, const VisitRecord& v);
void set_visit_effect(UnitOfWork& u, const std::string& id, const std::string& case_effect);
std::optional<VisitRecord> find_visit(UnitOfWork& u, const std::string& id);
// A case's visits by due date (the family track record).
std::vector<VisitRecord> list_case_visits(UnitOfWork& u, const std::string& case_id);

struct DueFilter {
  std::string organization_id;
  std::string due_before;  // YYYY-MM-DD, exclusive
  std::string cursor;      // "due_on|id" of the last visit seen
  int limit = 50;
};
// Visits of the organisation not yet recorded and due before the date, earliest first; at most
// limit + 1.
std::vector<VisitRecord> list_due_visits(UnitOfWork& u, const DueFilter& f);

}  // namespace mitra::store
