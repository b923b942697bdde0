#include "app/demo_partnerships.hpp"

#include <vector>

#include "domain/partnership.hpp"
#include "store/budget_repository.hpp"
#include "store/partnership_activity_repository.hpp"
#include "store/partnership_repository.hpp"
#include "store/person_repository.hpp"

namespace mitra::app {
namespace {

using S = PartnershipStage;

struct Step {
  S stage;
  const char* on;      // YYYY-MM-DD
  const char* reason;  // why the partnership moved there; also its evidence note
};

struct Loader {
  store::UnitOfWork& unit;
  const services::Context& ctx;
  const std::map<std::string, std::string>& codes;
  std::string by;  // the demo admin

  std::string org(const char* code) const { return codes.at(code); }

  // A partnership that went through `steps` in order; each step leaves a dated evidence note.
  std::string partnership(const char* title, const char* purpose, const char* programme, const char* type,
                          std::vector<std::string> categories, const char* region, const char* start,
                          std::vector<store::PartyRecord> parties, const std::vector<Step>& steps) {
    store::PartnershipRecord p;
    p.id = ctx.ids.next();
    p.title = title;
    p.purpose = purpose;
    p.programme = programme;
    p.type = type;
    p.categories = std::move(categories);
    p.region_code = region;
    p.start_date = start;
    p.parties = std::move(parties);
    p.stage = steps.back().stage;
    p.stage_since = std::string(steps.back().on) + "T02:00:00.000Z";
    p.created_by = by;
    p.created_at = std::string(steps.front().on) + "T02:00:00.000Z";
    p.updated_at = p.stage_since;
    store::insert_partnership(unit, p);
    std::string from;
    for (const auto& s : steps) {
      const std::string at = std::string(s.on) + "T02:00:00.000Z", to(to_string(s.stage));
      store::insert_stage_change(unit, {ctx.ids.next(), p.id, from, to, s.reason, by, at});
      store::insert_evidence(unit, {ctx.ids.next(), p.id, to, s.on, s.reason, "", "", by, at});
      from = to;
    }
    return p.id;
  }

  void evidence(const std::string& p, S stage, const char* on, const char* note) {
    store::insert_evidence(unit, {ctx.ids.next(), p, std::string(to_string(stage)), on, note, "", "", by,
                                  std::string(on) + "T03:00:00.000Z"});
  }

  std::string agreement(const std::string& p, const char* kind, const char* number, const char* title,
                        const char* start, const std::string& end, long long budget, const std::string& activity,
                        std::vector<store::AgreementPartyRecord> parties) {
    store::AgreementRecord a;
    a.id = ctx.ids.next();
    a.partnership_id = p;
    a.kind = kind;
    a.number = number;
    a.title = title;
    a.signed_on = a.start_date = start;
    a.end_date = end;
    a.budget = budget;
    a.activity_id = activity;
    a.parties = std::move(parties);
    a.created_by = by;
    a.created_at = a.updated_at = std::string(start) + "T02:00:00.000Z";
    store::insert_agreement(unit, a);
    return a.id;
  }

  std::string allocation(const std::string& p, const std::string& activity, const char* source, const char* what,
                         long long amount, long long disbursed, const char* on) {
    store::AllocationRecord a{ctx.ids.next(), p, activity, source, what, by, std::string(on) + "T02:00:00.000Z",
                              amount, 0};
    store::insert_allocation(unit, a);
    if (disbursed > 0) {
      store::add_disbursed(unit, a.id, disbursed);
      store::insert_disbursement(unit, {ctx.ids.next(), a.id, p, on, "Pencairan (data contoh)", by,
                                        std::string(on) + "T03:00:00.000Z", disbursed});
    }
    return a.id;
  }

