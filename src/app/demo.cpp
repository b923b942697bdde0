#include "app/demo.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>

#include "app/demo_duplicates.hpp"
#include "app/demo_journey.hpp"
#include "app/demo_registration.hpp"
#include "app/demo_requests.hpp"
#include "app/demo_meetings.hpp"
#include "app/demo_partnerships.hpp"
#include "app/demo_assessment.hpp"
#include "services/credentials.hpp"
#include "services/directory_service.hpp"
#include "store/identity_repository.hpp"
#include "store/region_repository.hpp"

namespace mitra::app {
namespace {

struct DemoOrganization {
  const char* code;
  const char* name;
  const char* type;
  const char* region;
  const char* parent;  // code, or ""
};

// The five cases of DOMAIN.md (seeds 000-004). DKI's partner homes are illustrative names.
constexpr DemoOrganization kOrganizations[] = {
    // 000, 001 - Makassar
    {"DINSOS-MKS", "Dinas Sosial Kota Makassar", "dinsos_regency", "73.71", ""},
    {"RPTC-MKS", "UPT Rumah Perlindungan dan Trauma Center (RPTC) Kota Makassar", "upt", "73.71", "DINSOS-MKS"},
    {"TRC-MKS", "Tim Reaksi Cepat (TRC) Dinas Sosial Kota Makassar", "upt", "73.71", "DINSOS-MKS"},
    {"LSM-FPS", "LSM Forum Peduli Sosial", "lsm", "73.71", ""},
    {"RHRB-MKS", "Rumah Hati Rumah Bakat", "rumah_singgah", "73.71", "LSM-FPS"},
    {"YSY-MKS", "Yayasan Sahabat Yatim", "yayasan", "73.71", ""},
    {"YPKDS-MKS", "Yayasan YPKDS", "yayasan", "73.71", ""},
    {"SENTRA-WIRAJAYA", "Sentra Wirajaya Makassar (Kementerian Sosial)", "ministry", "73.71", ""},
    // 002 - Semarang
    {"DINSOS-SMG", "Dinas Sosial Kota Semarang", "dinsos_regency", "33.74", ""},
    {"RUMPIN-BANGJO", "Rumah Pintar Bangjo", "community", "33.74", ""},
    // 003 - Lampung
    {"DINSOS-LAMPUNG", "Dinas Sosial Provinsi Lampung", "dinsos_province", "18", ""},
    {"DINSOS-BDL", "Dinas Sosial Kota Bandar Lampung", "dinsos_regency", "18.71", ""},
    {"LKS-AMANAH-BUNDA", "LKS Amanah Bunda", "lks", "18.71", ""},
    // 004 - DKI Jakarta
    {"DINSOS-DKI", "Dinas Sosial Provinsi DKI Jakarta", "dinsos_province", "31", ""},
    {"PSAA-PU1-DKI", "Panti Sosial Asuhan Anak Putra Utama 1", "upt", "31.74", "DINSOS-DKI"},
    {"LKSA-KASIH-DKI", "LKSA Kasih Bunda Jakarta Timur", "lksa", "31.75", ""},
    {"LKSA-HARAPAN-DKI", "LKSA Harapan Bangsa Jakarta Barat", "lksa", "31.73", ""},
    {"RS-MANDIRI-DKI", "Rumah Singgah Anak Mandiri", "rumah_singgah", "31.71", ""},
    {"RS-PELITA-DKI", "Rumah Singgah Pelita Jakarta Utara", "rumah_singgah", "31.72", ""},
    {"TAS-MELATI-DKI", "Taman Anak Sejahtera Melati", "tas", "31.75", ""},
    {"YAY-PEDULI-DKI", "Yayasan Peduli Anak Jakarta", "yayasan", "31.74", ""},
    {"ORSOS-BAKTI-DKI", "Orsos Karya Bakti", "orsos", "31.71", ""},
    {"DUKCAPIL-DKI", "Dinas Kependudukan dan Pencatatan Sipil Provinsi DKI Jakarta", "government_agency", "31", ""},
    {"DINKES-DKI", "Dinas Kesehatan Provinsi DKI Jakarta", "government_agency", "31", ""},
    {"DISDIK-DKI", "Dinas Pendidikan Provinsi DKI Jakarta", "government_agency", "31", ""},
    {"SATPOLPP-DKI", "Satuan Polisi Pamong Praja Provinsi DKI Jakarta", "government_agency", "31", ""},
    {"DPPAPP-DKI", "Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk Provinsi DKI Jakarta",
     "government_agency", "31", ""},
    {"CSR-DKI", "Forum CSR Kesejahteraan Sosial DKI Jakarta", "business", "31", ""},
};

struct DemoUser {
  const char* username;
  const char* display_name;
  const char* role;
  const char* organization;
};

constexpr DemoUser kUsers[] = {
    {"admin", "Admin Demo", "admin", "DINSOS-MKS"},
    {"supervisor", "Supervisor Demo (Dinsos Makassar)", "supervisor", "DINSOS-MKS"},
    {"social_worker", "Pekerja Sosial Demo", "social_worker", "DINSOS-MKS"},
    {"partner_manager", "Pengelola Kemitraan Demo (LSM FPS)", "partner_manager", "LSM-FPS"},
    {"analyst", "Analis Data Demo", "analyst", "DINSOS-MKS"},
    {"auditor", "Auditor Demo", "auditor", "DINSOS-MKS"},
    // Workers of the partners in the five cases, who hold the demo clients' cases.
    {"rptc_worker", "Pekerja Sosial RPTC Makassar (demo)", "social_worker", "RPTC-MKS"},
    {"bangjo_worker", "Pendamping Rumah Pintar Bangjo (demo)", "social_worker", "RUMPIN-BANGJO"},
    {"amanah_worker", "Pekerja Sosial LKS Amanah Bunda (demo)", "social_worker", "LKS-AMANAH-BUNDA"},
    {"dki_worker", "Pekerja Sosial Dinsos DKI (demo)", "social_worker", "DINSOS-DKI"},
    // Who writes and answers assistance requests, publishes needs and pledges (demo_requests.cpp).
    {"smg_supervisor", "Kepala Bidang Rehabilitasi Sosial Dinsos Semarang (demo)", "supervisor", "DINSOS-SMG"},
    {"bangjo_manager", "Pengelola Rumah Pintar Bangjo (demo)", "partner_manager", "RUMPIN-BANGJO"},
    {"dki_supervisor", "Supervisor Dinsos DKI (demo)", "supervisor", "DINSOS-DKI"},
    {"csr_manager", "Pengelola Forum CSR DKI (demo)", "partner_manager", "CSR-DKI"},
};

std::string describe(const Error& e) { return e.message + (e.field.empty() ? "" : " (" + e.field + ")"); }

}  // namespace

void add_demo_organization(store::UnitOfWork& unit, const services::Context& ctx, const DemoOrganizationSpec& o,
                           std::map<std::string, std::string>& codes) {
  services::OrganizationInput in;
  in.code = o.code;
  in.name = o.name;
  in.type = o.type;
  in.region_code = o.region;
  if (!o.parent.empty()) in.parent_id = std::optional<std::string>(codes.at(o.parent));
  auto r = services::bootstrap_organization(unit, ctx, in);
  if (!r) throw std::runtime_error("demo organisation " + o.code + ": " + describe(r.error()));
  codes[o.code] = r->id;
}

void add_demo_user(store::UnitOfWork& unit, const services::Context& ctx, const DemoUserSpec& u,
                   const std::map<std::string, std::string>& codes, std::map<std::string, std::string>& users,
                   std::string& lines) {
  const std::string password = services::random_token(12);
  services::UserInput in;
  in.username = u.username;
  in.display_name = u.display_name;
  in.organization_id = codes.at(u.organization);
  in.roles = std::set<Role>{*parse_role(u.role)};
  in.password = password;
  auto r = services::bootstrap_user(unit, ctx, in);
  if (!r) throw std::runtime_error("demo user " + u.username + ": " + describe(r.error()));
  lines += u.username + ' ' + password + ' ' + u.role + ' ' + u.organization + '\n';
  users[u.username] = r->id;
}

DemoResult load_demo(const services::Context& ctx, const std::string& credentials_path) {
  DemoResult result;
  {
    store::UnitOfWork unit(ctx.db, store::UnitOfWork::Mode::read);
    if (store::find_organization_by_code(unit, "DINSOS-MKS")) {
      result.already_loaded = true;
      return result;
    }
    if (store::count_regions(unit) == 0)
      throw std::runtime_error("no region codes loaded: run `mitra regions import` before `mitra demo`");
  }
  // Everything in one transaction: a failure leaves no half-loaded demo behind.
  store::UnitOfWork unit(ctx.db, store::UnitOfWork::Mode::write);
  std::map<std::string, std::string> ids;  // code -> id
  for (const auto& o : kOrganizations) {
    add_demo_organization(unit, ctx, {o.code, o.name, o.type, o.region, o.parent}, ids);
    ++result.organizations;
  }

  if (auto parent = std::filesystem::path(credentials_path).parent_path(); !parent.empty())
    std::filesystem::create_directories(parent);
  std::map<std::string, std::string> users;  // username -> id
  std::string lines = "# mitra demo logins (generated at install; keep private)\n# username password role organization\n";
  for (const auto& u : kUsers) {
    add_demo_user(unit, ctx, {u.username, u.display_name, u.role, u.organization}, ids, users, lines);
    ++result.users;
  }
  const auto journeys = load_journeys(unit, ctx, ids, users);
  result.persons = journeys.persons;
  result.patrols = journeys.patrols;
  result.cases = journeys.cases;
  result.referrals = journeys.referrals;
  result.stays = journeys.stays;
  result.services = journeys.services;
  result.visits = journeys.visits;
  result.complaints = journeys.complaints;
  result.persons += plant_duplicates(unit, ctx, ids, users);
  const auto registrations = load_registrations(unit, ctx, ids, users, lines);
  result.organizations += registrations.organizations;
  result.users += registrations.users;
  result.registrations = registrations.registrations;
  // Partnerships first: the meetings, request letters and needs of the cases belong to them.
  const auto partnerships = load_partnerships(unit, ctx, ids, users);
  result.partnerships = partnerships.count;
  load_request_demo(unit, ctx, ids, users, partnerships);
  const auto meetings = load_meetings(unit, ctx, ids, users, partnerships);
  result.meetings = meetings.meetings;
  result.action_items = meetings.action_items;
  result.referrals += load_assessment_demo(unit, ctx, ids, users, partnerships);
  // The logins are written before the commit: if the file cannot be written nothing is loaded.
  const mode_t old_mask = ::umask(077);
  std::ofstream out(credentials_path, std::ios::trunc);
  ::umask(old_mask);
  if (!out || !(out << lines) || !out.flush()) throw std::runtime_error("cannot write " + credentials_path);
  ::chmod(credentials_path.c_str(), 0600);
  unit.commit();
  return result;
}

}  // namespace mitra::app
