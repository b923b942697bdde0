// Family links between persons (hubungan keluarga) and households (keluarga, as on a Kartu
// Keluarga). A link is stored once, "from is <relation> of to", and read from either side with
// the inverse relation.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace mitra {

// What one person is to another. guardian (wali) and ward (anak perwalian) are each other's inverse.
enum class Kinship { parent, child, sibling, guardian, ward, spouse };

std::string_view to_string(Kinship k);
std::optional<Kinship> parse_kinship(std::string_view s);
// parent <-> child, guardian <-> ward; sibling and spouse are their own inverse.
Kinship inverse(Kinship k);

struct FamilyLink {
  std::string id;
  std::string from;  // person id: `from` is `relation` of `to`
  std::string to;    // person id
  Kinship relation = Kinship::sibling;
};

// The one stored form of a link: child and ward links turned round into parent and guardian
// links; symmetric links with the smaller id first. Two links mean the same iff their canonical
// forms are equal.
FamilyLink canonical(FamilyLink link);

// The link seen from `person_id` (one of its ends): who the relative is and what they are to
// that person.
struct Relative {
  std::string person_id;
  Kinship relation = Kinship::sibling;
};
Relative relative_of(const FamilyLink& link, const std::string& person_id);

// Checks a new link against the existing links of both persons and the parent links above the
// new parent. Errors: invalid_input field "relative_id" (a link to oneself); conflict field
// "relative_id" (the two are linked already, in any relation); conflict field "relation" (a
// child, or any descendant, made the parent of their own parent or ancestor).
Status check_new_link(const FamilyLink& proposed, const std::vector<FamilyLink>& existing);

// A household member's relation to the head (hubungan dengan kepala keluarga, as on the KK).
enum class HouseholdRole {
  head,
  spouse,
  child,
  child_in_law,
  grandchild,
  parent,
  parent_in_law,
  sibling,
  other_relative,
  other,
};
std::string_view to_string(HouseholdRole r);
std::optional<HouseholdRole> parse_household_role(std::string_view s);

}  // namespace mitra
