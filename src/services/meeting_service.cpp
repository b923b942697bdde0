#include "services/meeting_service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <set>

#include "domain/region_time.hpp"
#include "services/audit_service.hpp"
#include "services/partnership_service.hpp"
#include "store/identity_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

Error meeting_not_found() { return not_found("Rapat tidak ditemukan."); }
Error action_not_found() { return not_found("Tindak lanjut rapat tidak ditemukan."); }

bool in_region(const std::string& region_code, const std::string& region) {
  return !region.empty() && (region_code == region || region_code.rfind(region + ".", 0) == 0);
}

// The region a Dinsos user oversees ("" for other organisations).
std::string dinsos_region(const Actor& a) {
  return is_dinsos(a.organization.type) ? a.organization.region_code : "";
}

bool organizes(const Actor& a) {
  return a.user.active && (a.has(Role::partner_manager) || a.has(Role::supervisor) || a.has(Role::admin));
}

// Works on the partnership: everyone but analysts and auditors (who read aggregates or the log).
bool works_with_partners(const Actor& a) {
  return a.user.active && (a.has(Role::partner_manager) || a.has(Role::supervisor) || a.has(Role::admin) ||
                           a.has(Role::social_worker));
}

bool participates(const std::vector<store::ParticipantRecord>& ps, const std::string& org) {
  return std::any_of(ps.begin(), ps.end(), [&](const auto& p) { return p.organization_id == org; });
}

bool sees(const Actor& a, const store::MeetingRecord& m, const std::vector<store::ParticipantRecord>& ps) {
  if (!a.user.active) return false;
  return a.organization.id == m.organizer_id || participates(ps, a.organization.id) ||
         in_region(m.region_code, dinsos_region(a));
}

bool may_edit(const Actor& a, const store::MeetingRecord& m) {
  return organizes(a) && a.organization.id == m.organizer_id;
}

bool may_complete(const Actor& a, const store::MeetingRecord& m, const store::ActionRecord& item) {
  return may_edit(a, m) || (works_with_partners(a) && a.organization.id == item.owner_organization_id);
}

MeetingView view_of(store::UnitOfWork& unit, const Context& ctx, const Actor& actor, const store::MeetingRecord& m) {
  MeetingView v;
  v.record = m;
  v.organizer = store::find_organization(unit, m.organizer_id).value_or(Organization{});
  v.may_edit = may_edit(actor, m);
  for (const auto& p : store::participants(unit, m.id))
    v.participants.push_back({store::find_organization(unit, p.organization_id).value_or(Organization{}),
                              p.organization_id == m.organizer_id, p.attended, p.attendees});
  const std::string today = local_date_in(ctx.clock.now(), m.region_code);
  for (const auto& a : store::actions_of_meeting(unit, m.id)) {
    ActionView av;
    av.record = a;
    av.owner = store::find_organization(unit, a.owner_organization_id).value_or(Organization{});
    if (!a.owner_user_id.empty())
      if (auto u = store::find_user(unit, a.owner_user_id)) av.owner_user_name = u->user.display_name;
    av.due = due_state(a.status, a.due_date, today);
    av.may_complete = may_complete(actor, m, a);
    v.actions.push_back(std::move(av));
  }
  return v;
}

// The meeting and its participants when the actor sees it.
struct Visible {
  store::MeetingRecord meeting;
  std::vector<store::ParticipantRecord> participants;
};
std::optional<Visible> visible_meeting(store::UnitOfWork& unit, const Actor& actor, const std::string& id) {
  auto m = store::find_meeting(unit, id);
  if (!m) return std::nullopt;
  auto ps = store::participants(unit, id);
  if (!sees(actor, *m, ps)) return std::nullopt;
  return Visible{std::move(*m), std::move(ps)};
}

Status apply_plan(const MeetingInput& in, store::MeetingRecord& m) {
  auto mode = parse_meeting_mode(in.mode.empty() ? "in_person" : in.mode);
  if (!mode) return invalid_input("mode", "Bentuk rapat harus in_person (tatap muka) atau online (daring).");
  m.title = in.title;
  m.starts_at = in.starts_at;
  m.ends_at = in.ends_at;
  m.mode = *mode;
  m.place = *mode == MeetingMode::in_person ? in.place : "";
  m.link = *mode == MeetingMode::online ? in.link : "";
  m.partnership_id = in.partnership_id;
  m.minutes = in.minutes;
  m.agenda = in.agenda;
  m.decisions = in.decisions;
  if (auto s = check_meeting_plan({m.title, m.starts_at, m.ends_at, m.mode, m.place, m.link, m.agenda}); !s)
    return s;
  for (const auto& d : m.decisions)
    if (d.empty() || d.find('\n') != std::string::npos)
      return invalid_input("decisions", "Setiap butir keputusan rapat berisi satu baris teks yang tidak kosong.");
  // Stored in the canonical form, so that times sort as text.
  TimePoint t{};
  parse_time(m.starts_at, t);
  m.starts_at = format_time(t);
  if (!m.ends_at.empty()) {
    parse_time(m.ends_at, t);
    m.ends_at = format_time(t);
  }
  return ok_status();
}

