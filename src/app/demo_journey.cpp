#include "app/demo_journey.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

#include "domain/case_stage.hpp"
#include "domain/clock.hpp"
#include "domain/pmks.hpp"
#include "store/case_repository.hpp"
#include "store/patrol_repository.hpp"
#include "store/person_repository.hpp"
#include "store/referral_repository.hpp"

namespace mitra::app {
namespace {

// Synthetic names: uncommon given names and the family name "Contoh" ("example"), so that no demo
// record can be taken for a real person (or collide with the names tests register).
constexpr std::array kMaleNames{"Baso",   "Lompo",  "Sangkala", "Tajuddin", "Mappa",  "Sukri",  "Kamaruddin", "Jumadi",
                                "Sahabu", "Lawang", "Ridwan",   "Zainal",   "Gaffar", "Usman",  "Haerul",     "Syamsu"};
constexpr std::array kFemaleNames{"Becce",   "Isse",  "Hasnah",  "Rosmini", "Kartini", "Suriani", "Jumiati", "Marlina",
                                  "Nurhaeda", "Sunarti", "Halimah", "Darmawati", "Rukiah", "Syamsiah", "Nursiah", "Saodah"};
constexpr std::array kFamilyNames{"Contoh"};
constexpr std::array kMakassarPlaces{"Simpang Lima Jl. Urip Sumoharjo", "Pantai Losari", "Jl. A.P. Pettarani (lampu merah)",
                                     "Pasar Sentral / Makassar Mall", "Jl. Perintis Kemerdekaan", "Lapangan Karebosi",
                                     "Jl. Sultan Alauddin", "Fly over Jl. Urip Sumoharjo", "Pelabuhan Soekarno-Hatta",
                                     "Jl. Veteran Selatan"};

std::string format_date(std::chrono::sys_days d) {
  const std::chrono::year_month_day ymd{d};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

// The day `day_of_year` days after 1 January of `year`.
std::string date_of(int year, int day_of_year) {
  using namespace std::chrono;
  return format_date(sys_days{std::chrono::year{year} / January / 1} + days{day_of_year});
}

// "YYYY-MM-DD" plus n days.
std::string plus_days(const std::string& date, int n) {
  using namespace std::chrono;
  const year_month_day ymd{std::chrono::year{std::stoi(date.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(date.substr(5, 2)))},
                           day{static_cast<unsigned>(std::stoi(date.substr(8, 2)))}};
  return format_date(sys_days{ymd} + days{n});
}

std::string at(const std::string& date, int hour) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%sT%02d:00:00.000Z", date.c_str(), hour);
  return buf;
}

struct Loader {
  store::UnitOfWork& unit;
  const services::Context& ctx;
  const std::map<std::string, std::string>& codes;
  const std::map<std::string, std::string>& users;
  std::mt19937 rng{20240601};
  JourneyCounts counts;

  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
  int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

  std::string name(Sex sex) {
    const std::string given = sex == Sex::male ? kMaleNames[pick(kMaleNames.size())] : kFemaleNames[pick(kFemaleNames.size())];
    return given + " " + kFamilyNames[pick(kFamilyNames.size())];
  }

  // A person registered on `date` by `org`, age estimated (birth date 1 July).
  std::string person(const std::string& org, const std::string& region, const std::string& worker, Sex sex, int age,
                     const std::string& category, const std::string& date) {
    Person p;
    p.id = ctx.ids.next();
    p.region_code = region;
    p.full_name = name(sex);
    p.other_names = "data contoh";
    p.sex = sex;
    p.birth_date = std::to_string(std::stoi(date.substr(0, 4)) - age) + "-07-01";
    p.birth_date_estimated = true;
    p.registered_by = org;
    p.created_at = p.updated_at = at(date, 22);
    const auto c = find_pmks(category);
    store::insert_person(unit, p, worker, c && c->sensitive);
    store::insert_category(unit, {p.id, category, date, worker});
    ++counts.persons;
    return p.id;
  }

