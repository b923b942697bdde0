// Cases, assigned workers and stage transitions.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/case_stage.hpp"
#include "store/database.hpp"
#include "store/person_repository.hpp"

namespace mitra::store {

struct CaseRecord {
  std::string id, person_id, organization_id, region_code, risk_level, opened_at, closed_at, opened_by, updated_at;
  Stage stage = Stage::first_contact;
  std::vector<std::string> workers;  // user ids
};

struct TransitionRecord {
  std::string from, to, reason, by_user, by_name, at;
};

void insert_case(UnitOfWork& u, const CaseRecord& c);
void update_case_stage(UnitOfWork& u, const std::string& id, Stage stage, const std::string& closed_at,
                       const std::string& now);
void insert_transition(UnitOfWork& u, const std::string& id, const std::string& case_id, const TransitionRecord& t);
// Gives the case to another organisation; its assigned workers are cleared (the receiver assigns).
void transfer_case(UnitOfWork& u, const std::string& id, const std::string& organization_id, const std::string& now);
std::optional<CaseRecord> find_case(UnitOfWork& u, const std::string& id);
std::vector<TransitionRecord> list_transitions(UnitOfWork& u, const std::string& case_id);

struct CaseFilter {
  std::string person_id, stage, cursor;  // cursor: the last case id seen (ids are time-ordered)
  int limit = 50;
};
// Cases the scope may see, newest first; sensitive persons' cases only to their workers and
// supervisors. At most limit + 1.
std::vector<CaseRecord> list_cases(UnitOfWork& u, const PersonScope& scope, const CaseFilter& f);

// Who holds cases for a person, and who works on them (for the person's visibility).
std::vector<std::string> case_organizations(UnitOfWork& u, const std::string& person_id);
std::vector<std::string> person_workers(UnitOfWork& u, const std::string& person_id);

}  // namespace mitra::store
