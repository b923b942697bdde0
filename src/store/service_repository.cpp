#include "store/service_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kServiceColumns =
    "SELECT id, case_id, person_id, provider_organization, service_type, status, starts_on, ends_on, outcome, details, "
    "created_by, created_at, updated_at FROM case_service ";

struct ServiceRow {
  ServiceRecord r;
  std::string status;
  void bind(soci::statement& st) {
    st.exchange(into(r.id));
    st.exchange(into(r.case_id));
    st.exchange(into(r.person_id));
    st.exchange(into(r.provider_organization));
    st.exchange(into(r.type));
    st.exchange(into(status));
    st.exchange(into(r.starts_on));
    st.exchange(into(r.ends_on));
    st.exchange(into(r.outcome));
    st.exchange(into(r.details));
    st.exchange(into(r.created_by));
    st.exchange(into(r.created_at));
    st.exchange(into(r.updated_at));
  }
  ServiceRecord take() const {
    ServiceRecord out = r;
    out.status = parse_service_status(status).value_or(ServiceStatus::planned);
    return out;
  }
};

constexpr const char* kVisitColumns =
    "SELECT id, plan_id, case_id, person_id, organization_id, due_on, visited_on, place, met_with, child_in_school, "
    "seen_on_street, income_situation, income_level, parent_coaching_attended, notes, case_effect, recorded_by, "
    "recorded_at, created_at FROM follow_up_visit ";

struct VisitRow {
  VisitRecord r;
  int street = 0, coaching = 0;
  void bind(soci::statement& st) {
    st.exchange(into(r.id));
    st.exchange(into(r.plan_id));
    st.exchange(into(r.case_id));
    st.exchange(into(r.person_id));
    st.exchange(into(r.organization_id));
    st.exchange(into(r.due_on));
    st.exchange(into(r.visited_on));
    st.exchange(into(r.place));
    st.exchange(into(r.met_with));
    st.exchange(into(r.child_in_school));
    st.exchange(into(street));
    st.exchange(into(r.income_situation));
    st.exchange(into(r.income_level));
    st.exchange(into(coaching));
    st.exchange(into(r.notes));
    st.exchange(into(r.case_effect));
    st.exchange(into(r.recorded_by));
    st.exchange(into(r.recorded_at));
    st.exchange(into(r.created_at));
  }
  VisitRecord take() const {
    VisitRecord out = r;
    out.seen_on_street = street != 0;
    out.parent_coaching_attended = coaching != 0;
    return out;
  }
};

// Runs `columns + where` with one bound key and collects every row.
template <class Row>
auto select_all(UnitOfWork& u, const char* columns, const char* where, const std::string& key) {
  std::vector<decltype(Row{}.take())> out;
  Row row;
  soci::statement st(u.sql());
  row.bind(st);
  std::string k = key;
  st.exchange(use(k, "k"));
  st.alloc();
  st.prepare(std::string(columns) + where);
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

}  // namespace

void insert_service(UnitOfWork& u, const ServiceRecord& s) {
  std::string status(to_string(s.status));
  u.sql() << "INSERT INTO case_service (id, case_id, person_id, provider_organization, service_type, status, starts_on, "
             "ends_on, outcome, details, created_by, created_at, updated_at) VALUES (:id, :c, :p, :o, :t, :s, :start, "
             ":end, :outcome, :details, :by, :created, :updated)",
      use(s.id), use(s.case_id), use(s.person_id), use(s.provider_organization), use(s.type), use(status),
      use(s.starts_on), use(s.ends_on), use(s.outcome), use(s.details), use(s.created_by), use(s.created_at),
      use(s.updated_at);
}

void update_service(UnitOfWork& u, const ServiceRecord& s) {
  std::string status(to_string(s.status));
  u.sql() << "UPDATE case_service SET status = :s, ends_on = :e, outcome = :o, details = :d, updated_at = :u "
             "WHERE id = :id",
      use(status), use(s.ends_on), use(s.outcome), use(s.details), use(s.updated_at), use(s.id);
}

