// /api/v1/partnerships, /agreements, /work-plans, /activities, /budgets: kemitraan with its eight
// stages, agreements, work plans and activities, allocations, disbursements and LPJ.
#include <map>

#include "domain/pmks.hpp"
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/activity_service.hpp"
#include "services/agreement_service.hpp"
#include "services/budget_service.hpp"
#include "services/partnership_service.hpp"

namespace mitra::http {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::value;

object org_ref(const Organization& o) {
  return {{"id", o.id}, {"code", o.code}, {"name", o.name}, {"type", to_string(o.type)}};
}

array strings(const std::vector<std::string>& v) {
  array out;
  for (const auto& s : v) out.emplace_back(s);
  return out;
}

// Whole rupiah: a JSON integer in range. Sets `out` only when present.
std::optional<Error> rupiah(const object& body, const char* key, long long& out, bool required) {
  const auto* v = body.if_contains(key);
  if (!v || v->is_null()) {
    if (required) return invalid_input(key, std::string("Isi jumlah rupiah (") + key + ").");
    return std::nullopt;
  }
  if (v->is_int64()) {
    out = v->as_int64();
    return std::nullopt;
  }
  if (v->is_uint64()) {
    out = static_cast<long long>(std::min<std::uint64_t>(v->as_uint64(), static_cast<std::uint64_t>(kMaxRupiah) + 1));
    return std::nullopt;
  }
  return invalid_input(key, "Jumlah rupiah harus bilangan bulat tanpa titik, koma atau desimal, mis. 1250000.");
}

// Reads an array of objects under `key`, each through `item`. An Error naming `key` on a
// non-array or non-object item.
template <class F>
std::optional<Error> objects(const object& body, const char* key, bool required, F&& item) {
  const auto* v = body.if_contains(key);
  if (!v || v->is_null()) {
    if (required) return invalid_input(key, std::string("Isi daftar '") + key + "'.");
    return std::nullopt;
  }
  if (!v->is_array()) return invalid_input(key, std::string("Kolom '") + key + "' harus berupa daftar.");
  for (const auto& x : v->as_array()) {
    if (!x.is_object()) return invalid_input(key, std::string("Setiap isi '") + key + "' harus berupa objek.");
    if (auto e = item(x.as_object())) return e;
  }
  return std::nullopt;
}

object stage_json(PartnershipStage s) {
  return {{"code", to_string(s)}, {"number", stage_number(s)}, {"label", stage_label(s)}};
}

object partnership_json(const services::PartnershipView& v) {
  const auto& p = v.record;
  array parties, categories;
  for (const auto& party : v.parties) parties.push_back({{"organization", org_ref(party.organization)}, {"roles", strings(party.roles)}});
  for (const auto& c : p.categories) {
    auto cat = find_pmks(c);
    categories.push_back({{"code", c}, {"name", cat ? std::string(cat->name) : c}});
  }
  object out{{"id", p.id},
             {"title", p.title},
             {"purpose", p.purpose},
             {"programme", p.programme},
             {"partnership_type", p.type},
             {"categories", std::move(categories)},
             {"region_code", p.region_code},
             {"stage", stage_json(p.stage)},
             {"stage_since", p.stage_since},
             {"start_date", p.start_date},
             {"end_date", nullable(p.end_date)},
             {"parties", std::move(parties)},
             {"can_edit", v.can_edit},
             {"created_at", p.created_at},
             {"updated_at", p.updated_at}};
  return out;
}

object partnership_detail_json(const services::PartnershipView& v) {
  auto out = partnership_json(v);
  std::map<std::string, std::string> names(v.who.begin(), v.who.end());
  auto user = [&](const std::string& id) { return object{{"id", id}, {"name", names[id]}}; };
  array stages;
  for (auto s : partnership_stages()) {
    array evidence;
    for (const auto& e : v.evidence)
      if (e.stage == to_string(s))
        evidence.push_back({{"id", e.id},
                            {"on_date", e.on_date},
                            {"note", e.note},
                            {"document_id", nullable(e.document_id)},
                            {"meeting_id", nullable(e.meeting_id)},
                            {"created_by", user(e.created_by)},
                            {"created_at", e.created_at}});
    auto st = stage_json(s);
    st["current"] = s == v.record.stage;
    st["reached"] = stage_number(s) <= stage_number(v.record.stage);
    st["evidence"] = std::move(evidence);
    stages.push_back(std::move(st));
  }
  array history;
  for (const auto& h : v.history)
    history.push_back({{"id", h.id},
                       {"from", nullable(h.from_stage)},
                       {"to", h.to_stage},
                       {"reason", h.reason},
                       {"changed_by", user(h.changed_by)},
                       {"changed_at", h.changed_at}});
  out["stages"] = std::move(stages);
  out["history"] = std::move(history);
  return out;
}

std::optional<Error> read_partnership(const object& body, services::PartnershipInput& in) {
  Fields f(body);
  in.title = f.text("title", false, 300);
  in.purpose = f.text("purpose", false, 4000);
  in.programme = f.text("programme", false, 300);
  in.type = f.text("partnership_type", false, 40);
  in.region_code = f.text("region_code", false, 20);
  in.start_date = f.text("start_date", false, 10);
  in.end_date = f.text("end_date", false, 10);
  in.categories = f.texts("categories");
  in.stage = f.text("stage", false, 40).value_or("");
  in.stage_reason = f.text("stage_reason", false, 2000).value_or("");
  if (f.error()) return f.error();
  if (body.contains("parties")) {
    std::vector<PartyInput> parties;
    auto e = objects(body, "parties", true, [&](const object& o) -> std::optional<Error> {
      Fields pf(o);
      PartyInput p;
      p.organization_id = pf.text("organization_id", true, 64).value_or("");
      p.roles = pf.texts("roles").value_or(std::vector<std::string>{});
      if (pf.error()) return invalid_input("parties", pf.error()->message);
      parties.push_back(std::move(p));
      return std::nullopt;
    });
    if (e) return e;
    in.parties = std::move(parties);
  }
  return std::nullopt;
}

Response list_partnerships(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  store::PartnershipFilter f;
  f.q = page->q;
  f.region = query_value(call.query, "region");
  f.stage = query_value(call.query, "stage");
  f.party = query_value(call.query, "party");
  f.cursor = page->cursor;
  f.limit = page->limit;
  return respond(call, services::list_partnerships(call.ctx, call.who(), f),
                 [](const services::PartnershipPage& p) { return page_json(p, partnership_json); });
}

Response create_partnership(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  services::PartnershipInput in;
  if (auto e = read_partnership(*body, in)) return error_response(*e, call.request_id);
  return respond(call, services::create_partnership(call.ctx, call.who(), in), partnership_detail_json,
                 Status::created);
}

Response update_partnership(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  services::PartnershipInput in;
  if (auto e = read_partnership(*body, in)) return error_response(*e, call.request_id);
  return respond(call, services::update_partnership(call.ctx, call.who(), call.param("id"), in),
                 partnership_detail_json);
}

Response get_partnership(Call& call) {
  return respond(call, services::get_partnership(call.ctx, call.who(), call.param("id")), partnership_detail_json);
}

Response stage_summary(Call& call) {
  return respond(call, services::partnership_stage_counts(call.ctx, call.who()),
                 [](const std::vector<services::StageCount>& counts) {
                   array items;
                   for (const auto& c : counts) {
                     auto o = stage_json(c.stage);
                     o["count"] = c.count;
                     items.push_back(std::move(o));
                   }
                   return object{{"stages", std::move(items)}};
                 });
}

Response move_stage(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto stage = f.text("stage", true, 40).value_or("");
  auto reason = f.text("reason", false, 2000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::move_stage(call.ctx, call.who(), call.param("id"), stage, reason),
                 partnership_detail_json);
}

Response add_evidence(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::EvidenceInput in;
  in.stage = f.text("stage", true, 40).value_or("");
  in.on_date = f.text("on_date", false, 10).value_or("");
  in.note = f.text("note", false, 4000).value_or("");
  in.document_id = f.text("document_id", false, 64).value_or("");
  in.meeting_id = f.text("meeting_id", false, 64).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  auto r = services::add_evidence(call.ctx, call.who(), call.param("id"), in);
  if (!r) return error_response(r.error(), call.request_id);
  return respond(call, services::get_partnership(call.ctx, call.who(), call.param("id")), partnership_detail_json,
                 Status::created);
}

object agreement_json(const services::AgreementView& v) {
  const auto& a = v.record;
  array parties;
  for (const auto& p : v.parties)
    parties.push_back({{"organization", org_ref(p.organization)},
                       {"signatory_name", p.signatory_name},
                       {"signatory_position", p.signatory_position},
                       {"obligations", strings(p.obligations)}});
  return {{"id", a.id},
          {"partnership", {{"id", a.partnership_id}, {"title", v.partnership_title}}},
          {"kind", a.kind},
          {"number", a.number},
          {"title", a.title},
          {"signed_on", nullable(a.signed_on)},
          {"start_date", a.start_date},
          {"end_date", nullable(a.end_date)},
          {"budget", a.budget},
          {"document_id", nullable(a.document_id)},
          {"activity_id", nullable(a.activity_id)},
          {"parties", std::move(parties)},
          {"days_left", v.days_left ? value(*v.days_left) : value(nullptr)},
          {"expired", v.days_left && *v.days_left < 0},
          {"reminder_due", v.reminder_due ? value(*v.reminder_due) : value(nullptr)},
          {"created_at", a.created_at}};
}

Response list_agreements(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  int within = 0;
  if (const auto w = query_value(call.query, "expiring_within"); !w.empty()) {
    if (w.size() > 4 || w.find_first_not_of("0123456789") != std::string::npos || (within = std::stoi(w)) < 1)
      return error_response(invalid_input("expiring_within", "expiring_within harus jumlah hari 1 sampai 3650."),
                            call.request_id);
  }
  return respond(call,
                 services::list_agreements(call.ctx, call.who(), query_value(call.query, "partnership"), within, *page),
                 [](const services::AgreementPage& p) { return page_json(p, agreement_json); });
}

// The agreement fields of a create (partnership_id required) or of a full update (the
// partnership is the agreement's own); nullopt and `error` set on bad input.
std::optional<services::AgreementInput> agreement_input(const object& body, bool creating, std::optional<Error>& error) {
  Fields f(body);
  services::AgreementInput in;
  if (creating) in.partnership_id = f.text("partnership_id", true, 64).value_or("");
  in.kind = f.text("kind", true, 10).value_or("");
  in.number = f.text("number", true, 200).value_or("");
  in.title = f.text("title", true, 300).value_or("");
  in.signed_on = f.text("signed_on", false, 10).value_or("");
  in.start_date = f.text("start_date", false, 10).value_or("");
  in.end_date = f.text("end_date", false, 10).value_or("");
  in.document_id = f.text("document_id", false, 64).value_or("");
  in.activity_id = f.text("activity_id", false, 64).value_or("");
  if ((error = f.error())) return std::nullopt;
  if ((error = rupiah(body, "budget", in.budget, false))) return std::nullopt;
  error = objects(body, "parties", true, [&](const object& o) -> std::optional<Error> {
    Fields pf(o);
    services::AgreementInput::Party p;
    p.organization_id = pf.text("organization_id", true, 64).value_or("");
    p.signatory_name = pf.text("signatory_name", false, 200).value_or("");
    p.signatory_position = pf.text("signatory_position", false, 200).value_or("");
    p.obligations = pf.texts("obligations").value_or(std::vector<std::string>{});
    if (pf.error()) return invalid_input("parties", pf.error()->message);
    in.parties.push_back(std::move(p));
    return std::nullopt;
  });
  if (error) return std::nullopt;
  return in;
}

Response create_agreement(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  std::optional<Error> e;
  auto in = agreement_input(*body, true, e);
  if (!in) return error_response(*e, call.request_id);
  return respond(call, services::create_agreement(call.ctx, call.who(), *in), agreement_json, Status::created);
}

Response update_agreement(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  std::optional<Error> e;
  auto in = agreement_input(*body, false, e);
  if (!in) return error_response(*e, call.request_id);
  return respond(call, services::update_agreement(call.ctx, call.who(), call.param("id"), *in), agreement_json);
}

Response get_agreement(Call& call) {
  return respond(call, services::get_agreement(call.ctx, call.who(), call.param("id")), agreement_json);
}

object work_plan_json(const store::WorkPlanRecord& w) {
  return {{"id", w.id},
          {"partnership_id", w.partnership_id},
          {"title", w.title},
          {"period_start", w.period_start},
          {"period_end", nullable(w.period_end)},
          {"created_at", w.created_at}};
}

Response list_work_plans(Call& call) {
  return respond(call, services::list_work_plans(call.ctx, call.who(), query_value(call.query, "partnership")),
                 [](const std::vector<store::WorkPlanRecord>& plans) {
                   array items;
                   for (const auto& w : plans) items.push_back(work_plan_json(w));
                   return list_body(std::move(items), "");
                 });
}

Response create_work_plan(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::WorkPlanInput in;
  in.partnership_id = f.text("partnership_id", true, 64).value_or("");
  in.title = f.text("title", true, 300).value_or("");
  in.period_start = f.text("period_start", true, 10).value_or("");
  in.period_end = f.text("period_end", false, 10).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::create_work_plan(call.ctx, call.who(), in), work_plan_json, Status::created);
}

