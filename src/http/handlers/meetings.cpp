// /api/v1/meetings: coordination meetings (rapat koordinasi), their attendance and action items,
// and attendance rates per organisation.
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/meeting_service.hpp"

namespace mitra::http {
namespace {

boost::json::object org_ref(const Organization& o) {
  return {{"id", o.id}, {"code", o.code}, {"name", o.name}, {"type", to_string(o.type)}};
}

boost::json::array lines_json(const std::vector<std::string>& items) {
  boost::json::array a;
  for (const auto& i : items) a.emplace_back(i);
  return a;
}

boost::json::object action_json(const services::ActionView& v) {
  const auto& a = v.record;
  return {{"id", a.id},
          {"description", a.description},
          {"owner_organization", org_ref(v.owner)},
          {"owner_user", a.owner_user_id.empty() ? boost::json::value(nullptr)
                                                 : boost::json::value(boost::json::object{
                                                       {"id", a.owner_user_id}, {"display_name", v.owner_user_name}})},
          {"due_date", a.due_date},
          {"status", to_string(a.status)},
          {"due_state", to_string(v.due)},
          {"done_at", nullable(a.done_at)},
          {"done_by", nullable(a.done_by)},
          {"may_complete", v.may_complete},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

boost::json::object meeting_json(const services::MeetingView& v) {
  const auto& m = v.record;
  boost::json::array participants, actions;
  int attended = 0, people = 0;
  for (const auto& p : v.participants) {
    participants.push_back({{"organization", org_ref(p.organization)},
                            {"organizer", p.organizer},
                            {"attended", p.attended},
                            {"attendees", p.attendees}});
    attended += p.attended ? 1 : 0;
    people += p.attendees;
  }
  int open = 0;
  for (const auto& a : v.actions) {
    actions.push_back(action_json(a));
    open += a.record.status == ActionStatus::open ? 1 : 0;
  }
  return {{"id", m.id},
          {"title", m.title},
          {"organizer", org_ref(v.organizer)},
          {"region_code", m.region_code},
          {"partnership_id", nullable(m.partnership_id)},
          {"starts_at", m.starts_at},
          {"ends_at", nullable(m.ends_at)},
          {"mode", to_string(m.mode)},
          {"place", nullable(m.place)},
          {"link", nullable(m.link)},
          {"status", to_string(m.status)},
          {"agenda", lines_json(m.agenda)},
          {"minutes", m.minutes},
          {"decisions", lines_json(m.decisions)},
          {"participants", std::move(participants)},
          {"invited_count", v.participants.size()},
          {"attended_count", attended},
          {"attendees_total", people},
          {"action_items", std::move(actions)},
          {"open_action_items", open},
          {"may_edit", v.may_edit},
          {"created_at", m.created_at},
          {"updated_at", m.updated_at}};
}

constexpr std::size_t kLongText = 20000;

Response create(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::MeetingInput in;
  in.title = f.text("title", true, 300).value_or("");
  in.starts_at = f.text("starts_at", true, 40).value_or("");
  in.ends_at = f.text("ends_at", false, 40).value_or("");
  in.mode = f.text("mode", false, 20).value_or("");
  in.place = f.text("place", false, 300).value_or("");
  in.link = f.text("link", false, 1000).value_or("");
  in.partnership_id = f.text("partnership_id", false, 64).value_or("");
  in.minutes = f.text("minutes", false, kLongText).value_or("");
  in.agenda = f.texts("agenda").value_or(std::vector<std::string>{});
  in.decisions = f.texts("decisions").value_or(std::vector<std::string>{});
  in.invited = f.texts("invited").value_or(std::vector<std::string>{});
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::create_meeting(call.ctx, call.who(), in), meeting_json, Status::created);
}

Response update(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::MeetingPatch p;
  // null clears an optional text; absent leaves it.
  auto optional_text = [&](const char* key, std::size_t max, std::optional<std::string>& out) {
    if (!body->contains(key)) return;
    if (body->at(key).is_null()) {
      out = "";
      return;
    }
    out = f.text(key, true, max);
  };
  optional_text("title", 300, p.title);
  optional_text("starts_at", 40, p.starts_at);
  optional_text("ends_at", 40, p.ends_at);
  optional_text("mode", 20, p.mode);
  optional_text("place", 300, p.place);
  optional_text("link", 1000, p.link);
  optional_text("partnership_id", 64, p.partnership_id);
  optional_text("minutes", kLongText, p.minutes);
  optional_text("status", 20, p.status);
  p.agenda = f.texts("agenda");
  p.decisions = f.texts("decisions");
  p.invited = f.texts("invited");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::update_meeting(call.ctx, call.who(), call.param("id"), p), meeting_json);
}

Response get(Call& call) {
  return respond(call, services::get_meeting(call.ctx, call.who(), call.param("id")), meeting_json);
}

Response list(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  store::MeetingFilter filter;
  filter.q = page->q;
  filter.cursor = page->cursor;
  filter.limit = page->limit;
  filter.from = query_value(call.query, "from");
  filter.to = query_value(call.query, "to");
  filter.partnership_id = query_value(call.query, "partnership_id");
  return respond(call, services::list_meetings(call.ctx, call.who(), filter),
                 [](const services::MeetingPage& p) { return page_json(p, meeting_json); });
}

Response attendance(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  const auto* list = body->if_contains("attendance");
  const Error wrong = invalid_input(
      "attendance", "Daftar hadir harus berupa daftar {organization_id, attended, attendees} untuk setiap lembaga.");
  if (!list || !list->is_array()) return error_response(wrong, call.request_id);
  std::vector<Attendance> rows;
  for (const auto& item : list->as_array()) {
    if (!item.is_object()) return error_response(wrong, call.request_id);
    const auto& o = item.as_object();
    const auto* org = o.if_contains("organization_id");
    const auto* came = o.if_contains("attended");
    const auto* people = o.if_contains("attendees");
    if (!org || !org->is_string() || org->as_string().size() > 64 || !came || !came->is_bool())
      return error_response(wrong, call.request_id);
    Attendance a{std::string(org->as_string()), came->as_bool(), 0};
    if (people && !people->is_null()) {
      if (!people->is_int64() || people->as_int64() < 0 || people->as_int64() > kMaxAttendees)
        return error_response(invalid_input("attendance", "Jumlah peserta harus bilangan bulat 0 sampai 10000."),
                              call.request_id);
      a.attendees = static_cast<int>(people->as_int64());
    }
    rows.push_back(std::move(a));
  }
  return respond(call, services::record_attendance(call.ctx, call.who(), call.param("id"), rows), meeting_json);
}

Response add_action(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::ActionInput in;
  in.description = f.text("description", true, 2000).value_or("");
  in.owner_organization_id = f.text("owner_organization_id", true, 64).value_or("");
  in.owner_user_id = f.text("owner_user_id", false, 64).value_or("");
  in.due_date = f.text("due_date", true, 10).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::add_action(call.ctx, call.who(), call.param("id"), in), meeting_json,
                 Status::created);
}

Response update_action(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::ActionPatch p;
  p.status = f.text("status", false, 20);
  p.description = f.text("description", false, 2000);
  p.owner_organization_id = f.text("owner_organization_id", false, 64);
  p.owner_user_id = f.text("owner_user_id", false, 64);
  p.due_date = f.text("due_date", false, 10);
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call,
                 services::update_action(call.ctx, call.who(), call.param("id"), call.param("action_id"), p),
                 meeting_json);
}