  void lpj(const std::string& p, const std::string& allocation, const char* title, const std::string& due,
           const std::string& submitted, bool verified) {
    store::LpjRecord l;
    l.id = ctx.ids.next();
    l.partnership_id = p;
    l.allocation_id = allocation;
    l.title = title;
    l.due_date = due;
    l.created_by = by;
    l.created_at = due + "T00:00:00.000Z";
    store::insert_lpj(unit, l);
    if (submitted.empty()) return;
    l.submitted_on = submitted;
    l.submitted_by = by;
    if (verified) {
      l.verified_by = by;
      l.verified_at = add_days(submitted, 7) + "T02:00:00.000Z";
    }
    store::update_lpj(unit, l);
  }
};

std::string today_of(const services::Context& ctx) { return format_time(ctx.clock.now()).substr(0, 10); }

}  // namespace

DemoPartnerships load_partnerships(store::UnitOfWork& unit, const services::Context& ctx,
                      const std::map<std::string, std::string>& codes,
                      const std::map<std::string, std::string>& users) {
  Loader l{unit, ctx, codes, users.at("admin")};
  const std::string today = today_of(ctx);

  // 000: Makassar RHRB with LSM Forum Peduli Sosial, three periods of the productivity pattern.
  const auto rhrb = l.partnership(
      "Pengelolaan Rumah Hati Rumah Bakat (RHRB)",
      "Pembinaan anak jalanan di rumah singgah: pendidikan, bakat, pendampingan hukum", "Penanganan anak jalanan",
      "community_based_provision", {"anak_jalanan", "abh"}, "73.71", "2019-01-02",
      {{l.org("DINSOS-MKS"), {"facilitator", "funder"}},
       {l.org("LSM-FPS"), {"implementer", "recruiter", "resource_person"}},
       {l.org("RHRB-MKS"), {"venue"}}},
      {{S::problem_recognition, "2019-01-02", "Anak jalanan di lampu merah meningkat; LSM FPS melapor ke Dinsos."},
       {S::problem_selection, "2019-02-11", "Dipilih: pembinaan anak jalanan di rumah singgah RHRB."},
       {S::candidate_partners, "2019-03-04", "LSM Forum Peduli Sosial dan RHRB diusulkan sebagai mitra."},
       {S::partner_roles, "2019-04-01", "Dinsos memfasilitasi; FPS menjangkau dan membina; RHRB menyediakan tempat."},
       {S::agreement, "2019-06-03", "Kesepakatan lisan; belum ada PKS tertulis."},
       {S::work_plan, "2020-07-06", "Rencana kerja bersama disusun setelah rapat koordinasi pertama."},
       {S::integrated_activities, "2021-08-02", "Program bersama berjalan: sekolah, bakat, pendampingan hukum ABH."},
       {S::monitoring_evaluation, "2023-11-06", "Monev bersama; kepercayaan tumbuh, pola kemitraan produktif."}});
  l.evidence(rhrb, S::agreement, "2019-12-16",
             "Periode 1 — kontra-produktif: komunikasi buruk, tidak ada rapat bersama, masing-masing berjalan sendiri.");
  l.evidence(rhrb, S::work_plan, "2021-03-15",
             "Periode 2 — semi-produktif: masing-masing menjalankan perannya, koordinasi masih lemah.");
  l.evidence(rhrb, S::monitoring_evaluation, "2023-11-06",
             "Periode 3 — produktif: mitra sebagai subjek, program bersama, sinergi dan saling percaya.");
  l.agreement(rhrb, "pks", "PKS/073/DINSOS-MKS/FPS/2021", "Perjanjian Kerja Sama pembinaan anak jalanan di RHRB",
              "2021-08-02", add_days(today, 50), 150'000'000, "",
              {{l.org("DINSOS-MKS"), "Kepala Dinas Sosial", "Kepala Dinas", {"Membiayai makan dan pendidikan", "Menyediakan pekerja sosial"}},
               {l.org("LSM-FPS"), "Ketua LSM FPS", "Ketua", {"Menjangkau anak jalanan", "Membina anak di RHRB", "Pendampingan hukum ABH"}}});
  const auto rhrb_apbd = l.allocation(rhrb, "", "apbd", "APBD Kota Makassar 2024", 150'000'000, 112'500'000, "2024-03-01");
  l.allocation(rhrb, "", "own_funds", "Dana swadaya LSM FPS", 30'000'000, 30'000'000, "2024-03-01");
  l.lpj(rhrb, rhrb_apbd, "LPJ semester 1 2024", "2024-07-31", "2024-07-29", true);
  l.lpj(rhrb, rhrb_apbd, "LPJ semester 2 2024", add_days(today, -10), "", false);

  // 001: Makassar RPTC with its foundations and Sentra Wirajaya (Kemensos).
  const auto rptc = l.partnership(
      "Perlindungan dan rehabilitasi PMKS hasil penjangkauan (RPTC)",
      "Patroli TRC, penampungan 3-7 hari di RPTC, rehabilitasi bersama yayasan dan Sentra", "Public Social Partnership",
      "management_contract", {"anak_jalanan", "gelandangan", "pengemis", "lansia_telantar", "odgj"}, "73.71",
      "2022-01-03",
      {{l.org("DINSOS-MKS"), {"facilitator", "funder"}},
       {l.org("RPTC-MKS"), {"implementer", "venue"}},
       {l.org("YSY-MKS"), {"implementer", "venue"}},
       {l.org("YPKDS-MKS"), {"implementer"}},
       {l.org("SENTRA-WIRAJAYA"), {"funder", "resource_person"}}},
      {{S::problem_recognition, "2022-01-03", "467 PMKS ditangani pada 2022 (tabel 1.1)."},
       {S::problem_selection, "2022-01-24", "Fokus: anak jalanan, gelandangan dan pengemis."},
       {S::candidate_partners, "2022-02-14", "Yayasan Sahabat Yatim, YPKDS dan Sentra Wirajaya diundang."},
       {S::partner_roles, "2022-03-07", "RPTC menampung 3-7 hari; yayasan membina; Sentra memberi alat bantu."},
       {S::agreement, "2022-05-09", "MoU dengan yayasan; dukungan Sentra per program."},
       {S::work_plan, "2022-06-06", "Rencana kerja tahunan RPTC dan yayasan."},
       {S::integrated_activities, "2023-01-09", "Rehabilitasi bersama berjalan; 761 PMKS pada 2023."}});
  l.agreement(rptc, "mou", "400/112/DINSOS/V/2022", "Nota Kesepahaman rehabilitasi sosial anak",
              "2022-05-09", add_days(today, 25), 0, "",
              {{l.org("DINSOS-MKS"), "Kepala Dinas Sosial", "Kepala Dinas", {"Merujuk anak dari RPTC"}},
               {l.org("YSY-MKS"), "Ketua Yayasan", "Ketua", {"Mengasuh dan menyekolahkan anak rujukan"}}});
  l.allocation(rptc, "", "apbd", "APBD: operasional RPTC", 420'000'000, 315'000'000, "2024-02-01");
  l.allocation(rptc, "", "apbn", "Kemensos melalui Sentra Wirajaya: alat bantu", 85'000'000, 85'000'000, "2024-04-15");

  // 002: Semarang with Rumah Pintar Bangjo.
  const auto bangjo = l.partnership(
      "Pendampingan anak jalanan Rumah Pintar Bangjo", "Pendidikan, kebutuhan dasar, dokumen dan psikososial anak",
      "Anak jalanan kembali sekolah", "mou_collaboration", {"anak_jalanan"}, "33.74", "2021-02-01",
      {{l.org("DINSOS-SMG"), {"facilitator", "funder"}},
       {l.org("RUMPIN-BANGJO"), {"implementer", "venue", "recruiter"}}},
      {{S::problem_recognition, "2021-02-01", "Anak mengemis di simpang lampu merah (bangjo)."},
       {S::problem_selection, "2021-03-01", "Dipilih: pendampingan belajar dan pendaftaran sekolah."},
       {S::candidate_partners, "2021-03-22", "Rumah Pintar Bangjo sudah mendampingi anak sejak lama."},
       {S::partner_roles, "2021-04-12", "Dinsos membantu makanan dan dokumen; Bangjo mendampingi anak."},
       {S::agreement, "2021-06-07", "Kesepakatan kerja sama; bantuan diminta lewat surat permohonan."},
       {S::work_plan, "2021-07-05", "Jadwal kegiatan bulanan; surat permohonan ditulis berminggu-minggu sebelumnya."},
       {S::integrated_activities, "2022-01-10", "Pendampingan berjalan; balasan surat sering terlambat."}});
  l.allocation(bangjo, "", "apbd", "Bantuan makanan kegiatan", 24'000'000, 14'000'000, "2024-01-15");
  l.allocation(bangjo, "", "in_kind", "Relawan dan ruang belajar Bangjo", 18'000'000, 18'000'000, "2024-01-15");

  // 003: Lampung with LKS Amanah Bunda: an MoU per activity, the 3-month Loka Bina Karya course.
  const auto lampung = l.partnership(
      "Rehabilitasi sosial penyandang disabilitas bersama LKS Amanah Bunda",
      "Pelatihan vokasional Loka Bina Karya dan alat bantu bagi penyandang disabilitas", "Loka Bina Karya",
      "mou_collaboration", {"penyandang_disabilitas"}, "18.71", "2019-03-01",
      {{l.org("DINSOS-LAMPUNG"), {"facilitator", "funder", "resource_person"}},
       {l.org("LKS-AMANAH-BUNDA"), {"implementer", "venue", "recruiter"}},
       {l.org("DINSOS-BDL"), {"other"}}},
      {{S::problem_recognition, "2019-03-01", "6.381 penyandang disabilitas di Lampung membutuhkan keterampilan."},
       {S::problem_selection, "2019-03-18", "Dipilih: pelatihan vokasional 3 bulan dan alat bantu."},
       {S::candidate_partners, "2019-04-08", "LKS Amanah Bunda terdaftar, direkomendasikan Dinsos Kota Bandar Lampung."},
       {S::partner_roles, "2019-04-29", "Dinsos: dana, narasumber, pelatihan pekerja sosial. LKS: tenaga, tempat, asrama, rekrutmen peserta."},
       {S::agreement, "2019-06-05", "MoU 800/1615.a.1/V.06/B.II/2019 ditandatangani; satu MoU per kegiatan."},
       {S::work_plan, "2019-06-24", "POA: jadwal, peran dan tugas disusun bersama."},
       {S::integrated_activities, "2024-01-20", "Kursus Loka Bina Karya berjalan dengan laporan berkala."},
       {S::monitoring_evaluation, "2024-06-10", "Monev: pola kemitraan linear kolaboratif, tanpa dominasi."}});
  const std::string now = format_time(ctx.clock.now());
  store::WorkPlanRecord plan{ctx.ids.next(), lampung, "Rencana kerja 2024", "2024-01-01", "2024-12-31", l.by, now, now};
  store::insert_work_plan(unit, plan);
  store::ActivityRecord course;
  course.id = ctx.ids.next();
  course.partnership_id = lampung;
  course.work_plan_id = plan.id;
  course.title = "Kursus Loka Bina Karya (3 bulan): menjahit dan perbengkelan";
  course.description = "Pelatihan vokasional bagi penyandang disabilitas, dengan asrama";
  course.place = "Asrama LKS Amanah Bunda, Bandar Lampung";
  course.start_date = "2024-02-03";
  course.end_date = "2024-05-03";
  course.responsible_org = l.org("LKS-AMANAH-BUNDA");
  course.outputs = {"Peserta lulus kursus menjahit dan perbengkelan", "Alat bantu diterima dan dipakai"};
  course.created_by = l.by;
  course.created_at = course.updated_at = now;
  store::insert_activity(unit, course);
  store::insert_contribution(unit, {ctx.ids.next(), course.id, l.org("DINSOS-LAMPUNG"), "money", "Honor narasumber dan bahan praktik", 60'000'000});
  store::insert_contribution(unit, {ctx.ids.next(), course.id, l.org("LKS-AMANAH-BUNDA"), "venue", "Ruang kelas dan asrama 3 bulan", 36'000'000});
  store::insert_contribution(unit, {ctx.ids.next(), course.id, l.org("LKS-AMANAH-BUNDA"), "staff", "Pendamping asrama dan pekerja sosial", 18'000'000});
  store::insert_contribution(unit, {ctx.ids.next(), course.id, l.org("DINSOS-LAMPUNG"), "goods", "Alat bantu: kursi roda, kruk, alat bantu dengar, prostesis", 45'000'000});
  store::PersonScope scope{l.org("LKS-AMANAH-BUNDA"), "", ""};
  store::PersonFilter filter;
  filter.organization_id = l.org("LKS-AMANAH-BUNDA");
  filter.category = "penyandang_disabilitas";
  filter.limit = 100;
  std::vector<std::string> participants;
  for (const auto& p : store::list_persons(unit, scope, filter)) participants.push_back(p.person.id);
  for (const auto& id : participants) store::add_participant(unit, course.id, id, l.by, now);
  const char* topics[] = {"Pembukaan dan asesmen keterampilan", "Praktik menjahit dasar / mesin motor",
                          "Praktik lanjutan dan ujian"};
  const char* days[] = {"2024-02-03", "2024-03-16", "2024-05-02"};
  for (int i = 0; i < 3; ++i) {
    store::ActivitySessionRecord s{ctx.ids.next(), course.id, days[i], topics[i], l.by, now, {}};
    for (std::size_t k = 0; k < participants.size(); ++k)
      if ((k + static_cast<std::size_t>(i)) % 6 != 0) s.present.push_back(participants[k]);
    store::insert_session(unit, s);
  }
  store::insert_report(unit, {ctx.ids.next(), course.id, "Bulan 1", "Peserta mengikuti asesmen; alat bantu dibagikan.", "", l.by, now});
  store::insert_report(unit, {ctx.ids.next(), course.id, "Bulan 3", "Sebagian besar peserta lulus; dua peserta mengulang.", "", l.by, now});
  l.agreement(lampung, "mou", "800/1615.a.1/V.06/B.II/2019", "MoU pelaksanaan Loka Bina Karya 2019", "2019-06-05",
              "2019-12-31", 0, "",
              {{l.org("DINSOS-LAMPUNG"), "Kepala Dinas Sosial Provinsi Lampung", "Kepala Dinas", {"Menyediakan dana dan narasumber"}},
               {l.org("LKS-AMANAH-BUNDA"), "Ketua LKS Amanah Bunda", "Ketua", {"Menyediakan tempat, asrama dan tenaga", "Merekrut peserta"}}});
  l.agreement(lampung, "mou", "800/0412.b/II.01/B.II/2024", "MoU kursus Loka Bina Karya 2024", "2024-01-20",
              add_days(today, 40), 105'000'000, course.id,
              {{l.org("DINSOS-LAMPUNG"), "Kepala Dinas Sosial Provinsi Lampung", "Kepala Dinas", {"Membiayai kursus dan alat bantu", "Melatih pekerja sosial"}},
               {l.org("LKS-AMANAH-BUNDA"), "Ketua LKS Amanah Bunda", "Ketua", {"Menyediakan tempat, asrama dan tenaga", "Merekrut peserta", "Menyampaikan laporan berkala dan LPJ"}}});
  const auto lpg_apbd = l.allocation(lampung, course.id, "apbd", "APBD Provinsi: kursus LBK", 60'000'000, 57'500'000, "2024-02-01");
  l.allocation(lampung, course.id, "apbn", "Kemensos: alat bantu", 45'000'000, 45'000'000, "2024-02-20");
  l.allocation(lampung, course.id, "in_kind", "Tempat, asrama dan tenaga LKS", 54'000'000, 54'000'000, "2024-02-03");
  l.lpj(lampung, lpg_apbd, "LPJ kursus Loka Bina Karya 2024", "2024-06-03", "2024-05-30", true);

  // 004: DKI Jakarta, many parties per child category, no common ground rules.
  const auto dki = l.partnership(
      "Kolaborasi pelayanan kesejahteraan sosial anak DKI Jakarta",
      "Pengasuhan, rehabilitasi, dokumen, kesehatan dan sekolah anak per kategori; tiap pihak memakai SOP sendiri",
      "Pelayanan anak terpadu", "mou_collaboration",
      {"anak_balita_telantar", "anak_telantar", "abh", "anak_jalanan", "anak_disabilitas", "anak_korban_kekerasan"},
      "31", "2020-01-06",
      {{l.org("DINSOS-DKI"), {"facilitator", "funder"}},
       {l.org("PSAA-PU1-DKI"), {"implementer", "venue"}},
       {l.org("LKSA-KASIH-DKI"), {"implementer", "venue"}},
       {l.org("LKSA-HARAPAN-DKI"), {"implementer", "venue"}},
       {l.org("RS-MANDIRI-DKI"), {"implementer", "recruiter"}},
       {l.org("RS-PELITA-DKI"), {"implementer", "recruiter"}},
       {l.org("TAS-MELATI-DKI"), {"implementer"}},
       {l.org("YAY-PEDULI-DKI"), {"implementer"}},
       {l.org("ORSOS-BAKTI-DKI"), {"recruiter"}},
       {l.org("DUKCAPIL-DKI"), {"other"}},
       {l.org("DINKES-DKI"), {"other"}},
       {l.org("DISDIK-DKI"), {"other"}},
       {l.org("SATPOLPP-DKI"), {"recruiter"}},
       {l.org("DPPAPP-DKI"), {"resource_person"}},
       {l.org("CSR-DKI"), {"funder"}}},
      {{S::problem_recognition, "2020-01-06", "Data anak tidak lengkap; banyak lembaga menangani anak yang sama."},
       {S::problem_selection, "2020-02-03", "Dipilih: pelayanan per kategori anak dengan rujukan antar lembaga."},
       {S::candidate_partners, "2020-03-02", "53 LKSA, 22 rumah singgah, 12 TAS, 22 yayasan, 17 orsos, 7+ dinas."},
       {S::partner_roles, "2020-06-08", "Peran dibagi per kategori anak; belum ada aturan main bersama."}});
  l.evidence(dki, S::partner_roles, "2021-03-15",
             "Rapat koordinasi pindah daring; tatap muka jarang. Tiap pihak mengikuti SOP sendiri (tanpa ground rules).");
  l.evidence(dki, S::partner_roles, "2022-08-01",
             "Kebutuhan kursi roda anak dipublikasikan; masyarakat, dunia usaha dan LKS cepat merespons.");
  l.allocation(dki, "", "csr", "Forum CSR: kursi roda anak", 75'000'000, 48'000'000, "2022-08-15");
  l.allocation(dki, "", "apbd", "APBD DKI: layanan anak", 900'000'000, 610'000'000, "2024-01-15");
  return {5, rhrb, rptc, bangjo, lampung, dki};
}

}  // namespace mitra::app