// The participant rows after inviting `invited` (keeping what was recorded for those kept).
Result<std::vector<store::ParticipantRecord>> invite(store::UnitOfWork& unit, const store::MeetingRecord& m,
                                                     const std::vector<std::string>& invited,
                                                     const std::vector<store::ParticipantRecord>& before) {
  if (invited.size() > static_cast<std::size_t>(kMaxInvited))
    return invalid_input("invited", "Paling banyak 200 lembaga diundang ke satu rapat.");
  std::vector<store::ParticipantRecord> rows;
  std::set<std::string> seen;
  auto keep = [&](const std::string& org) {
    if (!seen.insert(org).second) return;
    auto it = std::find_if(before.begin(), before.end(), [&](const auto& p) { return p.organization_id == org; });
    rows.push_back(it != before.end() ? *it : store::ParticipantRecord{org, false, 0});
  };
  keep(m.organizer_id);
  for (const auto& org : invited) {
    if (!store::find_organization(unit, org)) return invalid_input("invited", "Lembaga yang diundang tidak ditemukan.");
    keep(org);
  }
  return rows;
}

std::string details(const boost::json::object& o) { return boost::json::serialize(o); }

boost::json::array names_of(const std::vector<std::string>& fields) {
  boost::json::array a;
  for (const auto& f : fields) a.emplace_back(f);
  return a;
}

Status check_owner(store::UnitOfWork& unit, const std::vector<store::ParticipantRecord>& ps,
                   const std::string& owner_org, const std::string& owner_user) {
  if (owner_org.empty()) return invalid_input("owner_organization_id", "Pilih lembaga penanggung jawab.");
  if (!participates(ps, owner_org))
    return invalid_input("owner_organization_id", "Lembaga penanggung jawab harus penyelenggara atau undangan rapat.");
  if (!owner_user.empty()) {
    auto u = store::find_user(unit, owner_user);
    if (!u || u->user.organization_id != owner_org)
      return invalid_input("owner_user_id", "Penanggung jawab harus pengguna dari lembaga penanggung jawab.");
  }
  return ok_status();
}

Status check_action_fields(const std::string& description, const std::string& due_date) {
  if (description.empty()) return invalid_input("description", "Isi uraian tindak lanjut.");
  if (!is_day(due_date))
    return invalid_input("due_date", "Tenggat tindak lanjut harus tanggal berformat YYYY-MM-DD.");
  return ok_status();
}

}  // namespace

Result<MeetingView> create_meeting(const Context& ctx, const Actor& actor, const MeetingInput& in) {
  if (!organizes(actor))
    return forbidden("Hanya pengelola kemitraan, supervisor, atau admin yang dapat merencanakan rapat.");
  store::MeetingRecord m;
  m.id = ctx.ids.next();
  m.organizer_id = actor.organization.id;
  m.region_code = actor.organization.region_code;
  m.status = MeetingStatus::planned;
  if (auto s = apply_plan(in, m); !s) return s.error();
  m.created_by = actor.user.id;
  m.created_at = m.updated_at = format_time(ctx.clock.now());
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (auto s = check_partnership_link(unit, actor, m.partnership_id); !s) return s.error();
  auto rows = invite(unit, m, in.invited, {});
  if (!rows) return rows.error();
  store::insert_meeting(unit, m);
  store::save_participants(unit, m.id, *rows);
  write_audit(unit, ctx, actor,
              {"meeting.create", "meeting", m.id,
               details(boost::json::object{{"mode", to_string(m.mode)}, {"participants", rows->size()},
                        {"partnership_id", m.partnership_id}})});
  auto view = view_of(unit, ctx, actor, m);
  unit.commit();
  return view;
}

Result<MeetingView> get_meeting(const Context& ctx, const Actor& actor, const std::string& id) {
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto v = visible_meeting(unit, actor, id);
  if (!v) return meeting_not_found();
  return view_of(unit, ctx, actor, v->meeting);
}

