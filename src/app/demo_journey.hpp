// The clients' journeys of the five cases, as demo data: Makassar's persons netted by patrols in
// 2022-2024 (counts by category and sex equal to seed 001's tables 1.1-1.3) with their RPTC
// cases, shelter stays (all discharged) and rehabilitation services; Semarang's children mentored
// by Rumah Pintar Bangjo with school enrolments and monthly family follow-ups (some due now);
// Lampung's people with disabilities at LKS Amanah Bunda in a 3-month Loka Bina Karya course with
// assistive devices; DKI children referred among partners. Names are synthetic (marked
// "data contoh" in other names).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "services/context.hpp"
#include "store/database.hpp"

namespace mitra::app {

struct JourneyCounts {
  int persons = 0, patrols = 0, cases = 0, referrals = 0, stays = 0, services = 0, visits = 0, complaints = 0;
};

// codes: organisation code -> id; users: demo username -> id. Within the caller's transaction.
JourneyCounts load_journeys(store::UnitOfWork& unit, const services::Context& ctx,
                            const std::map<std::string, std::string>& codes,
                            const std::map<std::string, std::string>& users);

// Seed 001, tables 1.1-1.3: PMKS handled by Dinsos Makassar per year, by category and sex.
struct YearlyCount {
  int year;
  const char* category;  // PMKS code
  int male, female;
};
const std::vector<YearlyCount>& makassar_counts();

}  // namespace mitra::app
