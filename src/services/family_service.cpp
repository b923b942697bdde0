#include "services/family_service.hpp"

#include <boost/json.hpp>
#include <set>

#include "services/audit_service.hpp"
#include "services/case_service.hpp"
#include "services/person_service.hpp"
#include "services/policy.hpp"
#include "store/person_repository.hpp"
#include "store/region_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;
constexpr int kMaxGenerations = 64;

Error person_not_found() { return not_found("Penerima manfaat tidak ditemukan."); }
Error household_not_found() { return not_found("Keluarga (KK) tidak ditemukan."); }
Error no_role() { return forbidden("Hanya pekerja sosial atau supervisor yang dapat mencatat hubungan keluarga."); }

bool sees(store::UnitOfWork& unit, const Actor& actor, const std::string& person_id) {
  auto p = store::find_person(unit, person_id);
  return p && can_see_person(unit, actor, *p);
}

PersonRef ref_of(store::UnitOfWork& unit, const Actor& actor, const std::string& person_id) {
  auto p = store::find_person(unit, person_id);
  if (!p || !can_see_person(unit, actor, *p)) return {};
  return {true, person_id, p->person.full_name};
}

bool household_visible(store::UnitOfWork& unit, const Actor& actor, const store::HouseholdRecord& h) {
  if (sees(unit, actor, h.head_person)) return true;
  for (const auto& m : h.members)
    if (sees(unit, actor, m.person_id)) return true;
  return false;
}

HouseholdView household_view(store::UnitOfWork& unit, const Actor& actor, store::HouseholdRecord h) {
  HouseholdView v;
  for (const auto& m : h.members) v.members.push_back({ref_of(unit, actor, m.person_id), m.relation, m.added_at});
  h.members.clear();
  v.record = std::move(h);
  return v;
}

// The links of both persons and every parent link above `from` (for the ancestry rule).
std::vector<FamilyLink> links_around(store::UnitOfWork& unit, const std::string& a, const std::string& b) {
  std::vector<FamilyLink> out;
  std::set<std::string> ids, visited;
  auto add = [&](const std::string& person) {
    for (auto& l : store::list_family_links(unit, person))
      if (ids.insert(l.id).second) out.push_back(l);
  };
  add(b);
  std::vector<std::string> frontier{a};
  for (int generation = 0; generation < kMaxGenerations && !frontier.empty(); ++generation) {
    std::vector<std::string> next;
    for (const auto& person : frontier) {
      if (!visited.insert(person).second) continue;
      add(person);
      for (const auto& l : out) {
        const auto c = canonical(l);
        if (c.relation == Kinship::parent && c.to == person && !visited.count(c.from)) next.push_back(c.from);
      }
    }
    frontier = std::move(next);
  }
  return out;
}

}  // namespace

