// The notification centre's per-user state: which computed items a user has read or dismissed.
#pragma once
#include <map>
#include <string>

#include "store/database.hpp"

namespace mitra::store {

struct NotificationState {
  std::string read_at, dismissed_at;  // "" when not
};
// The user's state of every item key they have read or dismissed.
std::map<std::string, NotificationState> notification_states(UnitOfWork& u, const std::string& user_id);
// Records that the user read (and, when dismissed, dismissed) the item at `now`; keeps earlier times.
void mark_notification(UnitOfWork& u, const std::string& user_id, const std::string& key, const std::string& now,
                       bool dismissed);

}  // namespace mitra::store