Result<MeetingView> update_meeting(const Context& ctx, const Actor& actor, const std::string& id,
                                   const MeetingPatch& patch) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto v = visible_meeting(unit, actor, id);
  if (!v) return meeting_not_found();
  auto& m = v->meeting;
  if (!may_edit(actor, m))
    return forbidden("Hanya pengelola kemitraan, supervisor, atau admin lembaga penyelenggara yang mengubah rapat.");
  std::vector<std::string> changed;
  MeetingInput in{m.title, m.starts_at, m.ends_at, std::string(to_string(m.mode)), m.place, m.link,
                  m.partnership_id, m.minutes, m.agenda, m.decisions, {}};
  auto take = [&](const auto& from, auto& to, const char* name) {
    if (from) {
      to = *from;
      changed.push_back(name);
    }
  };
  take(patch.title, in.title, "title");
  take(patch.starts_at, in.starts_at, "starts_at");
  take(patch.ends_at, in.ends_at, "ends_at");
  take(patch.mode, in.mode, "mode");
  take(patch.place, in.place, "place");
  take(patch.link, in.link, "link");
  take(patch.partnership_id, in.partnership_id, "partnership_id");
  take(patch.minutes, in.minutes, "minutes");
  take(patch.agenda, in.agenda, "agenda");
  take(patch.decisions, in.decisions, "decisions");
  // A link kept as it was is not checked again (the actor's view of it may have changed since).
  if (patch.partnership_id && *patch.partnership_id != m.partnership_id)
    if (auto s = check_partnership_link(unit, actor, *patch.partnership_id); !s) return s.error();
  if (auto s = apply_plan(in, m); !s) return s.error();
  if (patch.status) {
    auto status = parse_meeting_status(*patch.status);
    if (!status || *status == MeetingStatus::held)
      return invalid_input("status", "Status rapat yang dapat diubah: planned (direncanakan) atau cancelled (dibatalkan).");
    if (m.status == MeetingStatus::held && *status != MeetingStatus::held)
      return conflict("status", "Rapat sudah terlaksana (daftar hadir tercatat); tidak dapat dibatalkan.");
    m.status = *status;
    changed.push_back("status");
  }
  if (patch.invited) {
    auto rows = invite(unit, m, *patch.invited, v->participants);
    if (!rows) return rows.error();
    store::save_participants(unit, m.id, *rows);
    changed.push_back("invited");
  }
  m.updated_at = format_time(ctx.clock.now());
  store::update_meeting(unit, m);
  write_audit(unit, ctx, actor, {"meeting.update", "meeting", m.id, details(boost::json::object{{"fields", names_of(changed)}})});
  auto view = view_of(unit, ctx, actor, m);
  unit.commit();
  return view;
}

Result<MeetingView> record_attendance(const Context& ctx, const Actor& actor, const std::string& id,
                                      const std::vector<Attendance>& attendance) {
  if (auto s = check_attendance(attendance); !s) return s.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto v = visible_meeting(unit, actor, id);
  if (!v) return meeting_not_found();
  auto& m = v->meeting;
  if (!may_edit(actor, m))
    return forbidden("Hanya pengelola kemitraan, supervisor, atau admin lembaga penyelenggara yang mencatat kehadiran.");
  if (m.status == MeetingStatus::cancelled)
    return conflict("status", "Rapat ini dibatalkan; kehadiran tidak dapat dicatat.");
  if (m.starts_at > format_time(ctx.clock.now()))
    return conflict("starts_at", "Rapat belum dimulai; kehadiran dicatat setelah rapat berlangsung.");
  auto rows = v->participants;
  for (auto& r : rows) r.attended = false, r.attendees = 0;
  int guests = 0;
  for (const auto& a : attendance) {
    auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.organization_id == a.organization_id; });
    if (it == rows.end()) {
      if (!store::find_organization(unit, a.organization_id))
        return invalid_input("attendance", "Lembaga dalam daftar hadir tidak ditemukan.");
      rows.push_back({a.organization_id, a.attended, a.attendees});
      ++guests;
    } else {
      it->attended = a.attended;
      it->attendees = a.attendees;
    }
  }
  store::save_participants(unit, m.id, rows);
  m.status = MeetingStatus::held;
  m.updated_at = format_time(ctx.clock.now());
  store::update_meeting(unit, m);
  const auto present = std::count_if(rows.begin(), rows.end(), [](const auto& r) { return r.attended; });
  write_audit(unit, ctx, actor,
              {"meeting.attendance", "meeting", m.id,
               details(boost::json::object{{"invited", rows.size()}, {"attended", present}, {"added", guests}})});
  auto view = view_of(unit, ctx, actor, m);
  unit.commit();
  return view;
}

