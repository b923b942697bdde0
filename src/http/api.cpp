#include "http/api.hpp"

#include <spdlog/spdlog.h>

#include <boost/beast/core/string.hpp>
#include <chrono>

#include "domain/document.hpp"
#include "services/credentials.hpp"

namespace mitra::http {
namespace {

constexpr std::string_view kSessionCookie = "mitra_session";

std::string cookie_value(const Request& req, std::string_view name) {
  auto it = req.find(beast_http::field::cookie);
  if (it == req.end()) return {};
  std::string_view header = it->value();
  while (!header.empty()) {
    auto sep = header.find(';');
    auto part = header.substr(0, sep);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.size() > name.size() && part.substr(0, name.size()) == name && part[name.size()] == '=')
      return std::string(part.substr(name.size() + 1));
    if (sep == std::string_view::npos) break;
    header.remove_prefix(sep + 1);
  }
  return {};
}

bool is_write(beast_http::verb v) {
  return v == beast_http::verb::post || v == beast_http::verb::put || v == beast_http::verb::patch ||
         v == beast_http::verb::delete_;
}

void set_common_headers(Response& res, const std::string& request_id, bool api) {
  res.set("X-Request-Id", request_id);
  res.set("X-Content-Type-Options", "nosniff");
  res.set("X-Frame-Options", "DENY");
  res.set("Referrer-Policy", "no-referrer");
  res.set("Cross-Origin-Opener-Policy", "same-origin");
  res.set("Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
          "base-uri 'none'; form-action 'self'");
  if (api && res.find(beast_http::field::cache_control) == res.end()) res.set(beast_http::field::cache_control, "no-store");
}

bool accepts_gzip(const Request& req) {
  auto it = req.find(beast_http::field::accept_encoding);
  return it != req.end() && it->value().find("gzip") != std::string_view::npos;
}

}  // namespace

std::size_t body_limit_for(std::string_view method, std::string_view target, std::size_t body_limit) {
  const auto path = target.substr(0, target.find('?'));
  if (method == "POST" && path == "/api/v1/documents") return std::max(body_limit, kMaxDocumentBytes + 64 * 1024);
  return body_limit;
}

Result<boost::json::object> Call::body() const {
  auto ct = request.find(beast_http::field::content_type);
  if (ct == request.end() || ct->value().substr(0, 16) != "application/json")
    return Error{ErrorCode::unsupported_media_type, "Isi permintaan harus berformat JSON (Content-Type: application/json).", {}};
  return parse_object(request.body());
}

