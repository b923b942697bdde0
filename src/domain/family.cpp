#include "domain/family.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace mitra {
namespace {

constexpr std::array<std::pair<Kinship, std::string_view>, 6> kKinships{{
    {Kinship::parent, "parent"},
    {Kinship::child, "child"},
    {Kinship::sibling, "sibling"},
    {Kinship::guardian, "guardian"},
    {Kinship::ward, "ward"},
    {Kinship::spouse, "spouse"},
}};

constexpr std::array<std::pair<HouseholdRole, std::string_view>, 10> kRoles{{
    {HouseholdRole::head, "head"},
    {HouseholdRole::spouse, "spouse"},
    {HouseholdRole::child, "child"},
    {HouseholdRole::child_in_law, "child_in_law"},
    {HouseholdRole::grandchild, "grandchild"},
    {HouseholdRole::parent, "parent"},
    {HouseholdRole::parent_in_law, "parent_in_law"},
    {HouseholdRole::sibling, "sibling"},
    {HouseholdRole::other_relative, "other_relative"},
    {HouseholdRole::other, "other"},
}};

bool same_pair(const FamilyLink& a, const FamilyLink& b) {
  return (a.from == b.from && a.to == b.to) || (a.from == b.to && a.to == b.from);
}

// Whether `ancestor` is reached from `person` by following parent links upwards.
bool is_ancestor(const std::vector<FamilyLink>& links, const std::string& ancestor, const std::string& person) {
  std::set<std::string> seen{person};
  std::vector<std::string> frontier{person};
  while (!frontier.empty()) {
    const std::string current = frontier.back();
    frontier.pop_back();
    for (const auto& raw : links) {
      const FamilyLink l = canonical(raw);
      if (l.relation != Kinship::parent || l.to != current) continue;
      if (l.from == ancestor) return true;
      if (seen.insert(l.from).second) frontier.push_back(l.from);
    }
  }
  return false;
}

}  // namespace

std::string_view to_string(Kinship k) {
  for (const auto& [value, name] : kKinships)
    if (value == k) return name;
  return "unknown";
}

std::optional<Kinship> parse_kinship(std::string_view s) {
  for (const auto& [value, name] : kKinships)
    if (name == s) return value;
  return std::nullopt;
}

Kinship inverse(Kinship k) {
  switch (k) {
    case Kinship::parent: return Kinship::child;
    case Kinship::child: return Kinship::parent;
    case Kinship::guardian: return Kinship::ward;
    case Kinship::ward: return Kinship::guardian;
    case Kinship::sibling: return Kinship::sibling;
    case Kinship::spouse: return Kinship::spouse;
  }
  return k;
}

FamilyLink canonical(FamilyLink link) {
  if (link.relation == Kinship::child || link.relation == Kinship::ward ||
      ((link.relation == Kinship::sibling || link.relation == Kinship::spouse) && link.to < link.from)) {
    std::swap(link.from, link.to);
    link.relation = inverse(link.relation);
  }
  return link;
}

Relative relative_of(const FamilyLink& link, const std::string& person_id) {
  // Stored: from is relation of to. Seen from `to`, the relative is `from` in that relation;
  // seen from `from`, the relative is `to` in the inverse relation.
  if (link.to == person_id) return {link.from, link.relation};
  return {link.to, inverse(link.relation)};
}

Status check_new_link(const FamilyLink& proposed, const std::vector<FamilyLink>& existing) {
  if (proposed.from == proposed.to)
    return invalid_input("relative_id", "Seseorang tidak dapat dihubungkan dengan dirinya sendiri.");
  for (const auto& l : existing)
    if (same_pair(l, proposed))
      return conflict("relative_id", "Kedua orang ini sudah tercatat memiliki hubungan keluarga.");
  const FamilyLink c = canonical(proposed);
  if (c.relation == Kinship::parent && is_ancestor(existing, c.to, c.from))
    return conflict("relation", "Seorang anak tidak dapat menjadi orang tua dari orang tuanya sendiri (atau leluhurnya).");
  return ok_status();
}

std::string_view to_string(HouseholdRole r) {
  for (const auto& [value, name] : kRoles)
    if (value == r) return name;
  return "unknown";
}

std::optional<HouseholdRole> parse_household_role(std::string_view s) {
  for (const auto& [value, name] : kRoles)
    if (name == s) return value;
  return std::nullopt;
}

}  // namespace mitra
