#include "services/statistics_service.hpp"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <charconv>
#include <map>
#include <set>

#include "domain/assistance_request.hpp"
#include "domain/pmks.hpp"
#include "domain/working_days.hpp"
#include "services/assistance_request_service.hpp"
#include "services/audit_service.hpp"
#include "store/identity_repository.hpp"
#include "store/report_repository.hpp"
#include "store/statistics_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

bool reads_statistics(const Actor& a) {
  return a.has(Role::analyst) || a.has(Role::supervisor) || a.has(Role::social_worker) || a.has(Role::admin);
}

bool is_dinsos(const Organization& o) {
  return o.type == OrganizationType::dinsos_province || o.type == OrganizationType::dinsos_regency;
}

bool within_region(const std::string& code, const std::string& region) {
  return code == region ||
         (code.size() > region.size() && code.compare(0, region.size(), region) == 0 && code[region.size()] == '.');
}

bool region_code_shape(const std::string& s) {
  // 73 | 73.71 | 73.71.01 | 73.71.01.1001
  static const std::array<std::size_t, 4> lengths{2, 5, 8, 13};
  if (std::find(lengths.begin(), lengths.end(), s.size()) == lengths.end()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool dot = i == 2 || i == 5 || i == 8;
    if (dot ? s[i] != '.' : (s[i] < '0' || s[i] > '9')) return false;
  }
  return true;
}

constexpr std::array<const char*, 12> kMonthNames{"Januari",   "Februari", "Maret",    "April",
                                                  "Mei",       "Juni",     "Juli",     "Agustus",
                                                  "September", "Oktober",  "November", "Desember"};

constexpr std::array<const char*, 12> kMonthNamesEn{"January", "February", "March",     "April",   "May",      "June",
                                                    "July",    "August",   "September", "October", "November", "December"};

const char* month_name(int month, bool en) {
  return (en ? kMonthNamesEn : kMonthNames)[static_cast<std::size_t>(month - 1)];
}

std::string day_in_words(const std::string& day, bool en = false) {
  const int month = std::atoi(day.substr(5, 2).c_str());
  return std::to_string(std::atoi(day.substr(8, 2).c_str())) + " " + month_name(month, en) + " " + day.substr(0, 4);
}

struct Period {
  std::string from, to;  // [from, to)
  int year = 0;          // when given as a year
  std::string words;     // "Tahun 2024" / "Periode 1 Januari 2024 s.d. 31 Maret 2024" (English: "Year 2024")
};

Result<Period> period_of(const StatFilterInput& in, bool en) {
  if (in.from.empty() && in.to.empty()) {
    int year = 0;
    const auto [end, ec] = std::from_chars(in.year.data(), in.year.data() + in.year.size(), year);
    if (in.year.empty() || ec != std::errc{} || end != in.year.data() + in.year.size())
      return invalid_input("year", "Tahun laporan harus berupa angka, misalnya 2024.");
    if (year < 2000 || year > 2100) return invalid_input("year", "Tahun laporan harus antara 2000 dan 2100.");
    return Period{std::to_string(year) + "-01-01", std::to_string(year + 1) + "-01-01", year,
                  (en ? "Year " : "Tahun ") + std::to_string(year)};
  }
  if (!parse_day(in.from))
    return invalid_input("from", "Tanggal awal (from) harus berformat TTTT-BB-HH, misalnya 2024-01-01.");
  if (!parse_day(in.to))
    return invalid_input("to", "Tanggal akhir (to) harus berformat TTTT-BB-HH, misalnya 2024-12-31.");
  if (in.to < in.from) return invalid_input("to", "Tanggal akhir tidak boleh sebelum tanggal awal.");
  if (*days_between(in.from, in.to) > 3660) return invalid_input("to", "Periode paling panjang 10 tahun.");
  return Period{in.from, add_days(in.to, 1), 0,
                en ? "Period " + day_in_words(in.from, true) + " to " + day_in_words(in.to, true)
                   : "Periode " + day_in_words(in.from) + " s.d. " + day_in_words(in.to)};
}

