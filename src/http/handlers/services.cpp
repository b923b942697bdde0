// /api/v1/cases/{id}/services, /api/v1/services, /api/v1/service-types: layanan ATENSI;
// /api/v1/cases/{id}/follow-ups, /api/v1/follow-ups: bimbingan lanjut (follow-up visits).
#include "domain/service.hpp"
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/follow_up_service.hpp"
#include "services/service_service.hpp"

namespace mitra::http {
namespace {

boost::json::object service_json(const services::ServiceView& v) {
  const auto& s = v.record;
  boost::system::error_code ec;
  auto details = boost::json::parse(s.details, ec);
  return {{"id", s.id},
          {"case_id", s.case_id},
          {"type", s.type},
          {"provider", {{"id", v.provider.id}, {"code", v.provider.code}, {"name", v.provider.name}}},
          {"status", to_string(s.status)},
          {"starts_on", s.starts_on},
          {"ends_on", nullable(s.ends_on)},
          {"outcome", s.outcome},
          {"details", !ec && details.is_object() ? details : boost::json::object{}},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

boost::json::object visit_json(const services::VisitView& view) {
  const auto& v = view.record;
  const bool recorded = !v.visited_on.empty();
  return {{"id", v.id},
          {"plan_id", v.plan_id},
          {"case_id", v.case_id},
          {"person", {{"id", v.person_id}, {"full_name", nullable(view.person_name)}}},
          {"due_on", v.due_on},
          {"month", v.due_on.substr(0, 7)},
          {"overdue", view.overdue},
          {"recorded", recorded},
          {"visited_on", nullable(v.visited_on)},
          {"place", nullable(v.place)},
          {"met_with", nullable(v.met_with)},
          {"child_in_school", recorded ? boost::json::value(v.child_in_school) : nullptr},
          {"seen_on_street", recorded ? boost::json::value(v.seen_on_street) : nullptr},
          {"income_situation", nullable(v.income_situation)},
          {"income_level", nullable(v.income_level)},
          {"parent_coaching_attended", recorded ? boost::json::value(v.parent_coaching_attended) : nullptr},
          {"notes", nullable(v.notes)},
          {"case_effect", nullable(v.case_effect)},
          {"recorded_at", nullable(v.recorded_at)}};
}

template <class T, class F>
boost::json::object items_json(const std::vector<T>& items, F&& item) {
  boost::json::array a;
  for (const auto& x : items) a.emplace_back(item(x));
  return list_body(std::move(a), "");
}

// The optional `details` object of a body; an error when present but not an object.
Result<std::optional<boost::json::object>> details_of(const boost::json::object& body) {
  const auto* v = body.if_contains("details");
  if (!v || v->is_null()) return std::optional<boost::json::object>{};
  if (!v->is_object()) return invalid_input("details", "Kolom 'details' harus berupa objek JSON {...}.");
  return std::optional<boost::json::object>{v->as_object()};
}

// An optional whole number in [min, max]; an error naming the key otherwise.
Result<int> whole_number(const boost::json::object& body, const char* key, int fallback, int min, int max) {
  const auto* v = body.if_contains(key);
  if (!v || v->is_null()) return fallback;
  if (!v->is_int64() || v->as_int64() < min || v->as_int64() > max)
    return invalid_input(key, std::string("Kolom '") + key + "' harus bilangan bulat " + std::to_string(min) + " sampai " +
                                  std::to_string(max) + ".");
  return static_cast<int>(v->as_int64());
}

Response create_service(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::ServiceInput in;
  in.case_id = call.param("id");
  in.type = f.text("type", true, 40).value_or("");
  in.provider_organization_id = f.text("provider_organization_id", false, 64).value_or("");
  in.status = f.text("status", false, 20).value_or("planned");
  in.starts_on = f.text("starts_on", false, 10).value_or("");
  in.ends_on = f.text("ends_on", false, 10).value_or("");
  in.outcome = f.text("outcome", false, 2000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  auto details = details_of(*body);
  if (!details) return error_response(details.error(), call.request_id);
  in.details = details->value_or(boost::json::object{});
  return respond(call, services::add_service(call.ctx, call.who(), in), service_json, Status::created);
}

Response list_services(Call& call) {
  return respond(call, services::list_case_services(call.ctx, call.who(), call.param("id")),
                 [](const std::vector<services::ServiceView>& v) { return items_json(v, service_json); });
}

Response update_service(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::ServiceChange change;
  change.status = f.text("status", false, 20);
  change.outcome = f.text("outcome", false, 2000);
  if (auto ends_on = f.nullable_text("ends_on")) change.ends_on = ends_on->value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  if (change.ends_on && change.ends_on->size() > 10)
    return error_response(invalid_input("ends_on", "Tanggal selesai harus tanggal yang sah (YYYY-MM-DD)."), call.request_id);
  auto details = details_of(*body);
  if (!details) return error_response(details.error(), call.request_id);
  change.details = *details;
  return respond(call, services::update_service(call.ctx, call.who(), call.param("id"), change), service_json);
}

Response service_types(Call&) {
  boost::json::array types;
  for (const auto& t : mitra::service_types()) {
    boost::json::array fields;
    for (const auto& field : t.fields) {
      boost::json::array choices;
      for (const auto& c : field.choices) choices.emplace_back(c);
      fields.push_back({{"name", field.name}, {"kind", field.kind}, {"required", field.required}, {"choices", choices}});
    }
    types.push_back({{"code", t.code}, {"fields", std::move(fields)}});
  }
  return json_response(Status::ok, list_body(std::move(types), ""));
}

Response schedule(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::FollowUpPlanInput in;
  in.case_id = call.param("id");
  in.starts_on = f.text("starts_on", false, 10).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  auto months = whole_number(*body, "months", 6, 1, 36);
  if (!months) return error_response(months.error(), call.request_id);
  auto interval = whole_number(*body, "interval_months", 1, 1, 12);
  if (!interval) return error_response(interval.error(), call.request_id);
  in.months = *months;
  in.interval_months = *interval;
  return respond(call, services::schedule_follow_ups(call.ctx, call.who(), in),
                 [](const std::vector<services::VisitView>& v) { return items_json(v, visit_json); }, Status::created);
}

Response case_follow_ups(Call& call) {
  return respond(call, services::list_case_follow_ups(call.ctx, call.who(), call.param("id")),
                 [](const std::vector<services::VisitView>& v) { return items_json(v, visit_json); });
}

Response record(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::VisitInput in;
  in.visited_on = f.text("visited_on", false, 10).value_or("");
  in.place = f.text("place", true, 500).value_or("");
  in.met_with = f.text("met_with", true, 500).value_or("");
  in.child_in_school = f.text("child_in_school", false, 10).value_or("unknown");
  in.seen_on_street = f.boolean("seen_on_street").value_or(false);
  in.income_situation = f.text("income_situation", false, 2000).value_or("");
  in.income_level = f.text("income_level", false, 10).value_or("");
  in.parent_coaching_attended = f.boolean("parent_coaching_attended").value_or(false);
  in.notes = f.text("notes", false, 2000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::record_follow_up(call.ctx, call.who(), call.param("id"), in),
                 [](const services::RecordedVisit& r) {
                   auto out = visit_json(r.visit);
                   out["case_effect"] = {{"action", r.effect.action},
                                         {"from", nullable(r.effect.from)},
                                         {"to", nullable(r.effect.to)},
                                         {"message", nullable(r.effect.message)}};
                   return out;
                 });
}

Response due(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  services::DueFilter filter{query_value(call.query, "due_before"), page->cursor, page->limit};
  return respond(call, services::list_due_follow_ups(call.ctx, call.who(), filter),
                 [](const services::VisitPage& p) { return page_json(p, visit_json); });
}

}  // namespace

void register_service_routes(Api& api) {
  api.add("GET", "/api/v1/service-types", Access::authenticated, service_types);
  api.add("GET", "/api/v1/cases/{id}/services", Access::authenticated, list_services);
  api.add("POST", "/api/v1/cases/{id}/services", Access::authenticated, create_service);
  api.add("PATCH", "/api/v1/services/{id}", Access::authenticated, update_service);
  api.add("GET", "/api/v1/cases/{id}/follow-ups", Access::authenticated, case_follow_ups);
  api.add("POST", "/api/v1/cases/{id}/follow-ups", Access::authenticated, schedule);
  api.add("GET", "/api/v1/follow-ups", Access::authenticated, due);
  api.add("POST", "/api/v1/follow-ups/{id}", Access::authenticated, record);
}

}  // namespace mitra::http
