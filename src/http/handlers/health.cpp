// GET /api/v1/health and GET /api/v1/openapi.json.
#include "http/api.hpp"
#include "http/openapi.hpp"
#include "store/migrations.hpp"

namespace mitra::http {
namespace {

Response health(Call& call) {
  const bool pg = call.ctx.db.engine() == store::Engine::postgresql;
  return json_response(Status::ok, boost::json::object{{"status", "ok"},
                                                       {"version", MITRA_VERSION},
                                                       {"database", pg ? "postgresql" : "sqlite"},
                                                       {"schema_version", store::schema_version(call.ctx.db)}});
}

Response openapi(Call&) { return json_response(Status::ok, openapi_document()); }

}  // namespace

void register_health_routes(Api& api) {
  api.add("GET", "/api/v1/health", Access::public_route, health);
  api.add("GET", "/api/v1/openapi.json", Access::public_route, openapi);
}

}  // namespace mitra::http
