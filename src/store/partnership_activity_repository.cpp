#include "store/partnership_activity_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

template <class Row>
std::vector<decltype(Row{}.take())> rows_for(UnitOfWork& u, const std::string& sql, const std::string& key) {
  std::string k = key;
  return select_rows<Row>(u, sql, [&](soci::statement& st) { st.exchange(use(k, "k")); });
}

constexpr const char* kWorkPlanColumns =
    "SELECT id, partnership_id, title, period_start, period_end, created_by, created_at, updated_at FROM work_plan ";

struct WorkPlanRow {
  WorkPlanRecord w;
  void bind(soci::statement& st) {
    for (auto* f : {&w.id, &w.partnership_id, &w.title, &w.period_start, &w.period_end, &w.created_by, &w.created_at,
                    &w.updated_at})
      st.exchange(into(*f));
  }
  WorkPlanRecord take() const { return w; }
};

constexpr const char* kActivityColumns =
    "SELECT id, partnership_id, work_plan_id, title, description, place, start_date, end_date, responsible_org, "
    "created_by, created_at, updated_at, outputs FROM partnership_activity ";

struct ActivityRow {
  ActivityRecord a;
  std::string outputs;
  void bind(soci::statement& st) {
    for (auto* f : {&a.id, &a.partnership_id, &a.work_plan_id, &a.title, &a.description, &a.place, &a.start_date,
                    &a.end_date, &a.responsible_org, &a.created_by, &a.created_at, &a.updated_at, &outputs})
      st.exchange(into(*f));
  }
  ActivityRecord take() const {
    ActivityRecord out = a;
    out.outputs = split_lines(outputs);
    return out;
  }
};

struct ContributionRow {
  ContributionRecord c;
  void bind(soci::statement& st) {
    for (auto* f : {&c.id, &c.activity_id, &c.organization_id, &c.kind, &c.description}) st.exchange(into(*f));
    st.exchange(into(c.value));
  }
  ContributionRecord take() const { return c; }
};

struct SessionRow {
  ActivitySessionRecord s;
  void bind(soci::statement& st) {
    for (auto* f : {&s.id, &s.activity_id, &s.on_date, &s.topic, &s.created_by, &s.created_at}) st.exchange(into(*f));
  }
  ActivitySessionRecord take() const { return s; }
};

struct ReportRow {
  ActivityReportRecord r;
  void bind(soci::statement& st) {
    for (auto* f : {&r.id, &r.activity_id, &r.period, &r.body, &r.document_id, &r.created_by, &r.created_at})
      st.exchange(into(*f));
  }
  ActivityReportRecord take() const { return r; }
};

}  // namespace

void insert_work_plan(UnitOfWork& u, const WorkPlanRecord& w) {
  u.sql() << "INSERT INTO work_plan (id, partnership_id, title, period_start, period_end, created_by, created_at, "
             "updated_at) VALUES (:id, :p, :t, :s, :e, :by, :ca, :ua)",
      use(w.id), use(w.partnership_id), use(w.title), use(w.period_start), use(w.period_end), use(w.created_by),
      use(w.created_at), use(w.updated_at);
}

std::optional<WorkPlanRecord> find_work_plan(UnitOfWork& u, const std::string& id) {
  return select_one<WorkPlanRow>(u, kWorkPlanColumns, "WHERE id = :k", id);
}

std::vector<WorkPlanRecord> list_work_plans(UnitOfWork& u, const std::string& partnership_id) {
  return rows_for<WorkPlanRow>(u, std::string(kWorkPlanColumns) + "WHERE partnership_id = :k ORDER BY period_start, id",
                               partnership_id);
}

void insert_activity(UnitOfWork& u, const ActivityRecord& a) {
  const std::string outputs = join_lines(a.outputs);
  u.sql() << "INSERT INTO partnership_activity (id, partnership_id, work_plan_id, title, description, place, "
             "start_date, end_date, responsible_org, outputs, created_by, created_at, updated_at) VALUES (:id, :p, :w, "
             ":t, :d, :pl, :sd, :ed, :ro, :o, :by, :ca, :ua)",
      use(a.id), use(a.partnership_id), use(a.work_plan_id), use(a.title), use(a.description), use(a.place),
      use(a.start_date), use(a.end_date), use(a.responsible_org), use(outputs), use(a.created_by), use(a.created_at),
      use(a.updated_at);
}

