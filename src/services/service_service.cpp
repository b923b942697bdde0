#include "services/service_service.hpp"

#include "services/audit_service.hpp"
#include "services/case_service.hpp"
#include "store/case_repository.hpp"
#include "store/identity_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

ServiceView view_of(store::UnitOfWork& unit, const store::ServiceRecord& s) {
  return {s, store::find_organization(unit, s.provider_organization).value_or(Organization{})};
}

bool ended(ServiceStatus s) { return s == ServiceStatus::completed || s == ServiceStatus::stopped; }

// A finished service without an end date ends today (or on its start, if that is later).
void default_end(store::ServiceRecord& s, const std::string& today) {
  if (ended(s.status) && s.ends_on.empty()) s.ends_on = today < s.starts_on ? s.starts_on : today;
}

Error service_not_found() { return not_found("Layanan tidak ditemukan."); }

}  // namespace

Result<ServiceView> add_service(const Context& ctx, const Actor& actor, const ServiceInput& in) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat mencatat layanan.");
  auto details = validate_details(in.type, in.details);
  if (!details) return details.error();
  const auto status = parse_service_status(in.status);
  if (!status) return invalid_input("status", "Status layanan harus planned, ongoing, completed, atau stopped.");
  const std::string now = format_time(ctx.clock.now());
  const std::string today = now.substr(0, 10);
  store::ServiceRecord s;
  s.type = in.type;
  s.status = *status;
  s.starts_on = in.starts_on.empty() ? today : in.starts_on;
  s.ends_on = in.ends_on;
  if (s.type == "vocational_training" && s.ends_on.empty() && details->contains("loka_bina_karya") &&
      details->at("loka_bina_karya").as_bool() && is_date(s.starts_on))
    s.ends_on = add_months(s.starts_on, kLokaBinaKaryaMonths);
  if (auto dates = check_service_dates(s.starts_on, s.ends_on); !dates) return dates.error();
  default_end(s, today);

  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = visible_case(unit, actor, in.case_id);
  if (!c) return not_found("Kasus tidak ditemukan.");
  if (c->stage == Stage::closed) return conflict("case_id", "Kasus sudah selesai; buka kembali sebelum menambah layanan.");
  s.provider_organization = in.provider_organization_id.empty() ? c->organization_id : in.provider_organization_id;
  auto provider = store::find_organization(unit, s.provider_organization);
  if (!provider || !provider->active)
    return invalid_input("provider_organization_id", "Lembaga pemberi layanan tidak ditemukan atau tidak aktif.");
  s.id = ctx.ids.next();
  s.case_id = c->id;
  s.person_id = c->person_id;
  s.outcome = in.outcome;
  s.details = boost::json::serialize(*details);
  s.created_by = actor.user.id;
  s.created_at = s.updated_at = now;
  store::insert_service(unit, s);
  write_audit(unit, ctx, actor,
              {"service.create", "service", s.id,
               boost::json::serialize(boost::json::object{{"case_id", s.case_id},
                                                          {"type", s.type},
                                                          {"provider_organization", s.provider_organization}})});
  auto view = ServiceView{s, *provider};
  unit.commit();
  return view;
}

Result<std::vector<ServiceView>> list_case_services(const Context& ctx, const Actor& actor, const std::string& case_id) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang melihat layanan.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (!visible_case(unit, actor, case_id)) return not_found("Kasus tidak ditemukan.");
  std::vector<ServiceView> out;
  for (const auto& s : store::list_services(unit, case_id)) out.push_back(view_of(unit, s));
  write_audit(unit, ctx, actor,
              {"service.list", "case", case_id, boost::json::serialize(boost::json::object{{"results", out.size()}})});
  unit.commit();
  return out;
}

Result<ServiceView> update_service(const Context& ctx, const Actor& actor, const std::string& id,
                                   const ServiceChange& change) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat mengubah layanan.");
  std::optional<ServiceStatus> target;
  if (change.status) {
    target = parse_service_status(*change.status);
    if (!target) return invalid_input("status", "Status layanan harus planned, ongoing, completed, atau stopped.");
  }
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto s = store::find_service(unit, id);
  if (!s || !visible_case(unit, actor, s->case_id)) return service_not_found();
  const auto from = s->status;
  if (target) {
    auto moved = move_service(s->status, *target);
    if (!moved) return moved.error();
    s->status = *moved;
  }
  if (change.outcome) s->outcome = *change.outcome;
  if (change.ends_on) s->ends_on = *change.ends_on;
  if (change.details) {
    auto details = validate_details(s->type, *change.details);
    if (!details) return details.error();
    s->details = boost::json::serialize(*details);
  }
  const std::string now = format_time(ctx.clock.now());
  if (auto dates = check_service_dates(s->starts_on, s->ends_on); !dates) return dates.error();
  default_end(*s, now.substr(0, 10));
  s->updated_at = now;
  store::update_service(unit, *s);
  write_audit(unit, ctx, actor,
              {"service.update", "service", id,
               boost::json::serialize(boost::json::object{{"case_id", s->case_id},
                                                          {"from", to_string(from)},
                                                          {"status", to_string(s->status)}})});
  auto view = view_of(unit, *s);
  unit.commit();
  return view;
}

}  // namespace mitra::services
