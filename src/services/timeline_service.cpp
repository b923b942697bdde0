#include "services/timeline_service.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <map>

#include "domain/pmks.hpp"
#include "services/audit_service.hpp"
#include "services/case_service.hpp"
#include "services/person_service.hpp"
#include "services/policy.hpp"
#include "store/case_repository.hpp"
#include "store/emergency_repository.hpp"
#include "store/identity_repository.hpp"
#include "store/patrol_repository.hpp"
#include "store/person_repository.hpp"
#include "store/referral_repository.hpp"
#include "store/service_repository.hpp"
#include "store/shelter_repository.hpp"
#include "store/timeline_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

// Collects the items, looking each organisation up once.
struct Builder {
  store::UnitOfWork& unit;
  std::map<std::string, Organization> organizations;
  std::vector<TimelineItem> items;

  const Organization& org(const std::string& id) {
    auto it = organizations.find(id);
    if (it == organizations.end())
      it = organizations.emplace(id, store::find_organization(unit, id).value_or(Organization{})).first;
    return it->second;
  }

  void add(std::string at, std::string kind, std::string case_id, const std::string& organization_id,
           std::vector<std::pair<std::string, std::string>> facts) {
    if (at.empty()) return;
    items.push_back({std::move(at), std::move(kind), std::move(case_id),
                     organization_id.empty() ? Organization{} : org(organization_id), std::move(facts)});
  }

  void of_case(const store::CaseRecord& c) {
    for (const auto& t : store::list_transitions(unit, c.id))
      add(t.at, "stage", c.id, c.organization_id, {{"from", t.from}, {"to", t.to}, {"reason", t.reason}});
    for (const auto& id : store::patrol_ids_of_case(unit, c.id))
      if (auto p = store::find_patrol(unit, id))
        add(p->started_at, "netted", c.id, p->organization_id, {{"patrol_id", p->id}, {"patrol_kind", p->kind}, {"place", p->place}});
    for (const auto& id : store::referral_ids_of_case(unit, c.id))
      if (auto r = store::find_referral(unit, id))
        add(r->created_at, "referral", c.id, r->from_organization,
            {{"referral_id", r->id},
             {"referral_kind", std::string(to_string(r->kind))},
             {"status", std::string(to_string(r->status))},
             {"to", org(r->to_organization).name},
             {"service", r->service}});
    store::StayFilter stays;
    stays.case_id = c.id;
    stays.limit = 1000;
    for (const auto& s : store::list_stays(unit, stays)) {
      add(s.admitted_at, "stay_admitted", c.id, s.facility_id, {{"stay_id", s.id}, {"planned_days", std::to_string(s.planned_days)}});
      if (!s.open && s.destination)
        add(s.discharged_at, "stay_discharged", c.id, s.facility_id,
            {{"stay_id", s.id}, {"destination", std::string(to_string(*s.destination))}});
    }
    for (const auto& s : store::list_services(unit, c.id))
      add(s.starts_on, "service", c.id, s.provider_organization,
          {{"service_id", s.id}, {"type", s.type}, {"status", std::string(to_string(s.status))}, {"ends_on", s.ends_on}});
    for (const auto& v : store::list_case_visits(unit, c.id))
      if (!v.visited_on.empty())
        add(v.visited_on, "follow_up", c.id, v.organization_id,
            {{"visit_id", v.id},
             {"child_in_school", v.child_in_school},
             {"seen_on_street", v.seen_on_street ? "true" : "false"},
             {"income_level", v.income_level}});
  }
};

}  // namespace

Result<Timeline> person_timeline(const Context& ctx, const Actor& actor, const std::string& person_id) {
  if (!serves_clients(actor)) return forbidden("Peran Anda tidak dapat melihat riwayat penerima manfaat.");
  store::UnitOfWork unit(ctx.db, Mode::write);  // the read itself is audited
  auto person = store::find_person(unit, person_id);
  if (!person || !can_see_person(unit, actor, *person)) return not_found("Penerima manfaat tidak ditemukan.");
  Builder b{unit, {}, {}};
  b.add(person->person.created_at, "registered", "", person->person.registered_by, {});
  for (const auto& c : store::list_categories(unit, person_id)) {
    const auto pmks = find_pmks(c.category);
    b.add(c.assessed_on, "category", "", "", {{"category", c.category}, {"name", pmks ? std::string(pmks->name) : c.category}, {"ended_on", c.ended_on}});
  }
  int cases = 0;
  for (const auto& id : store::case_ids_of_person(unit, person_id))
    if (auto c = visible_case(unit, actor, id)) {
      b.of_case(*c);
      ++cases;
    }
  std::stable_sort(b.items.begin(), b.items.end(), [](const TimelineItem& x, const TimelineItem& y) { return x.at > y.at; });
  write_audit(unit, ctx, actor,
              {"person.timeline", "person", person_id,
               boost::json::serialize(boost::json::object{{"cases", cases}, {"items", b.items.size()}})});
  unit.commit();
  return Timeline{person_id, std::move(b.items)};
}

}  // namespace mitra::services
