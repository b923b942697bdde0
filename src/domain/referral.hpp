// Rujukan: one organisation refers a person's case to another for a service (or transfers the
// case). The receiver replies within a deadline; while the referral is open it sees the case.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace mitra {

enum class ReferralStatus { pending, accepted, declined, withdrawn, completed };
enum class ReferralKind { referral, transfer };

std::string_view to_string(ReferralStatus s);
std::optional<ReferralStatus> parse_referral_status(std::string_view s);
std::string_view to_string(ReferralKind k);
std::optional<ReferralKind> parse_referral_kind(std::string_view s);

// Open referrals give the receiver access: pending (to decide) and accepted (to serve).
bool is_open(ReferralStatus s);

// The receiver's answer. Errors: invalid_input (no reason to decline), conflict (not pending).
Result<ReferralStatus> reply(ReferralStatus current, bool accept, const std::string& reason);
// Ends an open referral: the sender withdraws a pending one; either side completes an accepted
// one. Errors: conflict (already ended, or a pending referral "completed").
Result<ReferralStatus> end(ReferralStatus current, bool by_sender);

// Overdue: still pending after the reply deadline (both ISO 8601 UTC texts).
bool is_overdue(ReferralStatus s, const std::string& reply_due, const std::string& now);

}  // namespace mitra
