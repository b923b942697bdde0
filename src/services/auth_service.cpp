#include "services/auth_service.hpp"

#include <boost/json.hpp>

#include "services/audit_service.hpp"
#include "services/auth_cache.hpp"
#include "services/credentials.hpp"
#include "store/identity_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

Error bad_credentials() {
  return Error{ErrorCode::invalid_credentials, "Nama pengguna atau kata sandi salah.", {}};
}

Error unauthenticated(std::string message = "Sesi Anda telah berakhir. Silakan masuk kembali.") {
  return Error{ErrorCode::unauthenticated, std::move(message), {}};
}

// A hash to verify against when the username is unknown, so both answers take the same time.
const std::string& dummy_hash() {
  static const std::string hash = hash_password("mitra-dummy-password-for-timing");
  return hash;
}

// A cached authentication, re-dressed with this request's origin.
std::optional<AuthCache::Entry> cached(const Context& ctx, const std::string& key, TimePoint now, const Origin& origin) {
  if (!ctx.auth_cache) return std::nullopt;
  auto hit = ctx.auth_cache->find(key, now);
  if (hit) {
    hit->actor.request_id = origin.request_id;
    hit->actor.client_address = origin.client_address;
  }
  return hit;
}

std::string username_details(const std::string& username) {
  return boost::json::serialize(boost::json::object{{"username", username}});
}

}  // namespace

std::optional<Actor> load_actor(store::UnitOfWork& unit, const std::string& user_id, const Origin& origin) {
  auto record = store::find_user(unit, user_id);
  if (!record || !record->user.active) return std::nullopt;
  auto org = store::find_organization(unit, record->user.organization_id);
  if (!org) return std::nullopt;
  return Actor{record->user, *org, origin.request_id, origin.client_address, ""};
}

Result<LoginResult> login(const Context& ctx, LoginThrottle& throttle, const SessionLimits& limits,
                          const std::string& username, const std::string& password, const Origin& origin) {
  if (username.empty()) return invalid_input("username", "Nama pengguna wajib diisi.");
  if (password.empty()) return invalid_input("password", "Kata sandi wajib diisi.");
  if (const int wait = throttle.wait_seconds(username, origin.client_address); wait > 0) {
    Error e{ErrorCode::too_many_attempts,
            "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam " + std::to_string(wait) + " detik.",
            {}};
    e.retry_after_seconds = wait;
    return e;
  }
  std::optional<store::UserRecord> record;
  {
    store::UnitOfWork unit(ctx.db, Mode::read);
    record = store::find_user_by_username(unit, username);
  }
  const bool password_ok = verify_password(record ? record->password_hash : dummy_hash(), password);
  if (!record || !password_ok || !record->user.active) {
    throttle.record_failure(username, origin.client_address);
    store::UnitOfWork unit(ctx.db, Mode::write);
    write_audit_anonymous(unit, ctx, origin,
                     {"session.login_failed", "user", record ? record->user.id : "", username_details(username)});
    unit.commit();
    return bad_credentials();
  }
  throttle.record_success(username);

  store::UnitOfWork unit(ctx.db, Mode::write);
  auto actor = load_actor(unit, record->user.id, origin);
  if (!actor) return bad_credentials();
  LoginResult result{random_token(), random_token(), *actor};
  const auto now = ctx.clock.now();
  store::SessionRecord session{hash_token(result.session_token), record->user.id, result.csrf_token,
                               format_time(now), format_time(now), format_time(now + limits.absolute)};
  store::insert_session(unit, session, origin.client_address);
  write_audit(unit, ctx, *actor, {"session.login", "user", record->user.id, "{}"});
  unit.commit();
  return result;
}

Result<AuthenticatedSession> authenticate_session(const Context& ctx, const SessionLimits& limits,
                                                  const std::string& token, const Origin& origin) {
  if (token.empty()) return unauthenticated("Silakan masuk terlebih dahulu.");
  const auto token_hash = hash_token(token);
  const auto now = ctx.clock.now();
  const std::string key = "s:" + token_hash;
  if (auto hit = cached(ctx, key, now, origin)) return AuthenticatedSession{std::move(hit->actor), std::move(hit->csrf_token), token_hash};
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto session = store::find_session(unit, token_hash);
  if (!session) return unauthenticated();
  TimePoint expires, last_seen;
  if (!parse_time(session->expires_at, expires) || !parse_time(session->last_seen_at, last_seen) || now >= expires ||
      now - last_seen >= limits.idle)
    return unauthenticated();
  auto actor = load_actor(unit, session->user_id, origin);
  if (!actor) return unauthenticated();
  if (now - last_seen > std::chrono::seconds(60)) store::touch_session(unit, token_hash, format_time(now));
  // Cached only while the session surely stays valid for the cache's lifetime.
  if (ctx.auth_cache && expires - now > std::chrono::minutes(1) && limits.idle - (now - last_seen) > std::chrono::minutes(1))
    ctx.auth_cache->put(key, {*actor, session->csrf_token, now});
  return AuthenticatedSession{std::move(*actor), session->csrf_token, token_hash};
}

