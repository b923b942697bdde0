#include "store/meeting_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kMeetingColumns =
    "SELECT id, organizer_id, region_code, partnership_id, title, starts_at, ends_at, mode, place, link, status, "
    "agenda, minutes, decisions, created_by, created_at, updated_at FROM meeting ";

struct MeetingRow {
  MeetingRecord m;
  std::string mode, status, agenda, decisions;
  void bind(soci::statement& st) {
    st.exchange(into(m.id));
    st.exchange(into(m.organizer_id));
    st.exchange(into(m.region_code));
    st.exchange(into(m.partnership_id));
    st.exchange(into(m.title));
    st.exchange(into(m.starts_at));
    st.exchange(into(m.ends_at));
    st.exchange(into(mode));
    st.exchange(into(m.place));
    st.exchange(into(m.link));
    st.exchange(into(status));
    st.exchange(into(agenda));
    st.exchange(into(m.minutes));
    st.exchange(into(decisions));
    st.exchange(into(m.created_by));
    st.exchange(into(m.created_at));
    st.exchange(into(m.updated_at));
  }
  MeetingRecord take() const {
    MeetingRecord out = m;
    out.mode = parse_meeting_mode(mode).value_or(MeetingMode::in_person);
    out.status = parse_meeting_status(status).value_or(MeetingStatus::planned);
    out.agenda = split_lines(agenda);
    out.decisions = split_lines(decisions);
    return out;
  }
};

constexpr const char* kActionColumns =
    "SELECT a.id, a.meeting_id, a.description, a.owner_organization_id, a.owner_user_id, a.due_date, a.status, "
    "a.done_at, a.done_by, a.created_by, a.created_at, a.updated_at FROM meeting_action a ";

struct ActionRow {
  ActionRecord a;
  std::string status;
  void bind(soci::statement& st) {
    st.exchange(into(a.id));
    st.exchange(into(a.meeting_id));
    st.exchange(into(a.description));
    st.exchange(into(a.owner_organization_id));
    st.exchange(into(a.owner_user_id));
    st.exchange(into(a.due_date));
    st.exchange(into(status));
    st.exchange(into(a.done_at));
    st.exchange(into(a.done_by));
    st.exchange(into(a.created_by));
    st.exchange(into(a.created_at));
    st.exchange(into(a.updated_at));
  }
  ActionRecord take() const {
    ActionRecord out = a;
    out.status = parse_action_status(status).value_or(ActionStatus::open);
    return out;
  }
};

}  // namespace

void insert_meeting(UnitOfWork& u, const MeetingRecord& m) {
  const std::string mode(to_string(m.mode)), status(to_string(m.status)), agenda = join_lines(m.agenda),
      decisions = join_lines(m.decisions);
  u.sql() << "INSERT INTO meeting (id, organizer_id, region_code, partnership_id, title, starts_at, ends_at, mode, "
             "place, link, status, agenda, minutes, decisions, created_by, created_at, updated_at) VALUES (:id, :o, "
             ":r, :p, :t, :s, :e, :mode, :place, :link, :status, :agenda, :minutes, :decisions, :by, :c, :u)",
      use(m.id), use(m.organizer_id), use(m.region_code), use(m.partnership_id), use(m.title), use(m.starts_at),
      use(m.ends_at), use(mode), use(m.place), use(m.link), use(status), use(agenda), use(m.minutes), use(decisions),
      use(m.created_by), use(m.created_at), use(m.updated_at);
}

void update_meeting(UnitOfWork& u, const MeetingRecord& m) {
  const std::string mode(to_string(m.mode)), status(to_string(m.status)), agenda = join_lines(m.agenda),
      decisions = join_lines(m.decisions);
  u.sql() << "UPDATE meeting SET partnership_id = :p, title = :t, starts_at = :s, ends_at = :e, mode = :mode, "
             "place = :place, link = :link, status = :status, agenda = :agenda, minutes = :minutes, "
             "decisions = :decisions, updated_at = :u WHERE id = :id",
      use(m.partnership_id), use(m.title), use(m.starts_at), use(m.ends_at), use(mode), use(m.place), use(m.link),
      use(status), use(agenda), use(m.minutes), use(decisions), use(m.updated_at), use(m.id);
}

std::optional<MeetingRecord> find_meeting(UnitOfWork& u, const std::string& id) {
  return select_one<MeetingRow>(u, kMeetingColumns, "WHERE id = :k", id);
}

void save_participants(UnitOfWork& u, const std::string& meeting_id, const std::vector<ParticipantRecord>& rows) {
  u.sql() << "DELETE FROM meeting_participant WHERE meeting_id = :m", use(meeting_id);
  for (const auto& p : rows) {
    const int attended = p.attended ? 1 : 0;
    u.sql() << "INSERT INTO meeting_participant (meeting_id, organization_id, attended, attendees) VALUES "
               "(:m, :o, :a, :n)",
        use(meeting_id), use(p.organization_id), use(attended), use(p.attendees);
  }
}

std::vector<ParticipantRecord> participants(UnitOfWork& u, const std::string& meeting_id) {
  std::vector<ParticipantRecord> out;
  std::string org;
  int attended = 0, attendees = 0;
  soci::statement st = (u.sql().prepare << "SELECT p.organization_id, p.attended, p.attendees FROM "
                                           "meeting_participant p JOIN organization o ON o.id = p.organization_id "
                                           "WHERE p.meeting_id = :m ORDER BY o.name",
                        into(org), into(attended), into(attendees), use(meeting_id));
  st.execute();
  while (st.fetch()) out.push_back({org, attended != 0, attendees});
  return out;
}

