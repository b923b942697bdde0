// Cases (manajemen kasus): opened for a person at an organisation, moved through the ATENSI
// stages by their workers, with supervisors approving assessment, plan and closure.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/case_stage.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/case_repository.hpp"

namespace mitra::services {

struct CaseInput {
  std::string person_id;
  std::string risk_level = "medium";  // low | medium | high
  std::vector<std::string> workers;   // user ids of the actor's organisation; default: the actor
  std::string reason;                 // why the case is opened
};

struct CaseView {
  store::CaseRecord record;
  std::string person_name;
  Organization organization;
  std::vector<store::TransitionRecord> transitions;
};

// Errors: forbidden, not_found (person not visible), invalid_input.
Result<CaseView> open_case(const Context& ctx, const Actor& actor, const CaseInput& in);
// Audited. Errors: not_found (also when not visible).
Result<CaseView> get_case(const Context& ctx, const Actor& actor, const std::string& id);
struct CasePage {
  std::vector<CaseView> items;
  std::string next_cursor;
};
Result<CasePage> list_cases(const Context& ctx, const Actor& actor, store::CaseFilter filter);
// Errors: not_found, forbidden (approval needs a supervisor), invalid_input, conflict (a move
// the model does not allow).
Result<CaseView> move_case(const Context& ctx, const Actor& actor, const std::string& id, const std::string& to,
                           const std::string& reason);

// For the records that hang on a case (services, stays, notes, plans, follow-ups): the case, when
// the actor may see it, read within the caller's unit of work. Same rule as get_case.
std::optional<store::CaseRecord> visible_case(store::UnitOfWork& unit, const Actor& actor, const std::string& id);

// Social workers and supervisors serve clients; other roles see no client records.
bool serves_clients(const Actor& actor);

}  // namespace mitra::services