// Each intake source in Indonesian and English.
const std::map<std::string, std::pair<std::string, std::string>>& source_names() {
  static const std::map<std::string, std::pair<std::string, std::string>> names{
      {"patrol", {"patroli/razia", "patrol/raid"}},
      {"complaint", {"laporan masyarakat", "public report"}},
      {"referral", {"rujukan", "referral"}},
      {"direct", {"datang langsung", "walk-in"}}};
  return names;
}

struct Scoped {
  store::StatScopeQuery query;
  Period period;
  std::string subtitle;
  bool suppress = false;
  bool en = false;  // the table's words in English (lang=en); the default is Indonesian

  // The Indonesian words, or the English ones for lang=en.
  const char* w(const char* id, const char* english) const { return en ? english : id; }
};

// Permission first, then every filter, within the viewer's scope.
Result<Scoped> scope_of(store::UnitOfWork& unit, const Actor& actor, const StatFilterInput& in) {
  if (!reads_statistics(actor)) return forbidden("Peran Anda tidak dapat melihat statistik dan laporan.");
  if (!in.lang.empty() && in.lang != "id" && in.lang != "en")
    return invalid_input("lang", "Bahasa tabel (lang) harus id (Indonesia) atau en (Inggris).");
  const bool en = in.lang == "en";
  auto period = period_of(in, en);
  if (!period) return period.error();
  Scoped s;
  s.en = en;
  s.period = period.value();
  s.query.from = s.period.from;
  s.query.to = s.period.to;
  const bool dinsos = is_dinsos(actor.organization);
  if (dinsos)
    s.query.scope_region = actor.organization.region_code;
  else
    s.query.scope_organization = actor.organization.id;
  std::vector<std::string> notes;
  if (!in.region.empty()) {
    if (!region_code_shape(in.region))
      return invalid_input("region",
                           "Kode wilayah tidak sah; contoh: 73 (provinsi), 73.71 (kab/kota), 73.71.01 (kecamatan).");
    if (dinsos && !within_region(in.region, actor.organization.region_code))
      return forbidden("Wilayah " + in.region + " di luar wilayah kerja " + actor.organization.name + ".");
    s.query.region = in.region;
    notes.push_back(s.w("Wilayah ", "Region ") + in.region);
  }
  if (!in.organization.empty()) {
    auto org = store::find_organization_by_code(unit, in.organization);
    if (!org) org = store::find_organization(unit, in.organization);
    if (!org) return invalid_input("organization", "Lembaga \"" + in.organization + "\" tidak dikenal.");
    if (dinsos ? !within_region(org->region_code, actor.organization.region_code) : org->id != actor.organization.id)
      return forbidden("Anda hanya dapat melihat statistik lembaga di wilayah kerja Anda.");
    s.query.organization = org->id;
    notes.push_back(s.w("Lembaga ", "Organisation ") + org->name);
  }
  if (!in.source.empty()) {
    const auto it = source_names().find(in.source);
    if (it == source_names().end())
      return invalid_input("source", "Sumber penjangkauan harus patrol, complaint, referral atau direct.");
    s.query.source = in.source;
    notes.push_back(s.w("Sumber penjangkauan: ", "Intake source: ") + (en ? it->second.second : it->second.first));
  }
  if (!in.suppress.empty() && in.suppress != "0" && in.suppress != "1")
    return invalid_input("suppress", "suppress harus 0 atau 1.");
  s.suppress = in.suppress == "1";
  if (!in.empty.empty() && in.empty != "0" && in.empty != "1") return invalid_input("empty", "empty harus 0 atau 1.");
  for (const auto& n : notes) s.subtitle += (s.subtitle.empty() ? "" : "; ") + n;
  return s;
}

