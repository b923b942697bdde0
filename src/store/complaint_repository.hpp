// Complaints (pengaduan sosial), the persons linked to them, and which Dinsos handles a region.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/complaint.hpp"
#include "store/database.hpp"

namespace mitra::store {

struct ComplaintRecord {
  std::string id, ticket, channel, category, description, region_code, place, seen_at, reporter_name, reporter_phone,
      organization_id, priority, triage_note, team, dispatched_organization, outcome, created_by, created_at,
      updated_at, triaged_at, dispatched_at, closed_at;
  ComplaintStatus status = ComplaintStatus::new_;
};

void insert_complaint(UnitOfWork& u, const ComplaintRecord& c);
// Writes status, priority, triage_note, team, dispatched_organization, outcome and the times.
void update_complaint(UnitOfWork& u, const ComplaintRecord& c);
std::optional<ComplaintRecord> find_complaint(UnitOfWork& u, const std::string& id);
std::optional<ComplaintRecord> find_complaint_by_ticket(UnitOfWork& u, const std::string& ticket);

struct ComplaintFilter {
  std::string organization_id;  // the viewer's organisation: handling or dispatched to
  std::string region;           // a supervised region code ("" for none): that region and below
  std::string status;           // "" for any
  std::string ticket;           // "" for any
  std::string cursor;           // last id seen
  int limit = 50;
};
// Newest first; at most limit + 1.
std::vector<ComplaintRecord> list_complaints(UnitOfWork& u, const ComplaintFilter& f);

void link_complaint_person(UnitOfWork& u, const std::string& complaint_id, const std::string& person_id,
                           const std::string& user_id, const std::string& now);
std::vector<std::string> complaint_persons(UnitOfWork& u, const std::string& complaint_id);

// The active Dinas Sosial whose region is the longest prefix of `region_code` (the regency's,
// else the province's); nullopt when none covers it.
std::optional<std::string> dinsos_for_region(UnitOfWork& u, const std::string& region_code);
// Any active Dinas Sosial, the first by code; nullopt when there is none.
std::optional<std::string> any_dinsos(UnitOfWork& u);

struct ServedArea {
  std::string organization_id, organization_name, region_code, region_name;
};
// Every active Dinas Sosial with its region, by region code: the areas the public form offers.
std::vector<ServedArea> served_areas(UnitOfWork& u);

}  // namespace mitra::store
