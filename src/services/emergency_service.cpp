#include "services/emergency_service.hpp"

#include <boost/json.hpp>

#include "services/audit_service.hpp"
#include "services/case_service.hpp"
#include "services/person_service.hpp"
#include "services/policy.hpp"
#include "store/case_repository.hpp"
#include "store/identity_repository.hpp"
#include "store/person_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

GrantView view_of(store::UnitOfWork& unit, const store::GrantRecord& g) {
  GrantView v;
  v.record = g;
  if (auto user = store::find_user(unit, g.user_id)) v.user_name = user->user.display_name;
  v.organization = store::find_organization(unit, g.organization_id).value_or(Organization{});
  v.case_ids = store::case_ids_of_person(unit, g.person_id);
  return v;
}

bool reviews(const Actor& actor, const store::GrantRecord& g) {
  return actor.has(Role::supervisor) && actor.user.active &&
         (supervises(actor, g.region_code) || g.organization_id == actor.organization.id);
}

}  // namespace

Result<GrantView> break_glass(const Context& ctx, const Actor& actor, const EmergencyInput& in) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat membuka akses darurat.");
  if (blank(in.reason) || in.reason.size() < 10)
    return invalid_input("reason", "Tuliskan alasan akses darurat (minimal 10 karakter); alasan ini diperiksa supervisor.");
  if (in.case_id.empty() == in.nik.empty()) return invalid_input("case_id", "Isi salah satu: nomor kasus atau NIK.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  std::optional<store::PersonRecord> person;
  if (!in.case_id.empty()) {
    auto c = store::find_case(unit, in.case_id);
    if (!c) return not_found("Kasus tidak ditemukan.");
    person = store::find_person(unit, c->person_id);
  } else {
    person = store::find_person_by_nik(unit, in.nik);
    if (!person) return not_found("Tidak ada penerima manfaat dengan NIK itu.");
  }
  if (!person) return not_found("Kasus tidak ditemukan.");
  if (can_see_person(unit, actor, *person) && (in.case_id.empty() || visible_case(unit, actor, in.case_id)))
    return conflict("case_id", "Anda sudah dapat membuka data ini; akses darurat tidak diperlukan.");
  const auto now = ctx.clock.now();
  store::GrantRecord g;
  g.id = ctx.ids.next();
  g.person_id = person->person.id;
  g.case_id = in.case_id;
  g.user_id = actor.user.id;
  g.organization_id = actor.organization.id;
  g.region_code = person->person.region_code;
  g.reason = in.reason;
  g.granted_at = format_time(now);
  g.expires_at = format_time(now + std::chrono::hours(kEmergencyHours));
  g.review_status = "pending";
  store::insert_grant(unit, g);
  write_audit(unit, ctx, actor,
              {"emergency_access.grant", "person", g.person_id,
               boost::json::serialize(boost::json::object{{"grant_id", g.id},
                                                          {"case_id", g.case_id},
                                                          {"by_nik", !in.nik.empty()},
                                                          {"expires_at", g.expires_at}})});
  auto view = view_of(unit, g);
  unit.commit();
  return view;
}

Result<GrantPage> list_grants(const Context& ctx, const Actor& actor, store::GrantFilter filter) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang melihat akses darurat.");
  if (!filter.review_status.empty() && filter.review_status != "pending" && filter.review_status != "justified" &&
      filter.review_status != "unjustified")
    return invalid_input("status", "Status tinjauan harus pending, justified, atau unjustified.");
  filter.user_id = actor.user.id;
  if (actor.has(Role::supervisor)) {
    filter.region = supervised_region(actor);
    filter.organization_id = actor.organization.id;
  }
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto records = store::list_grants(unit, filter);
  GrantPage page;
  if (static_cast<int>(records.size()) > filter.limit) {
    records.pop_back();
    page.next_cursor = records.back().id;
  }
  for (const auto& g : records) page.items.push_back(view_of(unit, g));
  write_audit(unit, ctx, actor,
              {"emergency_access.list", "emergency_access", "",
               boost::json::serialize(boost::json::object{{"results", page.items.size()}})});
  unit.commit();
  return page;
}

Result<GrantView> review_grant(const Context& ctx, const Actor& actor, const std::string& id, const std::string& verdict,
                               const std::string& note) {
  if (!actor.has(Role::supervisor)) return forbidden("Hanya supervisor yang meninjau akses darurat.");
  if (verdict != "justified" && verdict != "unjustified")
    return invalid_input("verdict", "Hasil tinjauan harus justified (wajar) atau unjustified (tidak wajar).");
  if (verdict == "unjustified" && blank(note))
    return invalid_input("note", "Tuliskan catatan bila akses darurat dinilai tidak wajar.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto g = store::find_grant(unit, id);
  if (!g || !reviews(actor, *g)) return not_found("Akses darurat tidak ditemukan.");
  if (g->user_id == actor.user.id) return forbidden("Akses darurat Anda sendiri ditinjau supervisor lain.");
  if (g->review_status != "pending") return conflict("verdict", "Akses darurat ini sudah ditinjau.");
  g->review_status = verdict;
  g->reviewed_by = actor.user.id;
  g->reviewed_at = format_time(ctx.clock.now());
  g->review_note = note;
  // An unjustified grant also ends now.
  if (verdict == "unjustified" && g->expires_at > g->reviewed_at) g->expires_at = g->reviewed_at;
  store::update_grant_review(unit, *g);
  write_audit(unit, ctx, actor,
              {"emergency_access.review", "emergency_access", id,
               boost::json::serialize(boost::json::object{{"verdict", verdict}})});
  auto view = view_of(unit, *g);
  unit.commit();
  return view;
}

}  // namespace mitra::services
