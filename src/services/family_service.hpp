// The family around a person: links between persons (parent, child, sibling, guardian, ward,
// spouse) and households (keluarga as on a Kartu Keluarga). Only persons the actor may see can
// be linked or added; reading shows each relative or member only as far as the viewer may see
// them. Every read and change is audited.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/family.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/case_records_repository.hpp"

namespace mitra::services {

// Another person as the viewer may see them: id and name only when visible.
struct PersonRef {
  bool visible = false;
  std::string person_id, full_name;
};

struct RelativeView {
  std::string link_id;
  Kinship relation = Kinship::sibling;  // what the relative is to the person
  PersonRef relative;
};

struct HouseholdMemberView {
  PersonRef person;
  std::string relation;  // to the head
  std::string added_at;
};
struct HouseholdView {
  store::HouseholdRecord record;  // members cleared; see `members`
  std::vector<HouseholdMemberView> members;
};

struct FamilyView {
  std::string person_id;
  std::vector<RelativeView> relatives;
  std::optional<HouseholdView> household;
};

// Errors: not_found (person not visible).
Result<FamilyView> get_family(const Context& ctx, const Actor& actor, const std::string& person_id);
// `relation` is what the relative is to the person (e.g. "parent": the relative is the person's
// parent). Errors: forbidden; not_found (person not visible); invalid_input (relative_id not
// visible, relation unknown, oneself); conflict (already linked; a child made their ancestor's parent).
Result<RelativeView> add_family_link(const Context& ctx, const Actor& actor, const std::string& person_id,
                                     const std::string& relative_id, const std::string& relation);

struct HouseholdInput {
  std::string head_person_id, region_code, address, kk_number;
};
// Errors: forbidden; invalid_input (head not visible, region unknown, KK number not 16 digits);
// conflict (the head belongs to a household already).
Result<HouseholdView> create_household(const Context& ctx, const Actor& actor, const HouseholdInput& in);
// Visible when the viewer may see the head or any member. Errors: not_found.
Result<HouseholdView> get_household(const Context& ctx, const Actor& actor, const std::string& id);
// Errors: forbidden, not_found, invalid_input (person not visible, relation unknown or "head"),
// conflict (person already in a household).
Result<HouseholdView> add_household_member(const Context& ctx, const Actor& actor, const std::string& household_id,
                                           const std::string& person_id, const std::string& relation);

}  // namespace mitra::services
