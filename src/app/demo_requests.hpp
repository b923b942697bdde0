// Demo assistance requests and needs: Rumah Pintar Bangjo's letters to Dinsos Semarang over
// 2023-2024 asking for food for the children of scheduled activities, answered weeks late at
// first (food arriving after the activity) and sooner later on (seed 002); DKI's published need
// of 30 children's wheelchairs in Cakung met within days by a CSR forum, a foundation and an
// LKSA, and a few other needs (seed 004).
#pragma once
#include <map>
#include <string>

#include "app/demo_partnerships.hpp"
#include "services/context.hpp"
#include "store/database.hpp"

namespace mitra::app {

struct RequestDemoCounts {
  int requests = 0, needs = 0, pledges = 0;
};

// codes: organisation code -> id; users: demo username -> id; partnerships: Semarang's letters
// and DKI's wheelchairs belong to theirs. Within the caller's transaction.
RequestDemoCounts load_request_demo(store::UnitOfWork& unit, const services::Context& ctx,
                                    const std::map<std::string, std::string>& codes,
                                    const std::map<std::string, std::string>& users,
                                    const DemoPartnerships& partnerships);

}  // namespace mitra::app