Result<MeetingPage> list_meetings(const Context& ctx, const Actor& actor, store::MeetingFilter filter) {
  if (!actor.user.active) return forbidden();
  if (!filter.from.empty() && !is_day(filter.from))
    return invalid_input("from", "Tanggal awal harus berformat YYYY-MM-DD.");
  if (!filter.to.empty() && !is_day(filter.to))
    return invalid_input("to", "Tanggal akhir harus berformat YYYY-MM-DD.");
  // Dates to the times they bound: the whole `to` day counts.
  if (!filter.to.empty()) filter.to += "T99";
  filter.organization_id = actor.organization.id;
  filter.region = dinsos_region(actor);
  std::transform(filter.q.begin(), filter.q.end(), filter.q.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto records = store::list_meetings(unit, filter);
  MeetingPage page;
  if (static_cast<int>(records.size()) > filter.limit) {
    records.pop_back();
    page.next_cursor = records.back().starts_at + "|" + records.back().id;
  }
  for (const auto& r : records) page.items.push_back(view_of(unit, ctx, actor, r));
  return page;
}

Result<MeetingView> add_action(const Context& ctx, const Actor& actor, const std::string& meeting_id,
                               const ActionInput& in) {
  if (auto s = check_action_fields(in.description, in.due_date); !s) return s.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto v = visible_meeting(unit, actor, meeting_id);
  if (!v) return meeting_not_found();
  if (!may_edit(actor, v->meeting))
    return forbidden("Hanya pengelola kemitraan, supervisor, atau admin lembaga penyelenggara yang mencatat tindak lanjut.");
  if (v->meeting.status == MeetingStatus::cancelled)
    return conflict("status", "Rapat ini dibatalkan; tindak lanjut tidak dapat dicatat.");
  if (auto s = check_owner(unit, v->participants, in.owner_organization_id, in.owner_user_id); !s) return s.error();
  store::ActionRecord a;
  a.id = ctx.ids.next();
  a.meeting_id = meeting_id;
  a.description = in.description;
  a.owner_organization_id = in.owner_organization_id;
  a.owner_user_id = in.owner_user_id;
  a.due_date = in.due_date;
  a.status = ActionStatus::open;
  a.created_by = actor.user.id;
  a.created_at = a.updated_at = format_time(ctx.clock.now());
  store::insert_action(unit, a);
  write_audit(unit, ctx, actor,
              {"meeting.action.create", "meeting_action", a.id,
               details(boost::json::object{{"meeting_id", meeting_id}, {"owner_organization_id", a.owner_organization_id},
                        {"due_date", a.due_date}})});
  auto view = view_of(unit, ctx, actor, v->meeting);
  unit.commit();
  return view;
}

Result<MeetingView> update_action(const Context& ctx, const Actor& actor, const std::string& meeting_id,
                                  const std::string& action_id, const ActionPatch& patch) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto v = visible_meeting(unit, actor, meeting_id);
  if (!v) return meeting_not_found();
  auto a = store::find_action(unit, action_id);
  if (!a || a->meeting_id != meeting_id) return action_not_found();
  const bool editor = may_edit(actor, v->meeting);
  if (!may_complete(actor, v->meeting, *a))
    return forbidden("Hanya lembaga penanggung jawab atau penyelenggara rapat yang mengubah tindak lanjut ini.");
  const bool edits_fields = patch.description || patch.owner_organization_id || patch.owner_user_id || patch.due_date;
  if (edits_fields && !editor)
    return forbidden("Lembaga penanggung jawab hanya dapat menandai tindak lanjut selesai.");
  std::vector<std::string> changed;
  if (patch.description) a->description = *patch.description, changed.push_back("description");
  if (patch.due_date) a->due_date = *patch.due_date, changed.push_back("due_date");
  if (patch.owner_organization_id) {
    a->owner_organization_id = *patch.owner_organization_id;
    if (!patch.owner_user_id) a->owner_user_id.clear();
    changed.push_back("owner_organization_id");
  }
  if (patch.owner_user_id) a->owner_user_id = *patch.owner_user_id, changed.push_back("owner_user_id");
  if (auto s = check_action_fields(a->description, a->due_date); !s) return s.error();
  if (patch.owner_organization_id || patch.owner_user_id)
    if (auto s = check_owner(unit, v->participants, a->owner_organization_id, a->owner_user_id); !s) return s.error();
  const std::string now = format_time(ctx.clock.now());
  if (patch.status) {
    auto to = parse_action_status(*patch.status);
    if (!to) return invalid_input("status", "Status tindak lanjut harus open, done, atau cancelled.");
    if (!editor && *to == ActionStatus::cancelled)
      return forbidden("Hanya penyelenggara rapat yang dapat membatalkan tindak lanjut.");
    if (auto s = check_action_transition(a->status, *to); !s) return s.error();
    a->status = *to;
    a->done_at = *to == ActionStatus::done ? now : "";
    a->done_by = *to == ActionStatus::done ? actor.user.id : "";
    changed.push_back("status");
  }
  if (changed.empty()) return invalid_input("status", "Tidak ada perubahan tindak lanjut yang dikirim.");
  a->updated_at = now;
  store::update_action(unit, *a);
  write_audit(unit, ctx, actor,
              {"meeting.action.update", "meeting_action", a->id,
               details(boost::json::object{{"meeting_id", meeting_id}, {"fields", names_of(changed)},
                        {"status", to_string(a->status)}})});
  auto view = view_of(unit, ctx, actor, v->meeting);
  unit.commit();
  return view;
}