// `title` is {Indonesian, English}: "Jumlah Kasus Baru per Bulan Dinas Sosial Kota Makassar Tahun
// 2024" / "New Cases per Month, Dinas Sosial Kota Makassar, Year 2024".
StatTable base_table(const std::string& name, const std::pair<const char*, const char*>& title, const Actor& actor,
                     const Scoped& s) {
  StatTable t;
  t.name = name + "-" + actor.organization.code + "-" +
           (s.period.year ? std::to_string(s.period.year) : s.period.from + "-" + add_days(s.period.to, -1));
  t.title = s.en ? std::string(title.second) + ", " + actor.organization.name + ", " + s.period.words
                 : std::string(title.first) + " " + actor.organization.name + " " + s.period.words;
  t.subtitle = s.subtitle;
  t.source = s.w("Sumber: ", "Source: ") + actor.organization.name;
  t.suppressed_note = s.w("Keterangan: <5 = jumlah 1 sampai 4 disamarkan", "Note: <5 = counts of 1 to 4 are masked");
  return t;
}

StatColumn col(std::string key, std::string label, bool numeric, double width, bool count = true,
               std::string group = {}) {
  return StatColumn{std::move(key), std::move(label), numeric, width, count, std::move(group)};
}

std::string month_label(const std::string& ym, bool en) {
  const int m = std::atoi(ym.substr(5, 2).c_str());
  return m >= 1 && m <= 12 ? std::string(month_name(m, en)) + " " + ym.substr(0, 4) : ym;
}

StatTable intakes(store::UnitOfWork& unit, const Actor& actor, const Scoped& s) {
  auto t = base_table("statistik-kasus-baru", {"Jumlah Kasus Baru per Bulan", "New Cases per Month"}, actor, s);
  t.columns = {col("month", s.w("Bulan", "Month"), false, 18),
               col("male", s.w("L", "M"), true, 8, true, s.w("Jenis Kelamin", "Sex")),
               col("female", s.w("P", "F"), true, 8, true, s.w("Jenis Kelamin", "Sex")),
               col("total", s.w("Jumlah", "Total"), true, 10)};
  long long m = 0, f = 0;
  for (const auto& r : store::monthly_intakes(unit, s.query)) {
    t.rows.push_back(
        {stat_text(month_label(r.month, s.en)), stat_number(r.male), stat_number(r.female), stat_number(r.male + r.female)});
    m += r.male;
    f += r.female;
  }
  t.total = std::vector<StatCell>{stat_text(s.w("JUMLAH", "TOTAL")), stat_number(m), stat_number(f), stat_number(m + f)};
  return t;
}

std::string service_label(const std::string& code, bool en) {
  static const std::map<std::string, std::pair<std::string, std::string>> names{
      {"basic_needs", {"Pemenuhan kebutuhan dasar", "Basic needs"}},
      {"social_care", {"Perawatan sosial", "Social care"}},
      {"family_support", {"Dukungan keluarga", "Family support"}},
      {"therapy", {"Terapi", "Therapy"}},
      {"vocational_training", {"Pelatihan vokasional", "Vocational training"}},
      {"entrepreneurship", {"Kewirausahaan", "Entrepreneurship"}},
      {"social_assistance", {"Bantuan sosial", "Social assistance"}},
      {"assistive_device", {"Alat bantu", "Assistive device"}},
      {"education", {"Pendidikan", "Education"}},
      {"civil_document", {"Dokumen kependudukan", "Civil documents"}},
      {"health", {"Kesehatan", "Health"}},
      {"counselling", {"Konseling", "Counselling"}}};
  const auto it = names.find(code);
  return it == names.end() ? code : en ? it->second.second : it->second.first;
}

StatTable services(store::UnitOfWork& unit, const Actor& actor, const Scoped& s) {
  auto t = base_table("statistik-layanan", {"Layanan yang Diberikan menurut Jenis", "Services Delivered by Type"}, actor, s);
  t.columns = {col("type", s.w("Jenis layanan", "Type of service"), false, 30),
               col("services", s.w("Layanan", "Services"), true, 10),
               col("persons", s.w("Penerima", "Recipients"), true, 10)};
  long long n = 0;
  for (const auto& r : store::services_by_type(unit, s.query)) {
    t.rows.push_back({stat_text(service_label(r.key, s.en)), stat_number(r.count), stat_number(r.persons)});
    n += r.count;
  }
  t.total = std::vector<StatCell>{stat_text(s.w("JUMLAH", "TOTAL")), stat_number(n), stat_text("")};
  return t;
}

