// Penempatan di shelter: facilities with beds (capacity by sex and age group), admissions of a
// person within a case, discharges with a signed hand-over, overdue stays and the daily
// occupancy board. Reads that show who stays are audited.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/shelter.hpp"
#include "services/context.hpp"
#include "store/identity_repository.hpp"
#include "store/shelter_repository.hpp"

namespace mitra::services {

struct FacilityView {
  Organization organization;
  Capacity capacity;
  Capacity occupied;  // open stays now
  std::string updated_at;
};

// A Dinsos admin (for facilities in the Dinsos's region) or the facility's own supervisor sets
// its beds; the organisation becomes a facility. Errors: forbidden, not_found, invalid_input.
Result<FacilityView> set_capacity(const Context& ctx, const Actor& actor, const std::string& organization_id,
                                  const Capacity& capacity);
struct FacilityPage {
  std::vector<FacilityView> items;
  std::string next_cursor;
};
// Every facility with its beds and how many are taken (aggregates only): any signed-in user.
Result<FacilityPage> list_facilities(const Context& ctx, const Actor& actor, const store::Page& page);

struct AdmissionInput {
  std::string case_id, facility_id;
  std::string admitted_at;  // "" for now; ISO 8601 UTC, at most 30 days back
  std::optional<int> planned_days;
  std::optional<bool> health_checked;
  std::string health_note;
  std::vector<std::string> belongings;
  std::string age_group;  // only used when the person's birth date is unknown ("" = child)
};

struct StayView {
  store::StayRecord record;
  Organization facility;
  std::string person_name;    // "" when the viewer may not see the person
  bool identifiable = false;  // the viewer may see the person: health note, belongings, hand-over
  bool overdue = false;
  int days_stayed = 0;
};

// Errors: forbidden, not_found (case not visible, or not a facility), invalid_input, conflict
// (the case is closed, the person already has an open stay, the bed group is full).
Result<StayView> admit(const Context& ctx, const Actor& actor, const AdmissionInput& in);

struct DischargeInput {
  std::string destination, discharged_at, handover_name, handover_relation, handover_organization, note;
  std::vector<std::string> belongings_returned;
};
// Errors: forbidden, not_found, invalid_input, conflict (already discharged).
Result<StayView> discharge(const Context& ctx, const Actor& actor, const std::string& id, const DischargeInput& in);
// Audited. Errors: not_found (also when not visible).
Result<StayView> get_stay(const Context& ctx, const Actor& actor, const std::string& id);

struct StayPage {
  std::vector<StayView> items;
  std::string next_cursor;
};
// By facility (its staff and the region's supervisors) or by case (who sees the case). Audited.
Result<StayPage> list_stays(const Context& ctx, const Actor& actor, store::StayFilter filter);

struct GroupOccupancy {
  BedGroup group;
  int capacity = 0, occupied = 0, free = 0;
};
struct Occupancy {
  Organization facility;
  std::string date;  // YYYY-MM-DD
  std::vector<GroupOccupancy> groups;
  std::vector<StayView> stays;
};
// Who is in the facility at the end of `date` (UTC; "" for today). Audited.
Result<Occupancy> occupancy(const Context& ctx, const Actor& actor, const std::string& facility_id,
                            const std::string& date);

}  // namespace mitra::services
