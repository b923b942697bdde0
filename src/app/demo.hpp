// `mitra demo`: the organisations of DOMAIN.md's five cases and one demo user per role.
#pragma once
#include <map>
#include <string>

#include "services/context.hpp"
#include "store/database.hpp"

namespace mitra::app {

struct DemoResult {
  bool already_loaded = false;
  int organizations = 0;
  int users = 0;
  int registrations = 0;  // LKS registrations (demo_registration.hpp)
  int partnerships = 0;  // demo_partnerships.hpp
  int persons = 0, patrols = 0, cases = 0, referrals = 0, stays = 0, services = 0, visits = 0, complaints = 0;  // the clients' journeys (demo_journey.hpp)
  int meetings = 0, action_items = 0;  // coordination meetings (demo_meetings.hpp)
  int duplicates = 0;  // pairs in the duplicate review queue after the demo's dedup run (main.cpp)
};

// Loads the demo data unless it is there already. Writes the generated passwords to
// `credentials_path` (mode 0600) as "username password role organization" lines.
// Throws std::runtime_error when something cannot be created (e.g. regions not imported).
DemoResult load_demo(const services::Context& ctx, const std::string& credentials_path);

// Building blocks for the demo's parts (demo_*.cpp), within the demo's transaction; each throws
// std::runtime_error naming what could not be created.
struct DemoOrganizationSpec {
  std::string code, name, type, region, parent;  // parent: a code, or ""
};
// Adds the organisation's id to `codes` (code -> id).
void add_demo_organization(store::UnitOfWork& unit, const services::Context& ctx, const DemoOrganizationSpec& o,
                           std::map<std::string, std::string>& codes);
struct DemoUserSpec {
  std::string username, display_name, role, organization;  // organization: a code
};
// Creates the user with a random password: its id goes to `users` (username -> id), its login
// line ("username password role organization") to `lines`.
void add_demo_user(store::UnitOfWork& unit, const services::Context& ctx, const DemoUserSpec& u,
                   const std::map<std::string, std::string>& codes, std::map<std::string, std::string>& users,
                   std::string& lines);

}  // namespace mitra::app
