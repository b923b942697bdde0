#include "app/demo_duplicates.hpp"

#include <stdexcept>

#include "store/case_repository.hpp"
#include "store/person_repository.hpp"

namespace mitra::app {
namespace {

struct PlantedRecord {
  const char* name;
  const char* sex;
  const char* birth_date;
  bool estimated;
  const char* mother;
  const char* address;
  const char* organization;  // code
  const char* user;          // demo username who registered it
  const char* region = "73.71";
};

// Pairs: one record each at two organisations, in Makassar and (the Muhammad pair) Jakarta
// Timur. Synthetic names (other names "data contoh").
constexpr PlantedRecord kPlanted[] = {
    {"Muhammad Fadli Ramadhan", "L", "2013-04-12", false, "Siti Rahmawati", "Jl. Pemuda No. 8", "DINSOS-DKI", "dki_worker", "31.75"},
    {"Moh. Fadly Ramadan", "L", "2013-04-12", false, "Siti Rahmawati", "Jl Pemuda 8", "LKSA-KASIH-DKI", "dki_worker", "31.75"},
    {"Siti Nurhaliza", "P", "2012-09-03", false, "Hj. Rosmiati", "Jl. Cendrawasih No. 12", "RPTC-MKS", "rptc_worker"},
    {"St. Nurhalisa", "P", "2012-09-03", false, "Rosmiati", "Cendrawasih 12", "LSM-FPS", "partner_manager"},
    {"Djoko Wahyudi", "L", "2009-01-20", false, "Sumarni", "Pasar Terong", "DINSOS-MKS", "social_worker"},
    {"Joko Wahyudi", "L", "2009-01-20", false, "", "Pasar Terong", "RPTC-MKS", "rptc_worker"},
    {"Abdurrahman Hakim", "L", "2010-06-11", false, "Nurhayati", "Jl. Rappocini Raya", "DINSOS-MKS", "social_worker"},
    {"Abd. Rahman Hakim", "L", "2010-07-01", true, "Nurhayati", "", "LSM-FPS", "partner_manager"},
    {"Nur Fadilah", "P", "2014-02-14", false, "Hasna", "Jl. Veteran Selatan", "LSM-FPS", "partner_manager"},
    {"Noor Fadillah", "P", "2014-02-14", false, "Hasna", "Veteran Selatan", "RPTC-MKS", "rptc_worker"},
};

const std::string& at(const std::map<std::string, std::string>& m, const std::string& key) {
  const auto it = m.find(key);
  if (it == m.end()) throw std::runtime_error("demo duplicates: no " + key);
  return it->second;
}

}  // namespace

int plant_duplicates(store::UnitOfWork& unit, const services::Context& ctx, const std::map<std::string, std::string>& codes,
                     const std::map<std::string, std::string>& users) {
  int n = 0;
  for (const auto& r : kPlanted) {
    Person p;
    p.id = ctx.ids.next();
    p.region_code = r.region;
    p.full_name = r.name;
    p.other_names = "data contoh";
    p.sex = parse_sex(r.sex).value_or(Sex::male);
    p.birth_date = r.birth_date;
    p.birth_date_estimated = r.estimated;
    p.mother_name = r.mother;
    p.domicile_address = r.address;
    p.registered_by = at(codes, r.organization);
    p.created_at = p.updated_at = format_time(ctx.clock.now());
    const auto& user = at(users, r.user);
    store::insert_person(unit, p, user, false);
    // Each organisation gave its record a consent and opened a case: a merge moves them.
    store::insert_consent(unit,
                          {ctx.ids.next(), p.id, r.mother[0] ? r.mother : "Yang bersangkutan",
                           r.mother[0] ? "parent" : "self", "Pendampingan dan rujukan layanan",
                           p.created_at.substr(0, 10), "", user},
                          p.created_at);
    store::CaseRecord c;
    c.id = ctx.ids.next();
    c.person_id = p.id;
    c.organization_id = p.registered_by;
    c.region_code = p.region_code;
    c.risk_level = "medium";
    c.opened_at = c.updated_at = p.created_at;
    c.opened_by = user;
    c.workers = {user};
    store::insert_case(unit, c);
    store::insert_transition(unit, ctx.ids.next(), c.id, {"", "first_contact", "Penjangkauan (data contoh)", user, "", c.opened_at});
    ++n;
  }
  return n;
}

}  // namespace mitra::app
