// /api/v1/patrols: patrols, raids and outreach, and the quick registration of those netted.
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/patrol_service.hpp"

namespace mitra::http {
namespace {

boost::json::object org_json(const Organization& o) { return {{"id", o.id}, {"code", o.code}, {"name", o.name}}; }

boost::json::object netted_json(const services::NettedView& v) {
  boost::json::array categories;
  for (const auto& c : v.categories) categories.emplace_back(c);
  return {{"person", {{"id", v.record.person_id}, {"full_name", nullable(v.person_name)}, {"categories", categories}}},
          {"case_id", v.record.case_id},
          {"case_stage", nullable(v.case_stage)},
          {"found_note", v.record.found_note},
          {"added_at", v.record.added_at}};
}

boost::json::object patrol_json(const services::PatrolView& v) {
  const auto& p = v.record;
  boost::json::array agencies;
  for (const auto& a : p.agencies) agencies.emplace_back(a);
  boost::json::value coordinates = nullptr;
  if (!p.latitude.empty())
    coordinates = {{"latitude", std::stod(p.latitude)}, {"longitude", std::stod(p.longitude)}};
  boost::json::object o{{"id", p.id},
                        {"kind", p.kind},
                        {"organization", org_json(v.organization)},
                        {"receiving_organization", org_json(v.receiving)},
                        {"started_at", p.started_at},
                        {"ended_at", nullable(p.ended_at)},
                        {"place_region", nullable(p.place_region)},
                        {"place", p.place},
                        {"coordinates", coordinates},
                        {"agencies", agencies},
                        {"team", p.team},
                        {"notes", p.notes},
                        {"persons_count", p.persons},
                        {"created_at", p.created_at}};
  if (!v.netted.empty() || p.persons == 0) {
    boost::json::array netted;
    for (const auto& n : v.netted) netted.emplace_back(netted_json(n));
    o["persons"] = netted;
  }
  return o;
}

// A number from JSON (integer or decimal), or an error naming the field.
std::optional<Error> read_degrees(const boost::json::object& body, const char* key, double& out) {
  const auto* v = body.if_contains(key);
  if (!v || !v->is_number()) return invalid_input(key, "Koordinat harus berupa angka desimal (derajat).");
  out = v->to_number<double>();
  return std::nullopt;
}

Response create(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::PatrolInput in;
  in.kind = f.text("kind", false, 20).value_or("patrol");
  in.started_at = f.text("started_at", true, 40).value_or("");
  in.ended_at = f.text("ended_at", false, 40).value_or("");
  in.place_region = f.text("place_region", false, 20).value_or("");
  in.place = f.text("place", true, 500).value_or("");
  in.agencies = f.texts("agencies").value_or(std::vector<std::string>{});
  in.team = f.text("team", false, 500).value_or("");
  in.notes = f.text("notes", false, 2000).value_or("");
  in.receiving_organization = f.text("receiving_organization_id", false, 64).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  if (const auto* c = body->if_contains("coordinates"); c && !c->is_null()) {
    if (!c->is_object())
      return error_response(invalid_input("coordinates", "Koordinat harus berisi latitude dan longitude."), call.request_id);
    Coordinates xy;
    if (auto e = read_degrees(c->as_object(), "latitude", xy.latitude)) return error_response(*e, call.request_id);
    if (auto e = read_degrees(c->as_object(), "longitude", xy.longitude)) return error_response(*e, call.request_id);
    in.coordinates = xy;
  }
  return respond(call, services::create_patrol(call.ctx, call.who(), in), patrol_json, Status::created);
}

Response list(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  store::PatrolFilter filter;
  filter.kind = query_value(call.query, "kind");
  filter.from = query_value(call.query, "from");
  filter.to = query_value(call.query, "to");
  for (const auto* key : {"from", "to"}) {
    const auto value = query_value(call.query, key);
    TimePoint t;
    if (!value.empty() && !parse_time(value + (value.size() == 10 ? "T00:00:00Z" : ""), t))
      return error_response(invalid_input(key, "Tanggal harus berformat TTTT-BB-HH."), call.request_id);
    (std::string(key) == "from" ? filter.from : filter.to) = value.empty() ? "" : format_time(t);
  }
  filter.cursor = page->cursor;
  filter.limit = page->limit;
  return respond(call, services::list_patrols(call.ctx, call.who(), filter),
                 [](const services::PatrolPage& p) { return page_json(p, patrol_json); });
}

Response get(Call& call) {
  return respond(call, services::get_patrol(call.ctx, call.who(), call.param("id")), patrol_json);
}

Response end(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto ended_at = f.text("ended_at", false, 40).value_or("");
  auto notes = f.text("notes", false, 2000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::end_patrol(call.ctx, call.who(), call.param("id"), ended_at, notes), patrol_json);
}

// One person netted: {"person_id": ...} for someone registered already, or {"person": {...}}
// with at least a name or nickname and sex (a quick registration).
Response add_person(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::NettedInput in;
  in.person_id = f.text("person_id", false, 64).value_or("");
  in.found_note = f.text("found_note", false, 1000).value_or("");
  in.risk_level = f.text("risk_level", false, 10).value_or("medium");
  if (f.error()) return error_response(*f.error(), call.request_id);
  if (const auto* p = body->if_contains("person"); p && !p->is_null()) {
    if (!p->is_object()) return error_response(invalid_input("person", "Data orang harus berupa objek."), call.request_id);
    services::PersonInput person;
    if (auto e = read_person(p->as_object(), person)) {
      e->field = "person." + e->field;
      return error_response(*e, call.request_id);
    }
    in.person = std::move(person);
  }
  return respond(call, services::add_netted(call.ctx, call.who(), call.param("id"), std::move(in)), netted_json,
                 Status::created);
}

}  // namespace

void register_patrol_routes(Api& api) {
  api.add("GET", "/api/v1/patrols", Access::authenticated, list);
  api.add("POST", "/api/v1/patrols", Access::authenticated, create);
  api.add("GET", "/api/v1/patrols/{id}", Access::authenticated, get);
  api.add("POST", "/api/v1/patrols/{id}/end", Access::authenticated, end);
  api.add("POST", "/api/v1/patrols/{id}/persons", Access::authenticated, add_person);
}

}  // namespace mitra::http
