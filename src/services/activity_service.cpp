#include "services/activity_service.hpp"

#include <boost/json.hpp>
#include <map>
#include <set>

#include "domain/partnership.hpp"
#include "services/audit_service.hpp"
#include "services/partnership_service.hpp"
#include "services/person_service.hpp"
#include "services/policy.hpp"
#include "store/person_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

Error activity_not_found() { return not_found("Kegiatan tidak ditemukan."); }

std::string json(boost::json::object o) { return boost::json::serialize(o); }

ActivityView view_of(store::UnitOfWork& unit, const Actor& actor, const store::ActivityRecord& a, bool detail) {
  ActivityView v;
  v.record = a;
  v.responsible = store::find_organization(unit, a.responsible_org).value_or(Organization{});
  for (const auto& c : store::list_contributions(unit, a.id)) {
    v.contributions.push_back({c, store::find_organization(unit, c.organization_id).value_or(Organization{})});
    v.contributions_total += c.value;
  }
  const auto ids = store::participant_ids(unit, a.id);
  v.participant_count = static_cast<int>(ids.size());
  if (!detail) return v;
  for (const auto& s : store::list_sessions(unit, a.id)) v.sessions.push_back({s, static_cast<int>(s.present.size())});
  std::map<std::string, int> attended;
  for (const auto& s : v.sessions)
    for (const auto& p : s.record.present) ++attended[p];
  for (const auto& id : ids) {
    auto person = store::find_person(unit, id);
    if (person && can_see_person(unit, actor, *person))
      v.participants.push_back({id, person->person.full_name, attended[id]});
  }
  // Attendance lists name persons: only the ones the viewer may see stay in the answer.
  std::set<std::string> named;
  for (const auto& p : v.participants) named.insert(p.person_id);
  for (auto& s : v.sessions) {
    std::vector<std::string> shown;
    for (const auto& p : s.record.present)
      if (named.count(p)) shown.push_back(p);
    s.record.present = std::move(shown);
  }
  v.reports = store::list_reports(unit, a.id);
  return v;
}

// The activity and its partnership, when the actor may edit it.
Result<store::ActivityRecord> editable_activity(store::UnitOfWork& unit, const Actor& actor, const std::string& id) {
  auto a = store::find_activity(unit, id);
  if (!a || !visible_partnership(unit, actor, a->partnership_id)) return activity_not_found();
  if (auto p = editable_partnership(unit, actor, a->partnership_id); !p) return p.error();
  return *a;
}

// Audits the read of the participants' identities and commits.
ActivityView audited_view(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                          const store::ActivityRecord& a) {
  auto v = view_of(unit, actor, a, true);
  write_audit(unit, ctx, actor,
              {"activity.read", "partnership_activity", a.id,
               json({{"participants", v.participant_count}, {"named", v.participants.size()}})});
  unit.commit();
  return v;
}

Status apply(const store::PartnershipRecord& p, const ActivityInput& in,
             store::ActivityRecord& a) {
  if (in.title) {
    if (blank(*in.title)) return invalid_input("title", "Isi nama kegiatan.");
    a.title = *in.title;
  }
  if (in.description) a.description = *in.description;
  if (in.place) a.place = *in.place;
  if (in.start_date) a.start_date = *in.start_date;
  if (in.end_date) a.end_date = *in.end_date;
  if (auto s = check_period(a.start_date, a.end_date, "start_date", "end_date", true); !s) return s;
  if (in.responsible_org) {
    if (!p.has_party(*in.responsible_org))
      return invalid_input("responsible_org", "Penanggung jawab kegiatan harus salah satu lembaga pihak kemitraan.");
    a.responsible_org = *in.responsible_org;
  }
  if (a.responsible_org.empty())
    return invalid_input("responsible_org", "Pilih lembaga penanggung jawab kegiatan.");
  if (in.outputs) {
    for (const auto& o : *in.outputs)
      if (blank(o) || o.find('\n') != std::string::npos)
        return invalid_input("outputs", "Setiap keluaran kegiatan harus berupa teks satu baris.");
    a.outputs = *in.outputs;
  }
  return ok_status();
}

}  // namespace

