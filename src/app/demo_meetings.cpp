#include "app/demo_meetings.hpp"

#include <chrono>
#include <tuple>
#include <vector>

#include "domain/meeting.hpp"
#include "domain/region_time.hpp"
#include "store/identity_repository.hpp"
#include "store/meeting_repository.hpp"

namespace mitra::app {
namespace {

struct Present {
  const char* code;
  int people;
};

struct Loader {
  store::UnitOfWork& unit;
  const services::Context& ctx;
  const std::map<std::string, std::string>& codes;
  const std::map<std::string, std::string>& users;
  const DemoPartnerships& partnerships;
  MeetingCounts counts;
  std::string partnership_id;  // of the meetings added next ("" for none)

  std::string today(const std::string& region) const {
    return local_date_in(ctx.clock.now(), region);
  }

  // `hour` o'clock local time on `date` in `region`, as a UTC timestamp.
  std::string local(const std::string& date, int hour, const std::string& region) const {
    TimePoint t{};
    parse_time(date + "T00:00:00Z", t);
    return format_time(t + std::chrono::hours(hour - utc_offset_hours(region)));
  }

  // A meeting on `date` at 09:00 local time; held (with `present`) when the date has passed.
  std::string meeting(const char* organizer, const char* user, const std::string& date, const std::string& title,
                      MeetingMode mode, const std::string& where, std::vector<std::string> agenda,
                      const std::vector<const char*>& invited, const std::vector<Present>& present,
                      const std::string& minutes = "", std::vector<std::string> decisions = {}) {
    const std::string region = store_region(organizer);
    store::MeetingRecord m;
    m.id = ctx.ids.next();
    m.organizer_id = codes.at(organizer);
    m.region_code = region;
    m.partnership_id = partnership_id;
    m.title = title;
    m.starts_at = local(date, 9, region);
    m.ends_at = local(date, 12, region);
    m.mode = mode;
    (mode == MeetingMode::online ? m.link : m.place) = where;
    m.agenda = std::move(agenda);
    const bool held = date < today(region);
    m.status = held ? MeetingStatus::held : MeetingStatus::planned;
    if (held) {
      m.minutes = minutes;
      m.decisions = std::move(decisions);
    }
    m.created_by = users.at(user);
    m.created_at = local(add_days(date, -14), 10, region);
    m.updated_at = held ? local(date, 14, region) : m.created_at;
    store::insert_meeting(unit, m);
    std::vector<store::ParticipantRecord> rows{{m.organizer_id, false, 0}};
    for (const char* code : invited) rows.push_back({codes.at(code), false, 0});
    if (held)
      for (const auto& p : present)
        for (auto& r : rows)
          if (r.organization_id == codes.at(p.code)) r.attended = true, r.attendees = p.people;
    store::save_participants(unit, m.id, rows);
    ++counts.meetings;
    return m.id;
  }

  // An action item; done `done_after` days after it was agreed (or open when negative).
  void action(const std::string& meeting_id, const char* user, const std::string& agreed_on,
              const std::string& description, const char* owner, const std::string& due, int done_after = -1) {
    store::ActionRecord a;
    a.id = ctx.ids.next();
    a.meeting_id = meeting_id;
    a.description = description;
    a.owner_organization_id = codes.at(owner);
    a.due_date = due;
    const std::string region = store_region(owner);
    a.created_by = users.at(user);
    a.created_at = a.updated_at = local(agreed_on, 13, region);
    if (done_after >= 0) {
      a.status = ActionStatus::done;
      a.done_at = a.updated_at = local(add_days(agreed_on, done_after), 15, region);
      a.done_by = users.at(user);
    }
    store::insert_action(unit, a);
    ++counts.action_items;
  }

