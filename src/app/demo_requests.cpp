#include "app/demo_requests.hpp"

#include <array>

#include "domain/assistance_request.hpp"
#include "domain/region_time.hpp"
#include "services/holiday_service.hpp"
#include "store/assistance_request_repository.hpp"
#include "store/need_repository.hpp"

namespace mitra::app {
namespace {

// One of Rumah Pintar Bangjo's letters: sent `lead` days before the activity, received the next
// day, decided `reply_days` working days after it, delivered `delivery_days` after the decision.
struct SemarangLetter {
  const char* activity_date;
  const char* activity;
  int lead, children, reply_days, delivery_days;
  int approved_percent;  // 100 in full, less in part, 0 rejected
  const char* note;
};

constexpr std::array<SemarangLetter, 12> kSemarangLetters{{
    {"2023-01-21", "Belajar bersama dan makan siang anak binaan", 12, 30, 18, 3, 100, ""},
    {"2023-03-18", "Bimbingan belajar persiapan ujian", 12, 35, 16, 2, 100, ""},
    {"2023-05-27", "Kelas keterampilan anak jalanan", 12, 35, 20, 3, 100, ""},
    {"2023-07-29", "Perayaan Hari Anak Nasional", 12, 40, 14, 2, 75, "Disetujui 30 porsi sesuai sisa anggaran."},
    {"2023-09-23", "Pendampingan belajar anak binaan", 14, 40, 12, 2, 100, ""},
    {"2023-11-25", "Pentas seni anak binaan", 21, 40, 11, 0, 0, "Anggaran bantuan makan tahun 2023 sudah habis."},
    {"2024-02-03", "Belajar bersama awal semester", 25, 45, 10, 3, 100, ""},
    {"2024-04-06", "Pesantren kilat Ramadan anak binaan", 33, 45, 8, 4, 100, ""},
    {"2024-06-08", "Kelas membaca dan menulis", 33, 50, 6, 5, 80, "Disetujui 40 porsi; 10 porsi dari donatur lain."},
    {"2024-08-10", "Lomba Agustusan anak binaan", 33, 50, 5, 6, 100, ""},
    {"2024-10-12", "Pendampingan belajar dan pemeriksaan kesehatan", 33, 50, 4, 7, 100, ""},
    {"2024-12-07", "Refleksi akhir tahun bersama orang tua", 33, 55, 3, 8, 100, ""},
}};

std::string at_hour(const std::string& day, int hour) {
  return day + (hour < 10 ? "T0" : "T") + std::to_string(hour) + ":00:00.000Z";
}

std::string user_or(const std::map<std::string, std::string>& users, const char* name, const char* fallback) {
  auto it = users.find(name);
  return it != users.end() ? it->second : users.at(fallback);
}

struct Loader {
  store::UnitOfWork& unit;
  const services::Context& ctx;
  const std::map<std::string, std::string>& codes;
  const std::map<std::string, std::string>& users;
  const DemoPartnerships& partnerships;
  WorkingCalendar calendar;
  RequestDemoCounts counts;
  int letter_serial = 0;

  void event(const std::string& request_id, const std::string& status, const std::string& at,
             const std::string& user_id, const std::string& org_id, const std::string& note = "") {
    store::insert_request_event(unit, {ctx.ids.next(), request_id, status, at, user_id, org_id, note, ""});
  }

  // A request from Rumah Pintar Bangjo to Dinsos Semarang received on `received` (a Day).
  store::RequestRecord semarang_request(Day received, const std::string& activity_date, const std::string& activity,
                                        int children) {
    const auto& requester = codes.at("RUMPIN-BANGJO");
    store::RequestRecord r;
    r.id = ctx.ids.next();
    r.requester_id = requester;
    r.responder_id = codes.at("DINSOS-SMG");
    r.region_code = "33.74";
    r.title = "Permohonan bantuan konsumsi " + std::to_string(children) + " anak binaan";
    r.purpose = "Konsumsi anak binaan Rumah Pintar Bangjo pada kegiatan yang telah dijadwalkan.";
    r.activity_name = activity;
    r.activity_date = activity_date;
    r.partnership_id = partnerships.bangjo;
    r.beneficiaries = children;
    const std::string letter_day = format_day(received - std::chrono::days(1));
    r.letter_number = std::to_string(++letter_serial) + "/RPB/" + letter_day.substr(5, 2) + "/" + letter_day.substr(0, 4);
    r.letter_date = letter_day;
    r.received_on = format_day(received);
    r.service_level_days = kDefaultServiceLevelDays;
    r.reply_due = format_day(reply_due(calendar, received, r.service_level_days));
    r.items = {{"Nasi kotak untuk " + std::to_string(children) + " anak", children, "porsi",
                static_cast<std::int64_t>(children) * 15000, std::nullopt},
               {"Snack dan air mineral", children, "paket", static_cast<std::int64_t>(children) * 7000, std::nullopt}};
    r.created_by = user_or(users, "bangjo_manager", "bangjo_worker");
    r.created_at = r.updated_at = at_hour(r.received_on, 2);
    return r;
  }

