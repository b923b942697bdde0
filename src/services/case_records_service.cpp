#include "services/case_records_service.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <set>

#include "services/audit_service.hpp"
#include "services/case_service.hpp"
#include "services/policy.hpp"
#include "store/identity_repository.hpp"
#include "store/referral_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

Error case_not_found() { return not_found("Kasus tidak ditemukan."); }
Error case_closed() {
  return conflict("case_id", "Kasus sudah ditutup; buka kembali kasus sebelum mengubah asesmen atau rencana.");
}
Error no_role() { return forbidden("Hanya pekerja sosial atau supervisor yang dapat membuka catatan kasus."); }

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

bool may_read_note(const Actor& actor, const store::CaseRecord& c, const store::NoteRecord& n) {
  if (!n.sensitive || n.author == actor.user.id || contains(c.workers, actor.user.id)) return true;
  const std::string region = supervised_region(actor);
  return !region.empty() && c.region_code.rfind(region, 0) == 0;
}

AssessmentView assessment_of(store::UnitOfWork& unit, const std::string& case_id) {
  AssessmentView v;
  v.case_id = case_id;
  v.history = store::list_assessments(unit, case_id);
  for (auto d : all_life_domains()) {
    const std::string name(to_string(d));
    const store::AssessmentRecord* best = nullptr;
    for (const auto& a : v.history)
      if (a.domain == name && (!best || a.version > best->version)) best = &a;
    if (best) v.latest.push_back(*best);
  }
  return v;
}

// Checks who is made responsible for a goal: an active user of an organisation that holds or
// serves the case (owner or open referral receiver), or any active organisation.
Status check_responsible(store::UnitOfWork& unit, const store::CaseRecord& c, const std::string& user_id,
                         const std::string& organization_id) {
  if (!user_id.empty() && !organization_id.empty())
    return invalid_input("responsible_user_id", "Pilih salah satu penanggung jawab: pengguna atau lembaga.");
  if (!user_id.empty()) {
    auto u = store::find_user(unit, user_id);
    auto orgs = store::open_receivers_of_case(unit, c.id);
    orgs.push_back(c.organization_id);
    if (!u || !u->user.active || !contains(orgs, u->user.organization_id))
      return invalid_input("responsible_user_id",
                           "Penanggung jawab harus pengguna aktif di lembaga yang menangani kasus ini.");
  }
  if (!organization_id.empty()) {
    auto o = store::find_organization(unit, organization_id);
    if (!o || !o->active)
      return invalid_input("responsible_organization_id", "Lembaga penanggung jawab tidak ditemukan atau tidak aktif.");
  }
  return ok_status();
}

Status check_goal_texts(const std::string& description, const std::string& target_date) {
  if (!has_text(description)) return invalid_input("description", "Tuliskan uraian tujuan.");
  if (!target_date.empty() && !valid_calendar_date(target_date))
    return invalid_input("target_date", "Tanggal target harus berformat TTTT-BB-HH dan tanggal yang ada.");
  return ok_status();
}

}  // namespace

Result<AssessmentView> save_assessment(const Context& ctx, const Actor& actor, const std::string& case_id,
                                       const std::vector<AssessmentEntryInput>& entries) {
  if (!serves_clients(actor)) return no_role();
  if (entries.empty()) return invalid_input("domains", "Isi sedikitnya satu ranah asesmen.");
  std::set<std::string> seen;
  for (const auto& e : entries) {
    const std::string prefix = "domains." + e.domain;
    if (!parse_life_domain(e.domain))
      return invalid_input("domains", "Ranah asesmen tidak dikenal: gunakan basic_needs, health, education, documents, "
                                      "family, psychosocial, legal, atau economic.");
    if (!seen.insert(e.domain).second) return invalid_input(prefix, "Ranah asesmen disebut lebih dari sekali.");
    if (!parse_need_level(e.need_level))
      return invalid_input(prefix + ".need_level", "Tingkat kebutuhan harus none, low, medium, atau high.");
    if (!has_text(e.finding)) return invalid_input(prefix + ".finding", "Tuliskan temuan asesmen untuk ranah ini.");
  }
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = visible_case(unit, actor, case_id);
  if (!c) return case_not_found();
  if (c->stage == Stage::closed) return case_closed();
  const std::string now = format_time(ctx.clock.now());
  boost::json::array domains;
  for (const auto& e : entries) {
    store::AssessmentRecord a;
    a.id = ctx.ids.next();
    a.case_id = case_id;
    a.domain = e.domain;
    a.version = store::latest_assessment_version(unit, case_id, e.domain) + 1;
    a.finding = e.finding;
    a.need_level = e.need_level;
    a.assessed_by = actor.user.id;
    a.assessed_at = now;
    store::insert_assessment(unit, a);
    domains.push_back({{"domain", a.domain}, {"version", a.version}, {"need_level", a.need_level}});
  }
  write_audit(unit, ctx, actor,
              {"case_assessment.save", "case", case_id,
               boost::json::serialize(boost::json::object{{"domains", std::move(domains)}})});
  auto view = assessment_of(unit, case_id);
  unit.commit();
  return view;
}