void update_activity(UnitOfWork& u, const ActivityRecord& a) {
  const std::string outputs = join_lines(a.outputs);
  u.sql() << "UPDATE partnership_activity SET title = :t, description = :d, place = :pl, start_date = :sd, end_date = "
             ":ed, responsible_org = :ro, outputs = :o, updated_at = :ua WHERE id = :id",
      use(a.title), use(a.description), use(a.place), use(a.start_date), use(a.end_date), use(a.responsible_org),
      use(outputs), use(a.updated_at), use(a.id);
}

std::optional<ActivityRecord> find_activity(UnitOfWork& u, const std::string& id) {
  return select_one<ActivityRow>(u, kActivityColumns, "WHERE id = :k", id);
}

std::vector<ActivityRecord> list_activities(UnitOfWork& u, const std::string& partnership_id,
                                            const std::string& work_plan_id) {
  if (!work_plan_id.empty())
    return rows_for<ActivityRow>(
        u, std::string(kActivityColumns) + "WHERE work_plan_id = :k ORDER BY start_date, id", work_plan_id);
  return rows_for<ActivityRow>(u, std::string(kActivityColumns) + "WHERE partnership_id = :k ORDER BY start_date, id",
                               partnership_id);
}

void insert_contribution(UnitOfWork& u, const ContributionRecord& c) {
  u.sql() << "INSERT INTO activity_contribution (id, activity_id, organization_id, kind, description, value_rupiah) "
             "VALUES (:id, :a, :o, :k, :d, :v)",
      use(c.id), use(c.activity_id), use(c.organization_id), use(c.kind), use(c.description), use(c.value);
}

std::vector<ContributionRecord> list_contributions(UnitOfWork& u, const std::string& activity_id) {
  return rows_for<ContributionRow>(u,
                                   "SELECT id, activity_id, organization_id, kind, description, value_rupiah FROM "
                                   "activity_contribution WHERE activity_id = :k ORDER BY id",
                                   activity_id);
}

bool add_participant(UnitOfWork& u, const std::string& activity_id, const std::string& person_id,
                     const std::string& by, const std::string& at) {
  long long n = 0;
  u.sql() << "SELECT COUNT(*) FROM activity_participant WHERE activity_id = :a AND person_id = :p", into(n),
      use(activity_id), use(person_id);
  if (n > 0) return false;
  u.sql() << "INSERT INTO activity_participant (activity_id, person_id, added_by, added_at) VALUES (:a, :p, :by, :at)",
      use(activity_id), use(person_id), use(by), use(at);
  return true;
}

std::vector<std::string> participant_ids(UnitOfWork& u, const std::string& activity_id) {
  return select_strings(u, "SELECT person_id FROM activity_participant WHERE activity_id = :a ORDER BY added_at, person_id",
                        activity_id);
}

void insert_session(UnitOfWork& u, const ActivitySessionRecord& s) {
  u.sql() << "INSERT INTO activity_session (id, activity_id, on_date, topic, created_by, created_at) VALUES (:id, :a, "
             ":d, :t, :by, :at)",
      use(s.id), use(s.activity_id), use(s.on_date), use(s.topic), use(s.created_by), use(s.created_at);
  for (const auto& person : s.present)
    u.sql() << "INSERT INTO activity_attendance (session_id, person_id) VALUES (:s, :p)", use(s.id), use(person);
}

std::vector<ActivitySessionRecord> list_sessions(UnitOfWork& u, const std::string& activity_id) {
  auto rows = rows_for<SessionRow>(u,
                                   "SELECT id, activity_id, on_date, topic, created_by, created_at FROM "
                                   "activity_session WHERE activity_id = :k ORDER BY on_date, id",
                                   activity_id);
  for (auto& s : rows)
    s.present = select_strings(u, "SELECT person_id FROM activity_attendance WHERE session_id = :s ORDER BY person_id",
                               s.id);
  return rows;
}

void insert_report(UnitOfWork& u, const ActivityReportRecord& r) {
  u.sql() << "INSERT INTO activity_report (id, activity_id, period, body, document_id, created_by, created_at) VALUES "
             "(:id, :a, :p, :b, :d, :by, :at)",
      use(r.id), use(r.activity_id), use(r.period), use(r.body), use(r.document_id), use(r.created_by),
      use(r.created_at);
}

std::vector<ActivityReportRecord> list_reports(UnitOfWork& u, const std::string& activity_id) {
  return rows_for<ReportRow>(u,
                             "SELECT id, activity_id, period, body, document_id, created_by, created_at FROM "
                             "activity_report WHERE activity_id = :k ORDER BY created_at, id",
                             activity_id);
}

}  // namespace mitra::store
