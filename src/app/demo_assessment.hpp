// The assessment's demo evidence beyond the meetings (demo_meetings.cpp): referrals between the
// parties, a 2023 budget line for RPTC, and the parties' survey answers per period, reflecting
// what seeds 000-004 report (docs/assessment.md names each figure).
#pragma once
#include <map>
#include <string>

#include "app/demo_partnerships.hpp"
#include "services/context.hpp"
#include "store/database.hpp"

namespace mitra::app {

// Within the caller's transaction, after the journeys and partnerships; returns the referrals added.
int load_assessment_demo(store::UnitOfWork& unit, const services::Context& ctx,
                         const std::map<std::string, std::string>& codes,
                         const std::map<std::string, std::string>& users, const DemoPartnerships& partnerships);

}  // namespace mitra::app