  // A case opened on `date` at `org`, moved through the stages up to `last` (a week or more apart).
  std::string open_case(const std::string& person_id, const std::string& org, const std::string& region,
                        const std::string& worker, const std::string& date, const std::string& reason, Stage last) {
    store::CaseRecord c;
    c.id = ctx.ids.next();
    c.person_id = person_id;
    c.organization_id = org;
    c.region_code = region;
    c.stage = Stage::first_contact;
    c.risk_level = pick(4) == 0 ? "high" : "medium";
    c.opened_at = c.updated_at = at(date, 23);
    c.opened_by = worker;
    c.workers = {worker};
    store::insert_case(unit, c);
    store::insert_transition(unit, ctx.ids.next(), c.id, {"", "first_contact", reason, worker, "", c.opened_at});
    const auto& stages = all_stages();
    Stage from = Stage::first_contact;
    int day = 0;
    std::string when = c.opened_at, closed;
    for (auto s : stages) {
      if (s <= Stage::first_contact || from == last) continue;
      day += s == Stage::follow_up ? 30 : s == Stage::closed ? 90 : between(3, 20);
      when = at(plus_days(date, day), 9);
      if (when > format_time(ctx.clock.now())) break;
      store::insert_transition(unit, ctx.ids.next(), c.id,
                               {std::string(to_string(from)), std::string(to_string(s)), "Tahap berikutnya (data contoh)", worker, "", when});
      from = s;
      if (s == Stage::closed) closed = when;
    }
    if (from != Stage::first_contact) store::update_case_stage(unit, c.id, from, closed, when);
    ++counts.cases;
    return c.id;
  }

  void makassar() {
    const std::string dinsos = codes.at("DINSOS-MKS"), rptc = codes.at("RPTC-MKS");
    const std::string patroller = users.at("social_worker"), shelter_worker = users.at("rptc_worker");
    for (int year : {2022, 2023, 2024}) {
      // Everyone netted that year, by category and sex, shuffled into the year's patrols.
      std::vector<std::pair<std::string, Sex>> netted;
      for (const auto& c : makassar_counts()) {
        if (c.year != year) continue;
        for (int i = 0; i < c.male; ++i) netted.emplace_back(c.category, Sex::male);
        for (int i = 0; i < c.female; ++i) netted.emplace_back(c.category, Sex::female);
      }
      std::shuffle(netted.begin(), netted.end(), rng);
      std::size_t next = 0;
      int day = 3;
      while (next < netted.size()) {
        const int size = std::min<int>(between(3, 9), static_cast<int>(netted.size() - next));
        const std::string date = date_of(year, day);
        day = std::min(day + between(2, 5), 360);
        store::PatrolRecord p;
        p.id = ctx.ids.next();
        p.organization_id = dinsos;
        p.region_code = "73.71";
        p.kind = pick(3) == 0 ? "patrol" : "raid";
        p.started_at = at(date, 20);
        p.ended_at = at(date, 23);
        p.place = kMakassarPlaces[pick(kMakassarPlaces.size())];
        p.agencies = {"trc", "satpol_pp"};
        p.team = "TRC Dinsos Makassar + Satpol PP";
        p.receiving_organization = rptc;
        p.notes = "Data contoh";
        p.created_by = patroller;
        p.created_at = p.started_at;
        store::insert_patrol(unit, p);
        ++counts.patrols;
        for (int i = 0; i < size; ++i, ++next) {
          const auto& [category, sex] = netted[next];
          const auto pmks = find_pmks(category);
          const bool child = pmks && pmks->child;
          const int age = child ? between(7, 17) : category == std::string("lansia_telantar") ? between(60, 82) : between(18, 55);
          const auto person_id = person(dinsos, "73.71", patroller, sex, age, category, date);
          // Older years' cases have run their course; this year's are at every stage.
          const Stage last = year < 2024 ? (pick(5) == 0 ? Stage::follow_up : Stage::closed)
                                         : all_stages()[static_cast<std::size_t>(pick(7))];
          const auto case_id = open_case(person_id, rptc, "73.71", shelter_worker, date,
                                         "Terjaring " + p.kind + " " + date + " di " + p.place, last);
          store::insert_netted(unit, {p.id, person_id, case_id, "Data contoh", patroller, p.ended_at});
        }
      }
    }
  }

  // Seed 002: children mentored by Rumah Pintar Bangjo in Semarang, from SD to SMA age.
  void semarang() {
    const std::string org = codes.at("RUMPIN-BANGJO"), worker = users.at("bangjo_worker");
    for (int i = 0; i < 36; ++i) {
      const Sex sex = i % 2 ? Sex::female : Sex::male;
      const std::string date = date_of(2023, 10 + i * 7);
      const auto id = person(org, "33.74", worker, sex, between(7, 17), i % 4 ? "anak_jalanan" : "anak_telantar", date);
      open_case(id, org, "33.74", worker, date, "Pendampingan anak di Rumah Pintar Bangjo", i % 3 ? Stage::follow_up : Stage::intervention);
    }
  }

  // Seed 003: people with disabilities at LKS Amanah Bunda in a Loka Bina Karya course.
  void lampung() {
    const std::string org = codes.at("LKS-AMANAH-BUNDA"), worker = users.at("amanah_worker");
    for (int i = 0; i < 24; ++i) {
      const std::string date = date_of(2024, 20 + i * 3);
      const auto id = person(org, "18.71", worker, i % 3 ? Sex::male : Sex::female, between(17, 45), "penyandang_disabilitas", date);
      open_case(id, org, "18.71", worker, date, "Pelatihan vokasional Loka Bina Karya (3 bulan)", i % 2 ? Stage::intervention : Stage::reintegration);
    }
  }