StatTable shelter(store::UnitOfWork& unit, const Actor& actor, const Scoped& s) {
  auto t = base_table("statistik-rumah-perlindungan",
                      {"Hunian dan Lama Tinggal Rumah Perlindungan", "Shelter Occupancy and Length of Stay"}, actor, s);
  t.columns = {col("facility", s.w("Rumah perlindungan", "Shelter"), false, 34),
               col("stays", s.w("Dihuni", "Stays"), true, 9),
               col("admitted", s.w("Masuk", "Admitted"), true, 9),
               col("discharged", s.w("Keluar", "Discharged"), true, 9),
               col("open", s.w("Masih tinggal", "Still staying"), true, 10),
               col("median_days", s.w("Median lama tinggal (hari)", "Median stay (days)"), true, 12, false),
               col("mean_days", s.w("Rata-rata lama tinggal (hari)", "Mean stay (days)"), true, 12, false)};
  std::map<std::string, std::vector<store::StayRow>> by;
  for (auto& r : store::shelter_stays(unit, s.query)) by[r.facility].push_back(std::move(r));
  for (const auto& [facility, stays] : by) {
    long long admitted = 0, discharged = 0, open = 0;
    std::vector<int> days;
    for (const auto& st : stays) {
      const auto in = st.admitted_at.substr(0, 10), out = st.discharged_at.substr(0, 10);
      if (in >= s.period.from) ++admitted;
      if (!out.empty() && out < s.period.to) {
        ++discharged;
        if (auto d = days_between(in, out)) days.push_back(*d);
      } else {
        ++open;
      }
    }
    const auto med = median(days);
    long long sum = 0;
    for (int d : days) sum += d;
    t.rows.push_back({stat_text(facility), stat_number(static_cast<long long>(stays.size())), stat_number(admitted),
                      stat_number(discharged), stat_number(open),
                      med ? stat_number(static_cast<long long>(*med + 0.5)) : stat_text("-"),
                      days.empty() ? stat_text("-")
                                   : stat_number((sum + static_cast<long long>(days.size()) / 2) /
                                                 static_cast<long long>(days.size()))});
  }
  return t;
}

