// Case content and family: /api/v1/cases/{id}/assessment, /cases/{id}/plan, /plan-goals/{id},
// /cases/{id}/notes, /persons/{id}/family and /households.
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/case_records_service.hpp"
#include "services/family_service.hpp"

namespace mitra::http {
namespace {

constexpr const char* kHiddenPerson = "orang lain (tidak dapat dilihat)";
constexpr const char* kHiddenNote = "catatan rahasia";

boost::json::object assessment_entry_json(const store::AssessmentRecord& a) {
  return {{"id", a.id},
          {"domain", a.domain},
          {"version", a.version},
          {"finding", a.finding},
          {"need_level", a.need_level},
          {"assessed_by", {{"id", a.assessed_by}, {"name", a.assessed_by_name}}},
          {"assessed_at", a.assessed_at}};
}

boost::json::object assessment_json(const services::AssessmentView& v) {
  boost::json::array latest, history;
  for (const auto& a : v.latest) latest.push_back(assessment_entry_json(a));
  for (const auto& a : v.history) history.push_back(assessment_entry_json(a));
  return {{"case_id", v.case_id}, {"latest", std::move(latest)}, {"history", std::move(history)}};
}

boost::json::object goal_json(const store::GoalRecord& g) {
  boost::json::object responsible;
  if (!g.responsible_organization.empty())
    responsible = {{"type", "organization"}, {"id", g.responsible_organization}, {"name", g.responsible_organization_name}};
  else
    responsible = {{"type", "user"}, {"id", g.responsible_user}, {"name", g.responsible_user_name}};
  return {{"id", g.id},
          {"case_id", g.case_id},
          {"domain", g.domain},
          {"description", g.description},
          {"target_date", nullable(g.target_date)},
          {"status", g.status},
          {"responsible", std::move(responsible)},
          {"created_by", g.created_by},
          {"created_at", g.created_at},
          {"updated_at", g.updated_at}};
}

boost::json::object note_json(const services::NoteView& v) {
  const auto& n = v.record;
  return {{"id", n.id},
          {"case_id", n.case_id},
          {"sensitive", n.sensitive},
          {"hidden", v.hidden},
          {"body", v.hidden ? boost::json::value(nullptr) : boost::json::value(n.body)},
          {"placeholder", v.hidden ? boost::json::value(kHiddenNote) : boost::json::value(nullptr)},
          {"corrects", nullable(n.corrects)},
          {"author", {{"id", n.author}, {"name", n.author_name}}},
          {"created_at", n.created_at}};
}

boost::json::object person_ref_json(const services::PersonRef& p) {
  return {{"visible", p.visible},
          {"id", nullable(p.person_id)},
          {"full_name", nullable(p.full_name)},
          {"display_name", p.visible ? p.full_name : std::string(kHiddenPerson)}};
}

boost::json::object relative_json(const services::RelativeView& r) {
  return {{"link_id", r.link_id}, {"relation", to_string(r.relation)}, {"person", person_ref_json(r.relative)}};
}

boost::json::object household_json(const services::HouseholdView& v) {
  const auto& h = v.record;
  boost::json::array members;
  for (const auto& m : v.members)
    members.push_back({{"person", person_ref_json(m.person)}, {"relation", m.relation}, {"added_at", m.added_at}});
  return {{"id", h.id},
          {"region_code", h.region_code},
          {"address", h.address},
          {"kk_number", nullable(h.kk_number)},
          {"organization_id", h.organization_id},
          {"members", std::move(members)},
          {"created_at", h.created_at},
          {"updated_at", h.updated_at}};
}

boost::json::object family_json(const services::FamilyView& v) {
  boost::json::array relatives;
  for (const auto& r : v.relatives) relatives.push_back(relative_json(r));
  return {{"person_id", v.person_id},
          {"relatives", std::move(relatives)},
          {"household", v.household ? boost::json::value(household_json(*v.household)) : boost::json::value(nullptr)}};
}

// {"domains": {"<domain>": {"finding": "...", "need_level": "..."}, ...}}
Response save_assessment(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  const auto* domains = body->if_contains("domains");
  if (!domains || !domains->is_object() || domains->as_object().empty())
    return error_response(invalid_input("domains", "Kolom 'domains' wajib berisi objek per ranah, mis. "
                                                   "{\"health\": {\"finding\": \"...\", \"need_level\": \"high\"}}."),
                          call.request_id);
  std::vector<services::AssessmentEntryInput> entries;
  for (const auto& [key, value] : domains->as_object()) {
    const std::string domain(key);
    const std::string prefix = "domains." + domain;
    if (!is_clean_text(domain) || domain.size() > 40)
      return error_response(invalid_input("domains", "Nama ranah asesmen tidak sah."), call.request_id);
    if (!value.is_object())
      return error_response(invalid_input(prefix, "Isi ranah harus objek {finding, need_level}."), call.request_id);
    Fields f(value.as_object());
    services::AssessmentEntryInput e;
    e.domain = domain;
    e.finding = f.text("finding", true, 10000).value_or("");
    e.need_level = f.text("need_level", true, 20).value_or("");
    if (f.error()) {
      Error err = *f.error();
      err.field = prefix + "." + err.field;
      return error_response(err, call.request_id);
    }
    entries.push_back(std::move(e));
  }
  return respond(call, services::save_assessment(call.ctx, call.who(), call.param("id"), entries), assessment_json);
}

Response get_assessment(Call& call) {
  return respond(call, services::get_assessment(call.ctx, call.who(), call.param("id")), assessment_json);
}

Response add_goal(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::GoalInput in;
  in.domain = f.text("domain", true, 40).value_or("");
  in.description = f.text("description", true, 4000).value_or("");
  in.target_date = f.text("target_date", false, 10).value_or("");
  in.responsible_user = f.text("responsible_user_id", false, 64).value_or("");
  in.responsible_organization = f.text("responsible_organization_id", false, 64).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::add_goal(call.ctx, call.who(), call.param("id"), in), goal_json, Status::created);
}

Response change_goal(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::GoalChange change;
  change.status = f.text("status", false, 20);
  change.description = f.text("description", false, 4000);
  if (auto d = f.nullable_text("target_date")) change.target_date = d->value_or("");
  if (auto u = f.nullable_text("responsible_user_id")) change.responsible_user = u->value_or("");
  if (auto o = f.nullable_text("responsible_organization_id")) change.responsible_organization = o->value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::change_goal(call.ctx, call.who(), call.param("id"), change), goal_json);
}

