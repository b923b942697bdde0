// Logging in and out, sessions, API tokens, password and language changes.
#pragma once
#include <chrono>
#include <optional>
#include <string>

#include "domain/result.hpp"
#include "services/context.hpp"
#include "services/login_throttle.hpp"

namespace mitra::services {

struct SessionLimits {
  std::chrono::seconds idle{2 * 3600};       // ends after this long without a request
  std::chrono::seconds absolute{12 * 3600};  // ends this long after login, whatever happens
};

struct LoginResult {
  std::string session_token;  // the cookie value; only its hash is stored
  std::string csrf_token;
  Actor actor;
};

// Errors: too_many_attempts (with retry_after_seconds), invalid_credentials, invalid_input.
Result<LoginResult> login(const Context& ctx, LoginThrottle& throttle, const SessionLimits& limits,
                          const std::string& username, const std::string& password, const Origin& origin);

struct AuthenticatedSession {
  Actor actor;
  std::string csrf_token;
  std::string token_hash;
};
// Errors: unauthenticated (unknown, expired or idle session, or a deactivated user).
Result<AuthenticatedSession> authenticate_session(const Context& ctx, const SessionLimits& limits,
                                                  const std::string& token, const Origin& origin);
Result<Actor> authenticate_bearer(const Context& ctx, const std::string& token, const Origin& origin);

Status logout(const Context& ctx, const Actor& actor, const std::string& token_hash);

// Ends the user's other sessions. Errors: invalid_input (wrong current password, weak new one).
Status change_password(const Context& ctx, const Actor& actor, const std::string& current,
                       const std::string& next, const std::string& keep_token_hash);

Result<User> set_language(const Context& ctx, const Actor& actor, const std::string& language);

// For the CLI: a new API token for `username`, valid `days` days (0: no expiry). Returns it once.
Result<std::string> create_api_token(const Context& ctx, const std::string& username, const std::string& name,
                                     int days);

// Loads the acting user and their organisation (for the CLI and authentication).
std::optional<Actor> load_actor(store::UnitOfWork& unit, const std::string& user_id, const Origin& origin);

}  // namespace mitra::services
