// /api/v1/emergency-access: break the glass, and the supervisors' review list.
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/emergency_service.hpp"

namespace mitra::http {
namespace {

boost::json::object grant_json(const services::GrantView& v) {
  const auto& g = v.record;
  boost::json::array cases;
  for (const auto& c : v.case_ids) cases.emplace_back(c);
  return {{"id", g.id},
          {"person_id", g.person_id},
          {"case_id", nullable(g.case_id)},
          {"case_ids", cases},
          {"user", {{"id", g.user_id}, {"display_name", v.user_name}}},
          {"organization", {{"id", v.organization.id}, {"code", v.organization.code}, {"name", v.organization.name}}},
          {"reason", g.reason},
          {"granted_at", g.granted_at},
          {"expires_at", g.expires_at},
          {"review_status", g.review_status},
          {"reviewed_at", nullable(g.reviewed_at)},
          {"review_note", nullable(g.review_note)}};
}

Response create(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::EmergencyInput in;
  in.case_id = f.text("case_id", false, 64).value_or("");
  in.nik = f.text("nik", false, 32).value_or("");
  in.reason = f.text("reason", true, 2000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::break_glass(call.ctx, call.who(), in), grant_json, Status::created);
}

Response list(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  store::GrantFilter filter;
  filter.review_status = query_value(call.query, "status");
  filter.cursor = page->cursor;
  filter.limit = page->limit;
  return respond(call, services::list_grants(call.ctx, call.who(), filter),
                 [](const services::GrantPage& p) { return page_json(p, grant_json); });
}

Response review(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto verdict = f.text("verdict", true, 20).value_or("");
  auto note = f.text("note", false, 2000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::review_grant(call.ctx, call.who(), call.param("id"), verdict, note), grant_json);
}

}  // namespace

void register_emergency_routes(Api& api) {
  api.add("GET", "/api/v1/emergency-access", Access::authenticated, list);
  api.add("POST", "/api/v1/emergency-access", Access::authenticated, create);
  api.add("POST", "/api/v1/emergency-access/{id}/review", Access::authenticated, review);
}

}  // namespace mitra::http
