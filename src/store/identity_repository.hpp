// Organisations, users, roles, sessions and API tokens.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/identity.hpp"
#include "store/database.hpp"

namespace mitra::store {

struct Page {
  std::string q;       // folded search text, "" for none
  std::string cursor;  // the sort key after which to continue, "" for the start
  int limit = 50;
};

struct OrganizationFilter {
  std::string type;    // "" for any
  std::string region;  // region code prefix, "" for any
  // "" for any; registered (valid on `today`), expired, pending (an open application), none.
  std::string registration;
  std::string today;  // YYYY-MM-DD, for registered and expired
};
// Keeps the directory's registration columns in step with the registration workflow.
void set_organization_registration(UnitOfWork& u, const std::string& organization_id, const std::string& status,
                                   const std::string& number, const std::string& valid_until);

std::optional<Organization> find_organization(UnitOfWork& u, const std::string& id);
std::optional<Organization> find_organization_by_code(UnitOfWork& u, const std::string& code);
// Ordered by code; at most page.limit + 1 rows so the caller knows whether there is more.
std::vector<Organization> list_organizations(UnitOfWork& u, const Page& page, const OrganizationFilter& f);
void insert_organization(UnitOfWork& u, const Organization& o);
void update_organization(UnitOfWork& u, const Organization& o);

struct UserRecord {
  User user;
  std::string password_hash;
};
std::optional<UserRecord> find_user(UnitOfWork& u, const std::string& id);
std::optional<UserRecord> find_user_by_username(UnitOfWork& u, const std::string& username);
// Ordered by username; organization_id "" for every organisation; at most page.limit + 1 rows.
std::vector<User> list_users(UnitOfWork& u, const Page& page, const std::string& organization_id);
void insert_user(UnitOfWork& u, const User& user, const std::string& password_hash);
void update_user(UnitOfWork& u, const User& user);  // profile, active, language and roles
void set_password_hash(UnitOfWork& u, const std::string& user_id, const std::string& hash,
                       const std::string& now);

struct SessionRecord {
  std::string token_hash;
  std::string user_id;
  std::string csrf_token;
  std::string created_at;
  std::string last_seen_at;
  std::string expires_at;
};
void insert_session(UnitOfWork& u, const SessionRecord& s, const std::string& client_address);
std::optional<SessionRecord> find_session(UnitOfWork& u, const std::string& token_hash);
void touch_session(UnitOfWork& u, const std::string& token_hash, const std::string& now);
void delete_session(UnitOfWork& u, const std::string& token_hash);
// Ends every session of a user except `keep` (token hash, may be empty).
void delete_user_sessions(UnitOfWork& u, const std::string& user_id, const std::string& keep);

struct TokenRecord {
  std::string id;
  std::string user_id;
  std::string name;
  std::optional<std::string> expires_at;
  bool revoked = false;
};
void insert_token(UnitOfWork& u, const TokenRecord& t, const std::string& token_hash, const std::string& now);
std::optional<TokenRecord> find_token(UnitOfWork& u, const std::string& token_hash);

}  // namespace mitra::store
