// Patrols, raids and outreach, and the persons each one netted.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace mitra::store {

struct PatrolRecord {
  std::string id, organization_id, region_code, kind, started_at, ended_at, place_region, place, latitude, longitude;
  std::vector<std::string> agencies;
  std::string team, receiving_organization, notes, created_by, created_at;
  long long persons = 0;  // how many were netted (filled by reads)
};

struct NettedRecord {
  std::string patrol_id, person_id, case_id, found_note, added_by, added_at;
};

void insert_patrol(UnitOfWork& u, const PatrolRecord& p);
void update_patrol_end(UnitOfWork& u, const std::string& id, const std::string& ended_at, const std::string& notes);
std::optional<PatrolRecord> find_patrol(UnitOfWork& u, const std::string& id);

struct PatrolFilter {
  std::string organization_id;  // run by, or receiving from, this organisation
  std::string kind, from, to;   // started_at range (ISO), "" for open
  std::string cursor;           // the last patrol id seen (ids are time-ordered)
  int limit = 50;
};
// Newest first; at most limit + 1.
std::vector<PatrolRecord> list_patrols(UnitOfWork& u, const PatrolFilter& f);

void insert_netted(UnitOfWork& u, const NettedRecord& n);
std::vector<NettedRecord> list_netted(UnitOfWork& u, const std::string& patrol_id);
bool is_netted(UnitOfWork& u, const std::string& patrol_id, const std::string& person_id);
// The person's cases at the organisation that are not closed, oldest first.
std::vector<std::string> open_case_ids(UnitOfWork& u, const std::string& person_id, const std::string& organization_id);

}  // namespace mitra::store