object activity_json(const services::ActivityView& v) {
  const auto& a = v.record;
  array contributions, participants, sessions, reports;
  for (const auto& c : v.contributions)
    contributions.push_back({{"id", c.record.id},
                             {"organization", org_ref(c.organization)},
                             {"kind", c.record.kind},
                             {"description", c.record.description},
                             {"value", c.record.value}});
  for (const auto& p : v.participants)
    participants.push_back(
        {{"person_id", p.person_id}, {"full_name", p.full_name}, {"sessions_attended", p.sessions_attended}});
  for (const auto& s : v.sessions)
    sessions.push_back({{"id", s.record.id},
                        {"on_date", s.record.on_date},
                        {"topic", s.record.topic},
                        {"present_count", s.present},
                        {"present", strings(s.record.present)}});
  for (const auto& r : v.reports)
    reports.push_back({{"id", r.id},
                       {"period", r.period},
                       {"body", r.body},
                       {"document_id", nullable(r.document_id)},
                       {"created_at", r.created_at}});
  return {{"id", a.id},
          {"partnership_id", a.partnership_id},
          {"work_plan_id", a.work_plan_id},
          {"title", a.title},
          {"description", a.description},
          {"place", a.place},
          {"start_date", a.start_date},
          {"end_date", nullable(a.end_date)},
          {"responsible", org_ref(v.responsible)},
          {"outputs", strings(a.outputs)},
          {"contributions", std::move(contributions)},
          {"contributions_total", v.contributions_total},
          {"participant_count", v.participant_count},
          {"participants", std::move(participants)},
          {"participants_hidden", v.participant_count - static_cast<int>(v.participants.size())},
          {"sessions", std::move(sessions)},
          {"reports", std::move(reports)}};
}

