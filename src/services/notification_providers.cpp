// The notification centre's providers: one line per module. See notification_service.hpp.
#include "services/assistance_request_service.hpp"
#include "services/meeting_service.hpp"
#include "services/notification_service.hpp"
#include "services/referral_service.hpp"

namespace mitra::services {

const std::vector<ProviderEntry>& notification_providers() {
  static const std::vector<ProviderEntry> providers = {
      {"meetings", action_item_notifications},
      {"referrals", referral_notifications},
      {"assistance_requests", assistance_request_notifications},
  };
  return providers;
}

}  // namespace mitra::services