StatTable outcomes(store::UnitOfWork& unit, const Actor& actor, const Scoped& s) {
  auto t = base_table("statistik-hasil", {"Hasil Penanganan", "Outcomes"}, actor, s);
  t.columns = {col("indicator", s.w("Indikator", "Indicator"), false, 50), col("count", s.w("Jumlah", "Count"), true, 10)};
  std::map<std::string, long long> school;
  long long documents = 0;
  for (const auto& r : store::outcome_services(unit, s.query)) {
    boost::system::error_code ec;
    const auto details = boost::json::parse(r.details, ec);
    const auto* obj = ec ? nullptr : details.if_object();
    auto text = [&](const char* key) -> std::string {
      if (!obj) return {};
      const auto* v = obj->if_contains(key);
      return v && v->is_string() ? std::string(v->as_string()) : std::string();
    };
    if (r.service_type == "education" && !text("level").empty()) ++school[text("level")];
    if (r.service_type == "civil_document" && !text("issued_on").empty()) ++documents;
  }
  for (const char* level : {"SD", "SMP", "SMA"})
    t.rows.push_back(
        {stat_text(s.w("Anak didaftarkan sekolah ", "Children enrolled in school: ") + std::string(level)),
         stat_number(school[level])});
  t.rows.push_back({stat_text(s.w("Dokumen kependudukan terbit", "Civil documents issued")), stat_number(documents)});
  const auto out = store::discharges(unit, s.query);
  long long reintegrated = 0, back6 = 0, back12 = 0;
  for (const auto& d : out)
    if (d.destination == "family" || d.destination == "home") ++reintegrated;
  std::multimap<std::string, std::string> netted;
  for (auto& [id, day] : store::netted_after_discharge(unit, s.query)) netted.emplace(std::move(id), std::move(day));
  for (const auto& d : out) {
    const auto left = d.discharged_at.substr(0, 10);
    std::optional<int> soonest;
    for (auto [it, end] = netted.equal_range(d.person_id); it != end; ++it)
      if (it->second > left)
        if (auto gap = days_between(left, it->second); gap && (!soonest || *gap < *soonest)) soonest = gap;
    if (soonest && *soonest <= 183) ++back6;
    if (soonest && *soonest <= 365) ++back12;
  }
  t.rows.push_back({stat_text(s.w("Keluar dari rumah perlindungan", "Discharged from a shelter")),
                    stat_number(static_cast<long long>(out.size()))});
  t.rows.push_back({stat_text(s.w("Kembali ke keluarga (reintegrasi)", "Returned to a family (reintegration)")),
                    stat_number(reintegrated)});
  t.rows.push_back({stat_text(s.w("Kembali ke jalan dalam 6 bulan", "Back on the street within 6 months")),
                    stat_number(back6)});
  t.rows.push_back({stat_text(s.w("Kembali ke jalan dalam 12 bulan", "Back on the street within 12 months")),
                    stat_number(back12)});
  long long due = 0, on_time = 0;
  for (const auto& f : store::follow_ups(unit, s.query)) {
    ++due;
    if (!f.visited_on.empty() && f.visited_on <= f.due_on) ++on_time;
  }
  t.rows.push_back({stat_text(s.w("Kunjungan tindak lanjut jatuh tempo", "Follow-up visits due")), stat_number(due)});
  t.rows.push_back({stat_text(s.w("Kunjungan tindak lanjut tepat waktu", "Follow-up visits on time")),
                    stat_number(on_time)});
  return t;
}

// A code as a heading prints it ("pks" -> "PKS", "apbd" -> "APBD").
std::string upper(std::string code) {
  std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return code;
}

StatTable referrals(store::UnitOfWork& unit, const Actor& actor, const Scoped& s) {
  auto t = base_table("statistik-rujukan", {"Rujukan antar Lembaga", "Referrals between Organisations"}, actor, s);
  t.columns = {col("from", s.w("Dari", "From"), false, 30),
               col("to", s.w("Kepada", "To"), false, 30),
               col("sent", s.w("Dikirim", "Sent"), true, 9),
               col("accepted", s.w("Diterima", "Accepted"), true, 9),
               col("declined", s.w("Ditolak", "Declined"), true, 9),
               col("pending", s.w("Menunggu", "Pending"), true, 9),
               col("median_days", s.w("Median hari sampai diterima", "Median days to acceptance"), true, 12, false)};
  struct Pair {
    long long sent = 0, accepted = 0, declined = 0, pending = 0;
    std::vector<int> days;
  };
  std::map<std::pair<std::string, std::string>, Pair> pairs;
  for (const auto& r : store::referral_rows(unit, s.query)) {
    auto& p = pairs[{r.from_name, r.to_name}];
    ++p.sent;
    if (r.status == "pending") ++p.pending;
    if (r.status == "declined") ++p.declined;
    if (r.status == "accepted" || r.status == "completed") {
      ++p.accepted;
      if (auto d = days_between(r.created_at.substr(0, 10), r.replied_at.substr(0, 10))) p.days.push_back(*d);
    }
  }
  long long sent = 0, accepted = 0, declined = 0, pending = 0;
  for (const auto& [k, p] : pairs) {
    const auto med = median(p.days);
    t.rows.push_back({stat_text(k.first), stat_text(k.second), stat_number(p.sent), stat_number(p.accepted),
                      stat_number(p.declined), stat_number(p.pending),
                      med ? stat_number(static_cast<long long>(*med + 0.5)) : stat_text("-")});
    sent += p.sent;
    accepted += p.accepted;
    declined += p.declined;
    pending += p.pending;
  }
  t.total = std::vector<StatCell>{stat_text(s.w("JUMLAH", "TOTAL")),   stat_text(""),        stat_number(sent), stat_number(accepted),
                                  stat_number(declined), stat_number(pending), stat_text("")};
  return t;
}

