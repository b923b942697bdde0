// The notification centre's per-user state: which computed items a user has read or dismissed.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

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

// A user's e-mail for notifications; nullopt when they never gave one.
struct UserEmail {
  std::string user_id, address;
  bool enabled = false;
};
std::optional<UserEmail> find_user_email(UnitOfWork& u, const std::string& user_id);
void save_user_email(UnitOfWork& u, const UserEmail& e, const std::string& now);
// Active users who asked for e-mail with a non-empty address, ordered by user id.
std::vector<UserEmail> users_wanting_email(UnitOfWork& u);
// The item keys already e-mailed to the user, and recording more.
std::set<std::string> emailed_items(UnitOfWork& u, const std::string& user_id);
void mark_emailed(UnitOfWork& u, const std::string& user_id, const std::string& key, const std::string& now);

}  // namespace mitra::store