Result<Actor> authenticate_bearer(const Context& ctx, const std::string& token, const Origin& origin) {
  const auto token_hash = hash_token(token);
  const auto now = ctx.clock.now();
  const std::string key = "b:" + token_hash;
  if (auto hit = cached(ctx, key, now, origin)) return std::move(hit->actor);
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto record = store::find_token(unit, token_hash);
  if (!record || record->revoked) return unauthenticated("Token API tidak dikenal atau sudah dicabut.");
  if (record->expires_at) {
    TimePoint expires;
    if (!parse_time(*record->expires_at, expires) || ctx.clock.now() >= expires)
      return unauthenticated("Token API sudah kedaluwarsa.");
  }
  auto actor = load_actor(unit, record->user_id, origin);
  if (!actor) return unauthenticated("Pengguna token ini tidak aktif.");
  TimePoint expires = now + std::chrono::hours(1);
  if (ctx.auth_cache && (!record->expires_at || (parse_time(*record->expires_at, expires) && expires - now > std::chrono::minutes(1))))
    ctx.auth_cache->put(key, {*actor, "", now});
  return std::move(*actor);
}

Status logout(const Context& ctx, const Actor& actor, const std::string& token_hash) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  store::delete_session(unit, token_hash);
  write_audit(unit, ctx, actor, {"session.logout", "user", actor.user.id, "{}"});
  unit.commit();
  ctx.forget_authentications();
  return ok_status();
}

Status change_password(const Context& ctx, const Actor& actor, const std::string& current, const std::string& next,
                       const std::string& keep_token_hash) {
  if (auto msg = check_password(next); !msg.empty()) return invalid_input("new_password", msg);
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto record = store::find_user(unit, actor.user.id);
  if (!record) return not_found("Pengguna tidak ditemukan.");
  if (!verify_password(record->password_hash, current))
    return invalid_input("current_password", "Kata sandi saat ini salah.");
  store::set_password_hash(unit, actor.user.id, hash_password(next), format_time(ctx.clock.now()));
  store::delete_user_sessions(unit, actor.user.id, keep_token_hash);
  write_audit(unit, ctx, actor, {"user.password_change", "user", actor.user.id, "{}"});
  unit.commit();
  ctx.forget_authentications();
  return ok_status();
}

Result<User> set_language(const Context& ctx, const Actor& actor, const std::string& language) {
  if (language != "id" && language != "en")
    return invalid_input("language", "Bahasa harus 'id' (Indonesia) atau 'en' (English).");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto record = store::find_user(unit, actor.user.id);
  if (!record) return not_found("Pengguna tidak ditemukan.");
  record->user.language = language;
  record->user.updated_at = format_time(ctx.clock.now());
  store::update_user(unit, record->user);
  unit.commit();
  ctx.forget_authentications();
  return record->user;
}

Result<std::string> create_api_token(const Context& ctx, const std::string& username, const std::string& name,
                                     int days) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto record = store::find_user_by_username(unit, username);
  if (!record) return not_found("Pengguna '" + username + "' tidak ditemukan.");
  const auto now = ctx.clock.now();
  store::TokenRecord t{ctx.ids.next(), record->user.id, name.empty() ? "cli" : name, std::nullopt, false};
  if (days > 0) t.expires_at = format_time(now + std::chrono::hours(24) * days);
  const std::string token = "mt_" + random_token();
  store::insert_token(unit, t, hash_token(token), format_time(now));
  Origin origin{"cli", "local"};
  auto actor = load_actor(unit, record->user.id, origin);
  if (!actor) return invalid_input("username", "Pengguna tidak aktif.");
  write_audit(unit, ctx, *actor, {"token.create", "api_token", t.id, "{}"});
  unit.commit();
  return token;
}

}  // namespace mitra::services