  void load_semarang() {
    const std::string responder_user = user_or(users, "smg_supervisor", "admin");
    const std::string requester_user = user_or(users, "bangjo_manager", "bangjo_worker");
    for (const auto& l : kSemarangLetters) {
      const Day activity = *parse_day(l.activity_date);
      auto r = semarang_request(activity - std::chrono::days(l.lead), l.activity_date, l.activity, l.children);
      store::RequestRecord final = r;
      const Day decided = calendar.add_working_days(*parse_day(r.received_on), l.reply_days);
      final.decided_on = format_day(decided);
      final.decided_at = at_hour(final.decided_on, 7);
      final.decided_by = responder_user;
      final.decision_note = l.note;
      final.reply_letter_number = "460/" + std::to_string(100 + letter_serial) + "/Rehsos/" + final.decided_on.substr(0, 4);
      final.status = l.approved_percent == 0 ? RequestStatus::rejected : RequestStatus::approved;
      final.partial = l.approved_percent > 0 && l.approved_percent < 100;
      for (auto& it : final.items) it.approved_quantity = it.quantity * l.approved_percent / 100;
      // Overdue at the time: the supervisors saw it escalated the day after it was due.
      if (decided > *parse_day(r.reply_due))
        final.escalated_at = at_hour(format_day(*parse_day(r.reply_due) + std::chrono::days(1)), 1);
      if (final.status == RequestStatus::approved) {
        final.status = RequestStatus::delivered;
        final.delivered_on = format_day(decided + std::chrono::days(l.delivery_days));
        final.delivered_at = at_hour(final.delivered_on, 4);
      }
      final.updated_at = final.delivered_at.empty() ? final.decided_at : final.delivered_at;
      store::insert_request(unit, r);
      store::update_request(unit, final);
      event(r.id, "submitted", r.created_at, requester_user, r.requester_id);
      event(r.id, "under_review", at_hour(format_day(*parse_day(r.received_on) + std::chrono::days(1)), 3),
            responder_user, r.responder_id);
      if (!final.escalated_at.empty()) event(r.id, "escalated", final.escalated_at, "", "");
      event(r.id, std::string(to_string(l.approved_percent == 0 ? RequestStatus::rejected : RequestStatus::approved)),
            final.decided_at, responder_user, r.responder_id, l.note);
      if (!final.delivered_on.empty())
        event(r.id, "delivered", final.delivered_at, requester_user, r.requester_id, "Konsumsi diterima.");
      ++counts.requests;
    }
    // Two letters still open now: one new, one under review and past its day (escalated on the
    // first read by the sweep).
    const Day today = *parse_day(local_date(ctx.clock.now(), 7));
    auto fresh = semarang_request(today - std::chrono::days(2), format_day(today + std::chrono::days(26)),
                                  "Belajar bersama akhir bulan", 55);
    store::insert_request(unit, fresh);
    event(fresh.id, "submitted", fresh.created_at, requester_user, fresh.requester_id);
    auto waiting = semarang_request(today - std::chrono::days(16), format_day(today + std::chrono::days(12)),
                                    "Kelas keterampilan menjelang akhir tahun", 55);
    store::insert_request(unit, waiting);
    waiting.status = RequestStatus::under_review;
    store::update_request(unit, waiting);
    event(waiting.id, "submitted", waiting.created_at, requester_user, waiting.requester_id);
    event(waiting.id, "under_review", at_hour(format_day(today - std::chrono::days(14)), 3), responder_user,
          waiting.responder_id);
    counts.requests += 2;
  }

  store::NeedRecord need(const char* publisher, const char* title, const char* item, int quantity, const char* measure,
                         const char* region, const char* category, const std::string& published_at, bool is_public,
                         const char* description, const std::string& partnership_id = "") {
    store::NeedRecord n;
    n.id = ctx.ids.next();
    n.publisher_id = codes.at(publisher);
    n.region_code = region;
    n.title = title;
    n.description = description;
    n.item = item;
    n.quantity = quantity;
    n.unit = measure;
    n.pmks_category = category;
    n.is_public = is_public;
    n.partnership_id = partnership_id;
    n.status = NeedStatus::open;
    n.published_at = n.updated_at = published_at;
    n.published_by = user_or(users, "dki_supervisor", "admin");
    store::insert_need(unit, n);
    ++counts.needs;
    return n;
  }