Result<store::WorkPlanRecord> create_work_plan(const Context& ctx, const Actor& actor, const WorkPlanInput& in) {
  if (blank(in.title)) return invalid_input("title", "Isi nama rencana kerja.");
  if (auto s = check_period(in.period_start, in.period_end, "period_start", "period_end", true); !s) return s.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto p = editable_partnership(unit, actor, in.partnership_id);
  if (!p) return p.error();
  const std::string now = format_time(ctx.clock.now());
  store::WorkPlanRecord w{ctx.ids.next(), p->id, in.title, in.period_start, in.period_end, actor.user.id, now, now};
  store::insert_work_plan(unit, w);
  write_audit(unit, ctx, actor, {"work_plan.create", "work_plan", w.id, json({{"partnership_id", p->id}})});
  unit.commit();
  return w;
}

Result<std::vector<store::WorkPlanRecord>> list_work_plans(const Context& ctx, const Actor& actor,
                                                           const std::string& partnership_id) {
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto p = visible_partnership(unit, actor, partnership_id);
  if (!p) return p.error();
  return store::list_work_plans(unit, p->id);
}

Result<ActivityView> create_activity(const Context& ctx, const Actor& actor, const ActivityInput& in) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto w = store::find_work_plan(unit, in.work_plan_id);
  if (!w) return not_found("Rencana kerja tidak ditemukan.");
  auto p = editable_partnership(unit, actor, w->partnership_id);
  if (!p) return p.error();
  if (!in.title) return invalid_input("title", "Isi nama kegiatan.");
  store::ActivityRecord a;
  a.id = ctx.ids.next();
  a.partnership_id = p->id;
  a.work_plan_id = w->id;
  if (auto s = apply(*p, in, a); !s) return s.error();
  a.created_by = actor.user.id;
  a.created_at = a.updated_at = format_time(ctx.clock.now());
  store::insert_activity(unit, a);
  write_audit(unit, ctx, actor,
              {"activity.create", "partnership_activity", a.id,
               json({{"partnership_id", p->id}, {"work_plan_id", w->id}, {"responsible_org", a.responsible_org}})});
  auto v = view_of(unit, actor, a, true);
  unit.commit();
  return v;
}

Result<ActivityView> update_activity(const Context& ctx, const Actor& actor, const std::string& id,
                                     const ActivityInput& in) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto a = editable_activity(unit, actor, id);
  if (!a) return a.error();
  auto p = store::find_partnership(unit, a->partnership_id);
  if (auto s = apply(*p, in, *a); !s) return s.error();
  a->updated_at = format_time(ctx.clock.now());
  store::update_activity(unit, *a);
  write_audit(unit, ctx, actor,
              {"activity.update", "partnership_activity", id, json({{"outputs", a->outputs.size()}})});
  return audited_view(unit, ctx, actor, *a);
}

Result<ActivityView> get_activity(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!works_on_partnerships(actor)) return forbidden("Peran Anda tidak dapat melihat kegiatan kemitraan.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto a = store::find_activity(unit, id);
  if (!a || !visible_partnership(unit, actor, a->partnership_id)) return activity_not_found();
  return audited_view(unit, ctx, actor, *a);
}

Result<std::vector<ActivityView>> list_activities(const Context& ctx, const Actor& actor,
                                                  const std::string& partnership_id, const std::string& work_plan_id) {
  store::UnitOfWork unit(ctx.db, Mode::read);
  std::string pid = partnership_id;
  if (!work_plan_id.empty()) {
    auto w = store::find_work_plan(unit, work_plan_id);
    if (!w) return not_found("Rencana kerja tidak ditemukan.");
    pid = w->partnership_id;
  }
  if (pid.empty()) return invalid_input("partnership", "Pilih kemitraan (partnership) atau rencana kerja (work_plan).");
  auto p = visible_partnership(unit, actor, pid);
  if (!p) return p.error();
  std::vector<ActivityView> out;
  for (const auto& a : store::list_activities(unit, pid, work_plan_id)) out.push_back(view_of(unit, actor, a, false));
  return out;
}

