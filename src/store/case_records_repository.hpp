// Case content (assessment versions, plan goals, notes) and the family around a person (links,
// households). Texts of enumerations are stored as the domain's names.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/family.hpp"
#include "store/database.hpp"

namespace mitra::store {

// One saved version of one assessment domain of a case.
struct AssessmentRecord {
  std::string id, case_id, domain, finding, need_level, assessed_by, assessed_by_name, assessed_at;
  int version = 1;
};
void insert_assessment(UnitOfWork& u, const AssessmentRecord& a);
// The highest version saved for the case's domain; 0 when none.
int latest_assessment_version(UnitOfWork& u, const std::string& case_id, const std::string& domain);
// Every version of every domain of the case, newest first.
std::vector<AssessmentRecord> list_assessments(UnitOfWork& u, const std::string& case_id);

struct GoalRecord {
  std::string id, case_id, domain, description, target_date, status, responsible_user, responsible_user_name,
      responsible_organization, responsible_organization_name, created_by, created_at, updated_at;
};
void insert_goal(UnitOfWork& u, const GoalRecord& g);
// Writes description, target date, status, responsible user/organisation and updated_at.
void update_goal(UnitOfWork& u, const GoalRecord& g);
std::optional<GoalRecord> find_goal(UnitOfWork& u, const std::string& id);
// The case's goals in the order they were written.
std::vector<GoalRecord> list_goals(UnitOfWork& u, const std::string& case_id);

struct NoteRecord {
  std::string id, case_id, body, corrects, author, author_name, created_at;
  bool sensitive = false;
};
void insert_note(UnitOfWork& u, const NoteRecord& n);
std::optional<NoteRecord> find_note(UnitOfWork& u, const std::string& id);
// Newest first, after `cursor` (the last id seen, "" from the start); at most limit + 1.
std::vector<NoteRecord> list_notes(UnitOfWork& u, const std::string& case_id, const std::string& cursor, int limit);

// Family links in canonical form (domain/family.hpp).
void insert_family_link(UnitOfWork& u, const FamilyLink& l, const std::string& created_by, const std::string& at);
// Links with the person at either end.
std::vector<FamilyLink> list_family_links(UnitOfWork& u, const std::string& person_id);

struct HouseholdMember {
  std::string person_id, relation, added_at;
};
struct HouseholdRecord {
  std::string id, region_code, address, kk_number, head_person, organization_id, created_by, created_at, updated_at;
  std::vector<HouseholdMember> members;  // the head first, then in the order added
};
void insert_household(UnitOfWork& u, const HouseholdRecord& h);
void insert_household_member(UnitOfWork& u, const std::string& household_id, const HouseholdMember& m,
                             const std::string& added_by);
std::optional<HouseholdRecord> find_household(UnitOfWork& u, const std::string& id);
// The household the person belongs to, if any.
std::optional<std::string> household_of(UnitOfWork& u, const std::string& person_id);

}  // namespace mitra::store
