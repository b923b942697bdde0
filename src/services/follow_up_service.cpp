#include "services/follow_up_service.hpp"

#include <boost/json.hpp>

#include "domain/case_stage.hpp"
#include "domain/region_time.hpp"
#include "domain/service.hpp"
#include "services/audit_service.hpp"
#include "services/case_service.hpp"
#include "services/person_service.hpp"
#include "store/case_repository.hpp"
#include "store/person_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;
constexpr std::size_t kMaxText = 2000;

// Today where the actor works (WIB, WITA or WIT): a visit due today is not overdue in Makassar at
// 07:00 local time, which is still yesterday in UTC.
std::string today_of(const Context& ctx, const Actor& actor) {
  return local_date_in(ctx.clock.now(), actor.organization.region_code);
}

VisitView view_of(store::UnitOfWork& unit, const Actor& actor, const store::VisitRecord& v, const std::string& today) {
  VisitView view{v, "", v.visited_on.empty() && v.due_on < today};
  auto person = store::find_person(unit, v.person_id);
  if (person && can_see_person(unit, actor, *person)) view.person_name = person->person.full_name;
  return view;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\n") == std::string::npos; }

Status check_visit(const VisitInput& in, const std::string& today) {
  if (!is_date(in.visited_on)) return invalid_input("visited_on", "Tanggal kunjungan harus tanggal yang sah (YYYY-MM-DD).");
  if (in.visited_on > today) return invalid_input("visited_on", "Tanggal kunjungan tidak boleh di masa depan.");
  if (blank(in.place)) return invalid_input("place", "Tuliskan tempat kunjungan.");
  if (blank(in.met_with)) return invalid_input("met_with", "Tuliskan siapa yang ditemui.");
  if (!parse_school_attendance(in.child_in_school))
    return invalid_input("child_in_school", "Isi anak bersekolah dengan yes, no, atau unknown.");
  if (!in.income_level.empty() && !parse_income_level(in.income_level))
    return invalid_input("income_level", "Tingkat penghasilan keluarga harus improved, same, atau worse.");
  for (const auto* text : {&in.place, &in.met_with, &in.income_situation, &in.notes})
    if (text->size() > kMaxText) return invalid_input("notes", "Teks kunjungan terlalu panjang (maksimal 2000 karakter).");
  return ok_status();
}

// A child seen back on the street: a closed case reopens into assessment; a case in
// termination or follow-up goes back to assessment when the stage model allows it; otherwise
// the visit carries a warning for the worker.
CaseEffect street_return(store::UnitOfWork& unit, const Context& ctx, const Actor& actor, store::CaseRecord& c,
                         const store::VisitRecord& v, const std::string& now) {
  CaseEffect effect;
  effect.from = std::string(to_string(c.stage));
  const std::string reason = "Kembali ke jalan (kunjungan bimbingan lanjut " + v.visited_on + ")";
  const bool late_stage = c.stage == Stage::closed || c.stage == Stage::termination || c.stage == Stage::follow_up;
  auto next = late_stage ? advance({c.stage, c.closed_at}, Stage::assessment, reason, now)
                         : Result<CaseState>(conflict("to", "Kasus masih berjalan."));
  if (!next) {
    effect.action = "warning";
    effect.message = late_stage
                         ? "Penerima manfaat terlihat kembali di jalan, tetapi kasus pada tahap " + effect.from +
                               " tidak dapat dipindah ke asesmen. Tinjau kasus ini."
                         : "Penerima manfaat terlihat kembali di jalan; kasus masih berjalan pada tahap " + effect.from +
                               ". Tinjau rencana intervensi.";
    return effect;
  }
  store::update_case_stage(unit, c.id, next->stage, next->closed_at, now);
  store::insert_transition(unit, ctx.ids.next(), c.id,
                           {effect.from, std::string(to_string(Stage::assessment)), reason, actor.user.id, "", now});
  write_audit(unit, ctx, actor,
              {"case.transition", "case", c.id,
               boost::json::serialize(
                   boost::json::object{{"from", effect.from}, {"to", "assessment"}, {"follow_up_id", v.id}})});
  effect.action = c.stage == Stage::closed ? "reopened" : "moved_to_assessment";
  effect.to = "assessment";
  effect.message = c.stage == Stage::closed ? "Kasus dibuka kembali ke tahap asesmen karena penerima manfaat kembali ke jalan."
                                            : "Kasus dikembalikan ke tahap asesmen karena penerima manfaat kembali ke jalan.";
  c.stage = next->stage;
  c.closed_at = next->closed_at;
  return effect;
}

}  // namespace