Result<ActivityView> add_contribution(const Context& ctx, const Actor& actor, const std::string& activity_id,
                                      const ContributionInput& in) {
  if (!is_contribution_kind(in.kind))
    return invalid_input("kind", "Jenis kontribusi harus salah satu dari: money, staff, venue, goods.");
  if (auto s = check_amount(in.value, "value", true); !s) return s.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto a = editable_activity(unit, actor, activity_id);
  if (!a) return a.error();
  auto p = store::find_partnership(unit, a->partnership_id);
  if (!p->has_party(in.organization_id))
    return invalid_input("organization_id", "Kontribusi hanya dari lembaga pihak kemitraan.");
  store::ContributionRecord c{ctx.ids.next(), a->id, in.organization_id, in.kind, in.description, in.value};
  store::insert_contribution(unit, c);
  write_audit(unit, ctx, actor,
              {"activity.contribution", "partnership_activity", a->id,
               json({{"organization_id", c.organization_id}, {"kind", c.kind}, {"value", c.value}})});
  return audited_view(unit, ctx, actor, *a);
}

Result<ActivityView> add_participants(const Context& ctx, const Actor& actor, const std::string& activity_id,
                                      const std::vector<std::string>& person_ids) {
  if (person_ids.empty()) return invalid_input("person_ids", "Pilih paling sedikit satu penerima manfaat.");
  if (person_ids.size() > 500) return invalid_input("person_ids", "Paling banyak 500 peserta sekali tambah.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto a = editable_activity(unit, actor, activity_id);
  if (!a) return a.error();
  const std::string now = format_time(ctx.clock.now());
  int added = 0;
  for (std::size_t i = 0; i < person_ids.size(); ++i) {
    auto person = store::find_person(unit, person_ids[i]);
    if (!person || !can_see_person(unit, actor, *person))
      return Error{ErrorCode::not_found,
                   "Penerima manfaat ke-" + std::to_string(i + 1) + " tidak ditemukan atau tidak dapat Anda lihat.",
                   "person_ids"};
    added += store::add_participant(unit, a->id, person_ids[i], actor.user.id, now) ? 1 : 0;
  }
  write_audit(unit, ctx, actor,
              {"activity.participants", "partnership_activity", a->id,
               json({{"added", added}, {"given", person_ids.size()}})});
  return audited_view(unit, ctx, actor, *a);
}

Result<ActivityView> add_session(const Context& ctx, const Actor& actor, const std::string& activity_id,
                                 const SessionInput& in) {
  if (!is_day(in.on_date)) return invalid_input("on_date", "Tanggal sesi harus berformat YYYY-MM-DD.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto a = editable_activity(unit, actor, activity_id);
  if (!a) return a.error();
  const auto ids = store::participant_ids(unit, a->id);
  const std::set<std::string> participants(ids.begin(), ids.end());
  std::set<std::string> present;
  for (const auto& p : in.present) {
    if (!participants.count(p))
      return invalid_input("present", "Yang hadir harus peserta kegiatan ini; tambahkan sebagai peserta dahulu.");
    present.insert(p);
  }
  store::ActivitySessionRecord s{ctx.ids.next(), a->id, in.on_date, in.topic, actor.user.id,
                                 format_time(ctx.clock.now()), {present.begin(), present.end()}};
  store::insert_session(unit, s);
  write_audit(unit, ctx, actor,
              {"activity.session", "partnership_activity", a->id,
               json({{"session_id", s.id}, {"on_date", s.on_date}, {"present", s.present.size()}})});
  return audited_view(unit, ctx, actor, *a);
}

Result<ActivityView> add_report(const Context& ctx, const Actor& actor, const std::string& activity_id,
                                const ReportInput& in) {
  if (blank(in.period)) return invalid_input("period", "Isi periode laporan (mis. 2024-03 atau Bulan 1).");
  if (blank(in.body) && in.document_id.empty()) return invalid_input("body", "Isi laporan atau lampirkan dokumennya.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto a = editable_activity(unit, actor, activity_id);
  if (!a) return a.error();
  store::ActivityReportRecord r{ctx.ids.next(), a->id,         in.period, in.body, in.document_id,
                                actor.user.id,  format_time(ctx.clock.now())};
  store::insert_report(unit, r);
  write_audit(unit, ctx, actor,
              {"activity.report", "partnership_activity", a->id,
               json({{"report_id", r.id}, {"document_id", r.document_id}})});
  return audited_view(unit, ctx, actor, *a);
}

}  // namespace mitra::services
