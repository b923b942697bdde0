#include "app/generate.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <stdexcept>
#include <unordered_set>

#include "domain/case_stage.hpp"
#include "domain/pmks.hpp"
#include "store/identity_repository.hpp"
#include "store/person_bulk.hpp"

namespace mitra::app {
namespace {

using namespace std::chrono;

constexpr const char* kMaleNames[] = {
    "Muhammad", "Ahmad", "Andi", "Budi", "Agus", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Rudi",
    "Slamet", "Yusuf", "Rizky", "Arif", "Bayu", "Dimas", "Hasan", "Ilham", "Kurniawan", "Rahmat", "Syamsul",
    "Taufik", "Wahyu", "Yoga", "Aditya", "Bambang", "Dani", "Gilang"};
constexpr const char* kFemaleNames[] = {
    "Siti", "Nur", "Dewi", "Sri", "Rina", "Ayu", "Fitri", "Indah", "Lestari", "Putri", "Ratna", "Wulan",
    "Yuni", "Aminah", "Fatimah", "Hana", "Intan", "Kartika", "Maya", "Novi", "Rahma", "Sari", "Tuti",
    "Widya", "Yanti", "Anisa", "Citra", "Dian", "Eka", "Lina"};
constexpr const char* kFamilyNames[] = {
    "Saputra", "Wijaya", "Pratama", "Hidayat", "Setiawan", "Nugroho", "Santoso", "Kusuma", "Siregar", "Nasution",
    "Harahap", "Lubis", "Simanjuntak", "Daeng", "Rahman", "Hakim", "Halim", "Sembiring", "Tarigan", "Ginting",
    "Pohan", "Wibowo", "Susanto", "Purnomo", "Hartono", "Gunawan", "Permana", "Ramadhan", "Firmansyah", "Maulana",
    "Sulistyo", "Utomo", "Rangkuti", "Manurung", "Situmorang", "Pangaribuan", "Tambunan", "Lumban", "Makmur",
    "Aminah", "Rahmawati", "Wulandari", "Anggraini", "Safitri", "Puspita", "Handayani", "Susanti", "Kurniasih",
    "Mulyani", "Yulianti"};
constexpr const char* kNicknames[] = {"Ucok", "Butet", "Acil", "Unyil", "Ipul", "Iwan", "Ijah", "Neng", "Upik", "Kribo"};
constexpr const char* kRisks[] = {"low", "medium", "high"};

template <class T, std::size_t N>
const T& pick(std::mt19937_64& rng, const T (&list)[N]) {
  return list[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

std::string two_digits(int n) {
  char buf[4];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

struct Place {
  Organization organization;
  std::string user_id;   // who registers and opens the cases there
  bool worker = false;   // whether that user is a social worker of the organisation
  std::vector<std::string> villages;
};

bool serves_clients(OrganizationType t) {
  switch (t) {
    case OrganizationType::ministry:
    case OrganizationType::government_agency:
    case OrganizationType::business:
    case OrganizationType::academia:
    case OrganizationType::media:
      return false;
    default:
      return true;
  }
}

std::vector<Place> load_places(store::Database& db) {
  store::UnitOfWork unit(db, store::UnitOfWork::Mode::read);
  std::string fallback_user;
  for (const auto& u : store::list_users(unit, store::Page{"", "", 200}, "")) {
    auto full = store::find_user(unit, u.id);
    if (full && full->user.has(Role::social_worker)) {
      fallback_user = u.id;
      break;
    }
  }
  if (fallback_user.empty()) throw std::runtime_error("no social worker found: run `mitra demo` before `mitra generate`");
  std::vector<Place> out;
  for (const auto& o : store::list_organizations(unit, store::Page{"", "", 200}, {})) {
    if (!o.active || !serves_clients(o.type)) continue;
    Place p{o, fallback_user, false, {}};
    for (const auto& u : store::list_users(unit, store::Page{"", "", 200}, o.id)) {
      auto full = store::find_user(unit, u.id);
      if (full && full->user.active && full->user.has(Role::social_worker)) {
        p.user_id = u.id;
        p.worker = true;
        break;
      }
    }
    p.villages = store::villages_within(unit, o.region_code, 500);
    if (p.villages.empty()) p.villages.push_back(o.region_code);  // regions without villages loaded
    out.push_back(std::move(p));
  }
  if (out.empty()) throw std::runtime_error("no organisation serves clients: run `mitra demo` first");
  return out;
}

std::string date_text(year_month_day d) {
  return std::to_string(static_cast<int>(d.year())) + "-" + two_digits(static_cast<int>(static_cast<unsigned>(d.month()))) +
         "-" + two_digits(static_cast<int>(static_cast<unsigned>(d.day())));
}

}  // namespace

GenerateResult generate_persons(const services::Context& ctx, const GenerateOptions& options,
                                const std::function<void(long long)>& progress) {
  if (options.persons < 0) throw std::runtime_error("--persons must not be negative");
  const auto places = load_places(ctx.db);
  std::unordered_set<std::string> niks;
  {
    store::UnitOfWork unit(ctx.db, store::UnitOfWork::Mode::read);
    for (auto& n : store::registered_niks(unit)) niks.insert(std::move(n));
  }
  std::vector<PmksCategory> categories(pmks_categories().begin(), pmks_categories().end());
  std::mt19937_64 rng(options.seed);
  const auto now = ctx.clock.now();
  const auto today = year_month_day{floor<days>(now)};
  const std::string consent_purpose = "Pendampingan, rujukan layanan, dan pelaporan (data sintetis)";
  GenerateResult result;
  std::vector<store::BulkPerson> batch;
  batch.reserve(static_cast<std::size_t>(options.batch));
  auto flush = [&] {
    store::UnitOfWork unit(ctx.db, store::UnitOfWork::Mode::write);
    store::prepare_bulk_session(unit, 256 * 1024);
    store::insert_persons_bulk(unit, batch);
    unit.commit();
    batch.clear();
    if (progress) progress(result.persons);
  };
  std::uniform_int_distribution<int> percent(0, 99);
  for (long long i = 0; i < options.persons; ++i) {
    const auto& place = places[std::uniform_int_distribution<std::size_t>(0, places.size() - 1)(rng)];
    store::BulkPerson b;
    auto& p = b.record.person;
    p.id = ctx.ids.next();
    p.sex = percent(rng) < 50 ? Sex::male : Sex::female;
    p.full_name = std::string(p.sex == Sex::male ? pick(rng, kMaleNames) : pick(rng, kFemaleNames));
    if (percent(rng) < 30) p.full_name += std::string(" ") + (p.sex == Sex::male ? pick(rng, kMaleNames) : pick(rng, kFemaleNames));
    if (percent(rng) < 85) p.full_name += std::string(" ") + pick(rng, kFamilyNames);
    if (percent(rng) < 10) p.other_names = pick(rng, kNicknames);
    // Ages 0-79, two in five children; the date is real.
    const int age = percent(rng) < 40 ? std::uniform_int_distribution<int>(0, 17)(rng)
                                      : std::uniform_int_distribution<int>(18, 79)(rng);
    const auto born = sys_days(today) - days(age * 365 + std::uniform_int_distribution<int>(0, 364)(rng));
    const auto ymd = year_month_day{born};
    p.birth_date = date_text(ymd);
    p.birth_date_estimated = percent(rng) < 15;
    p.birth_place = "Tempat lahir sintetis";
    p.region_code = place.organization.region_code;
    p.registered_by = place.organization.id;
    p.domicile_region = place.villages[std::uniform_int_distribution<std::size_t>(0, place.villages.size() - 1)(rng)];
    p.domicile_address = "Alamat sintetis no. " + std::to_string(i + 1);
    if (percent(rng) < 60) {
      // District code (6 digits), DDMMYY with 40 added to a woman's day, a 4-digit serial.
      std::string district;
      for (char c : p.domicile_region.substr(0, 8))
        if (c != '.') district.push_back(c);
      const int day = static_cast<int>(static_cast<unsigned>(ymd.day())) + (p.sex == Sex::female ? 40 : 0);
      const std::string stem = district + two_digits(day) + two_digits(static_cast<int>(static_cast<unsigned>(ymd.month()))) +
                               two_digits(static_cast<int>(ymd.year()) % 100);
      for (int serial = 1; serial < 10000 && district.size() == 6; ++serial) {
        char tail[12];
        std::snprintf(tail, sizeof tail, "%04d", serial);
        if (niks.insert(stem + tail).second) {
          p.nik = stem + tail;
          ++result.with_nik;
          break;
        }
      }
    }
    if (age < 18) {
      p.education_level = age < 6 ? "paud" : age < 12 ? "sd" : age < 15 ? "smp" : "sma";
      p.school_status = percent(rng) < 30 ? "dropped_out" : "in_school";
    }
    if (percent(rng) < 50) p.documents.push_back("kk");
    if (percent(rng) < 30) p.documents.push_back("akta_lahir");
    const auto opened = std::max(now - hours(24 * std::uniform_int_distribution<int>(0, 3 * 365)(rng)),
                                 time_point_cast<system_clock::duration>(sys_days(born)));
    p.created_at = p.updated_at = format_time(opened);
    b.record.created_by = place.user_id;
    // One or two categories fitting the age (children's categories for children).
    const int count = percent(rng) < 70 ? 1 : 2;
    for (int tries = 0; static_cast<int>(b.categories.size()) < count && tries < 50; ++tries) {
      const auto& c = categories[std::uniform_int_distribution<std::size_t>(0, categories.size() - 1)(rng)];
      if (c.child != (age < 18)) continue;
      if (c.sensitive && percent(rng) < 80) continue;  // rarer, as in the offices' tables
      bool dup = false;
      for (const auto& have : b.categories) dup = dup || have.category == c.code;
      if (dup) continue;
      b.categories.push_back({p.id, std::string(c.code), p.created_at.substr(0, 10), place.user_id, "", ""});
      b.record.sensitive = b.record.sensitive || c.sensitive;
    }
    result.sensitive += b.record.sensitive ? 1 : 0;
    // A case at the registering organisation, some way along the ATENSI stages.
    auto& c = b.case_record;
    c.id = ctx.ids.next();
    c.person_id = p.id;
    c.organization_id = place.organization.id;
    c.region_code = place.organization.region_code;
    c.risk_level = pick(rng, kRisks);
    c.opened_at = c.updated_at = p.created_at;
    c.opened_by = place.user_id;
    if (place.worker) c.workers.push_back(place.user_id);
    const auto& stages = all_stages();
    const auto steps = std::uniform_int_distribution<std::size_t>(0, stages.size() - 1)(rng);
    std::string from;
    for (std::size_t s = 0; s <= steps; ++s) {
      const std::string to(to_string(stages[s]));
      const std::string at = format_time(std::min(opened + hours(24 * 7 * static_cast<int>(s)), now));
      b.transitions.push_back({ctx.ids.next(), {from, to, s == 0 ? "Kasus dibuka (data sintetis)" : "Tahap berikutnya (data sintetis)", place.user_id, "", at}});
      from = to;
      c.updated_at = at;
    }
    c.stage = stages[steps];
    if (c.stage == Stage::closed) c.closed_at = c.updated_at;
    b.consent = {ctx.ids.next(), p.id, age < 18 ? "Orang tua (sintetis)" : p.full_name, age < 18 ? "parent" : "self",
                 consent_purpose, p.created_at.substr(0, 10), "", place.user_id};
    b.consent_recorded_at = p.created_at;
    batch.push_back(std::move(b));
    ++result.persons;
    ++result.cases;
    if (static_cast<int>(batch.size()) >= options.batch) flush();
  }
  if (!batch.empty()) flush();
  return result;
}

}  // namespace mitra::app