std::optional<ServiceRecord> find_service(UnitOfWork& u, const std::string& id) {
  return select_one<ServiceRow>(u, kServiceColumns, "WHERE id = :k", id);
}

std::vector<ServiceRecord> list_services(UnitOfWork& u, const std::string& case_id) {
  return select_all<ServiceRow>(u, kServiceColumns, "WHERE case_id = :k ORDER BY id", case_id);
}

void insert_follow_up_plan(UnitOfWork& u, const FollowUpPlanRecord& p) {
  u.sql() << "INSERT INTO follow_up_plan (id, case_id, organization_id, starts_on, months, interval_months, created_by, "
             "created_at) VALUES (:id, :c, :o, :s, :m, :i, :by, :at)",
      use(p.id), use(p.case_id), use(p.organization_id), use(p.starts_on), use(p.months), use(p.interval_months),
      use(p.created_by), use(p.created_at);
}

void insert_visit(UnitOfWork& u, const VisitRecord& v) {
  u.sql() << "INSERT INTO follow_up_visit (id, plan_id, case_id, person_id, organization_id, due_on, created_at) "
             "VALUES (:id, :plan, :c, :p, :o, :due, :at)",
      use(v.id), use(v.plan_id), use(v.case_id), use(v.person_id), use(v.organization_id), use(v.due_on),
      use(v.created_at);
}

bool record_visit(UnitOfWork& u, const VisitRecord& v) {
  int street = v.seen_on_street ? 1 : 0, coaching = v.parent_coaching_attended ? 1 : 0;
  soci::statement st =
      (u.sql().prepare << "UPDATE follow_up_visit SET visited_on = :v, place = :place, met_with = :met, "
                          "child_in_school = :school, seen_on_street = :street, income_situation = :income, "
                          "income_level = :level, parent_coaching_attended = :coaching, notes = :notes, "
                          "case_effect = :effect, recorded_by = :by, recorded_at = :at WHERE id = :id AND visited_on = ''",
       use(v.visited_on), use(v.place), use(v.met_with), use(v.child_in_school), use(street), use(v.income_situation),
       use(v.income_level), use(coaching), use(v.notes), use(v.case_effect), use(v.recorded_by), use(v.recorded_at),
       use(v.id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void set_visit_effect(UnitOfWork& u, const std::string& id, const std::string& case_effect) {
  u.sql() << "UPDATE follow_up_visit SET case_effect = :e WHERE id = :id", use(case_effect), use(id);
}

std::optional<VisitRecord> find_visit(UnitOfWork& u, const std::string& id) {
  return select_one<VisitRow>(u, kVisitColumns, "WHERE id = :k", id);
}

std::vector<VisitRecord> list_case_visits(UnitOfWork& u, const std::string& case_id) {
  return select_all<VisitRow>(u, kVisitColumns, "WHERE case_id = :k ORDER BY due_on, id", case_id);
}

std::vector<VisitRecord> list_due_visits(UnitOfWork& u, const DueFilter& f) {
  std::vector<VisitRecord> out;
  VisitRow row;
  soci::statement st(u.sql());
  row.bind(st);
  DueFilter v = f;
  std::string cursor_due, cursor_id;
  if (const auto bar = f.cursor.find('|'); bar != std::string::npos) {
    cursor_due = f.cursor.substr(0, bar);
    cursor_id = f.cursor.substr(bar + 1);
  }
  int limit = f.limit + 1;
  st.exchange(use(v.organization_id, "org"));
  st.exchange(use(v.due_before, "before"));
  st.exchange(use(cursor_due, "cd1"));
  st.exchange(use(cursor_due, "cd2"));
  st.exchange(use(cursor_due, "cd3"));
  st.exchange(use(cursor_id, "ci"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kVisitColumns) +
             "WHERE organization_id = :org AND visited_on = '' AND due_on < :before AND (:cd1 = '' OR due_on > :cd2 "
             "OR (due_on = :cd3 AND id > :ci)) ORDER BY due_on, id LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

}  // namespace mitra::store
