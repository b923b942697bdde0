// Kemitraan: a partnership between two or more organisations, its place in Kuswidanti's eight
// stages (used in seed 003), its agreements (MoU, PKS, NPHD, SK), the money behind it
// (allocations by source, disbursements, LPJ) and what each party brings to an activity.
// Pure rules, no I/O.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "domain/working_days.hpp"

namespace mitra {

// Kuswidanti (2008): the eight stages of a partnership, in order.
enum class PartnershipStage {
  problem_recognition,    // pengenalan masalah
  problem_selection,      // seleksi masalah
  candidate_partners,     // identifikasi calon mitra
  partner_roles,          // identifikasi peran mitra / jaringan
  agreement,              // menumbuhkan kesepakatan
  work_plan,              // menyusun rencana kerja (POA)
  integrated_activities,  // melaksanakan kegiatan terpadu
  monitoring_evaluation,  // pemantauan dan evaluasi (monev)
};
inline constexpr int kStageCount = 8;

std::string_view to_string(PartnershipStage s);
std::optional<PartnershipStage> parse_partnership_stage(std::string_view s);
std::string_view stage_label(PartnershipStage s);  // in Bahasa Indonesia, for messages
int stage_number(PartnershipStage s);              // 1-8
const std::vector<PartnershipStage>& partnership_stages();

// Moves one stage forward, or back to any earlier stage (a partnership can fall back, e.g.
// when a partner leaves); a reason is always required. Errors: invalid_input (field reason)
// without a reason; conflict (field stage) for the same stage or a skip forward.
Status check_stage_move(PartnershipStage from, PartnershipStage to, const std::string& reason);

// What a party does in the partnership (seed 003's division of roles).
inline constexpr std::string_view kPartyRoles[] = {"facilitator", "funder",          "implementer", "venue",
                                                   "recruiter",   "resource_person", "other"};
bool is_party_role(std::string_view role);

// OECD (1997) partnership types, plus a plain MoU collaboration.
inline constexpr std::string_view kPartnershipTypes[] = {"management_contract", "lease", "build_operate_transfer",
                                                         "community_based_provision", "mou_collaboration"};
bool is_partnership_type(std::string_view type);

struct PartyInput {
  std::string organization_id;
  std::vector<std::string> roles;
};
// Two or more distinct organisations, each with one or more known roles (no repeats).
// Errors: invalid_input naming parties.
Status check_parties(const std::vector<PartyInput>& parties);

// Start and end as "YYYY-MM-DD"; end may be empty (open-ended) but not before start.
// Errors: invalid_input naming the field.
Status check_period(const std::string& start, const std::string& end, const char* start_field,
                    const char* end_field, bool start_required);

// Agreements: Nota Kesepahaman (MoU, a framework), Perjanjian Kerja Sama (PKS, binding), Naskah
// Perjanjian Hibah Daerah (NPHD, a regional grant), Surat Keputusan (SK, a decree).
inline constexpr std::string_view kAgreementKinds[] = {"mou", "pks", "nphd", "sk"};
bool is_agreement_kind(std::string_view kind);

// Reminders before an agreement ends: 60 and 30 days before.
inline constexpr int kFirstReminderDays = 60;
inline constexpr int kSecondReminderDays = 30;
// Which reminder is due on `today` for an agreement ending on `end_date`: 60 while 31-60 days
// are left, 30 while 0-30 are left, nullopt otherwise (ended, far off, or no end date).
std::optional<int> reminder_due(const std::string& end_date, const std::string& today);

// Sources of money (sumber dana).
inline constexpr std::string_view kFundingSources[] = {"apbd", "apbn", "csr", "own_funds", "in_kind"};
bool is_funding_source(std::string_view source);

// What a party contributes to an activity; in-kind contributions are valued in rupiah too.
inline constexpr std::string_view kContributionKinds[] = {"money", "staff", "venue", "goods"};
bool is_contribution_kind(std::string_view kind);

inline constexpr std::int64_t kMaxRupiah = 1'000'000'000'000'000LL;  // a thousand trillion
// Errors: invalid_input naming the field when negative (or zero unless allowed) or too large.
Status check_amount(std::int64_t amount, const char* field, bool allow_zero);

// Whether `amount` more may be paid out of an allocation of `allocated` of which `disbursed`
// is already paid. Errors: invalid_input (amount not positive), conflict (field amount) naming
// what is left when it is more than that.
Status check_disbursement(std::int64_t allocated, std::int64_t disbursed, std::int64_t amount);

// Realisation (realisasi) in percent, one decimal: 0 when nothing is allocated.
double realisation_percent(std::int64_t allocated, std::int64_t disbursed);

// Laporan pertanggungjawaban: due, submitted, verified; overdue when not submitted by its due date.
enum class LpjStatus { due, overdue, submitted, verified };
std::string_view to_string(LpjStatus s);
LpjStatus lpj_status(const std::string& due_date, const std::string& submitted_on, const std::string& verified_at,
                     const std::string& today);

// Rupiah as an operator reads it: "Rp 1.250.000".
std::string format_rupiah(std::int64_t amount);

}  // namespace mitra
