#include "services/patrol_service.hpp"

#include <boost/json.hpp>

#include <charconv>
#include <cstdio>

#include "services/audit_service.hpp"
#include "services/case_service.hpp"
#include "services/policy.hpp"
#include "store/case_repository.hpp"
#include "store/identity_repository.hpp"
#include "store/person_repository.hpp"
#include "store/region_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

Error patrol_not_found() { return not_found("Data patroli tidak ditemukan."); }

// The organisation that ran it, the receiving shelter, and supervisors of the region.
bool party(const Actor& a, const store::PatrolRecord& p) {
  return a.organization.id == p.organization_id || a.organization.id == p.receiving_organization ||
         supervises(a, p.region_code);
}

std::string degrees(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", d);
  return buf;
}

PatrolView view_of(store::UnitOfWork& unit, const store::PatrolRecord& p) {
  return {p, store::find_organization(unit, p.organization_id).value_or(Organization{}),
          store::find_organization(unit, p.receiving_organization).value_or(Organization{}), {}};
}

NettedView netted_view(store::UnitOfWork& unit, const Actor& actor, const store::NettedRecord& n) {
  NettedView v{n, "", "", {}};
  auto person = store::find_person(unit, n.person_id);
  if (person && can_see_person(unit, actor, *person)) {
    v.person_name = person->person.full_name;
    for (const auto& c : store::list_categories(unit, n.person_id))
      if (c.ended_on.empty()) v.categories.push_back(c.category);
  }
  if (auto c = visible_case(unit, actor, n.case_id)) v.case_stage = std::string(to_string(c->stage));
  return v;
}

}  // namespace

Result<PatrolView> create_patrol(const Context& ctx, const Actor& actor, const PatrolInput& in) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat mencatat patroli.");
  const auto kind = parse_patrol_kind(in.kind);
  if (!kind) return invalid_input("kind", "Jenis harus patrol (patroli), raid (razia), atau outreach (penjangkauan).");
  const std::string now = format_time(ctx.clock.now());
  if (auto s = check_patrol_times(in.started_at, in.ended_at, now); !s) return s.error();
  if (blank(in.place)) return invalid_input("place", "Tuliskan lokasi (jalan, persimpangan, pasar...).");
  if (in.coordinates)
    if (auto s = check_coordinates(*in.coordinates); !s) return s.error();
  if (in.agencies.empty()) return invalid_input("agencies", "Pilih minimal satu tim atau instansi yang turun.");
  for (const auto& a : in.agencies)
    if (!known_agency(a))
      return invalid_input("agencies", "Instansi '" + a + "' tidak dikenal (trc, satpol_pp, police, dinsos, ngo_outreach, community, other).");
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (!in.place_region.empty() && !store::find_region(unit, in.place_region))
    return invalid_input("place_region", "Kode wilayah tidak dikenal dalam daftar Kemendagri.");
  Organization receiving = actor.organization;
  if (!in.receiving_organization.empty()) {
    auto o = store::find_organization(unit, in.receiving_organization);
    if (!o || !o->active) return invalid_input("receiving_organization_id", "Lembaga penerima tidak ditemukan atau tidak aktif.");
    receiving = *o;
  }
  store::PatrolRecord p;
  p.id = ctx.ids.next();
  p.organization_id = actor.organization.id;
  p.region_code = actor.organization.region_code;
  p.kind = std::string(to_string(*kind));
  TimePoint t;
  parse_time(in.started_at, t);
  p.started_at = format_time(t);
  if (!in.ended_at.empty() && parse_time(in.ended_at, t)) p.ended_at = format_time(t);
  p.place_region = in.place_region;
  p.place = in.place;
  if (in.coordinates) {
    p.latitude = degrees(in.coordinates->latitude);
    p.longitude = degrees(in.coordinates->longitude);
  }
  p.agencies = in.agencies;
  p.team = in.team;
  p.receiving_organization = receiving.id;
  p.notes = in.notes;
  p.created_by = actor.user.id;
  p.created_at = now;
  store::insert_patrol(unit, p);
  write_audit(unit, ctx, actor,
              {"patrol.create", "patrol", p.id,
               boost::json::serialize(boost::json::object{{"kind", p.kind}, {"receiving_organization", p.receiving_organization}})});
  auto view = view_of(unit, p);
  unit.commit();
  return view;
}

Result<PatrolView> get_patrol(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!serves_clients(actor)) return forbidden("Peran Anda tidak dapat melihat data patroli.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto p = store::find_patrol(unit, id);
  if (!p || !party(actor, *p)) return patrol_not_found();
  auto view = view_of(unit, *p);
  for (const auto& n : store::list_netted(unit, id)) view.netted.push_back(netted_view(unit, actor, n));
  write_audit(unit, ctx, actor,
              {"patrol.read", "patrol", id, boost::json::serialize(boost::json::object{{"persons", view.netted.size()}})});
  unit.commit();
  return view;
}

