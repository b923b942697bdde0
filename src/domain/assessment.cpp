#include "domain/assessment.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <tuple>

namespace mitra {
namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

AssessmentPeriod make_year(int y) {
  const std::string ys = std::to_string(y);
  return {ys, ys + "-01-01", ys + "-12-31", false};
}

AssessmentPeriod make_quarter(int y, int q) {
  static const char* first[] = {"-01-01", "-04-01", "-07-01", "-10-01"};
  static const char* last[] = {"-03-31", "-06-30", "-09-30", "-12-31"};
  const std::string ys = std::to_string(y);
  return {ys + "Q" + std::to_string(q), ys + first[q - 1], ys + last[q - 1], true};
}

// A number in Indonesian notation: one decimal at most, comma as the decimal mark.
std::string num(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 0.05)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

// The same in English notation: a dot as the decimal mark.
std::string num_en(double v) {
  std::string s = num(v);
  std::replace(s.begin(), s.end(), ',', '.');
  return s;
}

// Whole rupiah with thousands separators: "Rp 1.500.000" (Indonesian, `sep` '.') or "Rp 1,500,000".
std::string rupiah(long long v, char sep = '.') {
  std::string digits = std::to_string(v < 0 ? -v : v), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
    out += digits[i];
  }
  return std::string(v < 0 ? "Rp -" : "Rp ") + out;
}

std::string rupiah_en(long long v) { return rupiah(v, ','); }

