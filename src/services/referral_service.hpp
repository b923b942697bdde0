// Rujukan between organisations: send, reply within a deadline, end; an inbox with pending and
// overdue counts. While a referral is open the receiver sees the case and the person.
#pragma once
#include <string>
#include <vector>

#include "domain/referral.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "services/notification_service.hpp"
#include "store/referral_repository.hpp"

namespace mitra::services {

struct ReferralInput {
  std::string case_id, to_organization, kind = "referral", service, reason;
  std::string override_reason;  // a supervisor's reason to share without recorded consent
};

struct ReferralView {
  store::ReferralRecord record;
  std::string person_name;  // "" when the viewer may not see the person (any more)
  Organization from, to;
  bool overdue = false;
};

// Errors: forbidden, not_found (case not visible), invalid_input, conflict (no consent and no
// supervisor override; an open referral to that organisation exists already).
Result<ReferralView> send_referral(const Context& ctx, const Actor& actor, const ReferralInput& in);
Result<ReferralView> get_referral(const Context& ctx, const Actor& actor, const std::string& id);
struct ReferralPage {
  std::vector<ReferralView> items;
  std::string next_cursor;
};
Result<ReferralPage> list_referrals(const Context& ctx, const Actor& actor, store::ReferralFilter filter);
struct InboxCounts {
  long long pending = 0, overdue = 0;
};
Result<InboxCounts> inbox_counts(const Context& ctx, const Actor& actor);
// The receiver accepts (a transfer moves the case to the receiver) or declines with a reason.
Result<ReferralView> reply_referral(const Context& ctx, const Actor& actor, const std::string& id, bool accept,
                                    const std::string& reason);
// The sender withdraws a pending referral, or either side completes an accepted one.
Result<ReferralView> end_referral(const Context& ctx, const Actor& actor, const std::string& id,
                                  const std::string& reason);

// Notification provider: referrals waiting for the user's organisation's reply (kind
// referral_waiting), and those past their reply deadline (referral_overdue). For workers and
// supervisors, who answer referrals; no personal data in the items.
std::vector<NotificationItem> referral_notifications(const NotificationRequest& request);

}  // namespace mitra::services
