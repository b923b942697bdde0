// /api/v1/facilities and /api/v1/stays: shelter capacity, admissions, discharges and the
// occupancy board (penempatan di shelter).
#include <algorithm>

#include "domain/person.hpp"
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/shelter_service.hpp"

namespace mitra::http {
namespace {

boost::json::object org_ref(const Organization& o) { return {{"id", o.id}, {"code", o.code}, {"name", o.name}}; }

boost::json::object beds_json(const Capacity& c) {
  boost::json::object o;
  for (const auto& g : kBedGroups) o[group_code(g)] = c.of(g);
  return o;
}

boost::json::object facility_json(const services::FacilityView& v) {
  auto org = org_ref(v.organization);
  org["type"] = to_string(v.organization.type);
  return {{"organization", std::move(org)},       {"capacity", beds_json(v.capacity)},
          {"occupied", beds_json(v.occupied)},    {"total_beds", v.capacity.total()},
          {"total_occupied", v.occupied.total()}, {"updated_at", v.updated_at}};
}

boost::json::object stay_json(const services::StayView& v) {
  const auto& s = v.record;
  boost::json::value belongings = nullptr, handover = nullptr;
  if (v.identifiable) {
    // Each item of the inventory, and once discharged whether it was handed back.
    auto returned = s.returned;
    boost::json::array items;
    for (const auto& item : s.belongings) {
      boost::json::value back = nullptr;
      if (!s.open) {
        auto it = std::find(returned.begin(), returned.end(), item);
        back = it != returned.end();
        if (it != returned.end()) returned.erase(it);
      }
      items.push_back({{"item", item}, {"returned", back}});
    }
    belongings = std::move(items);
    if (!s.open)
      handover = boost::json::object{{"name", nullable(s.handover_name)},
                                     {"relation", nullable(s.handover_relation)},
                                     {"organization", nullable(s.handover_organization)}};
  }
  return {{"id", s.id},
          {"facility", org_ref(v.facility)},
          {"case_id", s.case_id},
          {"person", {{"id", s.person_id}, {"full_name", nullable(v.person_name)}}},
          {"bed_group", group_code(s.group)},
          {"sex", to_string(s.group.sex)},
          {"age_group", to_string(s.group.age)},
          {"status", s.open ? "open" : "discharged"},
          {"overdue", v.overdue},
          {"days_stayed", v.days_stayed},
          {"admitted_at", s.admitted_at},
          {"planned_days", s.planned_days},
          {"planned_until", s.planned_until},
          {"health_checked", s.health_checked},
          {"health_note", v.identifiable ? nullable(s.health_note) : boost::json::value(nullptr)},
          {"belongings", std::move(belongings)},
          {"discharged_at", nullable(s.discharged_at)},
          {"destination", s.destination ? boost::json::value(to_string(*s.destination)) : boost::json::value(nullptr)},
          {"handover", std::move(handover)},
          {"discharge_note", v.identifiable ? nullable(s.discharge_note) : boost::json::value(nullptr)}};
}

// An optional whole number field; an Error naming it when present but not an integer in range.
std::optional<Error> integer(const boost::json::object& body, const char* key, std::optional<int>& out, bool required,
                             const char* message) {
  const auto* v = body.if_contains(key);
  if (!v || v->is_null()) {
    if (required) return invalid_input(key, message);
    return std::nullopt;
  }
  if (!v->is_int64() && !v->is_uint64()) return invalid_input(key, message);
  const auto n =
      v->is_int64() ? v->as_int64() : static_cast<std::int64_t>(std::min<std::uint64_t>(v->as_uint64(), 1u << 30));
  out = static_cast<int>(std::clamp<std::int64_t>(n, -1, 1 << 30));
  return std::nullopt;
}

Response list_facilities(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  return respond(call, services::list_facilities(call.ctx, call.who(), *page),
                 [](const services::FacilityPage& p) { return page_json(p, facility_json); });
}

Response put_capacity(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Capacity capacity;
  for (const auto& g : kBedGroups) {
    const std::string key = group_code(g);
    std::optional<int> n;
    const std::string message = "Isi jumlah tempat tidur " + group_label(g) + " (bilangan bulat 0 atau lebih).";
    if (auto e = integer(*body, key.c_str(), n, true, message.c_str())) return error_response(*e, call.request_id);
    capacity.of(g) = *n;
  }
  return respond(call, services::set_capacity(call.ctx, call.who(), call.param("id"), capacity), facility_json);
}

Response board(Call& call) {
  return respond(call, services::occupancy(call.ctx, call.who(), call.param("id"), query_value(call.query, "date")),
                 [](const services::Occupancy& o) {
                   boost::json::array groups, stays;
                   for (const auto& g : o.groups)
                     groups.push_back({{"bed_group", group_code(g.group)},
                                       {"sex", to_string(g.group.sex)},
                                       {"age_group", to_string(g.group.age)},
                                       {"capacity", g.capacity},
                                       {"occupied", g.occupied},
                                       {"free", g.free}});
                   for (const auto& s : o.stays) stays.push_back(stay_json(s));
                   return boost::json::object{{"facility", org_ref(o.facility)},
                                              {"date", o.date},
                                              {"groups", std::move(groups)},
                                              {"stays", std::move(stays)}};
                 });
}

Response admit(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::AdmissionInput in;
  in.case_id = f.text("case_id", true, 64).value_or("");
  in.facility_id = f.text("facility_id", true, 64).value_or("");
  in.admitted_at = f.text("admitted_at", false, 40).value_or("");
  in.health_checked = f.boolean("health_checked");
  in.health_note = f.text("health_note", false, 2000).value_or("");
  in.belongings = f.texts("belongings").value_or(std::vector<std::string>{});
  in.age_group = f.text("age_group", false, 10).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  if (auto e = integer(*body, "planned_days", in.planned_days, false,
                       "Rencana lama tinggal harus bilangan bulat 1 sampai 365 hari."))
    return error_response(*e, call.request_id);
  return respond(call, services::admit(call.ctx, call.who(), in), stay_json, Status::created);
}

Response discharge(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::DischargeInput in;
  in.destination = f.text("destination", true, 20).value_or("");
  in.discharged_at = f.text("discharged_at", false, 40).value_or("");
  in.belongings_returned = f.texts("belongings_returned").value_or(std::vector<std::string>{});
  in.handover_name = f.text("handover_name", false, 200).value_or("");
  in.handover_relation = f.text("handover_relation", false, 100).value_or("");
  in.handover_organization = f.text("handover_organization", false, 200).value_or("");
  in.note = f.text("note", false, 2000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::discharge(call.ctx, call.who(), call.param("id"), in), stay_json);
}

Response get_stay(Call& call) {
  return respond(call, services::get_stay(call.ctx, call.who(), call.param("id")), stay_json);
}

Response list_stays(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  store::StayFilter filter;
  filter.facility_id = query_value(call.query, "facility");
  filter.case_id = query_value(call.query, "case_id");
  filter.status = query_value(call.query, "status");
  filter.cursor = page->cursor;
  filter.limit = page->limit;
  return respond(call, services::list_stays(call.ctx, call.who(), filter),
                 [](const services::StayPage& p) { return page_json(p, stay_json); });
}

}  // namespace

void register_shelter_routes(Api& api) {
  api.add("GET", "/api/v1/facilities", Access::authenticated, list_facilities);
  api.add("PUT", "/api/v1/facilities/{id}/capacity", Access::authenticated, put_capacity);
  api.add("GET", "/api/v1/facilities/{id}/occupancy", Access::authenticated, board);
  api.add("GET", "/api/v1/stays", Access::authenticated, list_stays);
  api.add("POST", "/api/v1/stays", Access::authenticated, admit);
  api.add("GET", "/api/v1/stays/{id}", Access::authenticated, get_stay);
  api.add("POST", "/api/v1/stays/{id}/discharge", Access::authenticated, discharge);
}

}  // namespace mitra::http