StatTable agreements(store::UnitOfWork& unit, const Actor& actor, const Scoped& s) {
  auto t = base_table("statistik-perjanjian", {"Perjanjian Kerja Sama yang Berlaku", "Agreements in Force"}, actor, s);
  t.columns = {col("kind", s.w("Jenis", "Kind"), false, 8),
               col("number", s.w("Nomor", "Number"), false, 24),
               col("title", s.w("Judul", "Title"), false, 36),
               col("parties", s.w("Pihak", "Parties"), false, 26),
               col("start", s.w("Mulai", "Start"), false, 11),
               col("end", s.w("Berakhir", "End"), false, 11),
               col("budget", s.w("Anggaran (Rp)", "Budget (Rp)"), true, 16, false)};
  const auto day = add_days(s.period.to, -1);
  for (const auto& a : store::agreements_in_force(unit, s.query, day)) {
    t.rows.push_back({stat_text(upper(a.kind)), stat_text(a.number), stat_text(a.title), stat_text(a.parties),
                      stat_text(a.start_date), stat_text(a.end_date.empty() ? "-" : a.end_date),
                      stat_number(a.budget)});
  }
  t.subtitle = (t.subtitle.empty() ? "" : t.subtitle + "; ") + s.w("Berlaku pada ", "In force on ") + day_in_words(day, s.en);
  return t;
}

// A funding source as the budget form names it ("own_funds" -> "Dana lembaga sendiri").
std::string source_label(const std::string& code, bool en) {
  static const std::map<std::string, std::pair<std::string, std::string>> labels{
      {"apbd", {"APBD", "APBD (regional budget)"}},
      {"apbn", {"APBN / Kemensos", "APBN / Ministry of Social Affairs"}},
      {"csr", {"CSR", "CSR"}},
      {"own_funds", {"Dana lembaga sendiri", "The organisation's own funds"}},
      {"in_kind", {"Natura (in-kind)", "In kind"}}};
  const auto it = labels.find(code);
  return it == labels.end() ? upper(code) : en ? it->second.second : it->second.first;
}

StatTable budget(store::UnitOfWork& unit, const Actor& actor, const Scoped& s) {
  auto t = base_table("statistik-realisasi-anggaran", {"Realisasi Anggaran Kemitraan", "Partnership Budget Realisation"},
                      actor, s);
  t.columns = {col("partnership", s.w("Kemitraan", "Partnership"), false, 40),
               col("source", s.w("Sumber dana", "Funding source"), false, 20),
               col("allocated", s.w("Alokasi (Rp)", "Allocated (Rp)"), true, 16, false),
               col("disbursed", s.w("Realisasi (Rp)", "Disbursed (Rp)"), true, 16, false),
               col("percent", s.w("Realisasi (%)", "Realised (%)"), true, 10, false)};
  long long allocated = 0, disbursed = 0;
  auto percent = [](long long part, long long whole) {
    return whole > 0 ? stat_number((part * 100 + whole / 2) / whole) : stat_text("-");
  };
  for (const auto& b : store::budget_realisation(unit, s.query)) {
    t.rows.push_back({stat_text(b.partnership), stat_text(source_label(b.source, s.en)), stat_number(b.allocated), stat_number(b.disbursed),
                      percent(b.disbursed, b.allocated)});
    allocated += b.allocated;
    disbursed += b.disbursed;
  }
  t.total = std::vector<StatCell>{stat_text(s.w("JUMLAH", "TOTAL")), stat_text(""), stat_number(allocated), stat_number(disbursed),
                                  percent(disbursed, allocated)};
  return t;
}

