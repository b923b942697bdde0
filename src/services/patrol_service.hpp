// Patrols, raids and outreach: recorded by the organisation that went out; each person netted is
// quick-registered (or found among existing records) and given a case at the receiving shelter,
// in one transaction, so a worker on a phone can register them one by one as they are brought in.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/patrol.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "services/person_service.hpp"
#include "store/patrol_repository.hpp"

namespace mitra::services {

struct PatrolInput {
  std::string kind = "patrol";
  std::string started_at, ended_at;
  std::string place_region, place;
  std::optional<Coordinates> coordinates;
  std::vector<std::string> agencies;
  std::string team, notes;
  std::string receiving_organization;  // default: the actor's organisation
};

struct NettedView {
  store::NettedRecord record;
  std::string person_name;  // "" when the viewer may not see the person
  std::string case_stage;   // "" when the viewer may not see the case
  std::vector<std::string> categories;
};

struct PatrolView {
  store::PatrolRecord record;
  Organization organization, receiving;
  std::vector<NettedView> netted;  // filled by get_patrol
};

// Errors: forbidden, invalid_input.
Result<PatrolView> create_patrol(const Context& ctx, const Actor& actor, const PatrolInput& in);
// Audited (it names persons). Errors: not_found (also when the viewer is not party to it).
Result<PatrolView> get_patrol(const Context& ctx, const Actor& actor, const std::string& id);
struct PatrolPage {
  std::vector<PatrolView> items;
  std::string next_cursor;
};
Result<PatrolPage> list_patrols(const Context& ctx, const Actor& actor, store::PatrolFilter filter);
// Ends a patrol that is still out.
Result<PatrolView> end_patrol(const Context& ctx, const Actor& actor, const std::string& id, const std::string& ended_at,
                              const std::string& notes);

struct NettedInput {
  std::string person_id;              // an existing person the actor may see, or
  std::optional<PersonInput> person;  // a quick registration (name or nickname, sex, age, category)
  std::string found_note;             // what they were doing where
  std::string risk_level = "medium";
};
// Registers (or takes) the person and opens their case at the receiving organisation, reusing an
// open case there. Errors: forbidden, not_found, invalid_input, conflict (already netted by this
// patrol; the person-registration conflicts of register_person).
Result<NettedView> add_netted(const Context& ctx, const Actor& actor, const std::string& patrol_id, NettedInput in);

}  // namespace mitra::services
