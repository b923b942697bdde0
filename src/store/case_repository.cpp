#include "store/case_repository.hpp"

#include <soci/soci.h>

#include <stdexcept>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kColumns =
    "SELECT c.id, c.person_id, c.organization_id, c.region_code, c.stage, c.risk_level, c.opened_at, c.closed_at, "
    "c.opened_by, c.updated_at FROM client_case c ";

struct CaseRow {
  CaseRecord r;
  std::string stage;
  void bind(soci::statement& st) {
    st.exchange(into(r.id));
    st.exchange(into(r.person_id));
    st.exchange(into(r.organization_id));
    st.exchange(into(r.region_code));
    st.exchange(into(stage));
    st.exchange(into(r.risk_level));
    st.exchange(into(r.opened_at));
    st.exchange(into(r.closed_at));
    st.exchange(into(r.opened_by));
    st.exchange(into(r.updated_at));
  }
  CaseRecord take() const {
    CaseRecord out = r;
    out.stage = parse_stage(stage).value_or(Stage::first_contact);
    return out;
  }
};

}  // namespace

void insert_case(UnitOfWork& u, const CaseRecord& c) {
  std::string stage(to_string(c.stage));
  u.sql() << "INSERT INTO client_case (id, person_id, organization_id, region_code, stage, risk_level, opened_at, "
             "closed_at, opened_by, updated_at) VALUES (:id, :p, :o, :r, :s, :risk, :opened, '', :by, :upd)",
      use(c.id), use(c.person_id), use(c.organization_id), use(c.region_code), use(stage), use(c.risk_level),
      use(c.opened_at), use(c.opened_by), use(c.updated_at);
  for (const auto& w : c.workers)
    u.sql() << "INSERT INTO case_worker (case_id, user_id) VALUES (:c, :u)", use(c.id), use(w);
}

void update_case_stage(UnitOfWork& u, const std::string& id, Stage stage, const std::string& closed_at,
                       const std::string& now) {
  std::string s(to_string(stage));
  u.sql() << "UPDATE client_case SET stage = :s, closed_at = :closed, updated_at = :now WHERE id = :id", use(s),
      use(closed_at), use(now), use(id);
}

void insert_transition(UnitOfWork& u, const std::string& id, const std::string& case_id, const TransitionRecord& t) {
  // The organisation holding the case now stays with the stage change (migration 0026).
  soci::statement st = (u.sql().prepare << "INSERT INTO case_transition (id, case_id, organization_id, from_stage, "
                                           "to_stage, reason, by_user, at) SELECT :id, c.id, c.organization_id, :f, "
                                           ":t, :r, :b, :at FROM client_case c WHERE c.id = :c",
                        use(id, "id"), use(case_id, "c"), use(t.from, "f"), use(t.to, "t"), use(t.reason, "r"),
                        use(t.by_user, "b"), use(t.at, "at"));
  st.execute(true);
  // Never a stage change silently lost: the callers hold the case in this unit of work.
  if (st.get_affected_rows() != 1) throw std::logic_error("insert_transition: no case " + case_id);
}

void transfer_case(UnitOfWork& u, const std::string& id, const std::string& organization_id, const std::string& now) {
  u.sql() << "UPDATE client_case SET organization_id = :o, updated_at = :now WHERE id = :id", use(organization_id),
      use(now), use(id);
  u.sql() << "DELETE FROM case_worker WHERE case_id = :id", use(id);
}

std::optional<CaseRecord> find_case(UnitOfWork& u, const std::string& id) {
  auto out = select_one<CaseRow>(u, kColumns, "WHERE c.id = :k", id);
  if (!out) return std::nullopt;
  out->workers = select_strings(u, "SELECT user_id FROM case_worker WHERE case_id = :c ORDER BY user_id", id);
  return out;
}

std::vector<TransitionRecord> list_transitions(UnitOfWork& u, const std::string& case_id) {
  std::vector<TransitionRecord> out;
  TransitionRecord t;
  soci::statement st =
      (u.sql().prepare << "SELECT t.from_stage, t.to_stage, t.reason, t.by_user, COALESCE(a.display_name, ''), t.at "
                          "FROM case_transition t LEFT JOIN app_user a ON a.id = t.by_user WHERE t.case_id = :c "
                          "ORDER BY t.at, t.id",
       into(t.from), into(t.to), into(t.reason), into(t.by_user), into(t.by_name), into(t.at), use(case_id));
  st.execute();
  while (st.fetch()) out.push_back(t);
  return out;
}

std::vector<CaseRecord> list_cases(UnitOfWork& u, const PersonScope& scope, const CaseFilter& f) {
  std::vector<CaseRecord> out;
  CaseRow row;
  soci::statement st(u.sql());
  row.bind(st);
  PersonScope s = scope;
  CaseFilter v = f;
  std::string sup_like = scope.supervisor_region + "%";
  int limit = f.limit + 1;
  st.exchange(use(s.organization_id, "org"));
  st.exchange(use(s.organization_id, "org2"));
  st.exchange(use(s.supervisor_region, "sup1"));
  st.exchange(use(sup_like, "sup2"));
  st.exchange(use(s.supervisor_region, "sup3"));
  st.exchange(use(s.user_id, "user"));
  st.exchange(use(v.person_id, "p1"));
  st.exchange(use(v.person_id, "p2"));
  st.exchange(use(v.stage, "s1"));
  st.exchange(use(v.stage, "s2"));
  st.exchange(use(v.cursor, "c1"));
  st.exchange(use(v.cursor, "c2"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kColumns) +
             "JOIN person p ON p.id = c.person_id "
             "WHERE (c.organization_id = :org OR (:sup1 <> '' AND c.region_code LIKE :sup2) OR EXISTS (SELECT 1 FROM "
             "referral r WHERE r.case_id = c.id AND r.to_organization = :org2 AND r.status IN ('pending', 'accepted'))) "
             "AND (p.sensitive = 0 OR :sup3 <> '' OR EXISTS (SELECT 1 FROM case_worker w WHERE w.case_id = c.id "
             "AND w.user_id = :user)) "
             "AND (:p1 = '' OR c.person_id = :p2) AND (:s1 = '' OR c.stage = :s2) AND (:c1 = '' OR c.id < :c2) "
             "ORDER BY c.id DESC LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  for (auto& c : out)
    c.workers = select_strings(u, "SELECT user_id FROM case_worker WHERE case_id = :c ORDER BY user_id", c.id);
  return out;
}

std::vector<std::string> case_organizations(UnitOfWork& u, const std::string& person_id) {
  return select_strings(u, "SELECT DISTINCT organization_id FROM client_case WHERE person_id = :p", person_id);
}

std::vector<std::string> person_workers(UnitOfWork& u, const std::string& person_id) {
  return select_strings(u,
                    "SELECT DISTINCT w.user_id FROM case_worker w JOIN client_case c ON c.id = w.case_id "
                    "WHERE c.person_id = :p",
                    person_id);
}

}  // namespace mitra::store
