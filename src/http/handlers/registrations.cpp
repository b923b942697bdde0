// /api/v1/organizations/{id}/profile (legal data, contacts, services) and
// /api/v1/registrations (the LKS registration workflow: apply, recommend/return, survey, decide).
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/registration_service.hpp"

namespace mitra::http {
namespace {

boost::json::object profile_json(const services::ProfileView& v) {
  const auto& p = v.profile;
  boost::json::array services;
  for (const auto& s : p.services) services.emplace_back(s);
  return {{"organization", to_json(v.organization)},
          {"deed_number", p.deed_number},
          {"deed_date", nullable(p.deed_date)},
          {"decree_number", p.decree_number},
          {"lks_number", p.lks_number},
          {"lks_valid_until", nullable(p.lks_valid_until)},
          {"accreditation", nullable(p.accreditation)},
          {"accreditation_date", nullable(p.accreditation_date)},
          {"npwp", p.npwp},
          {"address", p.address},
          {"phone", p.phone},
          {"email", p.email},
          {"contact_person", p.contact_person},
          {"services", std::move(services)},
          {"capacity", p.capacity},
          {"social_workers", p.social_workers},
          {"registration_sla_days", p.registration_sla_days},
          {"updated_at", nullable(p.updated_at)},
          {"may_edit", v.may_edit}};
}

boost::json::value org_ref(const std::optional<Organization>& o) {
  if (!o) return nullptr;
  return boost::json::object{{"id", o->id}, {"code", o->code}, {"name", o->name}};
}

boost::json::object registration_view_json(const services::RegistrationView& v, bool full) {
  const auto& r = v.record;
  boost::json::array actions;
  for (const auto& a : v.actions) actions.emplace_back(a);
  boost::json::object out{{"id", r.id},
                          {"organization", to_json(v.organization)},
                          {"kind", r.kind},
                          {"status", r.status},
                          {"regency_dinsos", org_ref(v.regency_dinsos)},
                          {"province_dinsos", org_ref(v.province_dinsos)},
                          {"note", r.note},
                          {"submitted_at", r.submitted_at},
                          {"due_on", r.due_on},
                          {"overdue", v.overdue},
                          {"working_days_left", v.working_days_left},
                          {"recommended_at", nullable(r.recommended_at)},
                          {"decided_at", nullable(r.decided_at)},
                          {"reason", nullable(r.reason)},
                          {"registration_number", nullable(r.registration_number)},
                          {"valid_until", nullable(r.valid_until)},
                          {"created_at", r.created_at},
                          {"actions", std::move(actions)}};
  if (full) {
    boost::json::array checks;
    for (const auto& item : registration_check_items()) {
      boost::json::object c{{"item", item}, {"result", nullptr}, {"note", ""}, {"document_id", nullptr},
                            {"checked_at", nullptr}};
      for (const auto& rec : v.checks)
        if (rec.item == item) {
          c["result"] = rec.result;
          c["note"] = rec.note;
          c["document_id"] = nullable(rec.document_id);
          c["checked_at"] = rec.checked_at;
        }
      checks.emplace_back(std::move(c));
    }
    boost::json::array events;
    for (const auto& e : v.events)
      events.emplace_back(boost::json::object{{"action", e.action},
                                              {"status", e.status},
                                              {"note", e.note},
                                              {"at", e.at},
                                              {"actor", {{"id", e.actor_id}, {"display_name", e.actor_name}}},
                                              {"organization", {{"id", e.actor_organization_id}, {"name", e.actor_organization_name}}}});
    out["checks"] = std::move(checks);
    out["events"] = std::move(events);
  }
  return out;
}

auto full_json = [](const services::RegistrationView& v) { return registration_view_json(v, true); };

Response get_profile(Call& call) {
  return respond(call, services::get_profile(call.ctx, call.who(), call.param("id")), profile_json);
}

Response put_profile(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::ProfileInput in;
  in.deed_number = f.text("deed_number", false, 100);
  in.deed_date = f.text("deed_date", false, 10);
  in.decree_number = f.text("decree_number", false, 100);
  in.lks_number = f.text("lks_number", false, 100);
  in.lks_valid_until = f.text("lks_valid_until", false, 10);
  in.accreditation = f.text("accreditation", false, 1);
  in.accreditation_date = f.text("accreditation_date", false, 10);
  in.npwp = f.text("npwp", false, 30);
  in.address = f.text("address", false, 500);
  in.phone = f.text("phone", false, 30);
  in.email = f.text("email", false, 200);
  in.contact_person = f.text("contact_person", false, 200);
  in.services = f.texts("services");
  in.capacity = f.integer("capacity");
  in.social_workers = f.integer("social_workers");
  in.registration_sla_days = f.integer("registration_sla_days");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::update_profile(call.ctx, call.who(), call.param("id"), in), profile_json);
}

Response list(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  services::RegistrationQuery q;
  q.organization_id = query_value(call.query, "organization_id");
  q.status = query_value(call.query, "status");
  q.inbox = query_value(call.query, "inbox");
  q.cursor = page->cursor;
  q.limit = page->limit;
  return respond(call, services::list_registrations(call.ctx, call.who(), q), [](const services::RegistrationPage& p) {
    return page_json(p, [](const services::RegistrationView& v) { return registration_view_json(v, false); });
  });
}

Response apply(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto org = f.text("organization_id", true, 64);
  auto note = f.text("note", false, 2000);
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::apply_registration(call.ctx, call.who(), *org, note.value_or("")), full_json,
                 Status::created);
}

