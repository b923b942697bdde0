#include "store/case_records_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kGoalColumns =
    "SELECT g.id, g.case_id, g.domain, g.description, g.target_date, g.status, g.responsible_user, "
    "COALESCE(a.display_name, ''), g.responsible_organization, COALESCE(o.name, ''), g.created_by, g.created_at, "
    "g.updated_at FROM plan_goal g LEFT JOIN app_user a ON a.id = g.responsible_user "
    "LEFT JOIN organization o ON o.id = g.responsible_organization ";

struct GoalRow {
  GoalRecord g;
  void bind(soci::statement& st) {
    st.exchange(into(g.id));
    st.exchange(into(g.case_id));
    st.exchange(into(g.domain));
    st.exchange(into(g.description));
    st.exchange(into(g.target_date));
    st.exchange(into(g.status));
    st.exchange(into(g.responsible_user));
    st.exchange(into(g.responsible_user_name));
    st.exchange(into(g.responsible_organization));
    st.exchange(into(g.responsible_organization_name));
    st.exchange(into(g.created_by));
    st.exchange(into(g.created_at));
    st.exchange(into(g.updated_at));
  }
  GoalRecord take() const { return g; }
};

constexpr const char* kNoteColumns =
    "SELECT n.id, n.case_id, n.body, n.sensitive, n.corrects, n.author, COALESCE(a.display_name, ''), n.created_at "
    "FROM case_note n LEFT JOIN app_user a ON a.id = n.author ";

struct NoteRow {
  NoteRecord n;
  int sensitive = 0;
  void bind(soci::statement& st) {
    st.exchange(into(n.id));
    st.exchange(into(n.case_id));
    st.exchange(into(n.body));
    st.exchange(into(sensitive));
    st.exchange(into(n.corrects));
    st.exchange(into(n.author));
    st.exchange(into(n.author_name));
    st.exchange(into(n.created_at));
  }
  NoteRecord take() const {
    NoteRecord out = n;
    out.sensitive = sensitive != 0;
    return out;
  }
};

constexpr const char* kHouseholdColumns =
    "SELECT id, region_code, address, kk_number, head_person, organization_id, created_by, created_at, updated_at "
    "FROM household ";

struct HouseholdRow {
  HouseholdRecord h;
  void bind(soci::statement& st) {
    st.exchange(into(h.id));
    st.exchange(into(h.region_code));
    st.exchange(into(h.address));
    st.exchange(into(h.kk_number));
    st.exchange(into(h.head_person));
    st.exchange(into(h.organization_id));
    st.exchange(into(h.created_by));
    st.exchange(into(h.created_at));
    st.exchange(into(h.updated_at));
  }
  HouseholdRecord take() const { return h; }
};

}  // namespace

void insert_assessment(UnitOfWork& u, const AssessmentRecord& a) {
  u.sql() << "INSERT INTO case_assessment (id, case_id, domain, version, finding, need_level, assessed_by, "
             "assessed_at) VALUES (:id, :c, :d, :v, :f, :n, :by, :at)",
      use(a.id), use(a.case_id), use(a.domain), use(a.version), use(a.finding), use(a.need_level), use(a.assessed_by),
      use(a.assessed_at);
}

int latest_assessment_version(UnitOfWork& u, const std::string& case_id, const std::string& domain) {
  int version = 0;
  soci::indicator ind = soci::i_ok;
  u.sql() << "SELECT MAX(version) FROM case_assessment WHERE case_id = :c AND domain = :d", into(version, ind),
      use(case_id), use(domain);
  return ind == soci::i_ok ? version : 0;
}

std::vector<AssessmentRecord> list_assessments(UnitOfWork& u, const std::string& case_id) {
  std::vector<AssessmentRecord> out;
  AssessmentRecord a;
  soci::statement st =
      (u.sql().prepare << "SELECT s.id, s.case_id, s.domain, s.version, s.finding, s.need_level, s.assessed_by, "
                          "COALESCE(a.display_name, ''), s.assessed_at FROM case_assessment s LEFT JOIN app_user a "
                          "ON a.id = s.assessed_by WHERE s.case_id = :c ORDER BY s.assessed_at DESC, s.id DESC",
       into(a.id), into(a.case_id), into(a.domain), into(a.version), into(a.finding), into(a.need_level),
       into(a.assessed_by), into(a.assessed_by_name), into(a.assessed_at), use(case_id));
  st.execute();
  while (st.fetch()) out.push_back(a);
  return out;
}

void insert_goal(UnitOfWork& u, const GoalRecord& g) {
  u.sql() << "INSERT INTO plan_goal (id, case_id, domain, description, target_date, status, responsible_user, "
             "responsible_organization, created_by, created_at, updated_at) VALUES (:id, :c, :d, :desc, :t, :s, :ru, "
             ":ro, :by, :created, :updated)",
      use(g.id), use(g.case_id), use(g.domain), use(g.description), use(g.target_date), use(g.status),
      use(g.responsible_user), use(g.responsible_organization), use(g.created_by), use(g.created_at),
      use(g.updated_at);
}