Response get_plan(Call& call) {
  return respond(call, services::get_plan(call.ctx, call.who(), call.param("id")), [](const services::PlanView& v) {
    boost::json::array goals;
    for (const auto& g : v.goals) goals.push_back(goal_json(g));
    return boost::json::object{{"case_id", v.case_id}, {"goals", std::move(goals)}};
  });
}

Response add_note(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::NoteInput in;
  in.body = f.text("body", true, 20000).value_or("");
  in.sensitive = f.boolean("sensitive").value_or(false);
  in.corrects = f.text("corrects", false, 64).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::add_note(call.ctx, call.who(), call.param("id"), in), note_json, Status::created);
}

Response list_notes(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  return respond(call, services::list_notes(call.ctx, call.who(), call.param("id"), page->cursor, page->limit),
                 [](const services::NotePage& p) { return page_json(p, note_json); });
}

Response get_family(Call& call) {
  return respond(call, services::get_family(call.ctx, call.who(), call.param("id")), family_json);
}

Response add_relative(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto relative = f.text("relative_id", true, 64);
  auto relation = f.text("relation", true, 20);
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::add_family_link(call.ctx, call.who(), call.param("id"), *relative, *relation),
                 relative_json, Status::created);
}

Response create_household(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::HouseholdInput in;
  in.head_person_id = f.text("head_person_id", true, 64).value_or("");
  in.region_code = f.text("region_code", true, 20).value_or("");
  in.address = f.text("address", false, 500).value_or("");
  in.kk_number = f.text("kk_number", false, 32).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::create_household(call.ctx, call.who(), in), household_json, Status::created);
}

Response get_household(Call& call) {
  return respond(call, services::get_household(call.ctx, call.who(), call.param("id")), household_json);
}

Response add_member(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto person = f.text("person_id", true, 64);
  auto relation = f.text("relation", true, 20);
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::add_household_member(call.ctx, call.who(), call.param("id"), *person, *relation),
                 household_json);
}

}  // namespace

void register_case_record_routes(Api& api) {
  api.add("GET", "/api/v1/cases/{id}/assessment", Access::authenticated, get_assessment);
  api.add("PUT", "/api/v1/cases/{id}/assessment", Access::authenticated, save_assessment);
  api.add("GET", "/api/v1/cases/{id}/plan", Access::authenticated, get_plan);
  api.add("POST", "/api/v1/cases/{id}/plan/goals", Access::authenticated, add_goal);
  api.add("PATCH", "/api/v1/plan-goals/{id}", Access::authenticated, change_goal);
  api.add("GET", "/api/v1/cases/{id}/notes", Access::authenticated, list_notes);
  api.add("POST", "/api/v1/cases/{id}/notes", Access::authenticated, add_note);
  api.add("GET", "/api/v1/persons/{id}/family", Access::authenticated, get_family);
  api.add("POST", "/api/v1/persons/{id}/family", Access::authenticated, add_relative);
  api.add("POST", "/api/v1/households", Access::authenticated, create_household);
  api.add("GET", "/api/v1/households/{id}", Access::authenticated, get_household);
  api.add("POST", "/api/v1/households/{id}/members", Access::authenticated, add_member);
}

}  // namespace mitra::http