Result<FamilyView> get_family(const Context& ctx, const Actor& actor, const std::string& person_id) {
  if (!allowed(actor, Resource::person_identity, Action::read)) return forbidden("Peran Anda tidak dapat melihat data keluarga.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (!sees(unit, actor, person_id)) return person_not_found();
  FamilyView v;
  v.person_id = person_id;
  std::size_t hidden = 0;
  for (const auto& l : store::list_family_links(unit, person_id)) {
    const auto r = relative_of(l, person_id);
    RelativeView rv{l.id, r.relation, ref_of(unit, actor, r.person_id)};
    if (!rv.relative.visible) ++hidden;
    v.relatives.push_back(std::move(rv));
  }
  if (auto hid = store::household_of(unit, person_id)) {
    if (auto h = store::find_household(unit, *hid)) v.household = household_view(unit, actor, std::move(*h));
  }
  boost::json::object details{{"links", v.relatives.size()}, {"hidden", hidden}};
  if (v.household) details["household_id"] = v.household->record.id;
  write_audit(unit, ctx, actor, {"family.read", "person", person_id, boost::json::serialize(details)});
  unit.commit();
  return v;
}

Result<RelativeView> add_family_link(const Context& ctx, const Actor& actor, const std::string& person_id,
                                     const std::string& relative_id, const std::string& relation) {
  if (!serves_clients(actor)) return no_role();
  const auto kinship = parse_kinship(relation);
  if (!kinship)
    return invalid_input("relation", "Hubungan harus parent, child, sibling, guardian, ward, atau spouse.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (!sees(unit, actor, person_id)) return person_not_found();
  if (relative_id != person_id && !sees(unit, actor, relative_id))
    return invalid_input("relative_id", "Anggota keluarga yang dipilih tidak ditemukan atau tidak dapat Anda lihat.");
  // Stored as "the relative is <relation> of the person", then turned into canonical form.
  FamilyLink proposed{ctx.ids.next(), relative_id, person_id, *kinship};
  if (auto s = check_new_link(proposed, links_around(unit, relative_id, person_id)); !s) return s.error();
  const FamilyLink stored = canonical(proposed);
  const std::string now = format_time(ctx.clock.now());
  store::insert_family_link(unit, stored, actor.user.id, now);
  write_audit(unit, ctx, actor,
              {"family_link.create", "family_link", stored.id,
               boost::json::serialize(boost::json::object{
                   {"from_person", stored.from}, {"to_person", stored.to}, {"relation", to_string(stored.relation)}})});
  const auto r = relative_of(stored, person_id);
  RelativeView v{stored.id, r.relation, ref_of(unit, actor, r.person_id)};
  unit.commit();
  return v;
}

Result<HouseholdView> create_household(const Context& ctx, const Actor& actor, const HouseholdInput& in) {
  if (!serves_clients(actor)) return no_role();
  if (!in.kk_number.empty() &&
      (in.kk_number.size() != 16 || in.kk_number.find_first_not_of("0123456789") != std::string::npos))
    return invalid_input("kk_number", "Nomor KK harus 16 angka.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (!sees(unit, actor, in.head_person_id))
    return invalid_input("head_person_id", "Kepala keluarga tidak ditemukan atau tidak dapat Anda lihat.");
  if (!store::find_region(unit, in.region_code))
    return invalid_input("region_code", "Kode wilayah tidak dikenal (gunakan kode Kemendagri).");
  if (store::household_of(unit, in.head_person_id))
    return conflict("head_person_id", "Orang ini sudah tercatat dalam satu keluarga (KK).");
  store::HouseholdRecord h;
  h.id = ctx.ids.next();
  h.region_code = in.region_code;
  h.address = in.address;
  h.kk_number = in.kk_number;
  h.head_person = in.head_person_id;
  h.organization_id = actor.organization.id;
  h.created_by = actor.user.id;
  h.created_at = h.updated_at = format_time(ctx.clock.now());
  store::insert_household(unit, h);
  store::insert_household_member(unit, h.id, {h.head_person, std::string(to_string(HouseholdRole::head)), h.created_at},
                                 actor.user.id);
  write_audit(unit, ctx, actor,
              {"household.create", "household", h.id,
               boost::json::serialize(boost::json::object{{"head_person", h.head_person}, {"region_code", h.region_code}})});
  auto view = household_view(unit, actor, store::find_household(unit, h.id).value());
  unit.commit();
  return view;
}

Result<HouseholdView> get_household(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!allowed(actor, Resource::person_identity, Action::read)) return forbidden("Peran Anda tidak dapat melihat data keluarga.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto h = store::find_household(unit, id);
  if (!h || !household_visible(unit, actor, *h)) return household_not_found();
  auto view = household_view(unit, actor, std::move(*h));
  write_audit(unit, ctx, actor,
              {"household.read", "household", id,
               boost::json::serialize(boost::json::object{{"members", view.members.size()}})});
  unit.commit();
  return view;
}

Result<HouseholdView> add_household_member(const Context& ctx, const Actor& actor, const std::string& household_id,
                                           const std::string& person_id, const std::string& relation) {
  if (!serves_clients(actor)) return no_role();
  const auto role = parse_household_role(relation);
  if (!role || *role == HouseholdRole::head)
    return invalid_input("relation", "Hubungan dengan kepala keluarga harus spouse, child, child_in_law, grandchild, "
                                     "parent, parent_in_law, sibling, other_relative, atau other.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto h = store::find_household(unit, household_id);
  if (!h || !household_visible(unit, actor, *h)) return household_not_found();
  if (!sees(unit, actor, person_id))
    return invalid_input("person_id", "Orang yang dipilih tidak ditemukan atau tidak dapat Anda lihat.");
  if (store::household_of(unit, person_id))
    return conflict("person_id", "Orang ini sudah tercatat dalam satu keluarga (KK).");
  const std::string now = format_time(ctx.clock.now());
  store::insert_household_member(unit, household_id, {person_id, std::string(to_string(*role)), now}, actor.user.id);
  write_audit(unit, ctx, actor,
              {"household.member_add", "household", household_id,
               boost::json::serialize(boost::json::object{{"person_id", person_id}, {"relation", relation}})});
  auto view = household_view(unit, actor, store::find_household(unit, household_id).value());
  unit.commit();
  return view;
}

}  // namespace mitra::services