Result<AssessmentView> get_assessment(const Context& ctx, const Actor& actor, const std::string& case_id) {
  if (!serves_clients(actor)) return no_role();
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (!visible_case(unit, actor, case_id)) return case_not_found();
  auto view = assessment_of(unit, case_id);
  write_audit(unit, ctx, actor,
              {"case_assessment.read", "case", case_id,
               boost::json::serialize(boost::json::object{{"versions", view.history.size()}})});
  unit.commit();
  return view;
}

Result<store::GoalRecord> add_goal(const Context& ctx, const Actor& actor, const std::string& case_id,
                                   const GoalInput& in) {
  if (!serves_clients(actor)) return no_role();
  if (!parse_life_domain(in.domain))
    return invalid_input("domain", "Ranah tujuan tidak dikenal: gunakan basic_needs, health, education, documents, "
                                   "family, psychosocial, legal, atau economic.");
  if (auto s = check_goal_texts(in.description, in.target_date); !s) return s.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = visible_case(unit, actor, case_id);
  if (!c) return case_not_found();
  if (c->stage == Stage::closed) return case_closed();
  store::GoalRecord g;
  g.responsible_user = in.responsible_user;
  g.responsible_organization = in.responsible_organization;
  if (g.responsible_user.empty() && g.responsible_organization.empty()) g.responsible_user = actor.user.id;
  if (auto s = check_responsible(unit, *c, g.responsible_user, g.responsible_organization); !s) return s.error();
  g.id = ctx.ids.next();
  g.case_id = case_id;
  g.domain = in.domain;
  g.description = in.description;
  g.target_date = in.target_date;
  g.status = std::string(to_string(GoalStatus::planned));
  g.created_by = actor.user.id;
  g.created_at = g.updated_at = format_time(ctx.clock.now());
  store::insert_goal(unit, g);
  write_audit(unit, ctx, actor,
              {"plan_goal.create", "plan_goal", g.id,
               boost::json::serialize(boost::json::object{{"case_id", case_id}, {"domain", g.domain}})});
  auto saved = store::find_goal(unit, g.id).value();
  unit.commit();
  return saved;
}