Api::Api(services::Context ctx, std::string web_dir)
    : ctx_(ctx), throttle_(ctx.clock), limiter_(ctx.clock), static_files_(web_dir) {
  ctx_.auth_cache = &auth_cache_;
  ctx_.linkage = &linkage_;
  register_health_routes(*this);
  register_session_routes(*this);
  register_user_routes(*this);
  register_organization_routes(*this);
  register_region_routes(*this);
  register_audit_routes(*this);
  register_person_routes(*this);
  register_case_routes(*this);
  register_referral_routes(*this);
  register_patrol_routes(*this);
  register_emergency_routes(*this);
  register_service_routes(*this);
  register_case_record_routes(*this);
  register_shelter_routes(*this);
  register_meeting_routes(*this);
  register_notification_routes(*this);
  register_timeline_routes(*this);
  register_report_routes(*this);
  register_photo_routes(*this);
  register_complaint_routes(*this);
  register_registration_routes(*this);
  register_document_routes(*this);
  register_assistance_request_routes(*this);
  register_need_routes(*this);
  register_holiday_routes(*this);
  register_partnership_routes(*this);
  register_assessment_routes(*this);
  register_duplicate_routes(*this);
  {
    // The registry's linkage index, before the first request, so that no registration waits for it.
    const auto started = std::chrono::steady_clock::now();
    linkage_.build(ctx_.db);
    spdlog::info("linkage index: {} persons in {:.1f} s", linkage_.indexed(),
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  }
  if (static_files_.empty())
    spdlog::warn("web app not found in '{}': only the API is served (run `make web`)", web_dir);
  else
    spdlog::info("serving {} web files from '{}'", static_files_.size(), web_dir);
}

void Api::add(std::string method, std::string pattern, Access access, Handler handler) {
  router_.add(std::move(method), std::move(pattern), RouteSpec{access, std::move(handler)});
}

Response Api::refuse(const Error& error) {
  const std::string request_id = services::random_token(9);
  auto res = error_response(error, request_id);
  set_common_headers(res, request_id, true);
  metrics_.observe("-", "refused", res.result_int(), 0);
  spdlog::info("{{\"msg\":\"refused\",\"request_id\":\"{}\",\"status\":{}}}", request_id, res.result_int());
  return res;
}

Response Api::handle(Request&& req, const std::string& client_address) {
  const auto start = std::chrono::steady_clock::now();
  const std::string request_id = services::random_token(9);
  std::string route = "static";
  const bool api = req.target().substr(0, 5) == "/api/";
  Response res;
  try {
    res = dispatch(req, client_address, request_id, route);
  } catch (const std::exception& e) {
    // A bug or a database failure: the client gets a safe message, the log the detail.
    spdlog::error("{{\"msg\":\"unhandled\",\"request_id\":\"{}\",\"route\":\"{}\",\"what\":\"{}\"}}", request_id,
                  route, e.what());
    res = error_response(Error{ErrorCode::internal, "Terjadi kesalahan pada server. Sebutkan kode permintaan ini kepada admin.", {}},
                         request_id);
  }
  set_common_headers(res, request_id, api || route == "/metrics");
  res.keep_alive(req.keep_alive());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::string method(req.method_string());
  metrics_.observe(method, route, res.result_int(), seconds);
  spdlog::info(
      "{{\"msg\":\"request\",\"request_id\":\"{}\",\"method\":\"{}\",\"route\":\"{}\",\"status\":{},\"duration_ms\":{:.3f}}}",
      request_id, method, route, res.result_int(), seconds * 1000);
  return res;
}

Response Api::dispatch(Request& req, const std::string& client_address, const std::string& request_id,
                       std::string& route) {
  const std::string target(req.target());
  const auto qpos = target.find('?');
  const std::string path = target.substr(0, qpos);

  if (path == "/metrics") {
    route = "/metrics";
    Response res{Status::ok, 11};
    res.set(beast_http::field::content_type, "text/plain; version=0.0.4; charset=utf-8");
    res.body() = metrics_.render(ctx_.db.pool_size(), ctx_.db.in_use());
    res.prepare_payload();
    return res;
  }
  if (path.rfind("/api/", 0) != 0) {
    if (req.method() != beast_http::verb::get && req.method() != beast_http::verb::head)
      return error_response(Error{ErrorCode::method_not_allowed, "Metode tidak diizinkan.", {}}, request_id);
    if (auto res = static_files_.serve(path, accepts_gzip(req), req.method() == beast_http::verb::head)) return *res;
    route = "not_found";
    return error_response(not_found("Halaman tidak ditemukan."), request_id);
  }

  auto match = router_.match(req.method_string(), path);
  if (match.kind == Router<RouteSpec>::Match::Kind::not_found) {
    route = "not_found";
    return error_response(not_found("Alamat API tidak dikenal: periksa jalurnya (lihat /api/v1/openapi.json)."),
                          request_id);
  }
  route = match.pattern;
  if (match.kind == Router<RouteSpec>::Match::Kind::method_not_allowed) {
    auto res = error_response(
        Error{ErrorCode::method_not_allowed, "Metode " + std::string(req.method_string()) + " tidak diizinkan di alamat ini.", {}},
        request_id);
    res.set(beast_http::field::allow, match.allow);
    return res;
  }

  auto query = parse_query(target);
  if (auto bad = check_query(query)) return error_response(*bad, request_id);
  for (const auto& [name, value] : match.params)
    if (!is_clean_text(value)) return error_response(not_found("Alamat API tidak dikenal."), request_id);
  Call call{req, ctx_, request_id, client_address, std::move(match.params), std::move(query), std::nullopt,
            {},  {},   throttle_,  session_limits_, limiter_};
  if (match.handler->access == Access::authenticated) {
    services::Origin origin{request_id, client_address};
    auto auth = req.find(beast_http::field::authorization);
    if (auth != req.end()) {
      std::string_view value = auth->value();
      if (value.substr(0, 7) != "Bearer ")
        return error_response(Error{ErrorCode::unauthenticated, "Header Authorization harus berbentuk 'Bearer <token>'.", {}}, request_id);
      auto actor = services::authenticate_bearer(ctx_, std::string(value.substr(7)), origin);
      if (!actor) return error_response(actor.error(), request_id);
      call.actor = std::move(actor.value());
    } else {
      auto session = services::authenticate_session(ctx_, session_limits_, cookie_value(req, kSessionCookie), origin);
      if (!session) return error_response(session.error(), request_id);
      if (is_write(req.method())) {
        auto header = req.find("X-CSRF-Token");
        if (header == req.end() || header->value() != session->csrf_token)
          return error_response(Error{ErrorCode::csrf_failed,
                                      "Permintaan ditolak karena token keamanan (CSRF) tidak ada atau salah. Muat ulang halaman lalu coba lagi.",
                                      {}},
                                request_id);
      }
      call.actor = std::move(session->actor);
      call.session_token_hash = session->token_hash;
      call.csrf_token = session->csrf_token;
    }
    call.actor->now = format_time(ctx_.clock.now());
  }
  return match.handler->handler(call);
}

}  // namespace mitra::http
