// `mitra demo`: the organisations of DOMAIN.md's five cases and one demo user per role.
#pragma once
#include <string>

#include "services/context.hpp"

namespace mitra::app {

struct DemoResult {
  bool already_loaded = false;
  int organizations = 0;
  int users = 0;
  int persons = 0, patrols = 0, cases = 0, referrals = 0, stays = 0, services = 0, visits = 0, complaints = 0;  // the clients' journeys (demo_journey.hpp)
  int meetings = 0, action_items = 0;  // coordination meetings (demo_meetings.hpp)
};

// Loads the demo data unless it is there already. Writes the generated passwords to
// `credentials_path` (mode 0600) as "username password role organization" lines.
// Throws std::runtime_error when something cannot be created (e.g. regions not imported).
DemoResult load_demo(const services::Context& ctx, const std::string& credentials_path);

}  // namespace mitra::app
