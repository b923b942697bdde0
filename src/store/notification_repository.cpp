#include "store/notification_repository.hpp"

#include <soci/soci.h>

namespace mitra::store {

std::map<std::string, NotificationState> notification_states(UnitOfWork& u, const std::string& user_id) {
  std::map<std::string, NotificationState> out;
  std::string key, read_at, dismissed_at;
  soci::statement st = (u.sql().prepare << "SELECT item_key, read_at, dismissed_at FROM notification_state "
                                           "WHERE user_id = :u",
                        soci::into(key), soci::into(read_at), soci::into(dismissed_at), soci::use(user_id));
  st.execute();
  while (st.fetch()) out[key] = {read_at, dismissed_at};
  return out;
}

void mark_notification(UnitOfWork& u, const std::string& user_id, const std::string& key, const std::string& now,
                       bool dismissed) {
  const std::string dismissed_at = dismissed ? now : "";
  u.sql() << "INSERT INTO notification_state (user_id, item_key, read_at, dismissed_at) VALUES (:u, :k, :r, :d) "
             "ON CONFLICT (user_id, item_key) DO UPDATE SET "
             "read_at = CASE WHEN notification_state.read_at = '' THEN excluded.read_at "
             "ELSE notification_state.read_at END, "
             "dismissed_at = CASE WHEN notification_state.dismissed_at = '' THEN excluded.dismissed_at "
             "ELSE notification_state.dismissed_at END",
      soci::use(user_id), soci::use(key), soci::use(now), soci::use(dismissed_at);
}

}  // namespace mitra::store
