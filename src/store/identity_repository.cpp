#include "store/identity_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kOrganizationColumns =
    "SELECT o.id, o.code, o.name, o.type, o.region_code, COALESCE(r.name, ''), o.parent_id, o.active, "
    "o.created_at, o.updated_at, o.registration_status, o.registration_number, o.registration_valid_until "
    "FROM organization o LEFT JOIN region r ON r.code = o.region_code ";

// The bound outputs of one organisation row.
struct OrganizationRow {
  Organization o;
  std::string type;
  std::string parent;
  soci::indicator parent_ind = soci::i_null;
  int active = 1;

  void bind(soci::statement& st) {
    st.exchange(into(o.id));
    st.exchange(into(o.code));
    st.exchange(into(o.name));
    st.exchange(into(type));
    st.exchange(into(o.region_code));
    st.exchange(into(o.region_name));
    st.exchange(into(parent, parent_ind));
    st.exchange(into(active));
    st.exchange(into(o.created_at));
    st.exchange(into(o.updated_at));
    st.exchange(into(o.registration_status));
    st.exchange(into(o.registration_number));
    st.exchange(into(o.registration_valid_until));
  }
  Organization take() const {
    Organization out = o;
    out.type = parse_organization_type(type).value_or(OrganizationType::lks);
    out.parent_id = parent_ind == soci::i_ok ? std::optional<std::string>(parent) : std::nullopt;
    out.active = active != 0;
    return out;
  }
};

std::optional<Organization> find_organization_where(UnitOfWork& u, const char* where, const std::string& key) {
  return select_one<OrganizationRow>(u, kOrganizationColumns, where, key);
}

std::string fold(const std::string& s) {
  std::string out = s;
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::set<Role> roles_of(UnitOfWork& u, const std::string& user_id) {
  std::set<Role> roles;
  std::string role;
  soci::statement st = (u.sql().prepare << "SELECT role FROM user_role WHERE user_id = :id", into(role), use(user_id));
  st.execute();
  while (st.fetch())
    if (auto r = parse_role(role)) roles.insert(*r);
  return roles;
}

constexpr const char* kUserColumns =
    "SELECT id, username, display_name, organization_id, active, language, created_at, updated_at, password_hash "
    "FROM app_user ";

struct UserRow {
  UserRecord r;
  int active = 1;
  void bind(soci::statement& st) {
    st.exchange(into(r.user.id));
    st.exchange(into(r.user.username));
    st.exchange(into(r.user.display_name));
    st.exchange(into(r.user.organization_id));
    st.exchange(into(active));
    st.exchange(into(r.user.language));
    st.exchange(into(r.user.created_at));
    st.exchange(into(r.user.updated_at));
    st.exchange(into(r.password_hash));
  }
};

std::optional<UserRecord> find_user_where(UnitOfWork& u, const char* where, const std::string& key) {
  UserRow row;
  soci::statement st(u.sql());
  row.bind(st);
  std::string k = key;
  st.exchange(use(k, "k"));
  st.alloc();
  st.prepare(std::string(kUserColumns) + where);
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  row.r.user.active = row.active != 0;
  row.r.user.roles = roles_of(u, row.r.user.id);
  return row.r;
}

void write_roles(UnitOfWork& u, const User& user) {
  u.sql() << "DELETE FROM user_role WHERE user_id = :id", use(user.id);
  for (Role r : user.roles) {
    std::string name(to_string(r));
    u.sql() << "INSERT INTO user_role (user_id, role) VALUES (:u, :r)", use(user.id), use(name);
  }
}

}  // namespace

std::optional<Organization> find_organization(UnitOfWork& u, const std::string& id) {
  return find_organization_where(u, "WHERE o.id = :k", id);
}

std::optional<Organization> find_organization_by_code(UnitOfWork& u, const std::string& code) {
  return find_organization_where(u, "WHERE o.code = :k", code);
}