std::optional<Error> read_activity(const object& body, services::ActivityInput& in) {
  Fields f(body);
  in.work_plan_id = f.text("work_plan_id", false, 64).value_or("");
  in.title = f.text("title", false, 300);
  in.description = f.text("description", false, 4000);
  in.place = f.text("place", false, 300);
  in.start_date = f.text("start_date", false, 10);
  in.end_date = f.text("end_date", false, 10);
  in.responsible_org = f.text("responsible_org", false, 64);
  in.outputs = f.texts("outputs");
  return f.error();
}

Response list_activities(Call& call) {
  return respond(call,
                 services::list_activities(call.ctx, call.who(), query_value(call.query, "partnership"),
                                           query_value(call.query, "work_plan")),
                 [](const std::vector<services::ActivityView>& items) {
                   array out;
                   for (const auto& a : items) out.push_back(activity_json(a));
                   return list_body(std::move(out), "");
                 });
}

Response create_activity(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  services::ActivityInput in;
  if (auto e = read_activity(*body, in)) return error_response(*e, call.request_id);
  if (in.work_plan_id.empty())
    return error_response(invalid_input("work_plan_id", "Pilih rencana kerja kegiatan ini."), call.request_id);
  return respond(call, services::create_activity(call.ctx, call.who(), in), activity_json, Status::created);
}

