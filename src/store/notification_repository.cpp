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

std::optional<UserEmail> find_user_email(UnitOfWork& u, const std::string& user_id) {
  UserEmail e;
  int enabled = 0;
  u.sql() << "SELECT address, enabled FROM user_email WHERE user_id = :u", soci::into(e.address),
      soci::into(enabled), soci::use(user_id);
  if (!u.sql().got_data()) return std::nullopt;
  e.user_id = user_id;
  e.enabled = enabled != 0;
  return e;
}

void save_user_email(UnitOfWork& u, const UserEmail& e, const std::string& now) {
  const int enabled = e.enabled ? 1 : 0;
  u.sql() << "INSERT INTO user_email (user_id, address, enabled, updated_at) VALUES (:u, :a, :e, :t) "
             "ON CONFLICT (user_id) DO UPDATE SET address = excluded.address, enabled = excluded.enabled, "
             "updated_at = excluded.updated_at",
      soci::use(e.user_id), soci::use(e.address), soci::use(enabled), soci::use(now);
}

std::vector<UserEmail> users_wanting_email(UnitOfWork& u) {
  std::vector<UserEmail> out;
  UserEmail e;
  soci::statement st = (u.sql().prepare << "SELECT m.user_id, m.address FROM user_email m "
                                           "JOIN app_user a ON a.id = m.user_id "
                                           "WHERE m.enabled = 1 AND m.address <> '' AND a.active = 1 "
                                           "ORDER BY m.user_id",
                        soci::into(e.user_id), soci::into(e.address));
  st.execute();
  while (st.fetch()) {
    e.enabled = true;
    out.push_back(e);
  }
  return out;
}

std::set<std::string> emailed_items(UnitOfWork& u, const std::string& user_id) {
  std::set<std::string> out;
  std::string key;
  soci::statement st = (u.sql().prepare << "SELECT item_key FROM notification_email WHERE user_id = :u",
                        soci::into(key), soci::use(user_id));
  st.execute();
  while (st.fetch()) out.insert(key);
  return out;
}

void mark_emailed(UnitOfWork& u, const std::string& user_id, const std::string& key, const std::string& now) {
  u.sql() << "INSERT INTO notification_email (user_id, item_key, sent_at) VALUES (:u, :k, :t) "
             "ON CONFLICT (user_id, item_key) DO NOTHING",
      soci::use(user_id), soci::use(key), soci::use(now);
}

}  // namespace mitra::store
