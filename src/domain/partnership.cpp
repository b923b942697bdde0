#include "domain/partnership.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <utility>

#include "domain/shelter.hpp"  // parse_day

namespace mitra {
namespace {

struct StageName {
  PartnershipStage stage;
  std::string_view code, label;
};

constexpr std::array<StageName, kStageCount> kStages{{
    {PartnershipStage::problem_recognition, "problem_recognition", "Pengenalan masalah"},
    {PartnershipStage::problem_selection, "problem_selection", "Seleksi masalah"},
    {PartnershipStage::candidate_partners, "candidate_partners", "Identifikasi calon mitra"},
    {PartnershipStage::partner_roles, "partner_roles", "Identifikasi peran dan jaringan mitra"},
    {PartnershipStage::agreement, "agreement", "Menumbuhkan kesepakatan"},
    {PartnershipStage::work_plan, "work_plan", "Menyusun rencana kerja"},
    {PartnershipStage::integrated_activities, "integrated_activities", "Melaksanakan kegiatan terpadu"},
    {PartnershipStage::monitoring_evaluation, "monitoring_evaluation", "Pemantauan dan evaluasi (monev)"},
}};

template <std::size_t N>
bool one_of(const std::string_view (&list)[N], std::string_view s) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

std::string_view to_string(PartnershipStage s) { return kStages[static_cast<std::size_t>(s)].code; }

std::optional<PartnershipStage> parse_partnership_stage(std::string_view s) {
  for (const auto& n : kStages)
    if (n.code == s) return n.stage;
  return std::nullopt;
}

std::string_view stage_label(PartnershipStage s) { return kStages[static_cast<std::size_t>(s)].label; }
int stage_number(PartnershipStage s) { return static_cast<int>(s) + 1; }

const std::vector<PartnershipStage>& partnership_stages() {
  static const std::vector<PartnershipStage> kAll = [] {
    std::vector<PartnershipStage> v;
    for (const auto& n : kStages) v.push_back(n.stage);
    return v;
  }();
  return kAll;
}

Status check_stage_move(PartnershipStage from, PartnershipStage to, const std::string& reason) {
  if (blank(reason)) return invalid_input("reason", "Tuliskan alasan perpindahan tahap kemitraan.");
  if (from == to) return conflict("stage", "Kemitraan sudah berada pada tahap " + std::string(stage_label(to)) + ".");
  if (stage_number(to) > stage_number(from) + 1)
    return conflict("stage", "Tahap tidak boleh dilompati: dari tahap " + std::to_string(stage_number(from)) + " (" +
                                 std::string(stage_label(from)) + ") hanya dapat maju ke tahap " +
                                 std::to_string(stage_number(from) + 1) + ".");
  return ok_status();
}

bool is_party_role(std::string_view role) { return one_of(kPartyRoles, role); }
bool is_partnership_type(std::string_view type) { return one_of(kPartnershipTypes, type); }
bool is_agreement_kind(std::string_view kind) { return one_of(kAgreementKinds, kind); }
bool is_funding_source(std::string_view source) { return one_of(kFundingSources, source); }
bool is_contribution_kind(std::string_view kind) { return one_of(kContributionKinds, kind); }

Status check_parties(const std::vector<PartyInput>& parties) {
  if (parties.size() < 2) return invalid_input("parties", "Kemitraan membutuhkan paling sedikit dua lembaga pihak.");
  std::set<std::string> seen;
  for (const auto& p : parties) {
    if (p.organization_id.empty()) return invalid_input("parties", "Setiap pihak harus menyebut lembaganya.");
    if (!seen.insert(p.organization_id).second)
      return invalid_input("parties", "Satu lembaga hanya boleh muncul sekali sebagai pihak; gabungkan perannya.");
    if (p.roles.empty()) return invalid_input("parties", "Setiap pihak harus memiliki paling sedikit satu peran.");
    std::set<std::string> roles;
    for (const auto& r : p.roles) {
      if (!is_party_role(r))
        return invalid_input("parties",
                             "Peran pihak harus salah satu dari: facilitator, funder, implementer, venue, recruiter, "
                             "resource_person, other.");
      if (!roles.insert(r).second) return invalid_input("parties", "Peran yang sama tidak boleh ditulis dua kali.");
    }
  }
  return ok_status();
}

Status check_period(const std::string& start, const std::string& end, const char* start_field, const char* end_field,
                    bool start_required) {
  if (start.empty() && start_required) return invalid_input(start_field, "Isi tanggal mulai (YYYY-MM-DD).");
  if (!start.empty() && !is_day(start))
    return invalid_input(start_field, "Tanggal mulai harus berformat YYYY-MM-DD, mis. 2024-03-01.");
  if (!end.empty() && !is_day(end))
    return invalid_input(end_field, "Tanggal selesai harus berformat YYYY-MM-DD, mis. 2024-12-31.");
  if (!start.empty() && !end.empty() && end < start)
    return invalid_input(end_field, "Tanggal selesai tidak boleh sebelum tanggal mulai.");
  return ok_status();
}

std::optional<int> reminder_due(const std::string& end_date, const std::string& today) {
  if (!is_day(end_date) || !is_day(today)) return std::nullopt;
  const int left = days_between(today, end_date).value_or(0);
  if (left < 0 || left > kFirstReminderDays) return std::nullopt;
  return left > kSecondReminderDays ? kFirstReminderDays : kSecondReminderDays;
}

Status check_amount(std::int64_t amount, const char* field, bool allow_zero) {
  if (amount < 0 || (!allow_zero && amount == 0) || amount > kMaxRupiah)
    return invalid_input(field, std::string("Jumlah rupiah harus bilangan bulat ") + (allow_zero ? "0" : "lebih dari 0") +
                                    " sampai 1.000 triliun, tanpa titik atau koma.");
  return ok_status();
}

Status check_disbursement(std::int64_t allocated, std::int64_t disbursed, std::int64_t amount) {
  if (auto s = check_amount(amount, "amount", false); !s) return s;
  const std::int64_t left = allocated - disbursed;
  if (amount > left)
    return conflict("amount", "Pencairan melebihi alokasi: sisa alokasi " + format_rupiah(std::max<std::int64_t>(left, 0)) +
                                  " dari " + format_rupiah(allocated) + ".");
  return ok_status();
}

double realisation_percent(std::int64_t allocated, std::int64_t disbursed) {
  if (allocated <= 0) return 0.0;
  return std::round(static_cast<double>(disbursed) * 1000.0 / static_cast<double>(allocated)) / 10.0;
}

std::string_view to_string(LpjStatus s) {
  switch (s) {
    case LpjStatus::due: return "due";
    case LpjStatus::overdue: return "overdue";
    case LpjStatus::submitted: return "submitted";
    case LpjStatus::verified: return "verified";
  }
  return "due";
}

LpjStatus lpj_status(const std::string& due_date, const std::string& submitted_on, const std::string& verified_at,
                     const std::string& today) {
  if (!verified_at.empty()) return LpjStatus::verified;
  if (!submitted_on.empty()) return LpjStatus::submitted;
  return today > due_date ? LpjStatus::overdue : LpjStatus::due;
}

std::string format_rupiah(std::int64_t amount) {
  std::string digits = std::to_string(amount < 0 ? -amount : amount), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return std::string(amount < 0 ? "-Rp " : "Rp ") + out;
}

}  // namespace mitra