Response rates(Call& call) {
  return respond(call,
                 services::attendance_report(call.ctx, call.who(), query_value(call.query, "from"),
                                             query_value(call.query, "to"), query_value(call.query, "region")),
                 [](const services::AttendanceReport& r) {
                   boost::json::array items;
                   for (const auto& i : r.items)
                     items.push_back({{"organization", org_ref(i.organization)},
                                      {"invited", i.invited},
                                      {"attended", i.attended},
                                      {"rate", i.rate}});
                   return boost::json::object{{"from", r.from},     {"to", r.to},
                                              {"region", r.region}, {"meetings", r.meetings},
                                              {"items", std::move(items)}};
                 });
}

}  // namespace

void register_meeting_routes(Api& api) {
  // The literal path first: the router takes the first pattern that matches.
  api.add("GET", "/api/v1/meetings/attendance", Access::authenticated, rates);
  api.add("GET", "/api/v1/meetings", Access::authenticated, list);
  api.add("POST", "/api/v1/meetings", Access::authenticated, create);
  api.add("GET", "/api/v1/meetings/{id}", Access::authenticated, get);
  api.add("PATCH", "/api/v1/meetings/{id}", Access::authenticated, update);
  api.add("PUT", "/api/v1/meetings/{id}/attendance", Access::authenticated, attendance);
  api.add("POST", "/api/v1/meetings/{id}/action-items", Access::authenticated, add_action);
  api.add("PATCH", "/api/v1/meetings/{id}/action-items/{action_id}", Access::authenticated, update_action);
}

}  // namespace mitra::http
