// POST/GET/DELETE /api/v1/session, password and language changes.
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/auth_service.hpp"
#include "services/notification_email.hpp"

namespace mitra::http {
namespace {

std::string session_cookie(const std::string& token, const services::SessionLimits& limits) {
  return "mitra_session=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
         std::to_string(limits.absolute.count());
}

boost::json::object session_json(const services::Actor& a, const std::string& csrf) {
  return {{"csrf_token", csrf}, {"user", to_json(a.user, a.organization)}};
}

Response login(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto username = f.text("username", true, 64);
  auto password = f.text("password", true, 256);
  if (f.error()) return error_response(*f.error(), call.request_id);
  auto r = services::login(call.ctx, call.throttle, call.session_limits, *username, *password, call.origin());
  if (!r) return error_response(r.error(), call.request_id);
  auto res = json_response(Status::ok, session_json(r->actor, r->csrf_token));
  res.set(beast_http::field::set_cookie, session_cookie(r->session_token, call.session_limits));
  return res;
}

Response current(Call& call) {
  if (call.csrf_token.empty())
    return error_response(Error{ErrorCode::invalid_input, "Sesi hanya tersedia untuk login lewat peramban.", {}},
                          call.request_id);
  return json_response(Status::ok, session_json(call.who(), call.csrf_token));
}

Response logout(Call& call) {
  if (!call.session_token_hash.empty()) (void)services::logout(call.ctx, call.who(), call.session_token_hash);
  auto res = no_content();
  res.set(beast_http::field::set_cookie, "mitra_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
  return res;
}

Response change_password(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto current = f.text("current_password", true, 256);
  auto next = f.text("new_password", true, 256);
  if (f.error()) return error_response(*f.error(), call.request_id);
  auto r = services::change_password(call.ctx, call.who(), *current, *next, call.session_token_hash);
  if (!r) return error_response(r.error(), call.request_id);
  return no_content();
}

Response preferences(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto language = f.text("language", true, 8);
  if (f.error()) return error_response(*f.error(), call.request_id);
  auto r = services::set_language(call.ctx, call.who(), *language);
  return respond(call, r, [&](const User& u) { return to_json(u, call.who().organization); });
}

boost::json::object email_json(const services::EmailPreference& p) {
  return {{"address", p.address}, {"enabled", p.enabled}};
}

Response get_email(Call& call) {
  return respond(call, services::get_email_preference(call.ctx, call.who()), email_json);
}

Response put_email(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::EmailPreference in;
  in.address = f.text("address", false, 254).value_or("");
  in.enabled = f.boolean("enabled").value_or(false);
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::set_email_preference(call.ctx, call.who(), in), email_json);
}

}  // namespace

void register_session_routes(Api& api) {
  api.add("POST", "/api/v1/session", Access::public_route, login);
  api.add("GET", "/api/v1/session", Access::authenticated, current);
  api.add("DELETE", "/api/v1/session", Access::authenticated, logout);
  api.add("PUT", "/api/v1/session/password", Access::authenticated, change_password);
  api.add("PATCH", "/api/v1/session/preferences", Access::authenticated, preferences);
  api.add("GET", "/api/v1/session/email", Access::authenticated, get_email);
  api.add("PUT", "/api/v1/session/email", Access::authenticated, put_email);
}

}  // namespace mitra::http