Result<AttendanceReport> attendance_report(const Context& ctx, const Actor& actor, const std::string& from,
                                           const std::string& to, const std::string& region) {
  const std::string own = dinsos_region(actor);
  if (!actor.user.active || own.empty())
    return forbidden("Tingkat kehadiran rapat hanya untuk petugas Dinas Sosial.");
  AttendanceReport r;
  r.region = region.empty() ? own : region;
  if (!in_region(r.region, own))
    return invalid_input("region", "Wilayah harus berada dalam wilayah Dinas Sosial Anda.");
  const std::string today = local_date_in(ctx.clock.now(), own);
  r.to = to.empty() ? today : to;
  if (!is_day(r.to)) return invalid_input("to", "Tanggal akhir harus berformat YYYY-MM-DD.");
  if (from.empty()) {
    const auto year = std::stoi(r.to.substr(0, 4)) - 1;
    r.from = std::to_string(year) + r.to.substr(4);
    if (!is_day(r.from)) r.from = std::to_string(year) + "-02-28";  // a year after 29 Feb
  } else {
    r.from = from;
  }
  if (!is_day(r.from)) return invalid_input("from", "Tanggal awal harus berformat YYYY-MM-DD.");
  if (r.from > r.to) return invalid_input("from", "Tanggal awal harus sebelum tanggal akhir.");
  store::UnitOfWork unit(ctx.db, Mode::read);
  std::map<std::string, HeldMeeting> held;
  for (const auto& p : store::held_participants(unit, r.from, r.to + "T99", r.region)) {
    auto& h = held[p.meeting_id];
    h.invited.push_back(p.organization_id);
    if (p.attended) h.attended.push_back(p.organization_id);
  }
  std::vector<HeldMeeting> meetings;
  for (auto& [id, h] : held) meetings.push_back(std::move(h));
  r.meetings = static_cast<int>(meetings.size());
  for (const auto& rate : attendance_rates(meetings))
    r.items.push_back({store::find_organization(unit, rate.organization_id).value_or(Organization{}), rate.invited,
                       rate.attended, rate.rate});
  return r;
}

std::vector<NotificationItem> action_item_notifications(const NotificationRequest& request) {
  std::vector<NotificationItem> out;
  const auto& actor = request.actor;
  if (!works_with_partners(actor)) return out;
  const std::string until = add_days(request.today, kActionReminderDays);
  for (const auto& a : store::open_actions_due(request.unit, actor.organization.id, until)) {
    // An item given to one person reminds that person only.
    if (!a.owner_user_id.empty() && a.owner_user_id != actor.user.id) continue;
    const auto state = due_state(a.status, a.due_date, request.today);
    if (state != DueState::due_soon && state != DueState::overdue) continue;
    const bool overdue = state == DueState::overdue;
    const auto meeting = store::find_meeting(request.unit, a.meeting_id);
    NotificationItem item;
    item.key = "action_item:" + a.id + (overdue ? ":overdue" : "");
    item.kind = overdue ? "action_item_overdue" : "action_item_due";
    item.title = overdue ? "Tindak lanjut rapat lewat tenggat" : "Tindak lanjut rapat segera jatuh tempo";
    item.detail = a.description + (meeting ? " · " + meeting->title : "");
    item.due = a.due_date;
    item.link = "/rapat/" + a.meeting_id;
    item.severity = overdue ? Severity::danger : Severity::warning;
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace mitra::services