Result<PatrolPage> list_patrols(const Context& ctx, const Actor& actor, store::PatrolFilter filter) {
  if (!serves_clients(actor)) return forbidden("Peran Anda tidak dapat melihat data patroli.");
  if (!filter.kind.empty() && !parse_patrol_kind(filter.kind)) return invalid_input("kind", "Jenis patroli tidak dikenal.");
  filter.organization_id = actor.organization.id;
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto records = store::list_patrols(unit, filter);
  PatrolPage page;
  if (static_cast<int>(records.size()) > filter.limit) {
    records.pop_back();
    page.next_cursor = records.back().id;
  }
  for (const auto& r : records) page.items.push_back(view_of(unit, r));
  return page;
}

Result<PatrolView> end_patrol(const Context& ctx, const Actor& actor, const std::string& id, const std::string& ended_at,
                              const std::string& notes) {
  if (!serves_clients(actor)) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto p = store::find_patrol(unit, id);
  if (!p || !party(actor, *p)) return patrol_not_found();
  if (p->organization_id != actor.organization.id) return forbidden("Hanya lembaga yang turun patroli yang dapat menutupnya.");
  if (!p->ended_at.empty()) return conflict("ended_at", "Patroli ini sudah selesai dicatat.");
  const std::string now = format_time(ctx.clock.now());
  const std::string end = ended_at.empty() ? now : ended_at;
  if (auto s = check_patrol_times(p->started_at, end, now); !s) return s.error();
  TimePoint t;
  parse_time(end, t);
  p->ended_at = format_time(t);
  if (!notes.empty()) p->notes = notes;
  store::update_patrol_end(unit, id, p->ended_at, p->notes);
  write_audit(unit, ctx, actor, {"patrol.end", "patrol", id, "{}"});
  auto view = view_of(unit, *p);
  unit.commit();
  return view;
}

Result<NettedView> add_netted(const Context& ctx, const Actor& actor, const std::string& patrol_id, NettedInput in) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat mendaftarkan orang terjaring.");
  if (in.person_id.empty() == !in.person.has_value())
    return invalid_input("person", "Isi data orang yang terjaring, atau pilih penerima manfaat yang sudah terdaftar.");
  if (in.risk_level != "low" && in.risk_level != "medium" && in.risk_level != "high")
    return invalid_input("risk_level", "Tingkat risiko harus low, medium, atau high.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto p = store::find_patrol(unit, patrol_id);
  if (!p || !party(actor, *p)) return patrol_not_found();
  if (p->organization_id != actor.organization.id && p->receiving_organization != actor.organization.id)
    return forbidden("Hanya lembaga yang turun patroli atau lembaga penerima yang dapat mendaftarkan orang terjaring.");
  std::string person_id = in.person_id;
  if (!person_id.empty()) {
    auto existing = store::find_person(unit, person_id);
    if (!existing || !can_see_person(unit, actor, *existing)) return not_found("Penerima manfaat tidak ditemukan.");
    if (auto merged = refuse_if_merged(*existing)) return *merged;
    if (store::is_netted(unit, patrol_id, person_id))
      return conflict("person_id", "Orang ini sudah tercatat dalam patroli ini.");
  } else {
    auto registered = register_person_in(unit, ctx, actor, std::move(*in.person));
    if (!registered) return registered.error();
    person_id = registered->record.person.id;
  }
  const std::string now = format_time(ctx.clock.now());
  // Their case lives at the receiving shelter; an open case there is reused (netted again).
  std::string case_id;
  for (const auto& id : store::open_case_ids(unit, person_id, p->receiving_organization)) case_id = id;
  if (case_id.empty()) {
    store::CaseRecord c;
    c.id = ctx.ids.next();
    c.person_id = person_id;
    c.organization_id = p->receiving_organization;
    auto receiving = store::find_organization(unit, p->receiving_organization);
    c.region_code = receiving ? receiving->region_code : p->region_code;
    c.stage = Stage::first_contact;
    c.risk_level = in.risk_level;
    c.opened_at = c.updated_at = now;
    c.opened_by = actor.user.id;
    if (actor.organization.id == p->receiving_organization && actor.has(Role::social_worker))
      c.workers.push_back(actor.user.id);
    store::insert_case(unit, c);
    const std::string how = p->kind == "raid" ? "razia" : p->kind == "outreach" ? "penjangkauan" : "patroli";
    store::insert_transition(unit, ctx.ids.next(), c.id,
                             {"", std::string(to_string(Stage::first_contact)),
                              "Terjaring " + how + " " + p->started_at.substr(0, 10) + " di " + p->place, actor.user.id,
                              "", now});
    write_audit(unit, ctx, actor,
                {"case.create", "case", c.id,
                 boost::json::serialize(boost::json::object{{"person_id", person_id}, {"patrol_id", patrol_id}})});
    case_id = c.id;
  }
  store::NettedRecord n{patrol_id, person_id, case_id, in.found_note, actor.user.id, now};
  store::insert_netted(unit, n);
  write_audit(unit, ctx, actor,
              {"patrol.add_person", "patrol", patrol_id,
               boost::json::serialize(boost::json::object{{"person_id", person_id}, {"case_id", case_id},
                                                          {"registered", in.person_id.empty()}})});
  auto view = netted_view(unit, actor, n);
  unit.commit();
  return view;
}

}  // namespace mitra::services