  void pledge(const store::NeedRecord& n, const char* org, int quantity, const std::string& at,
              const std::string& delivered_at, const char* note) {
    store::PledgeRecord p;
    p.id = ctx.ids.next();
    p.need_id = n.id;
    p.organization_id = codes.at(org);
    p.quantity = quantity;
    p.status = delivered_at.empty() ? PledgeStatus::pledged : PledgeStatus::delivered;
    p.note = note;
    p.pledged_at = at;
    p.pledged_by = p.updated_by = user_or(users, "csr_manager", "admin");
    p.delivered_at = delivered_at;
    p.updated_at = delivered_at.empty() ? at : delivered_at;
    store::insert_pledge(unit, p);
    if (!delivered_at.empty()) store::update_pledge(unit, p);
    ++counts.pledges;
  }

  void load_dki() {
    // The wheelchairs: published on a Monday morning, pledged within hours and days.
    auto chairs = need("DINSOS-DKI", "30 kursi roda anak untuk Kecamatan Cakung", "Kursi roda anak", 30, "unit",
                       "31.75.06", "anak_disabilitas", "2024-08-05T02:00:00.000Z", true,
                       "Hasil pendataan bersama LKSA dan rumah singgah: 30 anak dengan disabilitas fisik di "
                       "Kecamatan Cakung belum memiliki kursi roda ukuran anak.",
                       partnerships.dki);
    pledge(chairs, "CSR-DKI", 20, "2024-08-05T05:10:00.000Z", "2024-08-19T03:00:00.000Z",
           "Dari program CSR anggota forum.");
    pledge(chairs, "YAY-PEDULI-DKI", 6, "2024-08-06T01:30:00.000Z", "2024-08-16T04:00:00.000Z",
           "Donasi kursi roda dari jaringan yayasan.");
    pledge(chairs, "LKSA-KASIH-DKI", 4, "2024-08-07T08:00:00.000Z", "2024-08-14T06:00:00.000Z", "");
    chairs.status = NeedStatus::fulfilled;
    chairs.closed_at = chairs.updated_at = "2024-08-19T03:00:00.000Z";
    store::update_need_status(unit, chairs);

    auto school = need("RS-MANDIRI-DKI", "Perlengkapan sekolah anak jalanan", "Paket seragam dan alat tulis", 120,
                       "paket", "31.71", "anak_jalanan", "2026-10-12T03:00:00.000Z", true,
                       "Anak binaan rumah singgah yang kembali bersekolah membutuhkan seragam, tas dan alat tulis.");
    pledge(school, "CSR-DKI", 50, "2026-10-12T09:00:00.000Z", "2026-10-26T03:00:00.000Z", "");
    pledge(school, "ORSOS-BAKTI-DKI", 20, "2026-10-14T02:00:00.000Z", "", "Dikumpulkan dari donatur warga.");

    auto milk = need("PSAA-PU1-DKI", "Susu dan MPASI untuk balita telantar", "Paket susu dan MPASI", 50, "paket",
                     "31.74", "anak_balita_telantar", "2026-11-02T02:00:00.000Z", false,
                     "Kebutuhan bulanan balita di panti; tidak dipublikasikan ke umum.");
    pledge(milk, "TAS-MELATI-DKI", 10, "2026-11-03T04:00:00.000Z", "", "");

    need("RUMPIN-BANGJO", "Buku bacaan anak", "Buku cerita dan buku pelajaran SD", 200, "buku", "33.74", "anak_jalanan",
         "2026-11-16T03:00:00.000Z", true, "Untuk pojok baca Rumah Pintar Bangjo.");
  }
};

}  // namespace

RequestDemoCounts load_request_demo(store::UnitOfWork& unit, const services::Context& ctx,
                                    const std::map<std::string, std::string>& codes,
                                    const std::map<std::string, std::string>& users,
                                    const DemoPartnerships& partnerships) {
  Loader l{unit, ctx, codes, users, partnerships, services::working_calendar(unit), {}};
  // Dinsos Semarang's letterhead, so that its reply letters print a kop surat.
  store::save_service_level(unit, {codes.at("DINSOS-SMG"), kDefaultServiceLevelDays,
                                   "Jl. Pemuda No. 148, Kota Semarang, Jawa Tengah", "Pejabat Contoh, S.Sos (data contoh)",
                                   "Kepala Dinas Sosial Kota Semarang", user_or(users, "smg_supervisor", "admin"),
                                   "2023-01-02T02:00:00.000Z"});
  l.load_semarang();
  l.load_dki();
  return l.counts;
}

}  // namespace mitra::app