Result<StatTable> assistance(const Context& ctx, const Actor& actor, const Scoped& s) {
  auto t = base_table("statistik-permohonan-bantuan",
                      {"Waktu Balasan Surat Permohonan Bantuan", "Reply Times to Assistance Request Letters"}, actor, s);
  t.columns = {col("responder", s.w("Penerima permohonan", "Addressed to"), false, 36),
               col("received", s.w("Diterima", "Received"), true, 10),
               col("decided", s.w("Diputus", "Decided"), true, 10),
               col("median_days", s.w("Median hari kerja", "Median working days"), true, 12, false),
               col("p90_days", s.w("P90 hari kerja", "P90 working days"), true, 12, false),
               col("late_percent", s.w("Terlambat (%)", "Late (%)"), true, 12, false)};
  auto figures = response_figures(ctx, actor, "", s.period.from, add_days(s.period.to, -1));
  if (!figures) return figures.error();
  auto optional_number = [](const std::optional<double>& v, double scale) {
    return v ? stat_number(static_cast<long long>(*v * scale + 0.5)) : stat_text("-");
  };
  for (const auto& r : figures.value()) {
    const auto& o = r.responder;
    const bool in_scope = s.query.scope_organization.empty() ? within_region(o.region_code, s.query.scope_region)
                                                             : o.id == s.query.scope_organization;
    if (!in_scope || (!s.query.organization.empty() && o.id != s.query.organization) ||
        (!s.query.region.empty() && !within_region(o.region_code, s.query.region)) || r.figures.count == 0)
      continue;
    t.rows.push_back({stat_text(o.name), stat_number(r.figures.count), stat_number(r.figures.decided),
                      optional_number(r.figures.median_days, 1), optional_number(r.figures.p90_days, 1),
                      optional_number(r.figures.late_share, 100)});
  }
  return t;
}

}  // namespace

const std::vector<std::string>& statistic_names() {
  static const std::vector<std::string> names{"intakes",   "shelter",    "services",   "outcomes",
                                              "referrals", "assistance", "agreements", "budget"};
  return names;
}

Result<StatResult> statistic(const Context& ctx, const Actor& actor, const std::string& name,
                             const StatFilterInput& in) {
  const auto& names = statistic_names();
  if (std::find(names.begin(), names.end(), name) == names.end())
    return not_found("Statistik \"" + name + "\" tidak ada.");
  StatTable t;
  std::optional<Scoped> scoped;
  {
    store::UnitOfWork unit(ctx.db, Mode::read);
    auto r = scope_of(unit, actor, in);
    if (!r) return r.error();
    scoped = std::move(r.value());
    const auto& s = *scoped;
    if (!s.query.source.empty() && (name == "assistance" || name == "agreements" || name == "budget"))
      return invalid_input("source", "Filter sumber penjangkauan hanya berlaku untuk tabel tentang penerima manfaat.");
    if (name == "intakes") t = intakes(unit, actor, s);
    if (name == "shelter") t = shelter(unit, actor, s);
    if (name == "services") t = services(unit, actor, s);
    if (name == "outcomes") t = outcomes(unit, actor, s);
    if (name == "referrals") t = referrals(unit, actor, s);
    if (name == "agreements") t = agreements(unit, actor, s);
    if (name == "budget") t = budget(unit, actor, s);
  }
  const auto& s = *scoped;
  if (name == "assistance") {  // its figures open their own unit of work
    auto a = assistance(ctx, actor, s);
    if (!a) return a.error();
    t = std::move(a.value());
  }
  if (s.suppress) suppress_small_counts(t);
  return StatResult{std::move(t), actor.organization};
}