Response update_activity(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  services::ActivityInput in;
  if (auto e = read_activity(*body, in)) return error_response(*e, call.request_id);
  return respond(call, services::update_activity(call.ctx, call.who(), call.param("id"), in), activity_json);
}

Response get_activity(Call& call) {
  return respond(call, services::get_activity(call.ctx, call.who(), call.param("id")), activity_json);
}

Response add_contribution(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::ContributionInput in;
  in.organization_id = f.text("organization_id", true, 64).value_or("");
  in.kind = f.text("kind", true, 20).value_or("");
  in.description = f.text("description", false, 1000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  if (auto e = rupiah(*body, "value", in.value, false)) return error_response(*e, call.request_id);
  return respond(call, services::add_contribution(call.ctx, call.who(), call.param("id"), in), activity_json,
                 Status::created);
}

Response add_participants(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto ids = f.texts("person_ids").value_or(std::vector<std::string>{});
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::add_participants(call.ctx, call.who(), call.param("id"), ids), activity_json,
                 Status::created);
}

Response add_session(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::SessionInput in;
  in.on_date = f.text("on_date", true, 10).value_or("");
  in.topic = f.text("topic", false, 300).value_or("");
  in.present = f.texts("present").value_or(std::vector<std::string>{});
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::add_session(call.ctx, call.who(), call.param("id"), in), activity_json,
                 Status::created);
}

