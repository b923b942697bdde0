#include "services/case_service.hpp"

#include <boost/json.hpp>

#include "services/audit_service.hpp"
#include "services/person_service.hpp"
#include "services/policy.hpp"
#include "store/emergency_repository.hpp"
#include "store/identity_repository.hpp"
#include "store/person_repository.hpp"
#include "store/referral_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

Error case_not_found() { return not_found("Kasus tidak ditemukan."); }

bool sensitive_person(store::UnitOfWork& unit, const std::string& person_id) {
  auto p = store::find_person(unit, person_id);
  return p && p->sensitive;
}

bool visible(store::UnitOfWork& unit, const Actor& actor, const store::CaseRecord& c) {
  return may_see_case(actor, {c.organization_id, c.region_code, sensitive_person(unit, c.person_id), c.workers,
                              store::open_receivers_of_case(unit, c.id),
                              store::has_active_grant(unit, actor.user.id, c.person_id, actor.now)});
}

CaseView view_of(store::UnitOfWork& unit, const store::CaseRecord& c) {
  auto person = store::find_person(unit, c.person_id);
  return {c, person ? person->person.full_name : "",
          store::find_organization(unit, c.organization_id).value_or(Organization{}),
          store::list_transitions(unit, c.id)};
}

}  // namespace

std::optional<store::CaseRecord> visible_case(store::UnitOfWork& unit, const Actor& actor, const std::string& id) {
  auto c = store::find_case(unit, id);
  if (!c || !visible(unit, actor, *c)) return std::nullopt;
  return c;
}

bool serves_clients(const Actor& a) {
  return a.user.active && (a.has(Role::social_worker) || a.has(Role::supervisor));
}

Result<CaseView> open_case(const Context& ctx, const Actor& actor, const CaseInput& in) {
  if (!actor.user.active || (!actor.has(Role::social_worker) && !actor.has(Role::supervisor)))
    return forbidden("Hanya pekerja sosial atau supervisor yang dapat membuka kasus.");
  if (in.risk_level != "low" && in.risk_level != "medium" && in.risk_level != "high")
    return invalid_input("risk_level", "Tingkat risiko harus low, medium, atau high.");
  if (in.reason.find_first_not_of(" \t\n") == std::string::npos)
    return invalid_input("reason", "Tuliskan alasan kasus dibuka (mis. hasil penjangkauan).");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto person = store::find_person(unit, in.person_id);
  if (!person || !can_see_person(unit, actor, *person)) return not_found("Penerima manfaat tidak ditemukan.");
  if (auto merged = refuse_if_merged(*person)) return *merged;
  store::CaseRecord c;
  c.workers = in.workers;
  if (c.workers.empty() && actor.has(Role::social_worker)) c.workers.push_back(actor.user.id);
  for (const auto& w : c.workers) {
    auto user = store::find_user(unit, w);
    if (!user || user->user.organization_id != actor.organization.id || !user->user.active ||
        !user->user.has(Role::social_worker))
      return invalid_input("workers", "Pendamping harus pekerja sosial aktif di lembaga Anda.");
  }
  c.id = ctx.ids.next();
  c.person_id = in.person_id;
  c.organization_id = actor.organization.id;
  c.region_code = actor.organization.region_code;
  c.stage = Stage::first_contact;
  c.risk_level = in.risk_level;
  c.opened_at = c.updated_at = format_time(ctx.clock.now());
  c.opened_by = actor.user.id;
  store::insert_case(unit, c);
  store::insert_transition(unit, ctx.ids.next(), c.id,
                           {"", std::string(to_string(Stage::first_contact)), in.reason, actor.user.id, "", c.opened_at});
  write_audit(unit, ctx, actor,
              {"case.create", "case", c.id,
               boost::json::serialize(boost::json::object{{"person_id", c.person_id}, {"risk_level", c.risk_level}})});
  auto view = view_of(unit, c);
  unit.commit();
  return view;
}

Result<CaseView> get_case(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!allowed(actor, Resource::person_identity, Action::read)) return forbidden("Peran Anda tidak dapat melihat kasus.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = store::find_case(unit, id);
  if (!c || !visible(unit, actor, *c)) return case_not_found();
  auto view = view_of(unit, *c);
  write_audit(unit, ctx, actor, {"case.read", "case", id, "{}"});
  unit.commit();
  return view;
}

Result<CasePage> list_cases(const Context& ctx, const Actor& actor, store::CaseFilter filter) {
  if (!allowed(actor, Resource::person_identity, Action::list)) return forbidden("Peran Anda tidak dapat melihat kasus.");
  if (!filter.stage.empty() && !parse_stage(filter.stage)) return invalid_input("stage", "Tahap kasus tidak dikenal.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto records = store::list_cases(unit, {actor.organization.id, supervised_region(actor), actor.user.id}, filter);
  CasePage page;
  if (static_cast<int>(records.size()) > filter.limit) {
    records.pop_back();
    page.next_cursor = records.back().id;
  }
  for (const auto& r : records) page.items.push_back(view_of(unit, r));
  write_audit(unit, ctx, actor,
              {"case.search", "case", "", boost::json::serialize(boost::json::object{{"results", page.items.size()}})});
  unit.commit();
  return page;
}

Result<CaseView> move_case(const Context& ctx, const Actor& actor, const std::string& id, const std::string& to,
                           const std::string& reason) {
  if (!allowed(actor, Resource::person_identity, Action::update)) return forbidden("Peran Anda tidak dapat mengubah kasus.");
  const auto target = parse_stage(to);
  if (!target) return invalid_input("to", "Tahap tujuan tidak dikenal.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = store::find_case(unit, id);
  if (!c || !visible(unit, actor, *c)) return case_not_found();
  const std::string now = format_time(ctx.clock.now());
  auto next = advance({c->stage, c->closed_at}, *target, reason, now);
  if (!next) return next.error();
  if (needs_supervisor(c->stage, *target) && !actor.has(Role::supervisor))
    return forbidden("Perpindahan tahap ini memerlukan persetujuan supervisor.");
  store::update_case_stage(unit, id, next->stage, next->closed_at, now);
  store::insert_transition(unit, ctx.ids.next(), id,
                           {std::string(to_string(c->stage)), std::string(to_string(*target)), reason, actor.user.id, "", now});
  write_audit(unit, ctx, actor,
              {"case.transition", "case", id,
               boost::json::serialize(boost::json::object{{"from", to_string(c->stage)}, {"to", to_string(*target)}})});
  c->stage = next->stage;
  c->closed_at = next->closed_at;
  c->updated_at = now;
  auto view = view_of(unit, *c);
  unit.commit();
  return view;
}

}  // namespace mitra::services