std::optional<double> pct(long long part, long long whole) {
  if (whole <= 0) return std::nullopt;
  return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

double median(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

using Indicators = std::vector<AssessmentIndicator>;

std::optional<double> value_of(const Indicators& v, std::string_view code) {
  const auto* i = find_indicator(v, code);
  return i ? i->value : std::nullopt;
}

// How an indicator scores 0-100 for the lenses (docs/assessment.md, "Indicator scores").
std::optional<double> indicator_score(const Indicators& v, const std::string& code) {
  const auto value = value_of(v, code);
  if (!value) return std::nullopt;
  const double x = *value;
  auto clamp = [](double s) { return std::max(0.0, std::min(100.0, s)); };
  if (code == "meetings_per_quarter") return clamp(x * 100);  // one meeting a quarter is enough
  if (code == "meeting_organizers") return clamp(x * 50);     // two organisers or more: full
  if (code == "resource_sides") return clamp(x * 50);         // both sides bring resources
  if (code == "referrals_both_ways") return clamp(x * 50);    // 0, 1 or 2 directions
  if (code == "partner_resource_share") return clamp(std::min(x, 100 - x) / 25 * 100);  // smaller side >= 25%
  if (code == "request_reply_days") {
    const auto level = value_of(v, "service_level_days");
    if (!level || *level <= 0) return std::nullopt;
    return x <= *level ? 100.0 : clamp(*level / x * 100);
  }
  if (code == "back_on_street_share") return clamp(100 - 2 * x);
  if (code == "years_since_start") return clamp(x / 3 * 100);  // three years of history: full
  if (code == "agreement_in_force" || code == "ground_rules" || code == "budget_continuity" || code == "both_sides")
    return x > 0 ? 100.0 : 0.0;
  if (code == "people_served" || code == "school_enrolled" || code == "reintegrated" ||
      code == "activity_participants" || code == "partner_persons_registered" || code == "budget_allocated" ||
      code == "referrals_between_parties" || code == "contributing_parties" || code == "evidence_notes")
    return x > 0 ? 100.0 : 0.0;
  // Percentages score as they are.
  return clamp(x);
}

struct LensSpec {
  std::string code;
  std::vector<std::string> indicators;
};

std::string status_of(const std::optional<double>& s) {
  if (!s) return "no_data";
  return *s >= 60 ? "met" : *s >= 40 ? "partial" : "not_met";
}

LensDimension build_dimension(const std::string& lens, const LensSpec& spec, const Indicators& v,
                              const SurveyScores& survey, std::vector<std::string>& flags) {
  LensDimension d;
  d.code = spec.code;
  double sum = 0;
  int n = 0;
  for (const auto& code : spec.indicators) {
    const auto* ind = find_indicator(v, code);
    if (!ind) continue;
    d.indicators.push_back(code);
    d.evidence.push_back(ind->text);
    d.evidence_en.push_back(ind->text_en);
    if (auto s = indicator_score(v, code)) {
      sum += *s;
      ++n;
      if (*s < 60) flags.push_back(code);
    }
  }
  std::optional<double> evidence;
  if (n > 0) evidence = sum / n;
  double ssum = 0;
  int sn = 0, orgs = 0;
  for (const auto& st : survey_statements()) {
    if (st.lens != lens || st.dimension != spec.code) continue;
    auto it = survey.find(st.code);
    if (it == survey.end() || it->second.organizations == 0) continue;
    ssum += it->second.mean;
    ++sn;
    orgs = std::max(orgs, it->second.organizations);
  }
  std::optional<double> from_survey;
  if (sn > 0) {
    const double mean = ssum / sn;
    from_survey = (mean - 1) / 4 * 100;
    d.evidence.push_back("Survei peserta: rata-rata " + num(mean) + " dari 5 (" + std::to_string(orgs) + " lembaga)");
    d.evidence_en.push_back("Participants' survey: mean " + num_en(mean) + " of 5 (" + std::to_string(orgs) +
                            (orgs == 1 ? " organisation)" : " organisations)"));
  }
  if (evidence && from_survey)
    d.score = (*evidence + *from_survey) / 2;
  else
    d.score = evidence ? evidence : from_survey;
  d.status = status_of(d.score);
  return d;
}

// For each dimension, what to do when it is the weakest: {Bahasa Indonesia, English}.
const std::map<std::string, std::pair<std::string, std::string>>& suggestions() {
  static const std::map<std::string, std::pair<std::string, std::string>> m{
      {"communication",
       {"Adakan rapat koordinasi tatap muka paling sedikit sekali setiap triwulan dan pantau tindak lanjutnya sampai "
        "selesai tepat waktu.",
        "Hold a face-to-face coordination meeting (Rakor) at least once a quarter and follow its action items up until "
        "they are done on time."}},
      {"joint_work",
       {"Susun rencana kerja bersama: bagi peran tertulis dalam PKS, gilir penyelenggara rapat, dan catat kontribusi "
        "setiap pihak.",
        "Draw up a joint work plan: set the roles down in writing in the PKS, take turns organising meetings and "
        "record each party's contribution."}},
      {"trust",
       {"Bangun saling percaya: saling merujuk klien dua arah dan bagikan sumber daya secara seimbang.",
        "Build mutual trust: refer clients in both directions and share resources evenly."}},
      {"equality",
       {"Seimbangkan peran: beri lembaga mitra kesempatan menyelenggarakan rapat dan catat kontribusinya, agar tidak "
        "ada pihak yang mendominasi.",
        "Balance the roles: let partner organisations organise meetings and record their contributions, so that no "
        "party dominates."}},
      {"complementarity",
       {"Petakan peran dan sumber daya tiap pihak agar saling melengkapi; catat peran setiap pihak pada kemitraan.",
        "Map each party's roles and resources so that they complement each other; record every party's role in the "
        "partnership."}},
      {"independence",
       {"Kurangi ketergantungan: catat sumber daya yang dibawa lembaga mitra sendiri dan cari sumber dana pendamping.",
        "Reduce dependency: record the resources partner organisations bring themselves and look for matching funds."}},
      {"cooperation",
       {"Tanggapi rujukan dan surat permohonan dengan cepat; bahas penolakan dalam rapat koordinasi.",
        "Answer referrals and assistance request letters quickly; discuss refusals in the coordination meeting."}},
      {"openness",
       {"Bagikan informasi secara terbuka: rapat rutin, LPJ tepat waktu, dan data klien mitra dicatat di mitra.",
        "Share information openly: regular meetings, accountability reports (LPJ) on time, and partners' clients "
        "recorded in mitra."}},
      {"mutual_benefit",
       {"Pastikan manfaat dua arah: rujukan timbal balik, permohonan bantuan yang dipenuhi, dan klien yang terlayani "
        "bersama.",
        "Make sure the benefit flows both ways: referrals in both directions, assistance requests granted, and clients "
        "served together."}},
      {"prerequisites",
       {"Lengkapi dasar kemitraan: PKS/MoU yang berlaku dan peran setiap pihak.",
        "Complete the basis of the partnership: a PKS/MoU in force and a role for every party."}},
      {"mutuality",
       {"Perkuat timbal balik: rujukan dua arah, sumber daya dari kedua sisi, dan rapat yang diselenggarakan "
        "bergiliran.",
        "Strengthen reciprocity: referrals both ways, resources from both sides, and meetings organised in turn."}},
      {"outcomes",
       {"Catat hasil layanan (anak kembali sekolah, reintegrasi, kunjungan bimbingan lanjut) agar manfaat kemitraan "
        "terlihat.",
        "Record the results of services (children back at school, reintegration, follow-up visits) so that the "
        "partnership's benefit shows."}},
      {"performance",
       {"Percepat balasan surat permohonan bantuan sesuai batas waktu balasan (hari kerja) dan rujukan sebelum "
        "tenggatnya.",
        "Answer assistance request letters within the reply time limit (working days) and referrals before their "
        "deadline."}},
      {"efficiency",
       {"Tingkatkan efisiensi: realisasikan anggaran sesuai rencana, selesaikan tindak lanjut rapat dan LPJ tepat "
        "waktu.",
        "Improve efficiency: spend the budget as planned, finish meeting action items and accountability reports (LPJ) "
        "on time."}},
      {"leadership",
       {"Tunjuk pihak penggerak yang menyelenggarakan rapat rutin dan memantau tindak lanjutnya.",
        "Appoint a lead party that organises regular meetings and monitors their action items."}},
      {"user_involvement",
       {"Libatkan penerima manfaat: catat peserta kegiatan dan klien yang dilayani.",
        "Involve the people served: record activity participants and the clients served."}},
      {"budget_allocation",
       {"Alokasikan anggaran kemitraan secara tetap setiap periode dan catat realisasinya.",
        "Allocate the partnership's budget steadily every period and record how it is spent."}},
      {"formalisation",
       {"Formalkan kerja sama: tanda tangani PKS/MoU yang berlaku, juga per kegiatan.",
        "Formalise the cooperation: sign a PKS/MoU in force, also for each activity."}},
      {"strengthening_cooperation",
       {"Perkuat kerja sama dengan rapat tatap muka rutin yang diselenggarakan bergantian.",
        "Strengthen cooperation with regular face-to-face meetings organised by the parties in turn."}},
      {"breaking_silos",
       {"Pecah sekat antar lembaga: gunakan rujukan antar pihak di mitra dan tanggapi tepat waktu.",
        "Break the silos between organisations: refer clients between the parties in mitra and answer on time."}},
      {"flexibility",
       {"Jaga kelenturan: tanggapi surat permohonan bantuan, termasuk persetujuan sebagian bila anggaran terbatas.",
        "Stay flexible: answer assistance request letters, including partial approval when the budget is limited."}},
      {"initial_conditions",
       {"Kurangi ketimpangan sumber daya: catat dan hargai kontribusi lembaga mitra sejak awal.",
        "Reduce resource imbalances: record and value the partner organisations' contributions from the start."}},
      {"institutional_design",
       {"Sepakati aturan main bersama (ground rules): PKS/MoU yang berlaku dengan kewajiban setiap pihak, juga untuk "
        "tiap kegiatan.",
        "Agree on common ground rules: a PKS/MoU in force stating every party's obligations, also for each activity."}},
      {"facilitative_leadership",
       {"Dinas Sosial memfasilitasi: rapat rutin, pemantauan tindak lanjut dan monev yang tercatat.",
        "The Dinas Sosial facilitates: regular meetings, recorded follow-up of action items and monitoring (Monev)."}},
      {"collaborative_process",
       {"Utamakan dialog tatap muka, LPJ tepat waktu dan rujukan yang diterima untuk membangun kepercayaan dan "
        "komitmen.",
        "Favour face-to-face dialogue, accountability reports (LPJ) on time and accepted referrals to build trust and "
        "commitment."}},
  };
  return m;
}

std::optional<double> mean_score(const std::vector<LensDimension>& dims) {
  double s = 0;
  int n = 0;
  for (const auto& d : dims)
    if (d.score) {
      s += *d.score;
      ++n;
    }
  if (n == 0) return std::nullopt;
  return s / n;
}

double score_or_zero(const LensResult& r, std::string_view code) {
  for (const auto& d : r.dimensions)
    if (d.code == code) return d.score.value_or(0);
  return 0;
}

bool has_data(const LensResult& r, std::string_view code) {
  for (const auto& d : r.dimensions)
    if (d.code == code) return d.score.has_value();
  return false;
}

// Whether a principle is backed by recorded evidence: one of its indicators counted from at
// least one record and scoring above zero.
bool shows_evidence(const Indicators& v, const LensDimension& d) {
  for (const auto& code : d.indicators) {
    const auto* ind = find_indicator(v, code);
    const auto s = indicator_score(v, code);
    if (ind && ind->records > 0 && s && *s > 0) return true;
  }
  return false;
}

}  // namespace

std::optional<AssessmentPeriod> parse_assessment_period(std::string_view code) {
  if (code.size() == 4 && digits(code)) {
    const int y = std::stoi(std::string(code));
    if (y < 1990 || y > 2100) return std::nullopt;
    return make_year(y);
  }
  if (code.size() == 6 && digits(code.substr(0, 4)) && code[4] == 'Q' && code[5] >= '1' && code[5] <= '4') {
    const int y = std::stoi(std::string(code.substr(0, 4)));
    if (y < 1990 || y > 2100) return std::nullopt;
    return make_quarter(y, code[5] - '0');
  }
  return std::nullopt;
}

AssessmentPeriod previous_period(const AssessmentPeriod& p) {
  const int y = std::stoi(p.code.substr(0, 4));
  if (!p.quarter) return make_year(y - 1);
  const int q = p.code[5] - '0';
  return q == 1 ? make_quarter(y - 1, 4) : make_quarter(y, q - 1);
}

std::vector<AssessmentPeriod> assessment_periods(const AssessmentPeriod& from, const AssessmentPeriod& to,
                                                 std::size_t max) {
  std::vector<AssessmentPeriod> out;
  if (from.quarter != to.quarter || to.first_day < from.first_day) return out;
  for (AssessmentPeriod p = to;; p = previous_period(p)) {
    out.push_back(p);
    if (out.size() > max) return {};
    if (p.code == from.code) break;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

const AssessmentIndicator* find_indicator(const std::vector<AssessmentIndicator>& v, std::string_view code) {
  for (const auto& i : v)
    if (i.code == code) return &i;
  return nullptr;
}

std::vector<AssessmentIndicator> assessment_indicators(const AssessmentFacts& f, const AssessmentPeriod& p) {
  std::vector<AssessmentIndicator> v;
  // Each figure in words twice: Bahasa Indonesia, then English.
  auto add = [&](const char* code, const char* dim, const char* unit, std::optional<double> value, long long records,
                 std::string text, std::string text_en) {
    v.push_back({code, dim, unit, value, records, std::move(text), std::move(text_en)});
  };
  // "N dari M <what> (P%)" / "N of M <what_en> (P%)", or `none` when there is nothing to count.
  auto share = [&](const char* code, const char* dim, long long part, long long whole, const std::string& what,
                   const std::string& what_en, const std::string& none, const std::string& none_en) {
    const auto value = pct(part, whole);
    const std::string n = std::to_string(part), m = std::to_string(whole);
    add(code, dim, "percent", value, whole, value ? n + " dari " + m + " " + what + " (" + num(*value) + "%)" : none,
        value ? n + " of " + m + " " + what_en + " (" + num_en(*value) + "%)" : none_en);
  };
  const int q = p.quarters();
  const auto count = [](long long n) { return std::to_string(n); };
  // Communication.
  const double per_quarter = static_cast<double>(f.meetings) / q;
  add("meetings_per_quarter", "communication", "per_quarter", per_quarter, f.meetings,
      count(f.meetings) + " rapat koordinasi dalam periode (" + num(per_quarter) + " per triwulan)",
      count(f.meetings) + " coordination meetings in the period (" + num_en(per_quarter) + " per quarter)");
  share("in_person_share", "communication", f.meetings_in_person, f.meetings, "rapat tatap muka",
        "meetings held in person", "Belum ada rapat untuk menilai rapat tatap muka",
        "No meetings yet to judge in-person meetings");
  add("meeting_organizers", "communication", "count",
      f.meetings > 0 ? std::optional<double>(f.meeting_organizers) : std::nullopt, f.meetings,
      f.meetings > 0 ? "Rapat diselenggarakan oleh " + count(f.meeting_organizers) + " pihak berbeda"
                     : "Belum ada penyelenggara rapat",
      f.meetings > 0 ? "Meetings organised by " + count(f.meeting_organizers) + " different parties"
                     : "No meeting organiser yet");
  share("actions_on_time_share", "communication", f.actions_on_time, f.actions_due,
        "tindak lanjut rapat selesai tepat waktu", "meeting action items done on time",
        "Tidak ada tindak lanjut rapat yang jatuh tempo", "No meeting action items fell due");
  // Responsiveness.
  add("service_level_days", "responsiveness", "days",
      f.service_level_days > 0 ? std::optional<double>(f.service_level_days) : std::nullopt, f.requests,
      f.service_level_days > 0 ? "Batas waktu balasan surat: " + count(f.service_level_days) + " hari kerja"
                               : "Batas waktu balasan surat belum berlaku pada periode ini",
      f.service_level_days > 0 ? "Reply time limit for letters: " + count(f.service_level_days) + " working days"
                               : "No reply time limit for letters applied in this period");
  std::optional<double> reply;
  if (!f.request_reply_days.empty()) reply = median(f.request_reply_days);
  const std::string no_letters = "Tidak ada surat permohonan bantuan dalam periode",
                    no_letters_en = "No assistance request letters in the period";
  add("request_reply_days", "responsiveness", "days", reply, f.requests,
      reply ? "Median waktu balasan surat permohonan bantuan: " + num(*reply) + " hari kerja (" + count(f.requests) +
                  " surat)"
            : no_letters,
      reply ? "Median reply time to assistance request letters: " + num_en(*reply) + " working days (" +
                  count(f.requests) + " letters)"
            : no_letters_en);
  share("requests_on_time_share", "responsiveness", f.requests_on_time, f.requests, "surat dibalas dalam batas waktu",
        "letters answered within the time limit", no_letters, no_letters_en);
  share("requests_granted_share", "responsiveness", f.requests_granted, f.requests,
        "permohonan dipenuhi seluruhnya atau sebagian", "requests granted in full or in part", no_letters,
        no_letters_en);
  const std::string no_referrals = "Tidak ada rujukan antar pihak dalam periode",
                    no_referrals_en = "No referrals between the parties in the period";
  share("referral_on_time_share", "responsiveness", f.referrals_on_time, f.referrals,
        "rujukan antar pihak dijawab sebelum tenggat", "referrals between the parties answered before their deadline",
        no_referrals, no_referrals_en);
  share("referrals_accepted_share", "responsiveness", f.referrals_accepted, f.referrals, "rujukan antar pihak diterima",
        "referrals between the parties accepted", no_referrals, no_referrals_en);
  // Formalisation.
  add("agreement_in_force", "formalisation", "flag", f.agreement_in_force ? 1.0 : 0.0, f.agreement_in_force ? 1 : 0,
      f.agreement_in_force ? "Ada PKS/MoU yang berlaku dalam periode" : "Tidak ada PKS/MoU yang berlaku dalam periode",
      f.agreement_in_force ? "A cooperation agreement (PKS/MoU) was in force in the period"
                           : "No cooperation agreement (PKS/MoU) was in force in the period");
  add("ground_rules", "formalisation", "flag", f.ground_rules ? 1.0 : 0.0, f.ground_rules ? 1 : 0,
      f.ground_rules ? "Aturan main tercatat: PKS/MoU yang berlaku memuat kewajiban setiap pihak"
                     : "Aturan main bersama belum tercatat (tidak ada PKS/MoU berlaku dengan kewajiban setiap pihak)",
      f.ground_rules ? "Ground rules recorded: the agreement in force states every party's obligations"
                     : "No common ground rules recorded (no agreement in force states every party's obligations)");
  share("activity_agreement_share", "formalisation", f.activities_with_agreement, f.activities,
        "kegiatan punya perjanjian sendiri", "activities with their own agreement",
        "Tidak ada kegiatan kemitraan dalam periode", "No partnership activities in the period");
  share("lpj_on_time_share", "formalisation", f.lpj_on_time, f.lpj_due, "LPJ diserahkan tepat waktu",
        "accountability reports (LPJ) submitted on time", "Tidak ada LPJ yang jatuh tempo dalam periode",
        "No accountability report (LPJ) fell due in the period");
  add("evidence_notes", "formalisation", "count", static_cast<double>(f.evidence_notes), f.evidence_notes,
      count(f.evidence_notes) + " catatan bukti tahapan kemitraan dalam periode",
      count(f.evidence_notes) + " partnership stage evidence notes in the period");
  // Resources.
  const int sides = (f.government_resources > 0 ? 1 : 0) + (f.partner_resources > 0 ? 1 : 0);
  add("resource_sides", "resources", "count", static_cast<double>(sides), sides,
      sides == 2   ? "Pemerintah dan lembaga mitra sama-sama membawa sumber daya"
      : sides == 1 ? (f.government_resources > 0 ? "Sumber daya tercatat hanya dari pihak pemerintah"
                                                 : "Sumber daya tercatat hanya dari lembaga mitra")
                   : "Belum ada sumber daya tercatat dalam periode",
      sides == 2   ? "Government and partner organisations both bring resources"
      : sides == 1 ? (f.government_resources > 0 ? "Resources recorded from the government side only"
                                                 : "Resources recorded from the partner organisations only")
                   : "No resources recorded in the period yet");
  const long long total = f.government_resources + f.partner_resources;
  const auto partner_share = pct(f.partner_resources, total);
  add("partner_resource_share", "resources", "percent", partner_share, total > 0 ? sides : 0,
      partner_share ? "Bagian lembaga mitra dari sumber daya tercatat: " + num(*partner_share) + "% (pemerintah " +
                          rupiah(f.government_resources) + ", mitra " + rupiah(f.partner_resources) + ")"
                    : "Belum ada sumber daya tercatat untuk menilai keseimbangan",
      partner_share ? "Partner organisations' share of the recorded resources: " + num_en(*partner_share) +
                          "% (government " + rupiah_en(f.government_resources) + ", partners " +
                          rupiah_en(f.partner_resources) + ")"
                    : "No resources recorded yet to judge the balance");
  add("contributing_parties", "resources", "count",
      f.activities > 0 ? std::optional<double>(f.contributing_parties) : std::nullopt, f.contributing_parties,
      f.activities > 0 ? count(f.contributing_parties) + " pihak mencatat kontribusi pada kegiatan"
                       : "Tidak ada kegiatan untuk dicatat kontribusinya",
      f.activities > 0 ? count(f.contributing_parties) + " parties recorded contributions to activities"
                       : "No activities to record contributions to");
  add("budget_allocated", "resources", "rupiah", static_cast<double>(f.budget_allocated),
      f.budget_allocated > 0 ? 1 : 0, "Anggaran dialokasikan dalam periode: " + rupiah(f.budget_allocated),
      "Budget allocated in the period: " + rupiah_en(f.budget_allocated));
  const auto realised = pct(f.budget_disbursed, f.budget_allocated);
  add("budget_realisation", "resources", "percent", realised, f.budget_allocated > 0 ? 1 : 0,
      realised ? "Realisasi anggaran " + num(*realised) + "% (" + rupiah(f.budget_disbursed) + " dari " +
                     rupiah(f.budget_allocated) + ")"
               : "Tidak ada alokasi anggaran dalam periode",
      realised ? "Budget realisation " + num_en(*realised) + "% (" + rupiah_en(f.budget_disbursed) + " of " +
                     rupiah_en(f.budget_allocated) + ")"
               : "No budget allocated in the period");
  const bool continuous = f.budget_allocated > 0 && f.budget_previous_period;
  add("budget_continuity", "resources", "flag", continuous ? 1.0 : 0.0, f.budget_allocated > 0 ? 1 : 0,
      continuous ? "Anggaran dialokasikan pada periode ini dan periode sebelumnya"
                 : "Anggaran tidak berkesinambungan dengan periode sebelumnya",
      continuous ? "Budget allocated in this period and the one before"
                 : "The budget does not continue from the previous period");
  // Mutuality.
  const int directions = (f.referrals_to_partner > 0 ? 1 : 0) + (f.referrals_to_government > 0 ? 1 : 0);
  add("referrals_between_parties", "mutuality", "count", static_cast<double>(f.referrals), f.referrals,
      count(f.referrals) + " rujukan klien antar pihak kemitraan",
      count(f.referrals) + " client referrals between the partnership's parties");
  add("referrals_both_ways", "mutuality", "count", static_cast<double>(directions), f.referrals,
      "Rujukan pemerintah ke mitra: " + count(f.referrals_to_partner) +
          "; mitra ke pemerintah: " + count(f.referrals_to_government),
      "Referrals from government to partners: " + count(f.referrals_to_partner) +
          "; from partners to government: " + count(f.referrals_to_government));
  share("parties_with_roles_share", "mutuality", f.parties_with_roles, f.parties, "pihak punya peran tercatat",
        "parties with recorded roles", "Belum ada pihak tercatat", "No parties recorded yet");
  add("both_sides", "mutuality", "flag", f.government_parties > 0 && f.partner_parties > 0 ? 1.0 : 0.0, f.parties,
      count(f.government_parties) + " pihak pemerintah dan " + count(f.partner_parties) + " lembaga non-pemerintah",
      count(f.government_parties) + " government parties and " + count(f.partner_parties) +
          " non-government organisations");
  // Outcomes.
  add("people_served", "outcomes", "count", static_cast<double>(f.people_served), f.people_served,
      count(f.people_served) + " orang dilayani para pihak (kasus dibuka dalam periode)",
      count(f.people_served) + " people served by the parties (cases opened in the period)");
  add("school_enrolled", "outcomes", "count", static_cast<double>(f.school_enrolled), f.school_enrolled,
      count(f.school_enrolled) + " anak didaftarkan sekolah", count(f.school_enrolled) + " children enrolled in school");
  add("reintegrated", "outcomes", "count", static_cast<double>(f.reintegrated), f.reintegrated,
      count(f.reintegrated) + " orang memasuki tahap reintegrasi",
      count(f.reintegrated) + " people entered the reintegration stage");
  share("back_on_street_share", "outcomes", f.back_on_street, f.follow_up_visits,
        "kunjungan bimbingan lanjut menemukan anak kembali ke jalan",
        "follow-up visits found the child back on the street", "Belum ada kunjungan bimbingan lanjut tercatat",
        "No follow-up visits recorded yet");
  add("activity_participants", "outcomes", "count", static_cast<double>(f.activity_participants),
      f.activity_participants, count(f.activity_participants) + " peserta kegiatan kemitraan tercatat",
      count(f.activity_participants) + " participants in partnership activities recorded");
  // Data sharing.
  add("partner_persons_registered", "data_sharing", "count", static_cast<double>(f.partner_persons_registered),
      f.partner_persons_registered,
      count(f.partner_persons_registered) + " klien lembaga mitra didaftarkan di mitra dalam periode",
      count(f.partner_persons_registered) + " clients of partner organisations registered in mitra in the period");
  add("duplicates_resolved", "data_sharing", "count",
      f.duplicates_resolved >= 0 ? std::optional<double>(f.duplicates_resolved) : std::nullopt,
      std::max(0LL, f.duplicates_resolved),
      f.duplicates_resolved >= 0 ? count(f.duplicates_resolved) + " data ganda diselesaikan"
                                 : "Data ganda yang diselesaikan: belum ada data (mitra belum mencatatnya)",
      f.duplicates_resolved >= 0 ? count(f.duplicates_resolved) + " duplicate records resolved"
                                 : "Duplicate records resolved: no data yet (mitra does not record them yet)");
  add("years_since_start", "history", "count", static_cast<double>(f.years_since_start), 1,
      "Kemitraan sudah berjalan " + count(f.years_since_start) + " tahun pada akhir periode",
      "The partnership had run for " + count(f.years_since_start) + " years at the end of the period");
  return v;
}

const std::vector<SurveyStatement>& survey_statements() {
  static const std::vector<SurveyStatement> s{
      {"productivity.communication", "productivity", "communication",
       "Komunikasi antar pihak berjalan baik dan teratur.", "Communication between the parties is good and regular."},
      {"productivity.joint_work", "productivity", "joint_work",
       "Para pihak merencanakan dan menjalankan program bersama, bukan sendiri-sendiri.",
       "The parties plan and run programmes together, not each on its own."},
      {"productivity.trust", "productivity", "trust", "Para pihak saling percaya dan diperlakukan sebagai subjek.",
       "The parties trust each other and are treated as subjects."},
      {"union.equality", "union", "equality", "Tidak ada pihak yang mendominasi keputusan.",
       "No party dominates the decisions."},
      {"union.complementarity", "union", "complementarity", "Peran dan sumber daya para pihak saling melengkapi.",
       "The parties' roles and resources complement each other."},
      {"tandon.independence", "tandon", "independence",
       "Lembaga kami tidak bergantung sepenuhnya pada pihak lain untuk menjalankan program.",
       "Our organisation does not depend entirely on another party to run the programme."},
      {"tandon.cooperation", "tandon", "cooperation", "Perbedaan pendapat diselesaikan bersama tanpa pertentangan.",
       "Disagreements are settled together without conflict."},
      {"suroyo.equality", "suroyo", "equality", "Setiap pihak diperlakukan setara.",
       "Every party is treated as an equal."},
      {"suroyo.openness", "suroyo", "openness", "Informasi, data dan laporan dibagikan secara terbuka.",
       "Information, data and reports are shared openly."},
      {"suroyo.mutual_benefit", "suroyo", "mutual_benefit", "Kemitraan memberi manfaat bagi setiap pihak.",
       "The partnership benefits every party."},
      {"brinkerhoff.mutuality", "brinkerhoff", "mutuality", "Hak dan kewajiban para pihak timbal balik.",
       "The parties' rights and obligations are reciprocal."},
      {"brinkerhoff.performance", "brinkerhoff", "performance", "Permintaan, surat dan rujukan dijawab tepat waktu.",
       "Requests, letters and referrals are answered on time."},
      {"brinkerhoff.efficiency", "brinkerhoff", "efficiency",
       "Sumber daya digunakan secara efisien dan hambatan ditangani bersama.",
       "Resources are used efficiently and obstacles are handled together."},
      {"psp.leadership", "psp", "leadership", "Ada pihak yang memimpin dan menggerakkan kemitraan.",
       "A party leads and drives the partnership."},
      {"psp.user_involvement", "psp", "user_involvement", "Penerima manfaat dilibatkan dalam kegiatan.",
       "Service users are involved in the activities."},
      {"psp.flexibility", "psp", "flexibility", "Kemitraan lentur menghadapi perubahan kebutuhan.",
       "The partnership adapts to changing needs."},
      {"ansell_gash.initial_conditions", "ansell_gash", "initial_conditions",
       "Riwayat kerja sama sebelumnya membangun kepercayaan.", "Earlier cooperation built trust."},
      {"ansell_gash.institutional_design", "ansell_gash", "institutional_design",
       "Aturan main bersama jelas dan disepakati semua pihak.", "Common ground rules are clear and agreed by all."},
      {"ansell_gash.facilitative_leadership", "ansell_gash", "facilitative_leadership",
       "Ada pihak yang memfasilitasi dan memantau kolaborasi.", "A party facilitates and monitors the collaboration."},
      {"ansell_gash.collaborative_process", "ansell_gash", "collaborative_process",
       "Dialog tatap muka membangun saling pengertian dan komitmen.",
       "Face-to-face dialogue builds shared understanding and commitment."},
  };
  return s;
}

const SurveyStatement* find_statement(std::string_view code) {
  for (const auto& s : survey_statements())
    if (s.code == code) return &s;
  return nullptr;
}

const std::vector<std::string>& assessment_lenses() {
  static const std::vector<std::string> l{"productivity", "union", "tandon",     "suroyo",
                                          "brinkerhoff",  "psp",   "ansell_gash"};
  return l;
}

std::vector<LensResult> assess_lenses(const std::vector<AssessmentIndicator>& v, const SurveyScores& survey) {
  struct Def {
    const char* lens;
    const char* paper;
    std::vector<LensSpec> dims;
  };
  const std::vector<Def> defs{
      {"productivity",
       "000",
       {{"communication", {"meetings_per_quarter", "in_person_share", "actions_on_time_share"}},
        {"joint_work", {"agreement_in_force", "meeting_organizers", "resource_sides"}},
        {"trust", {"referrals_both_ways", "partner_resource_share"}}}},
      {"union",
       "003",
       {{"equality", {"partner_resource_share", "meeting_organizers"}},
        {"complementarity", {"both_sides", "parties_with_roles_share", "resource_sides"}}}},
      {"tandon",
       "003",
       {{"independence", {"partner_resource_share", "resource_sides"}},
        {"cooperation", {"referrals_accepted_share", "requests_granted_share", "actions_on_time_share"}}}},
      {"suroyo",
       "003",
       {{"equality", {"partner_resource_share", "meeting_organizers", "parties_with_roles_share"}},
        {"openness", {"meetings_per_quarter", "lpj_on_time_share", "partner_persons_registered"}},
        {"mutual_benefit", {"referrals_both_ways", "requests_granted_share", "people_served"}}}},
      {"brinkerhoff",
       "002",
       {{"prerequisites", {"agreement_in_force", "parties_with_roles_share"}},
        {"mutuality", {"referrals_both_ways", "resource_sides", "meeting_organizers"}},
        {"outcomes", {"people_served", "school_enrolled", "reintegrated", "back_on_street_share"}},
        {"performance",
         {"request_reply_days", "requests_on_time_share", "referral_on_time_share", "meetings_per_quarter"}},
        {"efficiency", {"budget_realisation", "actions_on_time_share", "lpj_on_time_share"}}}},
      {"psp",
       "001",
       {{"leadership", {"meetings_per_quarter", "actions_on_time_share"}},
        {"user_involvement", {"activity_participants", "people_served"}},
        {"budget_allocation", {"budget_allocated", "budget_realisation", "budget_continuity"}},
        {"formalisation", {"agreement_in_force", "activity_agreement_share"}},
        {"strengthening_cooperation", {"meetings_per_quarter", "in_person_share", "meeting_organizers"}},
        {"breaking_silos", {"referrals_between_parties", "referrals_accepted_share"}},
        {"flexibility", {"requests_granted_share", "budget_continuity"}}}},
      {"ansell_gash",
       "004",
       {{"initial_conditions", {"years_since_start", "partner_resource_share"}},
        {"institutional_design", {"agreement_in_force", "ground_rules", "activity_agreement_share"}},
        {"facilitative_leadership", {"meetings_per_quarter", "actions_on_time_share", "evidence_notes"}},
        {"collaborative_process", {"in_person_share", "lpj_on_time_share", "referrals_accepted_share"}}}},
  };
  std::vector<LensResult> out;
  for (const auto& def : defs) {
    LensResult r;
    r.lens = def.lens;
    r.paper = def.paper;
    for (const auto& spec : def.dims) {
      std::vector<std::string> flags;
      auto d = build_dimension(def.lens, spec, v, survey, flags);
      // Flagged figures go first among the evidence, so the weak ones are read first (in both
      // languages, in the same order).
      std::vector<std::string> evidence, evidence_en;
      for (const auto& f : flags) {
        evidence.push_back("Perlu perhatian: " + find_indicator(v, f)->text);
        evidence_en.push_back("Needs attention: " + find_indicator(v, f)->text_en);
      }
      for (std::size_t i = 0; i < d.evidence.size(); ++i) {
        const auto& e = d.evidence[i];
        const bool flagged = std::any_of(flags.begin(), flags.end(),
                                         [&](const std::string& f) { return find_indicator(v, f)->text == e; });
        if (flagged) continue;
        evidence.push_back(e);
        evidence_en.push_back(d.evidence_en[i]);
      }
      d.evidence = std::move(evidence);
      d.evidence_en = std::move(evidence_en);
      d.flags = std::move(flags);
      d.recorded = shows_evidence(v, d);
      r.dimensions.push_back(std::move(d));
    }
    r.score = mean_score(r.dimensions);
    const std::string lens = def.lens;
    if (lens == "productivity") {
      if (!has_data(r, "communication") || score_or_zero(r, "communication") < 40)
        r.classification = "counter_productive";
      else if (score_or_zero(r, "joint_work") < 60 || score_or_zero(r, "trust") < 60)
        r.classification = "semi_productive";
      else
        r.classification = "productive";
    } else if (lens == "union") {
      const bool different = value_of(v, "both_sides").value_or(0) > 0;
      const double equality = score_or_zero(r, "equality");
      if (equality < 40)
        r.classification = "subordinate_union";
      else if (different && score_or_zero(r, "complementarity") >= 60)
        r.classification = "linear_collaborative";
      else
        r.classification = "linear_union";
    } else if (lens == "tandon") {
      // Adversary needs refusals on record (referrals or requests), not only late action items.
      const bool refusals_on_record =
          value_of(v, "referrals_accepted_share").has_value() || value_of(v, "requests_granted_share").has_value();
      if (refusals_on_record && score_or_zero(r, "cooperation") < 40)
        r.classification = "adversary";
      else if (score_or_zero(r, "independence") < 40)
        r.classification = "dependency";
      else
        r.classification = "collaborative";
    } else if (lens == "psp") {
      int shown = 0;
      for (const auto& d : r.dimensions) shown += d.recorded ? 1 : 0;
      r.classification = std::to_string(shown) + "_of_7";
    } else if (lens == "suroyo") {
      int met = 0;
      for (const auto& d : r.dimensions) met += d.status == "met" ? 1 : 0;
      r.classification = met == 3 ? "all_met" : met > 0 ? "partly_met" : "not_met";
    } else {
      const double s = r.score.value_or(0);
      r.classification = !r.score ? "no_data" : s >= 75 ? "strong" : s >= 50 ? "moderate" : "weak";
    }
    const LensDimension* weakest = nullptr;
    for (const auto& d : r.dimensions)
      if (d.score && (!weakest || *d.score < *weakest->score)) weakest = &d;
    if (weakest) {
      r.weakest = weakest->code;
      std::tie(r.suggestion, r.suggestion_en) = suggestions().at(weakest->code);
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::string trend_direction(const std::vector<std::optional<double>>& scores) {
  std::optional<double> first, last;
  for (const auto& s : scores)
    if (s) {
      if (!first) first = s;
      last = s;
    }
  int n = 0;
  for (const auto& s : scores) n += s ? 1 : 0;
  if (n < 2) return "";
  if (*last - *first >= 5) return "up";
  if (*first - *last >= 5) return "down";
  return "steady";
}

}  // namespace mitra