Response get(Call& call) {
  return respond(call, services::get_registration(call.ctx, call.who(), call.param("id")), full_json);
}

Handler step(RegistrationStep s) {
  return [s](Call& call) {
    auto body = call.body();
    if (!body) return error_response(body.error(), call.request_id);
    Fields f(*body);
    services::StepInput in;
    in.note = f.text("note", false, 2000).value_or("");
    in.reason = f.text("reason", s == RegistrationStep::send_back || s == RegistrationStep::reject, 2000).value_or("");
    if (s == RegistrationStep::approve) {
      in.registration_number = f.text("registration_number", true, 100).value_or("");
      in.valid_until = f.text("valid_until", true, 10).value_or("");
    }
    if (f.error()) return error_response(*f.error(), call.request_id);
    return respond(call, services::registration_step(call.ctx, call.who(), call.param("id"), s, in), full_json);
  };
}

Response put_check(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::CheckInput in;
  in.item = call.param("item");
  in.result = f.text("result", true, 20).value_or("");
  in.note = f.text("note", false, 1000).value_or("");
  in.document_id = f.text("document_id", false, 64).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::record_check(call.ctx, call.who(), call.param("id"), in), full_json);
}

}  // namespace

void register_registration_routes(Api& api) {
  api.add("GET", "/api/v1/organizations/{id}/profile", Access::authenticated, get_profile);
  api.add("PUT", "/api/v1/organizations/{id}/profile", Access::authenticated, put_profile);
  api.add("GET", "/api/v1/registrations", Access::authenticated, list);
  api.add("POST", "/api/v1/registrations", Access::authenticated, apply);
  api.add("GET", "/api/v1/registrations/{id}", Access::authenticated, get);
  api.add("POST", "/api/v1/registrations/{id}/resubmit", Access::authenticated, step(RegistrationStep::resubmit));
  api.add("POST", "/api/v1/registrations/{id}/recommend", Access::authenticated, step(RegistrationStep::recommend));
  api.add("POST", "/api/v1/registrations/{id}/return", Access::authenticated, step(RegistrationStep::send_back));
  api.add("POST", "/api/v1/registrations/{id}/approve", Access::authenticated, step(RegistrationStep::approve));
  api.add("POST", "/api/v1/registrations/{id}/reject", Access::authenticated, step(RegistrationStep::reject));
  api.add("PUT", "/api/v1/registrations/{id}/checks/{item}", Access::authenticated, put_check);
}

}  // namespace mitra::http