void update_goal(UnitOfWork& u, const GoalRecord& g) {
  u.sql() << "UPDATE plan_goal SET description = :desc, target_date = :t, status = :s, responsible_user = :ru, "
             "responsible_organization = :ro, updated_at = :u WHERE id = :id",
      use(g.description), use(g.target_date), use(g.status), use(g.responsible_user), use(g.responsible_organization),
      use(g.updated_at), use(g.id);
}

std::optional<GoalRecord> find_goal(UnitOfWork& u, const std::string& id) {
  return select_one<GoalRow>(u, kGoalColumns, "WHERE g.id = :k", id);
}

std::vector<GoalRecord> list_goals(UnitOfWork& u, const std::string& case_id) {
  std::vector<GoalRecord> out;
  GoalRow row;
  soci::statement st(u.sql());
  row.bind(st);
  std::string c = case_id;
  st.exchange(use(c, "c"));
  st.alloc();
  st.prepare(std::string(kGoalColumns) + "WHERE g.case_id = :c ORDER BY g.id");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

void insert_note(UnitOfWork& u, const NoteRecord& n) {
  int sensitive = n.sensitive ? 1 : 0;
  u.sql() << "INSERT INTO case_note (id, case_id, body, sensitive, corrects, author, created_at) VALUES (:id, :c, :b, "
             ":s, :corr, :a, :at)",
      use(n.id), use(n.case_id), use(n.body), use(sensitive), use(n.corrects), use(n.author), use(n.created_at);
}

std::optional<NoteRecord> find_note(UnitOfWork& u, const std::string& id) {
  return select_one<NoteRow>(u, kNoteColumns, "WHERE n.id = :k", id);
}

std::vector<NoteRecord> list_notes(UnitOfWork& u, const std::string& case_id, const std::string& cursor, int limit) {
  std::vector<NoteRecord> out;
  NoteRow row;
  soci::statement st(u.sql());
  row.bind(st);
  std::string c = case_id, cur = cursor;
  int lim = limit + 1;
  st.exchange(use(c, "c"));
  st.exchange(use(cur, "c1"));
  st.exchange(use(cur, "c2"));
  st.exchange(use(lim, "lim"));
  st.alloc();
  st.prepare(std::string(kNoteColumns) +
             "WHERE n.case_id = :c AND (:c1 = '' OR n.id < :c2) ORDER BY n.id DESC LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

void insert_family_link(UnitOfWork& u, const FamilyLink& l, const std::string& created_by, const std::string& at) {
  std::string relation(to_string(l.relation));
  u.sql() << "INSERT INTO family_link (id, from_person, to_person, relation, created_by, created_at) VALUES (:id, :f, "
             ":t, :r, :by, :at)",
      use(l.id), use(l.from), use(l.to), use(relation), use(created_by), use(at);
}

std::vector<FamilyLink> list_family_links(UnitOfWork& u, const std::string& person_id) {
  std::vector<FamilyLink> out;
  FamilyLink l;
  std::string relation;
  soci::statement st =
      (u.sql().prepare << "SELECT id, from_person, to_person, relation FROM family_link WHERE from_person = :p1 OR "
                          "to_person = :p2 ORDER BY id",
       into(l.id), into(l.from), into(l.to), into(relation), use(person_id, "p1"), use(person_id, "p2"));
  st.execute();
  while (st.fetch()) {
    l.relation = parse_kinship(relation).value_or(Kinship::sibling);
    out.push_back(l);
  }
  return out;
}

void insert_household(UnitOfWork& u, const HouseholdRecord& h) {
  u.sql() << "INSERT INTO household (id, region_code, address, kk_number, head_person, organization_id, created_by, "
             "created_at, updated_at) VALUES (:id, :r, :a, :kk, :head, :o, :by, :created, :updated)",
      use(h.id), use(h.region_code), use(h.address), use(h.kk_number), use(h.head_person), use(h.organization_id),
      use(h.created_by), use(h.created_at), use(h.updated_at);
}

void insert_household_member(UnitOfWork& u, const std::string& household_id, const HouseholdMember& m,
                             const std::string& added_by) {
  u.sql() << "INSERT INTO household_member (household_id, person_id, relation, added_by, added_at) VALUES (:h, :p, :r, "
             ":by, :at)",
      use(household_id), use(m.person_id), use(m.relation), use(added_by), use(m.added_at);
  u.sql() << "UPDATE household SET updated_at = :at WHERE id = :h", use(m.added_at), use(household_id);
}

std::optional<HouseholdRecord> find_household(UnitOfWork& u, const std::string& id) {
  auto h = select_one<HouseholdRow>(u, kHouseholdColumns, "WHERE id = :k", id);
  if (!h) return std::nullopt;
  HouseholdMember m;
  soci::statement st =
      (u.sql().prepare << "SELECT person_id, relation, added_at FROM household_member WHERE household_id = :h ORDER BY "
                          "CASE WHEN relation = 'head' THEN 0 ELSE 1 END, added_at, person_id",
       into(m.person_id), into(m.relation), into(m.added_at), use(id));
  st.execute();
  while (st.fetch()) h->members.push_back(m);
  return h;
}

std::optional<std::string> household_of(UnitOfWork& u, const std::string& person_id) {
  auto ids = select_strings(u, "SELECT household_id FROM household_member WHERE person_id = :p", person_id);
  if (ids.empty()) return std::nullopt;
  return ids.front();
}

}  // namespace mitra::store