Response add_report(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::ReportInput in;
  in.period = f.text("period", true, 40).value_or("");
  in.body = f.text("body", false, 8000).value_or("");
  in.document_id = f.text("document_id", false, 64).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::add_report(call.ctx, call.who(), call.param("id"), in), activity_json,
                 Status::created);
}

object lpj_json(const services::LpjView& l) {
  const auto& r = l.record;
  return {{"id", r.id},
          {"partnership", {{"id", r.partnership_id}, {"title", l.partnership_title}}},
          {"allocation_id", nullable(r.allocation_id)},
          {"title", r.title},
          {"due_date", r.due_date},
          {"status", to_string(l.status)},
          {"submitted_on", nullable(r.submitted_on)},
          {"document_id", nullable(r.document_id)},
          {"verified_by", nullable(r.verified_by)},
          {"verified_at", nullable(r.verified_at)}};
}

object budget_json(const services::BudgetView& v) {
  array allocations, disbursements, lpj, sources;
  for (const auto& a : v.allocations)
    allocations.push_back({{"id", a.id},
                           {"activity_id", nullable(a.activity_id)},
                           {"source", a.source},
                           {"description", a.description},
                           {"amount", a.amount},
                           {"disbursed", a.disbursed},
                           {"remaining", a.amount - a.disbursed},
                           {"realisation", realisation_percent(a.amount, a.disbursed)}});
  for (const auto& d : v.disbursements)
    disbursements.push_back({{"id", d.id},
                             {"allocation_id", d.allocation_id},
                             {"on_date", d.on_date},
                             {"amount", d.amount},
                             {"note", d.note}});
  for (const auto& l : v.lpj) lpj.push_back(lpj_json(l));
  for (const auto& s : v.by_source)
    sources.push_back({{"source", s.source},
                       {"allocated", s.allocated},
                       {"disbursed", s.disbursed},
                       {"realisation", s.realisation}});
  return {{"partnership", {{"id", v.partnership_id}, {"title", v.partnership_title}}},
          {"allocated", v.allocated},
          {"disbursed", v.disbursed},
          {"realisation", v.realisation},
          {"by_source", std::move(sources)},
          {"allocations", std::move(allocations)},
          {"disbursements", std::move(disbursements)},
          {"lpj", std::move(lpj)},
          {"can_edit", v.can_edit},
          {"can_verify", v.can_verify}};
}

Response get_budget(Call& call) {
  return respond(call, services::get_budget(call.ctx, call.who(), call.param("id")), budget_json);
}

