// The five partnerships of DOMAIN.md as demo data: Makassar RHRB with LSM Forum Peduli Sosial over
// three periods (counter-productive -> semi-productive -> productive, seed 000); Makassar RPTC with
// its foundations and Sentra Wirajaya (001); Semarang with Rumah Pintar Bangjo (002); Lampung with
// LKS Amanah Bunda, per-activity MoUs and a 3-month Loka Bina Karya course (003); DKI with many
// parties and no common ground rules (004). Stage histories, evidence, agreements, budgets, LPJ.
#pragma once
#include <map>
#include <string>

#include "services/context.hpp"
#include "store/database.hpp"

namespace mitra::app {

// The ids of the five partnerships, for the meetings, requests and needs that belong to them.
struct DemoPartnerships {
  int count = 0;
  std::string rhrb, rptc, bangjo, lampung, dki;
};

// codes: organisation code -> id; users: demo username -> id. Within the caller's transaction.
DemoPartnerships load_partnerships(store::UnitOfWork& unit, const services::Context& ctx,
                      const std::map<std::string, std::string>& codes,
                      const std::map<std::string, std::string>& users);

}  // namespace mitra::app
