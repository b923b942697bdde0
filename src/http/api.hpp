// The application seen from HTTP: routes requests to handlers, authenticates, checks CSRF,
// reads JSON, maps Results to responses, serves /metrics and the web app, logs one line per
// request. `handle` is a plain function of the request, so tests need no socket.
#pragma once
#include <functional>
#include <optional>
#include <string>

#include "http/json_input.hpp"
#include "http/message.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"
#include "services/auth_cache.hpp"
#include "services/auth_service.hpp"
#include "services/context.hpp"
#include "services/login_throttle.hpp"
#include "services/person_linkage.hpp"
#include "services/rate_limiter.hpp"

namespace mitra::http {

struct Call;
using Handler = std::function<Response(Call&)>;

// How a route is guarded.
enum class Access { public_route, authenticated };

struct RouteSpec {
  Access access = Access::authenticated;
  Handler handler;
};

// Everything a handler gets for one request.
struct Call {
  const Request& request;
  const services::Context& ctx;
  std::string request_id;
  std::string client_address;
  PathParams params;
  Query query;
  std::optional<services::Actor> actor;  // set on authenticated routes
  std::string session_token_hash;        // cookie sessions only
  std::string csrf_token;                // cookie sessions only
  services::LoginThrottle& throttle;
  const services::SessionLimits& session_limits;
  services::RateLimiter& limiter;  // per-address limits of public routes

  const services::Actor& who() const { return *actor; }
  services::Origin origin() const { return {request_id, client_address}; }
  // The JSON object body, or the error response to send.
  Result<boost::json::object> body() const;
  std::string param(const char* name) const { return params.at(name); }
};

class Api {
 public:
  Api(services::Context ctx, std::string web_dir);

  Response handle(Request&& req, const std::string& client_address);
  // The answer to a request the server refused before it could be read (too large, malformed).
  Response refuse(const Error& error);

  void add(std::string method, std::string pattern, Access access, Handler handler);

 private:
  Response dispatch(Request& req, const std::string& client_address, const std::string& request_id,
                    std::string& route);
  services::AuthCache auth_cache_;
  services::PersonLinkage linkage_;
  services::Context ctx_;
  services::LoginThrottle throttle_;
  services::RateLimiter limiter_;
  services::SessionLimits session_limits_;
  Router<RouteSpec> router_;
  Metrics metrics_;
  StaticFiles static_files_;
};

// The body limit of a request: document uploads (POST /api/v1/documents) may carry a 10 MiB
// file; every other request keeps `body_limit`.
std::size_t body_limit_for(std::string_view method, std::string_view target, std::size_t body_limit);

// Turns a service Result into a response: 2xx with the mapped body, or the error.
template <class T, class F>
Response respond(const Call& call, const Result<T>& r, F&& to_json, Status ok = Status::ok) {
  if (!r) return error_response(r.error(), call.request_id);
  return json_response(ok, to_json(r.value()));
}

// Registers every API route (src/http/handlers/*.cpp).
void register_health_routes(Api& api);
void register_session_routes(Api& api);
void register_user_routes(Api& api);
void register_organization_routes(Api& api);
void register_region_routes(Api& api);
void register_audit_routes(Api& api);
void register_person_routes(Api& api);
void register_case_routes(Api& api);
void register_referral_routes(Api& api);
void register_patrol_routes(Api& api);
void register_emergency_routes(Api& api);
void register_service_routes(Api& api);
void register_case_record_routes(Api& api);
void register_shelter_routes(Api& api);
void register_timeline_routes(Api& api);
void register_report_routes(Api& api);
void register_photo_routes(Api& api);
void register_complaint_routes(Api& api);
void register_registration_routes(Api& api);
void register_document_routes(Api& api);
void register_assistance_request_routes(Api& api);
void register_need_routes(Api& api);
void register_holiday_routes(Api& api);
void register_meeting_routes(Api& api);
void register_notification_routes(Api& api);
void register_partnership_routes(Api& api);
void register_assessment_routes(Api& api);
void register_duplicate_routes(Api& api);

}  // namespace mitra::http