  // Seed 004: DKI children of each child category, referred from Dinsos DKI to a partner home.
  void jakarta() {
    const std::string dinsos = codes.at("DINSOS-DKI"), worker = users.at("dki_worker");
    const std::array<std::pair<const char*, const char*>, 7> routes{{
        {"anak_balita_telantar", "TAS-MELATI-DKI"},
        {"anak_telantar", "LKSA-KASIH-DKI"},
        {"abh", "PSAA-PU1-DKI"},
        {"anak_jalanan", "RS-MANDIRI-DKI"},
        {"anak_disabilitas", "LKSA-HARAPAN-DKI"},
        {"anak_korban_kekerasan", "YAY-PEDULI-DKI"},
        {"anak_perlindungan_khusus", "RS-PELITA-DKI"},
    }};
    int i = 0;
    for (const auto& [category, partner] : routes) {
      for (int k = 0; k < 4; ++k, ++i) {
        const std::string date = date_of(2024, 30 + i * 9);
        const int age = std::string(category) == "anak_balita_telantar" ? between(1, 4) : between(6, 17);
        const auto person_id = person(dinsos, "31", worker, k % 2 ? Sex::female : Sex::male, age, category, date);
        const auto case_id = open_case(person_id, dinsos, "31", worker, date, "Asesmen Dinas Sosial DKI", Stage::intervention_plan);
        store::ReferralRecord r;
        r.id = ctx.ids.next();
        r.case_id = case_id;
        r.person_id = person_id;
        r.from_organization = dinsos;
        r.to_organization = codes.at(partner);
        r.kind = ReferralKind::referral;
        r.service = "Pengasuhan dan rehabilitasi sosial anak";
        r.reason = "Rujukan sesuai kategori anak (data contoh)";
        r.consent_basis = "supervisor_override";
        r.override_reason = "Anak tanpa wali yang dapat dihubungi (data contoh)";
        r.created_by = worker;
        r.created_at = r.updated_at = at(date, 10);
        r.reply_due = at(date_of(2024, 33 + i * 9), 10);
        r.status = k == 3 ? ReferralStatus::pending : ReferralStatus::accepted;
        store::insert_referral(unit, r);
        if (r.status == ReferralStatus::accepted) {
          r.replied_at = r.updated_at = at(date_of(2024, 31 + i * 9), 10);
          r.reply_reason = "Diterima";
          store::update_referral(unit, r);
        }
        ++counts.referrals;
      }
    }
  }
};

}  // namespace

const std::vector<YearlyCount>& makassar_counts() {
  static const std::vector<YearlyCount> counts{
      // Table 1.1, 2022: 217 L + 250 P = 467
      {2022, "anak_jalanan", 187, 165}, {2022, "gelandangan", 2, 18}, {2022, "pengemis", 1, 17},
      {2022, "lansia_telantar", 6, 7}, {2022, "orang_terlantar", 17, 16}, {2022, "korban_napza", 1, 0},
      {2022, "odgj", 0, 8}, {2022, "tuna_susila", 3, 19},
      // Table 1.2, 2023: 413 L + 348 P = 761
      {2023, "anak_jalanan", 206, 138}, {2023, "gelandangan", 28, 28}, {2023, "pengemis", 29, 29},
      {2023, "lansia_telantar", 16, 10}, {2023, "orang_terlantar", 41, 32}, {2023, "korban_napza", 2, 2},
      {2023, "odgj", 4, 9}, {2023, "tuna_susila", 86, 99}, {2023, "anak_disabilitas", 1, 1},
      // Table 1.3, 2024: 298 L + 285 P = 583
      {2024, "anak_jalanan", 84, 55}, {2024, "gelandangan", 20, 19}, {2024, "pengemis", 21, 20},
      {2024, "lansia_telantar", 27, 10}, {2024, "orang_terlantar", 21, 19}, {2024, "korban_napza", 8, 8},
      {2024, "odgj", 1, 5}, {2024, "tuna_susila", 113, 147}, {2024, "anak_disabilitas", 1, 0},
      {2024, "abh", 2, 2},
  };
  return counts;
}

JourneyCounts load_journeys(store::UnitOfWork& unit, const services::Context& ctx,
                            const std::map<std::string, std::string>& codes,
                            const std::map<std::string, std::string>& users) {
  Loader l{unit, ctx, codes, users, std::mt19937{20240601}, {}};
  l.makassar();
  l.semarang();
  l.lampung();
  l.jakarta();
  return l.counts;
}

}  // namespace mitra::app