Result<PmksTable> pmks_table(const Context& ctx, const Actor& actor, const StatFilterInput& in) {
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto scoped = scope_of(unit, actor, in);
  if (!scoped) return scoped.error();
  const auto& s = scoped.value();
  auto rows = store::report_rows(unit, actor.organization.id);
  if (rows.empty()) rows = default_report_rows();
  std::vector<std::vector<std::string>> codes;
  PmksTable out;
  out.year = s.period.year;
  for (const auto& r : rows) {
    codes.push_back(r.categories);
    out.lines.push_back({r.label, r.categories, 0, 0});
  }
  PmksTableLine other{s.w("Lainnya", "Other"), {}, 0, 0};
  std::vector<std::string> other_categories;
  for (const auto& c : store::pmks_row_counts(unit, codes, s.query, other_categories)) {
    auto& line = c.row < 0 ? other : out.lines[static_cast<std::size_t>(c.row)];
    (c.female ? line.female : line.male) += c.persons;
  }
  if (other.male + other.female > 0) {
    other.categories = std::move(other_categories);
    out.lines.push_back(other);
  }
  auto t = base_table("laporan-pmks", {"Data Jumlah PMKS dibina", "PMKS Served"}, actor, s);
  t.columns = {col("no", "No", false, 5), col("label", s.w("Jenis PMKS", "PMKS category"), false, 34),
               col("male", s.w("L", "M"), true, 8, true, s.w("Jenis Kelamin", "Sex")),
               col("female", s.w("P", "F"), true, 8, true, s.w("Jenis Kelamin", "Sex")),
               col("total", s.w("Jumlah", "Total"), true, 10)};
  long long no = 0;
  for (const auto& l : out.lines) {
    out.male += l.male;
    out.female += l.female;
    if (l.male + l.female == 0 && in.empty != "1") continue;
    t.rows.push_back({stat_text(std::to_string(++no)), stat_text(l.label), stat_number(l.male), stat_number(l.female),
                      stat_number(l.male + l.female)});
  }
  t.total = std::vector<StatCell>{stat_text(""), stat_text(s.w("JUMLAH", "TOTAL")), stat_number(out.male), stat_number(out.female),
                                  stat_number(out.male + out.female)};
  if (s.suppress) suppress_small_counts(t);
  out.result = {std::move(t), actor.organization};
  return out;
}

Result<StatResult> person_list(const Context& ctx, const Actor& actor, const StatFilterInput& in,
                               const std::string& format) {
  if (!actor.has(Role::supervisor) && !actor.has(Role::admin))
    return forbidden("Hanya supervisor atau administrator yang dapat mengunduh daftar nama penerima manfaat.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto scoped = scope_of(unit, actor, in);
  if (!scoped) return scoped.error();
  const auto& s = scoped.value();
  constexpr int kLimit = 20000;
  const auto persons = store::listed_persons(unit, s.query, kLimit + 1);
  if (persons.size() > static_cast<std::size_t>(kLimit))
    return invalid_input("to",
                         "Terlalu banyak orang untuk satu unduhan (lebih dari 20.000); perkecil periode atau wilayah.");
  auto t = base_table("daftar-pmks", {"Daftar PMKS dibina", "List of PMKS Served"}, actor, s);
  t.columns = {col("no", "No", false, 5),
               col("name", s.w("Nama", "Name"), false, 32),
               col("sex", s.w("L/P", "Sex"), false, 5),
               col("birth", s.w("Tanggal lahir", "Date of birth"), false, 12),
               col("category", s.w("Jenis PMKS", "PMKS category"), false, 30),
               col("assessed_on", s.w("Tanggal asesmen", "Assessed on"), false, 14)};
  long long no = 0;
  for (const auto& p : persons) {
    const auto c = find_pmks(p.category);
    t.rows.push_back({stat_text(std::to_string(++no)), stat_text(p.sensitive ? s.w("(dirahasiakan)", "(confidential)") : p.full_name),
                      stat_text(p.sex), stat_text(p.sensitive ? "" : p.birth_date),
                      stat_text(c ? std::string(c->name) : p.category), stat_text(p.assessed_on)});
  }
  write_audit(unit, ctx, actor,
              {"report.persons_export", "organization", actor.organization.id,
               boost::json::serialize(boost::json::object{
                   {"rows", persons.size()}, {"format", format}, {"from", s.period.from}, {"to", s.period.to}})});
  unit.commit();
  return StatResult{std::move(t), actor.organization};
}

}  // namespace mitra::services