Response add_allocation(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::AllocationInput in;
  in.partnership_id = f.text("partnership_id", true, 64).value_or("");
  in.activity_id = f.text("activity_id", false, 64).value_or("");
  in.source = f.text("source", true, 20).value_or("");
  in.description = f.text("description", false, 1000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  if (auto e = rupiah(*body, "amount", in.amount, true)) return error_response(*e, call.request_id);
  return respond(call, services::add_allocation(call.ctx, call.who(), in), budget_json, Status::created);
}

Response add_disbursement(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::DisbursementInput in;
  in.allocation_id = f.text("allocation_id", true, 64).value_or("");
  in.on_date = f.text("on_date", false, 10).value_or("");
  in.note = f.text("note", false, 1000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  if (auto e = rupiah(*body, "amount", in.amount, true)) return error_response(*e, call.request_id);
  return respond(call, services::add_disbursement(call.ctx, call.who(), in), budget_json, Status::created);
}

Response add_lpj(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::LpjInput in;
  in.partnership_id = f.text("partnership_id", true, 64).value_or("");
  in.allocation_id = f.text("allocation_id", false, 64).value_or("");
  in.title = f.text("title", true, 300).value_or("");
  in.due_date = f.text("due_date", true, 10).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::add_lpj(call.ctx, call.who(), in), budget_json, Status::created);
}

Response submit_lpj(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto on = f.text("submitted_on", false, 10).value_or("");
  auto doc = f.text("document_id", false, 64).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::submit_lpj(call.ctx, call.who(), call.param("id"), on, doc), budget_json);
}

Response verify_lpj(Call& call) {
  return respond(call, services::verify_lpj(call.ctx, call.who(), call.param("id")), budget_json);
}

Response overdue_lpj(Call& call) {
  auto day = query_value(call.query, "on");
  return respond(call, services::overdue_lpj(call.ctx, call.who(), day.empty() ? services::today(call.ctx) : day),
                 [](const std::vector<services::LpjView>& items) {
                   array out;
                   for (const auto& l : items) out.push_back(lpj_json(l));
                   return list_body(std::move(out), "");
                 });
}

}  // namespace

void register_partnership_routes(Api& api) {
  api.add("GET", "/api/v1/partnerships", Access::authenticated, list_partnerships);
  api.add("POST", "/api/v1/partnerships", Access::authenticated, create_partnership);
  api.add("GET", "/api/v1/partnerships/summary", Access::authenticated, stage_summary);
  api.add("GET", "/api/v1/partnerships/{id}", Access::authenticated, get_partnership);
  api.add("PATCH", "/api/v1/partnerships/{id}", Access::authenticated, update_partnership);
  api.add("POST", "/api/v1/partnerships/{id}/stage", Access::authenticated, move_stage);
  api.add("POST", "/api/v1/partnerships/{id}/evidence", Access::authenticated, add_evidence);
  api.add("GET", "/api/v1/agreements", Access::authenticated, list_agreements);
  api.add("POST", "/api/v1/agreements", Access::authenticated, create_agreement);
  api.add("GET", "/api/v1/agreements/{id}", Access::authenticated, get_agreement);
  api.add("PUT", "/api/v1/agreements/{id}", Access::authenticated, update_agreement);
  api.add("GET", "/api/v1/work-plans", Access::authenticated, list_work_plans);
  api.add("POST", "/api/v1/work-plans", Access::authenticated, create_work_plan);
  api.add("GET", "/api/v1/activities", Access::authenticated, list_activities);
  api.add("POST", "/api/v1/activities", Access::authenticated, create_activity);
  api.add("GET", "/api/v1/activities/{id}", Access::authenticated, get_activity);
  api.add("PATCH", "/api/v1/activities/{id}", Access::authenticated, update_activity);
  api.add("POST", "/api/v1/activities/{id}/contributions", Access::authenticated, add_contribution);
  api.add("POST", "/api/v1/activities/{id}/participants", Access::authenticated, add_participants);
  api.add("POST", "/api/v1/activities/{id}/sessions", Access::authenticated, add_session);
  api.add("POST", "/api/v1/activities/{id}/reports", Access::authenticated, add_report);
  api.add("GET", "/api/v1/budgets/lpj-overdue", Access::authenticated, overdue_lpj);
  api.add("GET", "/api/v1/budgets/{id}", Access::authenticated, get_budget);
  api.add("POST", "/api/v1/budgets/allocations", Access::authenticated, add_allocation);
  api.add("POST", "/api/v1/budgets/disbursements", Access::authenticated, add_disbursement);
  api.add("POST", "/api/v1/budgets/lpj", Access::authenticated, add_lpj);
  api.add("POST", "/api/v1/budgets/lpj/{id}/submit", Access::authenticated, submit_lpj);
  api.add("POST", "/api/v1/budgets/lpj/{id}/verify", Access::authenticated, verify_lpj);
}

}  // namespace mitra::http
