// Lampung's partner registration (seed 003) as demo data: the legal profiles of the demo
// organisations; LKS Amanah Bunda applied to Dinsos Kota Bandar Lampung, was recommended to
// Dinsos Provinsi Lampung, surveyed and approved (dates in the past); one application waiting
// (overdue) at the city Dinsos, one waiting for the province's survey, and one registration
// expired. Adds the Dinsos and LKS of those cases and their demo users.
#pragma once
#include <map>
#include <string>

#include "services/context.hpp"
#include "store/database.hpp"

namespace mitra::app {

struct RegistrationDemo {
  int organizations = 0, users = 0, registrations = 0;
};

// codes: organisation code -> id (new organisations are added to it); users likewise; the new
// users' login lines are appended to `lines`.
RegistrationDemo load_registrations(store::UnitOfWork& unit, const services::Context& ctx,
                                    std::map<std::string, std::string>& codes, std::map<std::string, std::string>& users,
                                    std::string& lines);

}  // namespace mitra::app