Result<store::GoalRecord> change_goal(const Context& ctx, const Actor& actor, const std::string& goal_id,
                                      const GoalChange& change) {
  if (!serves_clients(actor)) return no_role();
  std::optional<GoalStatus> to;
  if (change.status) {
    to = parse_goal_status(*change.status);
    if (!to) return invalid_input("status", "Status tujuan harus planned, in_progress, achieved, atau dropped.");
  }
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto g = store::find_goal(unit, goal_id);
  if (!g) return not_found("Tujuan rencana tidak ditemukan.");
  auto c = visible_case(unit, actor, g->case_id);
  if (!c) return not_found("Tujuan rencana tidak ditemukan.");
  if (c->stage == Stage::closed) return case_closed();
  const std::string from_status = g->status;
  if (to) {
    auto next = change_goal_status(parse_goal_status(g->status).value_or(GoalStatus::planned), *to);
    if (!next) return next.error();
    g->status = std::string(to_string(*next));
  } else if (g->status == "achieved" || g->status == "dropped") {
    return conflict("status", "Tujuan yang sudah tercapai atau dibatalkan tidak dapat diubah lagi; buat tujuan baru.");
  }
  if (change.description) g->description = *change.description;
  if (change.target_date) g->target_date = *change.target_date;
  if (auto s = check_goal_texts(g->description, g->target_date); !s) return s.error();
  if (change.responsible_user || change.responsible_organization) {
    g->responsible_user = change.responsible_user.value_or("");
    g->responsible_organization = change.responsible_organization.value_or("");
    if (g->responsible_user.empty() && g->responsible_organization.empty())
      return invalid_input("responsible_user_id", "Tentukan penanggung jawab: pengguna atau lembaga.");
    if (auto s = check_responsible(unit, *c, g->responsible_user, g->responsible_organization); !s) return s.error();
  }
  g->updated_at = format_time(ctx.clock.now());
  store::update_goal(unit, *g);
  write_audit(unit, ctx, actor,
              {"plan_goal.update", "plan_goal", goal_id,
               boost::json::serialize(
                   boost::json::object{{"case_id", g->case_id}, {"from", from_status}, {"to", g->status}})});
  auto saved = store::find_goal(unit, goal_id).value();
  unit.commit();
  return saved;
}

Result<PlanView> get_plan(const Context& ctx, const Actor& actor, const std::string& case_id) {
  if (!serves_clients(actor)) return no_role();
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (!visible_case(unit, actor, case_id)) return case_not_found();
  PlanView v{case_id, store::list_goals(unit, case_id)};
  write_audit(unit, ctx, actor,
              {"case_plan.read", "case", case_id, boost::json::serialize(boost::json::object{{"goals", v.goals.size()}})});
  unit.commit();
  return v;
}

Result<NoteView> add_note(const Context& ctx, const Actor& actor, const std::string& case_id, const NoteInput& in) {
  if (!serves_clients(actor)) return no_role();
  if (!has_text(in.body)) return invalid_input("body", "Tuliskan isi catatan.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = visible_case(unit, actor, case_id);
  if (!c) return case_not_found();
  if (!in.corrects.empty()) {
    auto old = store::find_note(unit, in.corrects);
    if (!old || old->case_id != case_id || !may_read_note(actor, *c, *old))
      return invalid_input("corrects", "Catatan yang dikoreksi tidak ditemukan pada kasus ini.");
  }
  store::NoteRecord n;
  n.id = ctx.ids.next();
  n.case_id = case_id;
  n.body = in.body;
  n.sensitive = in.sensitive;
  n.corrects = in.corrects;
  n.author = actor.user.id;
  n.author_name = actor.user.display_name;
  n.created_at = format_time(ctx.clock.now());
  store::insert_note(unit, n);
  boost::json::object details{{"case_id", case_id}, {"sensitive", n.sensitive}};
  if (!n.corrects.empty()) details["corrects"] = n.corrects;
  write_audit(unit, ctx, actor, {"case_note.create", "case_note", n.id, boost::json::serialize(details)});
  unit.commit();
  return NoteView{n, false};
}

Result<NotePage> list_notes(const Context& ctx, const Actor& actor, const std::string& case_id,
                            const std::string& cursor, int limit) {
  if (!serves_clients(actor)) return no_role();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = visible_case(unit, actor, case_id);
  if (!c) return case_not_found();
  auto records = store::list_notes(unit, case_id, cursor, limit);
  NotePage page;
  if (static_cast<int>(records.size()) > limit) {
    records.pop_back();
    page.next_cursor = records.back().id;
  }
  std::size_t hidden = 0;
  for (auto& r : records) {
    NoteView v{r, !may_read_note(actor, *c, r)};
    if (v.hidden) {
      v.record.body.clear();
      ++hidden;
    }
    page.items.push_back(std::move(v));
  }
  write_audit(unit, ctx, actor,
              {"case_note.list", "case", case_id,
               boost::json::serialize(boost::json::object{{"results", page.items.size()}, {"hidden", hidden}})});
  unit.commit();
  return page;
}

}  // namespace mitra::services
