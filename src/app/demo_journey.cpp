#include "app/demo_journey.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

#include <boost/json.hpp>

#include "domain/case_stage.hpp"
#include "domain/complaint.hpp"
#include "domain/service.hpp"
#include "domain/shelter.hpp"
#include "domain/clock.hpp"
#include "domain/pmks.hpp"
#include "store/case_repository.hpp"
#include "store/complaint_repository.hpp"
#include "store/patrol_repository.hpp"
#include "store/person_repository.hpp"
#include "store/referral_repository.hpp"
#include "store/service_repository.hpp"
#include "store/shelter_repository.hpp"

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
  // Where the last open_case ended: its stage and the time of its last transition.
  Stage last_stage = Stage::first_contact;
  std::string last_when;
  std::string last_netted;  // the last person a Makassar patrol netted
  int utc_offset = 7;       // the time zone of the region being loaded (WIB, WITA, WIT)

  // `hour` o'clock local time on `date`, as a UTC timestamp.
  std::string local(const std::string& date, int hour) const {
    TimePoint t;
    parse_time(at(date, 0), t);
    return format_time(t + std::chrono::hours(hour - utc_offset));
  }

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
    p.created_at = p.updated_at = local(date, 22);
    const auto c = find_pmks(category);
    store::insert_person(unit, p, worker, c && c->sensitive);
    store::insert_category(unit, {p.id, category, date, worker, "", ""});
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
    c.opened_at = c.updated_at = local(date, 23);
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
      when = local(plus_days(date, day), 9);
      if (when > format_time(ctx.clock.now())) break;
      store::insert_transition(unit, ctx.ids.next(), c.id,
                               {std::string(to_string(from)), std::string(to_string(s)), "Tahap berikutnya (data contoh)", worker, "", when});
      from = s;
      if (s == Stage::closed) closed = when;
    }
    if (from != Stage::first_contact) store::update_case_stage(unit, c.id, from, closed, when);
    last_stage = from;
    last_when = when;
    ++counts.cases;
    return c.id;
  }


  std::string today() const { return format_time(ctx.clock.now()).substr(0, 10); }

  // A service given within a case; finished when `ends_on` is before today.
  void service(const std::string& case_id, const std::string& person_id, const std::string& provider,
               const std::string& worker, const char* type, const boost::json::object& details,
               const std::string& starts_on, const std::string& ends_on, const std::string& outcome) {
    store::ServiceRecord r;
    r.id = ctx.ids.next();
    r.case_id = case_id;
    r.person_id = person_id;
    r.provider_organization = provider;
    r.type = type;
    r.details = boost::json::serialize(details);
    r.starts_on = starts_on;
    const bool finished = !ends_on.empty() && ends_on < today();
    r.status = finished ? ServiceStatus::completed : ServiceStatus::ongoing;
    if (finished) {
      r.ends_on = ends_on;
      r.outcome = outcome;
    }
    r.created_by = worker;
    r.created_at = r.updated_at = local(starts_on, 10);
    store::insert_service(unit, r);
    ++counts.services;
  }

  // A finished stay at RPTC: admitted the night of the patrol, discharged a few days later.
  void rptc_stay(const std::string& rptc, const std::string& case_id, const std::string& person_id,
                 const std::string& worker, Sex sex, bool child, const std::string& category, const std::string& date) {
    store::StayRecord s;
    s.id = ctx.ids.next();
    s.facility_id = rptc;
    s.case_id = case_id;
    s.person_id = person_id;
    s.region_code = "73.71";
    s.group = BedGroup{sex, child ? AgeGroup::child : AgeGroup::adult};
    s.admitted_at = local(date, 23);
    s.planned_days = between(3, 7);
    s.planned_until = local(plus_days(date, s.planned_days), 23);
    s.health_checked = true;
    s.belongings = {"Pakaian", "Tas"};
    s.created_at = s.admitted_at;
    s.admitted_by = worker;
    if (!store::insert_stay(unit, s)) return;
    const int days = std::max(1, s.planned_days + between(-2, 1));
    s.open = false;
    s.discharged_at = s.updated_at = local(plus_days(date, days), 10);
    s.returned = s.belongings;
    s.discharged_by = worker;
    const int roll = pick(20);
    if (roll == 0) {
      s.destination = Destination::ran_away;
      s.returned.clear();
      s.discharge_note = "Kabur saat kegiatan pagi (data contoh)";
    } else if (category == "odgj") {
      s.destination = Destination::hospital;
      s.handover_organization = "RSKD Dadi Makassar (data contoh)";
    } else if (category == "lansia_telantar" || roll < 4) {
      s.destination = Destination::lks;
      s.handover_organization = "Panti sosial mitra (data contoh)";
    } else {
      s.destination = child ? Destination::family : Destination::home;
      s.handover_name = "Keluarga (data contoh)";
      s.handover_relation = child ? "Orang tua" : "Keluarga";
    }
    store::discharge_stay(unit, s);
    ++counts.stays;
    service(case_id, person_id, rptc, worker, "basic_needs", {{"items", "Makan tiga kali sehari, pakaian, perlengkapan mandi"}},
            date, plus_days(date, days), "Kebutuhan dasar terpenuhi selama di RPTC");
  }

  // Monthly visits after reintegration from `starts_on` for a year; those due before today recorded.
  void follow_ups(const std::string& case_id, const std::string& person_id, const std::string& org,
                  const std::string& worker, const std::string& starts_on) {
    auto dates = follow_up_schedule(starts_on, 12, 1);
    if (!dates) return;
    store::FollowUpPlanRecord plan{ctx.ids.next(), case_id, org, starts_on, worker, local(starts_on, 9), 12, 1};
    store::insert_follow_up_plan(unit, plan);
    const std::string now = today();
    for (const auto& due : *dates) {
      store::VisitRecord v;
      v.id = ctx.ids.next();
      v.plan_id = plan.id;
      v.case_id = case_id;
      v.person_id = person_id;
      v.organization_id = org;
      v.due_on = due;
      v.created_at = plan.created_at;
      store::insert_visit(unit, v);
      ++counts.visits;
      if (due >= now) continue;
      v.visited_on = due;
      v.place = "Rumah keluarga (data contoh)";
      v.met_with = pick(2) ? "Ibu" : "Nenek";
      v.child_in_school = pick(10) ? "yes" : "no";
      v.income_level = pick(3) == 0 ? "improved" : "same";
      v.income_situation = "Orang tua bekerja harian (data contoh)";
      v.parent_coaching_attended = pick(3) != 0;
      v.recorded_by = worker;
      v.recorded_at = local(due, 15);
      store::record_visit(unit, v);
    }
  }

  // Complaints from the public and by phone over the past month, at every step of triage, for
  // the Makassar Dinsos' board; the resolved ones name a person found.
  void complaints(const std::string& person_found) {
    utc_offset = 8;  // WITA
    const std::string dinsos = codes.at("DINSOS-MKS"), worker = users.at("social_worker");
    struct Report {
      const char *channel, *category, *description, *place;
      ComplaintStatus status;
    };
    constexpr std::array<Report, 12> kReports{{
        {"web", "anak_jalanan", "Dua anak kecil mengamen di lampu merah sampai larut malam.", "Jl. A.P. Pettarani (lampu merah)", ComplaintStatus::new_},
        {"whatsapp", "lansia_terlantar", "Nenek tidur di emper toko, tampak sakit.", "Pasar Terong", ComplaintStatus::new_},
        {"web", "pengemis", "Ibu dengan bayi meminta-minta setiap sore.", "Jl. Somba Opu", ComplaintStatus::new_},
        {"phone", "odgj", "Laki-laki dewasa berbicara sendiri dan tidak berpakaian layak.", "Jl. Veteran Selatan", ComplaintStatus::triaged},
        {"web", "anak_terlantar", "Anak balita sering ditinggal sendirian di rumah kontrakan.", "Kel. Maccini", ComplaintStatus::triaged},
        {"walk_in", "gelandangan", "Beberapa orang tidur di halte setiap malam.", "Halte Jl. Urip Sumoharjo", ComplaintStatus::triaged},
        {"whatsapp", "anak_jalanan", "Anak-anak berjualan tisu di perempatan saat jam sekolah.", "Simpang Lima Jl. Urip Sumoharjo", ComplaintStatus::dispatched},
        {"phone", "disabilitas_terlantar", "Penyandang disabilitas tanpa pendamping di depan masjid.", "Masjid Raya Makassar", ComplaintStatus::dispatched},
        {"web", "kekerasan_anak", "Terdengar anak menangis dan dipukul hampir setiap hari.", "Kel. Tamamaung", ComplaintStatus::dispatched},
        {"web", "anak_jalanan", "Anak mengamen di Pantai Losari malam hari.", "Pantai Losari", ComplaintStatus::resolved},
        {"phone", "pengemis", "Pengemis lansia di depan pusat perbelanjaan.", "Jl. Perintis Kemerdekaan", ComplaintStatus::resolved},
        {"web", "lainnya", "Pesan uji coba dari warga.", "-", ComplaintStatus::rejected},
    }};
    const std::string today_date = today();
    for (std::size_t i = 0; i < kReports.size(); ++i) {
      const auto& r = kReports[i];
      store::ComplaintRecord c;
      c.id = ctx.ids.next();
      TicketBytes random;
      for (auto& b : random) b = static_cast<unsigned char>(pick(256));
      c.ticket = make_ticket(random);
      c.channel = r.channel;
      c.category = r.category;
      c.description = r.description;
      c.place = r.place;
      c.region_code = "73.71";
      const std::string day = plus_days(today_date, -static_cast<int>(kReports.size() - i) * 2);
      c.seen_at = day;
      c.reporter_name = "Pelapor Contoh " + std::to_string(i + 1);
      c.reporter_phone = "0811 0000 " + std::to_string(1000 + i);
      c.organization_id = dinsos;
      c.created_by = std::string(r.channel) == "web" ? "" : worker;
      c.created_at = c.updated_at = local(day, 8);
      c.status = ComplaintStatus::new_;
      store::insert_complaint(unit, c);
      if (r.status != ComplaintStatus::new_) {
        c.status = r.status;
        c.priority = r.category == std::string("kekerasan_anak") ? "urgent" : pick(2) ? "high" : "medium";
        c.triaged_at = c.updated_at = local(day, 10);
        if (r.status == ComplaintStatus::rejected) {
          c.outcome = "Bukan laporan sosial (data contoh)";
          c.closed_at = c.updated_at = local(day, 11);
        }
        if (r.status == ComplaintStatus::dispatched || r.status == ComplaintStatus::resolved) {
          c.team = "TRC Dinsos Makassar";
          c.dispatched_at = c.updated_at = local(day, 12);
        }
        if (r.status == ComplaintStatus::resolved) {
          c.outcome = "Dijangkau TRC dan dibawa ke RPTC (data contoh)";
          c.closed_at = c.updated_at = local(plus_days(day, 1), 9);
          store::link_complaint_person(unit, c.id, person_found, worker, c.closed_at);
        }
        store::update_complaint(unit, c);
      }
      ++counts.complaints;
    }
  }

  void makassar() {
    utc_offset = 8;  // WITA
    const std::string dinsos = codes.at("DINSOS-MKS"), rptc = codes.at("RPTC-MKS");
    const std::string patroller = users.at("social_worker"), shelter_worker = users.at("rptc_worker");
    store::FacilityRecord facility{rptc, "73.71", shelter_worker, local("2022-01-01", 8), {}};
    for (auto [group, beds] : std::array<std::pair<BedGroup, int>, 4>{{{{Sex::male, AgeGroup::child}, 30},
                                                                       {{Sex::female, AgeGroup::child}, 30},
                                                                       {{Sex::male, AgeGroup::adult}, 20},
                                                                       {{Sex::female, AgeGroup::adult}, 20}}})
      facility.capacity.of(group) = beds;
    store::save_facility(unit, facility);
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
        p.started_at = local(date, 20);
        p.ended_at = local(date, 23);
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
          rptc_stay(rptc, case_id, person_id, shelter_worker, sex, child, category, date);
          last_netted = person_id;
          if (last_stage >= Stage::intervention)
            service(case_id, person_id, rptc, shelter_worker, "therapy", {{"subtype", "psychosocial"}}, plus_days(date, 2),
                    plus_days(date, 60), "Bimbingan psikososial selesai");
        }
      }
    }
  }

  // Seed 002: children mentored by Rumah Pintar Bangjo in Semarang, from SD to SMA age.
  void semarang() {
    utc_offset = 7;  // WIB
    const std::string org = codes.at("RUMPIN-BANGJO"), worker = users.at("bangjo_worker");
    for (int i = 0; i < 36; ++i) {
      const Sex sex = i % 2 ? Sex::female : Sex::male;
      // Registered over the past 14 months, so that follow-up visits are due now.
      const std::string date = plus_days(today(), -430 + i * 7);
      const int age = between(7, 17);
      const auto id = person(org, "33.74", worker, sex, age, i % 4 ? "anak_jalanan" : "anak_telantar", date);
      const auto case_id = open_case(id, org, "33.74", worker, date, "Pendampingan anak di Rumah Pintar Bangjo",
                                     i % 3 ? Stage::follow_up : Stage::intervention);
      const char* level = age <= 12 ? "SD" : age <= 15 ? "SMP" : "SMA";
      const std::string enrolled = plus_days(date, 21);
      if (enrolled < today())
        service(case_id, id, org, worker, "education",
                {{"level", level}, {"school_name", std::string(level) + " Negeri Contoh " + std::to_string(1 + i % 9) + " Semarang"},
                 {"enrolled_on", enrolled}, {"enrolment_status", "attending"}},
                enrolled, "", "");
      if (i % 2 == 0 && enrolled < today())
        service(case_id, id, org, worker, "family_support", {{"parent_coaching", true}, {"topic", "Pengasuhan tanpa kekerasan"}},
                enrolled, plus_days(enrolled, 90), "Orang tua mengikuti bimbingan");
      if (last_stage == Stage::follow_up) follow_ups(case_id, id, org, worker, last_when.substr(0, 10));
    }
  }

  // Seed 003: people with disabilities at LKS Amanah Bunda in a Loka Bina Karya course.
  void lampung() {
    utc_offset = 7;  // WIB
    const std::string org = codes.at("LKS-AMANAH-BUNDA"), worker = users.at("amanah_worker");
    constexpr std::array kDevices{"wheelchair", "crutches", "hearing_aid", "prosthesis"};
    for (int i = 0; i < 24; ++i) {
      const std::string date = date_of(2024, 20 + i * 3);
      const auto id = person(org, "18.71", worker, i % 3 ? Sex::male : Sex::female, between(17, 45), "penyandang_disabilitas", date);
      const auto case_id = open_case(id, org, "18.71", worker, date, "Pelatihan vokasional Loka Bina Karya (3 bulan)",
                                     i % 2 ? Stage::intervention : Stage::reintegration);
      const bool sewing = i % 2 == 0;
      const std::string start = plus_days(date, 14);
      service(case_id, id, org, worker, "vocational_training",
              {{"subtype", sewing ? "sewing" : "workshop"},
               {"course", sewing ? "Menjahit busana dasar" : "Perbengkelan sepeda motor"},
               {"loka_bina_karya", true}},
              start, plus_days(start, 91), "Lulus kursus Loka Bina Karya");
      service(case_id, id, org, worker, "assistive_device", {{"device", kDevices[static_cast<std::size_t>(i) % kDevices.size()]}},
              plus_days(date, 7), plus_days(date, 30), "Alat bantu diterima dan dipakai");
    }
  }

  // Seed 004: DKI children of each child category, referred from Dinsos DKI to a partner home.
  void jakarta() {
    utc_offset = 7;  // WIB
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
        r.created_at = r.updated_at = local(date, 10);
        r.reply_due = local(date_of(2024, 33 + i * 9), 10);
        r.status = k == 3 ? ReferralStatus::pending : ReferralStatus::accepted;
        store::insert_referral(unit, r);
        if (r.status == ReferralStatus::accepted) {
          r.replied_at = r.updated_at = local(date_of(2024, 31 + i * 9), 10);
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
  Loader l{unit, ctx, codes, users, std::mt19937{20240601}, {}, Stage::first_contact, {}, {}, 7};
  l.makassar();
  l.complaints(l.last_netted);
  l.semarang();
  l.lampung();
  l.jakarta();
  return l.counts;
}

}  // namespace mitra::app
