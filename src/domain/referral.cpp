#include "domain/referral.hpp"

#include <array>
#include <utility>

namespace mitra {
namespace {

constexpr std::array<std::pair<ReferralStatus, std::string_view>, 5> kStatuses{{
    {ReferralStatus::pending, "pending"},
    {ReferralStatus::accepted, "accepted"},
    {ReferralStatus::declined, "declined"},
    {ReferralStatus::withdrawn, "withdrawn"},
    {ReferralStatus::completed, "completed"},
}};

}  // namespace

std::string_view to_string(ReferralStatus s) {
  for (const auto& [status, name] : kStatuses)
    if (status == s) return name;
  return "unknown";
}

std::optional<ReferralStatus> parse_referral_status(std::string_view s) {
  for (const auto& [status, name] : kStatuses)
    if (name == s) return status;
  return std::nullopt;
}

std::string_view to_string(ReferralKind k) { return k == ReferralKind::transfer ? "transfer" : "referral"; }

std::optional<ReferralKind> parse_referral_kind(std::string_view s) {
  if (s == "referral") return ReferralKind::referral;
  if (s == "transfer") return ReferralKind::transfer;
  return std::nullopt;
}

bool is_open(ReferralStatus s) { return s == ReferralStatus::pending || s == ReferralStatus::accepted; }

Result<ReferralStatus> reply(ReferralStatus current, bool accept, const std::string& reason) {
  if (current != ReferralStatus::pending) return conflict("status", "Rujukan ini sudah dijawab atau sudah berakhir.");
  if (!accept && reason.find_first_not_of(" \t\n") == std::string::npos)
    return invalid_input("reason", "Tuliskan alasan menolak rujukan.");
  return accept ? ReferralStatus::accepted : ReferralStatus::declined;
}

Result<ReferralStatus> end(ReferralStatus current, bool by_sender) {
  if (current == ReferralStatus::pending && by_sender) return ReferralStatus::withdrawn;
  if (current == ReferralStatus::accepted) return ReferralStatus::completed;
  if (current == ReferralStatus::pending) return conflict("status", "Rujukan yang belum dijawab hanya dapat ditarik oleh pengirim.");
  return conflict("status", "Rujukan ini sudah berakhir.");
}

bool is_overdue(ReferralStatus s, const std::string& reply_due, const std::string& now) {
  return s == ReferralStatus::pending && now > reply_due;
}

}  // namespace mitra