Result<std::vector<VisitView>> schedule_follow_ups(const Context& ctx, const Actor& actor, const FollowUpPlanInput& in) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang menjadwalkan bimbingan lanjut.");
  const std::string now = format_time(ctx.clock.now());
  const std::string today = today_of(ctx, actor);
  const std::string starts_on = in.starts_on.empty() ? today : in.starts_on;
  auto dates = follow_up_schedule(starts_on, in.months, in.interval_months);
  if (!dates) return dates.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = visible_case(unit, actor, in.case_id);
  if (!c) return not_found("Kasus tidak ditemukan.");
  store::FollowUpPlanRecord plan{ctx.ids.next(), c->id, actor.organization.id, starts_on, actor.user.id, now,
                                 in.months, in.interval_months};
  store::insert_follow_up_plan(unit, plan);
  std::vector<VisitView> out;
  for (const auto& due : *dates) {
    store::VisitRecord v;
    v.id = ctx.ids.next();
    v.plan_id = plan.id;
    v.case_id = c->id;
    v.person_id = c->person_id;
    v.organization_id = actor.organization.id;
    v.due_on = due;
    v.created_at = now;
    store::insert_visit(unit, v);
    out.push_back(view_of(unit, actor, v, today));
  }
  write_audit(unit, ctx, actor,
              {"follow_up.schedule", "case", c->id,
               boost::json::serialize(boost::json::object{
                   {"plan_id", plan.id}, {"visits", out.size()}, {"interval_months", in.interval_months}})});
  unit.commit();
  return out;
}

Result<std::vector<VisitView>> list_case_follow_ups(const Context& ctx, const Actor& actor, const std::string& case_id) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang melihat bimbingan lanjut.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (!visible_case(unit, actor, case_id)) return not_found("Kasus tidak ditemukan.");
  const std::string today = today_of(ctx, actor);
  std::vector<VisitView> out;
  for (const auto& v : store::list_case_visits(unit, case_id)) out.push_back(view_of(unit, actor, v, today));
  write_audit(unit, ctx, actor,
              {"follow_up.list", "case", case_id, boost::json::serialize(boost::json::object{{"results", out.size()}})});
  unit.commit();
  return out;
}

Result<RecordedVisit> record_follow_up(const Context& ctx, const Actor& actor, const std::string& visit_id,
                                       const VisitInput& input) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang mencatat kunjungan.");
  const std::string now = format_time(ctx.clock.now());
  const std::string today = today_of(ctx, actor);
  VisitInput in = input;
  if (in.visited_on.empty()) in.visited_on = today;
  if (auto checked = check_visit(in, today); !checked) return checked.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto v = store::find_visit(unit, visit_id);
  if (!v) return not_found("Jadwal kunjungan tidak ditemukan.");
  auto c = visible_case(unit, actor, v->case_id);
  if (!c) return not_found("Jadwal kunjungan tidak ditemukan.");
  if (!v->visited_on.empty()) return conflict("visited_on", "Kunjungan ini sudah dicatat.");
  v->visited_on = in.visited_on;
  v->place = in.place;
  v->met_with = in.met_with;
  v->child_in_school = in.child_in_school;
  v->seen_on_street = in.seen_on_street;
  v->income_situation = in.income_situation;
  v->income_level = in.income_level;
  v->parent_coaching_attended = in.parent_coaching_attended;
  v->notes = in.notes;
  v->recorded_by = actor.user.id;
  v->recorded_at = now;
  // Claim the visit first, so that two requests recording it at once cannot both move the case.
  v->case_effect = "none";
  if (!store::record_visit(unit, *v)) return conflict("visited_on", "Kunjungan ini sudah dicatat.");
  CaseEffect effect;
  effect.from = std::string(to_string(c->stage));
  if (in.seen_on_street) {
    effect = street_return(unit, ctx, actor, *c, *v, now);
    v->case_effect = effect.action;
    store::set_visit_effect(unit, v->id, effect.action);
  }
  write_audit(unit, ctx, actor,
              {"follow_up.record", "follow_up", v->id,
               boost::json::serialize(boost::json::object{
                   {"case_id", v->case_id}, {"seen_on_street", v->seen_on_street}, {"case_effect", effect.action}})});
  RecordedVisit out{view_of(unit, actor, *v, today), effect};
  unit.commit();
  return out;
}

Result<VisitPage> list_due_follow_ups(const Context& ctx, const Actor& actor, DueFilter filter) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang melihat jadwal kunjungan.");
  const std::string today = today_of(ctx, actor);
  if (filter.due_before.empty()) filter.due_before = add_months(today, 1);
  if (!is_date(filter.due_before))
    return invalid_input("due_before", "Parameter due_before harus tanggal yang sah (YYYY-MM-DD).");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto records = store::list_due_visits(unit, {actor.organization.id, filter.due_before, filter.cursor, filter.limit});
  VisitPage page;
  if (static_cast<int>(records.size()) > filter.limit) {
    records.pop_back();
    page.next_cursor = records.back().due_on + "|" + records.back().id;
  }
  for (const auto& v : records)
    if (visible_case(unit, actor, v.case_id)) page.items.push_back(view_of(unit, actor, v, today));
  write_audit(unit, ctx, actor,
              {"follow_up.search", "follow_up", "",
               boost::json::serialize(boost::json::object{{"results", page.items.size()}})});
  unit.commit();
  return page;
}

}  // namespace mitra::services
