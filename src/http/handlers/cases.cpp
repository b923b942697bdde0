// /api/v1/cases: case management along the ATENSI stages.
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/case_service.hpp"

namespace mitra::http {
namespace {

boost::json::object case_json(const services::CaseView& v) {
  const auto& c = v.record;
  boost::json::array workers;
  for (const auto& w : c.workers) workers.emplace_back(w);
  boost::json::array transitions;
  for (const auto& t : v.transitions)
    transitions.push_back({{"from", nullable(t.from)},
                           {"to", t.to},
                           {"reason", t.reason},
                           {"by", {{"id", t.by_user}, {"name", t.by_name}}},
                           {"at", t.at}});
  return {{"id", c.id},
          {"person", {{"id", c.person_id}, {"full_name", v.person_name}}},
          {"organization", {{"id", v.organization.id}, {"code", v.organization.code}, {"name", v.organization.name}}},
          {"stage", to_string(c.stage)},
          {"risk_level", c.risk_level},
          {"workers", std::move(workers)},
          {"opened_at", c.opened_at},
          {"closed_at", nullable(c.closed_at)},
          {"transitions", std::move(transitions)}};
}

Response create(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::CaseInput in;
  in.person_id = f.text("person_id", true, 64).value_or("");
  in.risk_level = f.text("risk_level", false, 10).value_or("medium");
  in.workers = f.texts("workers").value_or(std::vector<std::string>{});
  in.reason = f.text("reason", true, 2000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::open_case(call.ctx, call.who(), in), case_json, Status::created);
}

Response get(Call& call) { return respond(call, services::get_case(call.ctx, call.who(), call.param("id")), case_json); }

Response list(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  store::CaseFilter filter{query_value(call.query, "person_id"), query_value(call.query, "stage"), page->cursor,
                           page->limit};
  return respond(call, services::list_cases(call.ctx, call.who(), filter),
                 [](const services::CasePage& p) { return page_json(p, case_json); });
}

Response transition(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto to = f.text("to", true, 40);
  auto reason = f.text("reason", true, 2000);
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::move_case(call.ctx, call.who(), call.param("id"), *to, *reason), case_json);
}

}  // namespace

void register_case_routes(Api& api) {
  api.add("GET", "/api/v1/cases", Access::authenticated, list);
  api.add("POST", "/api/v1/cases", Access::authenticated, create);
  api.add("GET", "/api/v1/cases/{id}", Access::authenticated, get);
  api.add("POST", "/api/v1/cases/{id}/transitions", Access::authenticated, transition);
}

}  // namespace mitra::http
