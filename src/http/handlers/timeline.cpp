// /api/v1/persons/{id}/timeline: one list of what the viewer may see of a person's journey.
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/timeline_service.hpp"

namespace mitra::http {
namespace {

boost::json::object item_json(const services::TimelineItem& i) {
  boost::json::object facts;
  for (const auto& [k, v] : i.facts) facts[k] = v;
  boost::json::value organization = nullptr;
  if (!i.organization.id.empty())
    organization = {{"id", i.organization.id}, {"code", i.organization.code}, {"name", i.organization.name}};
  return {{"at", i.at}, {"kind", i.kind}, {"case_id", nullable(i.case_id)}, {"organization", organization}, {"facts", facts}};
}

Response get(Call& call) {
  return respond(call, services::person_timeline(call.ctx, call.who(), call.param("id")), [](const services::Timeline& t) {
    boost::json::array items;
    for (const auto& i : t.items) items.push_back(item_json(i));
    return boost::json::object{{"person_id", t.person_id}, {"items", items}};
  });
}

}  // namespace

void register_timeline_routes(Api& api) {
  api.add("GET", "/api/v1/persons/{id}/timeline", Access::authenticated, get);
}

}  // namespace mitra::http
