// Shelter facilities (capacity by bed group) and stays.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/shelter.hpp"
#include "store/database.hpp"

namespace mitra::store {

struct FacilityRecord {
  std::string organization_id, region_code, updated_by, updated_at;
  Capacity capacity;
};

// Inserts or replaces the capacity of a facility.
void save_facility(UnitOfWork& u, const FacilityRecord& f);
std::optional<FacilityRecord> find_facility(UnitOfWork& u, const std::string& organization_id);
// Finds the facility and holds its row until the unit ends, so that concurrent admissions to it
// check capacity one after the other (an UPDATE takes the row lock on PostgreSQL; SQLite's
// write transactions are serial already).
std::optional<FacilityRecord> lock_facility(UnitOfWork& u, const std::string& organization_id);
// Facilities ordered by their organisation's code, after `cursor` (a code); at most limit + 1.
struct FacilityRow {
  FacilityRecord facility;
  std::string code;
};
std::vector<FacilityRow> list_facilities(UnitOfWork& u, const std::string& cursor, int limit);

struct StayRecord {
  std::string id, facility_id, case_id, person_id, region_code, admitted_at, planned_until, health_note, admitted_by,
      discharged_at, handover_name, handover_relation, handover_organization, discharge_note, discharged_by, created_at,
      updated_at;
  BedGroup group;
  bool open = true;
  int planned_days = kDefaultPlannedDays;
  bool health_checked = false;
  std::vector<std::string> belongings, returned;
  std::optional<Destination> destination;  // set once discharged
};

// Returns false when the person has an open stay already (the unique index caught a race; on
// PostgreSQL the unit must then be rolled back).
bool insert_stay(UnitOfWork& u, const StayRecord& s);
// Writes the discharge: status, time, destination, returned items, hand-over, note, who.
void discharge_stay(UnitOfWork& u, const StayRecord& s);
std::optional<StayRecord> find_stay(UnitOfWork& u, const std::string& id);
// Open stays of a facility in one bed group.
long long count_open(UnitOfWork& u, const std::string& facility_id, BedGroup g);
// When the person last left a shelter ("" if never).
std::string last_discharge_of_person(UnitOfWork& u, const std::string& person_id);
// The person's open stay, if any.
std::optional<StayRecord> open_stay_of_person(UnitOfWork& u, const std::string& person_id);

struct StayFilter {
  std::string facility_id;  // one of facility_id and case_id
  std::string case_id;
  std::string status;  // "" | open | overdue | discharged
  std::string now;     // for overdue
  std::string cursor;  // last id seen
  int limit = 50;
};
// Newest first; at most limit + 1.
std::vector<StayRecord> list_stays(UnitOfWork& u, const StayFilter& f);
// Stays in the facility at `cutoff` (admitted before, not discharged before), oldest first.
std::vector<StayRecord> stays_present(UnitOfWork& u, const std::string& facility_id, const std::string& cutoff);

}  // namespace mitra::store