std::vector<MeetingRecord> list_meetings(UnitOfWork& u, const MeetingFilter& f) {
  MeetingFilter v = f;
  int limit = f.limit + 1;
  std::string cursor_start, cursor_id;
  if (const auto bar = f.cursor.find('|'); bar != std::string::npos) {
    cursor_start = f.cursor.substr(0, bar);
    cursor_id = f.cursor.substr(bar + 1);
  }
  std::string region_like = f.region + ".%", q_like = like_containing(f.q);
  std::string where =
      "WHERE (organizer_id = :org1 OR EXISTS (SELECT 1 FROM meeting_participant p WHERE p.meeting_id = meeting.id "
      "AND p.organization_id = :org2) OR (:r1 <> '' AND (region_code = :r2 OR region_code LIKE :r3))) ";
  if (!f.q.empty()) where += "AND LOWER(title) LIKE :q ";
  if (!f.from.empty()) where += "AND starts_at >= :from ";
  if (!f.to.empty()) where += "AND starts_at < :to ";
  if (!f.partnership_id.empty()) where += "AND partnership_id = :pid ";
  if (!cursor_id.empty()) where += "AND (starts_at < :cs1 OR (starts_at = :cs2 AND id < :ci)) ";
  where += "ORDER BY starts_at DESC, id DESC LIMIT :lim";
  return select_all<MeetingRow>(u, kMeetingColumns, where, [&](soci::statement& st) {
    st.exchange(use(v.organization_id, "org1"));
    st.exchange(use(v.organization_id, "org2"));
    st.exchange(use(v.region, "r1"));
    st.exchange(use(v.region, "r2"));
    st.exchange(use(region_like, "r3"));
    if (!f.q.empty()) st.exchange(use(q_like, "q"));
    if (!f.from.empty()) st.exchange(use(v.from, "from"));
    if (!f.to.empty()) st.exchange(use(v.to, "to"));
    if (!f.partnership_id.empty()) st.exchange(use(v.partnership_id, "pid"));
    if (!cursor_id.empty()) {
      st.exchange(use(cursor_start, "cs1"));
      st.exchange(use(cursor_start, "cs2"));
      st.exchange(use(cursor_id, "ci"));
    }
    st.exchange(use(limit, "lim"));
  });
}

std::vector<HeldParticipant> held_participants(UnitOfWork& u, const std::string& from, const std::string& to,
                                               const std::string& region) {
  std::vector<HeldParticipant> out;
  HeldParticipant row;
  int attended = 0;
  std::string f = from, t = to, r1 = region, r2 = region, r3 = region + ".%";
  soci::statement st =
      (u.sql().prepare << "SELECT p.meeting_id, p.organization_id, p.attended FROM meeting_participant p JOIN meeting m "
                          "ON m.id = p.meeting_id WHERE m.status = 'held' AND m.starts_at >= :f AND m.starts_at < :t "
                          "AND (:r1 = '' OR m.region_code = :r2 OR m.region_code LIKE :r3) "
                          "ORDER BY m.starts_at, p.meeting_id",
       into(row.meeting_id), into(row.organization_id), into(attended), use(f, "f"), use(t, "t"), use(r1, "r1"),
       use(r2, "r2"), use(r3, "r3"));
  st.execute();
  while (st.fetch()) {
    row.attended = attended != 0;
    out.push_back(row);
  }
  return out;
}

void insert_action(UnitOfWork& u, const ActionRecord& a) {
  const std::string status(to_string(a.status));
  u.sql() << "INSERT INTO meeting_action (id, meeting_id, description, owner_organization_id, owner_user_id, "
             "due_date, status, done_at, done_by, created_by, created_at, updated_at) VALUES (:id, :m, :d, :o, :ou, "
             ":due, :s, :da, :db, :by, :c, :u)",
      use(a.id), use(a.meeting_id), use(a.description), use(a.owner_organization_id), use(a.owner_user_id),
      use(a.due_date), use(status), use(a.done_at), use(a.done_by), use(a.created_by), use(a.created_at),
      use(a.updated_at);
}

void update_action(UnitOfWork& u, const ActionRecord& a) {
  const std::string status(to_string(a.status));
  u.sql() << "UPDATE meeting_action SET description = :d, owner_organization_id = :o, owner_user_id = :ou, "
             "due_date = :due, status = :s, done_at = :da, done_by = :db, updated_at = :u WHERE id = :id",
      use(a.description), use(a.owner_organization_id), use(a.owner_user_id), use(a.due_date), use(status),
      use(a.done_at), use(a.done_by), use(a.updated_at), use(a.id);
}

std::optional<ActionRecord> find_action(UnitOfWork& u, const std::string& id) {
  return select_one<ActionRow>(u, kActionColumns, "WHERE a.id = :k", id);
}

std::vector<ActionRecord> actions_of_meeting(UnitOfWork& u, const std::string& meeting_id) {
  std::string m = meeting_id;
  return select_all<ActionRow>(u, kActionColumns, "WHERE a.meeting_id = :m ORDER BY a.due_date, a.id",
                               [&](soci::statement& st) { st.exchange(use(m, "m")); });
}

std::vector<ActionRecord> open_actions_due(UnitOfWork& u, const std::string& owner_organization_id,
                                           const std::string& until) {
  std::string o = owner_organization_id, t = until;
  return select_all<ActionRow>(u, kActionColumns,
                               "JOIN meeting m ON m.id = a.meeting_id WHERE a.owner_organization_id = :o AND "
                               "a.status = 'open' AND a.due_date <= :t AND m.status <> 'cancelled' "
                               "ORDER BY a.due_date, a.id",
                               [&](soci::statement& st) {
                                 st.exchange(use(o, "o"));
                                 st.exchange(use(t, "t"));
                               });
}

}  // namespace mitra::store