std::vector<Organization> list_organizations(UnitOfWork& u, const Page& page, const OrganizationFilter& f) {
  std::vector<Organization> out;
  OrganizationRow row;
  soci::statement st(u.sql());
  row.bind(st);
  std::string like = like_containing(fold(page.q));
  std::string code_like = like_containing(page.q);
  std::string region_like = f.region + "%";
  std::string q = page.q, type = f.type, region = f.region, cursor = page.cursor;
  int limit = page.limit + 1;
  std::string reg = f.registration, today = f.today;
  st.exchange(use(q, "q"));
  st.exchange(use(like, "like"));
  st.exchange(use(code_like, "code_like"));
  st.exchange(use(type, "type"));
  st.exchange(use(type, "type2"));
  st.exchange(use(region, "region"));
  st.exchange(use(region_like, "region_like"));
  st.exchange(use(reg, "reg1"));
  st.exchange(use(reg, "reg2"));
  st.exchange(use(today, "today1"));
  st.exchange(use(reg, "reg3"));
  st.exchange(use(today, "today2"));
  st.exchange(use(reg, "reg4"));
  st.exchange(use(reg, "reg5"));
  st.exchange(use(cursor, "cursor"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kOrganizationColumns) +
             "WHERE (:q = '' OR o.name_folded LIKE :like OR UPPER(o.code) LIKE UPPER(:code_like)) "
             "AND (:type = '' OR o.type = :type2) AND (:region = '' OR o.region_code LIKE :region_like) "
             "AND (:reg1 = '' "
             " OR (:reg2 = 'registered' AND o.registration_valid_until >= :today1) "
             " OR (:reg3 = 'expired' AND o.registration_valid_until <> '' AND o.registration_valid_until < :today2) "
             " OR (:reg4 = 'pending' AND o.registration_status IN ('submitted', 'returned', 'recommended')) "
             " OR (:reg5 = 'none' AND o.registration_valid_until = '' AND o.registration_status IN ('none', 'rejected'))) "
             "AND o.code > :cursor ORDER BY o.code LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

void insert_organization(UnitOfWork& u, const Organization& o) {
  std::string type(to_string(o.type)), folded = fold(o.name), parent = o.parent_id.value_or("");
  soci::indicator parent_ind = o.parent_id ? soci::i_ok : soci::i_null;
  int active = o.active ? 1 : 0;
  u.sql() << "INSERT INTO organization (id, code, name, name_folded, type, region_code, parent_id, active, "
             "created_at, updated_at) VALUES (:id, :code, :name, :folded, :type, :region, :parent, :active, "
             ":created, :updated)",
      use(o.id), use(o.code), use(o.name), use(folded), use(type), use(o.region_code), use(parent, parent_ind),
      use(active), use(o.created_at), use(o.updated_at);
}

void update_organization(UnitOfWork& u, const Organization& o) {
  std::string type(to_string(o.type)), folded = fold(o.name), parent = o.parent_id.value_or("");
  soci::indicator parent_ind = o.parent_id ? soci::i_ok : soci::i_null;
  int active = o.active ? 1 : 0;
  u.sql() << "UPDATE organization SET name = :name, name_folded = :folded, type = :type, region_code = :region, "
             "parent_id = :parent, active = :active, updated_at = :updated WHERE id = :id",
      use(o.name), use(folded), use(type), use(o.region_code), use(parent, parent_ind), use(active),
      use(o.updated_at), use(o.id);
}

void set_organization_registration(UnitOfWork& u, const std::string& organization_id, const std::string& status,
                                   const std::string& number, const std::string& valid_until) {
  u.sql() << "UPDATE organization SET registration_status = :status, registration_number = :number, "
             "registration_valid_until = :until WHERE id = :id",
      use(status), use(number), use(valid_until), use(organization_id);
}

std::optional<UserRecord> find_user(UnitOfWork& u, const std::string& id) {
  return find_user_where(u, "WHERE id = :k", id);
}

std::optional<UserRecord> find_user_by_username(UnitOfWork& u, const std::string& username) {
  return find_user_where(u, "WHERE username = :k", username);
}

std::vector<User> list_users(UnitOfWork& u, const Page& page, const std::string& organization_id) {
  std::vector<User> out;
  UserRow row;
  soci::statement st(u.sql());
  row.bind(st);
  std::string like = like_containing(fold(page.q));
  std::string q = page.q, org = organization_id, cursor = page.cursor;
  int limit = page.limit + 1;
  st.exchange(use(q, "q"));
  st.exchange(use(like, "like"));
  st.exchange(use(like, "like2"));
  st.exchange(use(org, "org"));
  st.exchange(use(org, "org2"));
  st.exchange(use(cursor, "cursor"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kUserColumns) +
             "WHERE (:q = '' OR LOWER(username) LIKE :like OR LOWER(display_name) LIKE :like2) "
             "AND (:org = '' OR organization_id = :org2) AND username > :cursor ORDER BY username LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) {
    User user = row.r.user;
    user.active = row.active != 0;
    out.push_back(std::move(user));
  }
  for (auto& user : out) user.roles = roles_of(u, user.id);
  return out;
}

void insert_user(UnitOfWork& u, const User& user, const std::string& password_hash) {
  int active = user.active ? 1 : 0;
  u.sql() << "INSERT INTO app_user (id, username, display_name, organization_id, password_hash, active, language, "
             "created_at, updated_at) VALUES (:id, :username, :display, :org, :hash, :active, :lang, :created, :updated)",
      use(user.id), use(user.username), use(user.display_name), use(user.organization_id), use(password_hash),
      use(active), use(user.language), use(user.created_at), use(user.updated_at);
  write_roles(u, user);
}

void update_user(UnitOfWork& u, const User& user) {
  int active = user.active ? 1 : 0;
  u.sql() << "UPDATE app_user SET display_name = :display, organization_id = :org, active = :active, "
             "language = :lang, updated_at = :updated WHERE id = :id",
      use(user.display_name), use(user.organization_id), use(active), use(user.language), use(user.updated_at),
      use(user.id);
  write_roles(u, user);
}

void set_password_hash(UnitOfWork& u, const std::string& user_id, const std::string& hash, const std::string& now) {
  u.sql() << "UPDATE app_user SET password_hash = :hash, updated_at = :now WHERE id = :id", use(hash), use(now),
      use(user_id);
}

void insert_session(UnitOfWork& u, const SessionRecord& s, const std::string& client_address) {
  u.sql() << "INSERT INTO user_session (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, "
             "client_address) VALUES (:h, :u, :c, :cr, :ls, :ex, :addr)",
      use(s.token_hash), use(s.user_id), use(s.csrf_token), use(s.created_at), use(s.last_seen_at),
      use(s.expires_at), use(client_address);
}

std::optional<SessionRecord> find_session(UnitOfWork& u, const std::string& token_hash) {
  SessionRecord s;
  u.sql() << "SELECT token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at FROM user_session "
             "WHERE token_hash = :h",
      into(s.token_hash), into(s.user_id), into(s.csrf_token), into(s.created_at), into(s.last_seen_at),
      into(s.expires_at), use(token_hash);
  if (!u.sql().got_data()) return std::nullopt;
  return s;
}

void touch_session(UnitOfWork& u, const std::string& token_hash, const std::string& now) {
  u.sql() << "UPDATE user_session SET last_seen_at = :now WHERE token_hash = :h", use(now), use(token_hash);
}

void delete_session(UnitOfWork& u, const std::string& token_hash) {
  u.sql() << "DELETE FROM user_session WHERE token_hash = :h", use(token_hash);
}

void delete_user_sessions(UnitOfWork& u, const std::string& user_id, const std::string& keep) {
  u.sql() << "DELETE FROM user_session WHERE user_id = :u AND token_hash <> :keep", use(user_id), use(keep);
}

void insert_token(UnitOfWork& u, const TokenRecord& t, const std::string& token_hash, const std::string& now) {
  std::string expires = t.expires_at.value_or("");
  soci::indicator ind = t.expires_at ? soci::i_ok : soci::i_null;
  u.sql() << "INSERT INTO api_token (id, token_hash, user_id, name, created_at, expires_at) "
             "VALUES (:id, :h, :u, :n, :now, :ex)",
      use(t.id), use(token_hash), use(t.user_id), use(t.name), use(now), use(expires, ind);
}

std::optional<TokenRecord> find_token(UnitOfWork& u, const std::string& token_hash) {
  TokenRecord t;
  std::string expires, revoked;
  soci::indicator expires_ind = soci::i_null, revoked_ind = soci::i_null;
  u.sql() << "SELECT id, user_id, name, expires_at, revoked_at FROM api_token WHERE token_hash = :h", into(t.id),
      into(t.user_id), into(t.name), into(expires, expires_ind), into(revoked, revoked_ind), use(token_hash);
  if (!u.sql().got_data()) return std::nullopt;
  if (expires_ind == soci::i_ok) t.expires_at = expires;
  t.revoked = revoked_ind == soci::i_ok;
  return t;
}

}  // namespace mitra::store