  std::string store_region(const char* code) const {
    auto o = store::find_organization(unit, codes.at(code));
    return o ? o->region_code : "";
  }
};

// 000: no joint meetings with the NGO at first (2020), occasional ones (2021-2022), then
// regular ones every two months, organised in turn by the Dinsos and the NGO (2023 on).
void makassar(Loader& l) {
  const std::string today = l.today("73.71");
  l.meeting("DINSOS-MKS", "supervisor", "2020-06-17", "Rakor internal penanganan anak jalanan", MeetingMode::in_person,
            "Ruang rapat Dinas Sosial Kota Makassar", {"Data hasil patroli TRC", "Kapasitas RPTC"},
            {"RPTC-MKS", "TRC-MKS"}, {{"DINSOS-MKS", 4}, {"RPTC-MKS", 2}, {"TRC-MKS", 3}},
            "Penanganan dilakukan sendiri-sendiri; LSM belum dilibatkan.");
  l.partnership_id = l.partnerships.rhrb;  // the meetings with LSM FPS and RHRB
  const char* partners[] = {"LSM-FPS", "RHRB-MKS", "RPTC-MKS"};
  const std::vector<std::pair<const char*, std::vector<Present>>> occasional = {
      {"2021-08-18", {{"DINSOS-MKS", 3}, {"LSM-FPS", 2}, {"RPTC-MKS", 1}}},
      {"2022-03-16", {{"DINSOS-MKS", 2}, {"RPTC-MKS", 2}}},
      {"2022-10-12", {{"DINSOS-MKS", 3}, {"LSM-FPS", 1}, {"RHRB-MKS", 2}, {"RPTC-MKS", 1}}},
  };
  for (const auto& [date, present] : occasional) {
    const auto id = l.meeting("DINSOS-MKS", "supervisor", date, "Rapat koordinasi penanganan anak jalanan",
                              MeetingMode::in_person, "Aula Dinas Sosial Kota Makassar",
                              {"Laporan kegiatan masing-masing lembaga", "Rencana patroli bersama"},
                              {partners[0], partners[1], partners[2]}, present,
                              "Setiap lembaga melaporkan kegiatannya; belum ada pembagian peran bersama.",
                              {"Bertemu kembali bila diperlukan"});
    // Done, but late until the last of them.
    const bool last = std::string(date) == "2022-10-12";
    l.action(id, "supervisor", date, "Mengirim data anak binaan ke Dinas Sosial", "LSM-FPS", add_days(date, 30),
             last ? 20 : 55);
  }
  // Regular meetings, every two months, until three weeks ago.
  int n = 0;
  for (std::string date = "2023-01-18"; date < add_days(today, -21); date = add_days(date, 61), ++n) {
    const bool ngo = n % 2 == 1;
    const auto id = l.meeting(
        ngo ? "LSM-FPS" : "DINSOS-MKS", ngo ? "partner_manager" : "supervisor", date,
        ngo ? "Forum komunikasi kemitraan di Rumah Hati Rumah Bakat" : "Rakor bulanan kemitraan Dinsos - LSM FPS",
        MeetingMode::in_person, ngo ? "Rumah Hati Rumah Bakat, Makassar" : "Aula Dinas Sosial Kota Makassar",
        {"Tindak lanjut rapat sebelumnya", "Kasus anak yang didampingi bersama", "Rencana kegiatan dua bulan ke depan"},
        ngo ? std::vector<const char*>{"DINSOS-MKS", "RHRB-MKS", "RPTC-MKS"}
            : std::vector<const char*>{"LSM-FPS", "RHRB-MKS", "RPTC-MKS", "YSY-MKS"},
        {{"DINSOS-MKS", 3}, {"LSM-FPS", 2}, {"RHRB-MKS", 2}, {n % 4 == 3 ? "TRC-MKS" : "RPTC-MKS", 1}},
        "Para mitra berbagi data dan membagi peran pendampingan; kesepakatan dicatat bersama.",
        {"Pendampingan hukum anak berhadapan dengan hukum oleh LSM FPS", "Patroli bersama dua kali sebulan"});
    l.action(id, ngo ? "partner_manager" : "supervisor", date, "Menyusun jadwal patroli bersama bulan berikutnya",
             "DINSOS-MKS", add_days(date, 14), 10);
    l.action(id, ngo ? "partner_manager" : "supervisor", date, "Melaporkan perkembangan anak dampingan",
             "RHRB-MKS", add_days(date, 21), 18);
  }
  // The latest meeting: its action items are due now (one soon, one overdue), and the next is planned.
  const std::string last = add_days(today, -10);
  const auto id = l.meeting("DINSOS-MKS", "supervisor", last, "Rakor evaluasi kemitraan triwulan",
                            MeetingMode::in_person, "Aula Dinas Sosial Kota Makassar",
                            {"Evaluasi kegiatan bersama", "Usulan anggaran kegiatan berikutnya"},
                            {"LSM-FPS", "RHRB-MKS", "RPTC-MKS"},
                            {{"DINSOS-MKS", 4}, {"LSM-FPS", 2}, {"RHRB-MKS", 3}, {"RPTC-MKS", 1}},
                            "Kemitraan berjalan produktif; perlu laporan pertanggungjawaban tepat waktu.",
                            {"LPJ kegiatan diserahkan sebelum rakor berikutnya"});
  l.action(id, "supervisor", last, "Menyerahkan LPJ kegiatan pendampingan anak", "LSM-FPS", add_days(today, 4));
  l.action(id, "supervisor", last, "Mengirim daftar anak yang siap kembali ke sekolah", "RHRB-MKS",
           add_days(today, -3));
  l.action(id, "supervisor", last, "Menyiapkan ruang pelatihan pekerja sosial", "DINSOS-MKS", add_days(last, 5), 4);
  l.meeting("DINSOS-MKS", "supervisor", add_days(today, 12), "Rakor perencanaan kegiatan bersama",
            MeetingMode::in_person, "Aula Dinas Sosial Kota Makassar", {"Rencana kerja", "Pembagian peran"},
            {"LSM-FPS", "RHRB-MKS", "RPTC-MKS", "YSY-MKS"}, {});
}

// 004: from 2020 the meetings moved online; many organisations are invited and attendance is
// uneven (government agencies seldom come); ground rules are never agreed.
void dki(Loader& l) {
  const std::vector<const char*> invited = {"PSAA-PU1-DKI", "LKSA-KASIH-DKI", "LKSA-HARAPAN-DKI", "RS-MANDIRI-DKI",
                                            "RS-PELITA-DKI", "TAS-MELATI-DKI", "YAY-PEDULI-DKI", "ORSOS-BAKTI-DKI",
                                            "DUKCAPIL-DKI", "DINKES-DKI", "DISDIK-DKI", "SATPOLPP-DKI",
                                            "DPPAPP-DKI", "CSR-DKI"};
  // How often each comes, in tenths, in the order above.
  const int habit[] = {9, 8, 5, 7, 3, 6, 4, 2, 2, 3, 1, 4, 5, 6};
  const std::string today = l.today("31");
  l.partnership_id = l.partnerships.dki;
  int n = 0;
  for (std::string date = "2019-11-13"; date < add_days(today, -30) && date < "2025-01-01";
       date = add_days(date, 91), ++n) {
    const bool online = date >= "2020-04-01";
    std::vector<Present> present{{"DINSOS-DKI", 3}};
    for (std::size_t i = 0; i < invited.size(); ++i)
      if ((n * 7 + static_cast<int>(i) * 3) % 10 < habit[i]) present.push_back({invited[i], 1 + (n + static_cast<int>(i)) % 2});
    const auto id = l.meeting("DINSOS-DKI", "dki_worker", date,
                              online ? "Rakor daring penanganan anak telantar DKI Jakarta"
                                     : "Rakor penanganan anak telantar DKI Jakarta",
                              online ? MeetingMode::online : MeetingMode::in_person,
                              online ? "https://zoom.us/j/8123456" + std::to_string(100 + n)
                                     : "Gedung Dinas Sosial Provinsi DKI Jakarta",
                              {"Data anak telantar per wilayah", "Kebutuhan alat bantu dan layanan",
                               "Aturan bersama kemitraan"},
                              invited, present,
                              "Masing-masing lembaga mengikuti SOP sendiri; aturan bersama belum disepakati.");
    if (n % 3 == 0)
      l.action(id, "dki_worker", date, "Menyusun rancangan aturan bersama (SOP) kemitraan", "DINSOS-DKI",
               add_days(date, 45));
    if (n % 4 == 1)
      l.action(id, "dki_worker", date, "Mendata kebutuhan kursi roda anak", "LKSA-KASIH-DKI", add_days(date, 21), 12);
  }
}

// 003: registration survey, the per-activity MoU and the LBK course evaluation.
void lampung(Loader& l) {
  const std::vector<const char*> invited = {"DINSOS-BDL", "LKS-AMANAH-BUNDA"};
  l.partnership_id = l.partnerships.lampung;
  const auto survey = l.meeting("DINSOS-LAMPUNG", "admin", "2023-02-08", "Rapat hasil survei legalitas LKS Amanah Bunda",
                                MeetingMode::in_person, "Dinas Sosial Provinsi Lampung", {"Hasil survei", "Rekomendasi"},
                                invited, {{"DINSOS-LAMPUNG", 2}, {"DINSOS-BDL", 1}, {"LKS-AMANAH-BUNDA", 2}},
                                "Dokumen legalitas lengkap kecuali laporan kegiatan tiga tahun.",
                                {"LKS melengkapi laporan kegiatan"});
  l.action(survey, "admin", "2023-02-08", "Melengkapi laporan kegiatan tiga tahun terakhir", "LKS-AMANAH-BUNDA",
           "2023-02-28", 15);
  const auto mou = l.meeting("DINSOS-LAMPUNG", "admin", "2023-05-10", "Rapat persiapan PKS pelatihan Loka Bina Karya",
                             MeetingMode::in_person, "LKS Amanah Bunda, Bandar Lampung", {"Pembagian peran", "Draf PKS"},
                             invited, {{"DINSOS-LAMPUNG", 2}, {"LKS-AMANAH-BUNDA", 3}},
                             "Dinsos menyediakan narasumber dan dana; LKS menyediakan tempat, asrama dan peserta.",
                             {"PKS ditandatangani sebelum pelatihan dimulai"});
  l.action(mou, "admin", "2023-05-10", "Merekrut 20 peserta pelatihan", "LKS-AMANAH-BUNDA", "2023-06-15", 30);
  l.meeting("DINSOS-LAMPUNG", "admin", "2023-10-18", "Evaluasi pelatihan Loka Bina Karya", MeetingMode::in_person,
            "Dinas Sosial Provinsi Lampung", {"Hasil pelatihan", "Alat bantu yang dibutuhkan"}, invited,
            {{"DINSOS-LAMPUNG", 2}, {"DINSOS-BDL", 1}, {"LKS-AMANAH-BUNDA", 2}},
            "Pelatihan tiga bulan selesai; beberapa peserta membutuhkan alat bantu.");
}

// 002: the request letters answered late; a reply rule agreed but not yet kept.
void semarang(Loader& l) {
  const std::string today = l.today("33.74");
  l.partnership_id = l.partnerships.bangjo;
  const auto id = l.meeting("DINSOS-SMG", "admin", "2023-07-12", "Rakor permohonan bantuan Rumah Pintar Bangjo",
                            MeetingMode::in_person, "Dinas Sosial Kota Semarang", {"Surat permohonan bantuan makanan"},
                            {"RUMPIN-BANGJO"}, {{"DINSOS-SMG", 2}, {"RUMPIN-BANGJO", 2}},
                            "Balasan surat sering terlambat sehingga makanan datang setelah kegiatan.",
                            {"Rumah Pintar Bangjo mengirim surat paling lambat tiga minggu sebelum kegiatan"});
  l.action(id, "admin", "2023-07-12", "Mengirim jadwal kegiatan semester kepada Dinas Sosial", "RUMPIN-BANGJO",
           "2023-07-31", 10);
  const std::string recent = add_days(today, -40);
  const auto late = l.meeting("DINSOS-SMG", "admin", recent, "Rakor evaluasi waktu balasan surat",
                              MeetingMode::online, "https://meet.google.com/smg-bangjo", {"Waktu balasan surat"},
                              {"RUMPIN-BANGJO"}, {{"DINSOS-SMG", 1}, {"RUMPIN-BANGJO", 2}});
  l.action(late, "admin", recent, "Menetapkan batas waktu balasan surat permohonan (hari kerja)", "DINSOS-SMG",
           add_days(recent, 14));
}

// The assessment's evidence (docs/assessment.md): Makassar RPTC's coordination in 2024, organised
// in turn by the Dinsos and the RPTC with its foundations (001); Lampung's 2024 meetings around
// the Loka Bina Karya course, organised by the Dinsos and by LKS Amanah Bunda in turn (003).
void assessment_meetings(Loader& l) {
  l.partnership_id = l.partnerships.rptc;
  const std::vector<const char*> rptc_invited = {"RPTC-MKS", "YSY-MKS", "YPKDS-MKS", "SENTRA-WIRAJAYA"};
  const std::vector<std::tuple<const char*, const char*, const char*, const char*>> rptc = {
      {"2024-02-14", "DINSOS-MKS", "supervisor", "Aula Dinas Sosial Kota Makassar"},
      {"2024-06-12", "RPTC-MKS", "rptc_worker", "RPTC Kota Makassar"},
      {"2024-10-09", "DINSOS-MKS", "supervisor", "Aula Dinas Sosial Kota Makassar"},
  };
  for (const auto& [date, organizer, user, where] : rptc) {
    std::vector<const char*> invited;
    if (std::string(organizer) != "DINSOS-MKS") invited.push_back("DINSOS-MKS");
    for (const char* c : rptc_invited)
      if (std::string(c) != organizer) invited.push_back(c);
    std::vector<Present> present{{"DINSOS-MKS", 3}, {"RPTC-MKS", 2}, {"YSY-MKS", 1}, {"YPKDS-MKS", 1}};
    const auto id = l.meeting(organizer, user, date, "Rakor rehabilitasi PMKS hasil penjangkauan", MeetingMode::in_person,
                              where, {"Penghuni RPTC dan rujukan ke yayasan", "Alat bantu dari Sentra Wirajaya"},
                              invited, present, "Rujukan dari RPTC ke yayasan dibahas per anak; Sentra menyiapkan alat bantu.",
                              {"Rujukan anak ke Yayasan Sahabat Yatim dijawab dalam tiga hari"});
    l.action(id, user, date, "Mengirim daftar anak yang siap dirujuk ke yayasan", "RPTC-MKS", add_days(date, 14), 7);
  }
  l.partnership_id = l.partnerships.lampung;
  const std::vector<const char*> invited = {"DINSOS-BDL", "LKS-AMANAH-BUNDA"};
  const auto kickoff = l.meeting("DINSOS-LAMPUNG", "admin", "2024-01-10", "Rapat persiapan kursus Loka Bina Karya 2024",
                                 MeetingMode::in_person, "Dinas Sosial Provinsi Lampung", {"Draf MoU per kegiatan", "Rekrutmen peserta"},
                                 invited, {{"DINSOS-LAMPUNG", 2}, {"DINSOS-BDL", 1}, {"LKS-AMANAH-BUNDA", 2}},
                                 "MoU kursus 2024 disepakati; LKS merekrut peserta, Dinsos menyiapkan narasumber.",
                                 {"MoU ditandatangani sebelum kursus dimulai"});
  l.action(kickoff, "admin", "2024-01-10", "Merekrut peserta kursus Loka Bina Karya", "LKS-AMANAH-BUNDA", "2024-01-31", 15);
  const auto middle = l.meeting("LKS-AMANAH-BUNDA", "amanah_worker", "2024-03-20", "Forum pemantauan kursus di asrama LKS",
                                MeetingMode::in_person, "Asrama LKS Amanah Bunda, Bandar Lampung",
                                {"Kemajuan peserta", "Kebutuhan alat bantu"}, {"DINSOS-LAMPUNG", "DINSOS-BDL"},
                                {{"DINSOS-LAMPUNG", 2}, {"DINSOS-BDL", 1}, {"LKS-AMANAH-BUNDA", 3}},
                                "Peserta berkembang baik; dua peserta membutuhkan alat bantu tambahan.");
  l.action(middle, "amanah_worker", "2024-03-20", "Mengirim narasumber praktik lanjutan", "DINSOS-LAMPUNG", "2024-04-05", 6);
  l.meeting("DINSOS-LAMPUNG", "admin", "2024-06-05", "Monev kursus Loka Bina Karya 2024", MeetingMode::in_person,
            "Dinas Sosial Provinsi Lampung", {"Hasil kursus", "LPJ"}, invited,
            {{"DINSOS-LAMPUNG", 2}, {"DINSOS-BDL", 1}, {"LKS-AMANAH-BUNDA", 2}},
            "Kursus selesai; LPJ diserahkan tepat waktu; kemitraan setara tanpa dominasi.");
}

}  // namespace

MeetingCounts load_meetings(store::UnitOfWork& unit, const services::Context& ctx,
                            const std::map<std::string, std::string>& codes,
                            const std::map<std::string, std::string>& users, const DemoPartnerships& partnerships) {
  Loader l{unit, ctx, codes, users, partnerships, {}, ""};
  makassar(l);
  dki(l);
  lampung(l);
  semarang(l);
  assessment_meetings(l);
  return l.counts;
}

}  // namespace mitra::app
