#include "store/duplicate_repository.hpp"

#include <soci/soci.h>

#include <cstdio>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kLinkageColumns =
    "SELECT id, full_name, sex, birth_date, birth_date_estimated, COALESCE(nik, ''), mother_name, region_code, "
    "domicile_region, domicile_address FROM person ";

struct LinkageRow {
  Person p;
  std::string sex;
  int estimated = 0;
  void bind(soci::statement& st) {
    st.exchange(into(p.id));
    st.exchange(into(p.full_name));
    st.exchange(into(sex));
    st.exchange(into(p.birth_date));
    st.exchange(into(estimated));
    st.exchange(into(p.nik));
    st.exchange(into(p.mother_name));
    st.exchange(into(p.region_code));
    st.exchange(into(p.domicile_region));
    st.exchange(into(p.domicile_address));
  }
  Person take() const {
    Person out = p;
    out.sex = parse_sex(sex).value_or(Sex::male);
    out.birth_date_estimated = estimated != 0;
    return out;
  }
};

constexpr const char* kPairColumns =
    "SELECT d.id, d.person_a, d.person_b, d.probability, d.weight, d.decision, d.evidence, d.status, d.region_code, "
    "d.found_at, d.updated_at, d.decided_by, d.decided_at, d.survivor_id, d.absorbed_id FROM duplicate_pair d ";

struct PairRow {
  DuplicatePairRecord r;
  void bind(soci::statement& st) {
    st.exchange(into(r.id));
    st.exchange(into(r.person_a));
    st.exchange(into(r.person_b));
    st.exchange(into(r.probability));
    st.exchange(into(r.weight));
    st.exchange(into(r.decision));
    st.exchange(into(r.evidence));
    st.exchange(into(r.status));
    st.exchange(into(r.region_code));
    st.exchange(into(r.found_at));
    st.exchange(into(r.updated_at));
    st.exchange(into(r.decided_by));
    st.exchange(into(r.decided_at));
    st.exchange(into(r.survivor_id));
    st.exchange(into(r.absorbed_id));
  }
  DuplicatePairRecord take() const { return r; }
};

// The tables whose rows belong to a person, and how a row is named: by its id, by the other
// column of its composite key, or the person's only row (`key` = the person column).
struct PersonTable {
  const char* table;
  const char* key;
  const char* column;
};
constexpr PersonTable kPersonTables[] = {
    {"client_case", "id", "person_id"},
    {"referral", "id", "person_id"},
    {"shelter_stay", "id", "person_id"},
    {"case_service", "id", "person_id"},
    {"follow_up_visit", "id", "person_id"},
    {"consent", "id", "person_id"},
    {"person_category_past", "id", "person_id"},
    {"emergency_access", "id", "person_id"},
    {"household", "id", "head_person"},
    {"family_link", "id", "from_person"},
    {"family_link", "id", "to_person"},
    {"person_category", "category", "person_id"},
    {"complaint_person", "complaint_id", "person_id"},
    {"household_member", "household_id", "person_id"},
    {"patrol_person", "patrol_id", "person_id"},
    {"activity_participant", "activity_id", "person_id"},
    {"activity_attendance", "session_id", "person_id"},
    {"person_photo", "person_id", "person_id"},
};

const PersonTable* person_table(const std::string& table, const std::string& column) {
  for (const auto& t : kPersonTables)
    if (table == t.table && column == t.column) return &t;
  return nullptr;
}

long long count_of(UnitOfWork& u, const std::string& sql, const std::string& a, const std::string& b) {
  long long n = 0;
  std::string x = a, y = b;
  u.sql() << sql, use(x, "a"), use(y, "b"), into(n);
  return n;
}

// Whether moving the row `key` of `t` from `from` to `to` would break a key or make a family
// link of the survivor with itself.
bool collides(UnitOfWork& u, const PersonTable& t, const std::string& key, const std::string& from,
              const std::string& to) {
  const std::string table = t.table, column = t.column;
  if (table == "family_link") {
    const std::string other = column == "from_person" ? "to_person" : "from_person";
    std::string other_person;
    std::string k = key;
    u.sql() << "SELECT " + other + " FROM family_link WHERE id = :k", use(k, "k"), into(other_person);
    if (other_person == to || other_person == from) return true;
    return count_of(u, "SELECT COUNT(*) FROM family_link WHERE " + column + " = :a AND " + other + " = :b", to,
                    other_person) > 0;
  }
  if (table == "household_member" || table == "person_photo") {  // one row per person
    long long n = 0;
    std::string x = to;
    u.sql() << "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :a", use(x, "a"), into(n);
    return n > 0;
  }
  if (std::string(t.key) != "id")
    return count_of(u, "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :a AND " + t.key + " = :b", to,
                    key) > 0;
  return false;
}

void move_row(UnitOfWork& u, const PersonTable& t, const std::string& key, const std::string& from,
              const std::string& to) {
  std::string k = key, f = from, n = to;
  if (std::string(t.key) == t.column)
    u.sql() << std::string("UPDATE ") + t.table + " SET " + t.column + " = :to WHERE " + t.column + " = :from",
        use(n, "to"), use(f, "from");
  else
    u.sql() << std::string("UPDATE ") + t.table + " SET " + t.column + " = :to WHERE " + t.column + " = :from AND " +
                   t.key + " = :k",
        use(n, "to"), use(f, "from"), use(k, "k");
}

}  // namespace

void for_each_linkage_person(UnitOfWork& u, const std::function<void(const Person&)>& each) {
  LinkageRow row;
  soci::statement st(u.sql());
  row.bind(st);
  st.alloc();
  st.prepare(std::string(kLinkageColumns) + "WHERE merged_into IS NULL ORDER BY id");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) each(row.take());
}

std::vector<Person> linkage_persons(UnitOfWork& u, const std::vector<std::string>& ids) {
  std::vector<Person> out;
  for (const auto& id : ids)
    if (auto p = select_one<LinkageRow>(u, kLinkageColumns, "WHERE id = :k AND merged_into IS NULL", id))
      out.push_back(std::move(*p));
  return out;
}

std::vector<DuplicatePairRecord> all_duplicate_pairs(UnitOfWork& u) {
  return select_all<PairRow>(u, kPairColumns, "ORDER BY d.id", [](soci::statement&) {});
}

std::optional<DuplicatePairRecord> find_duplicate_pair(UnitOfWork& u, const std::string& id) {
  return select_one<PairRow>(u, kPairColumns, "WHERE d.id = :k", id);
}

std::optional<DuplicatePairRecord> find_merge_of(UnitOfWork& u, const std::string& absorbed_id) {
  return select_one<PairRow>(u, kPairColumns, "WHERE d.absorbed_id = :k AND d.status = 'merged'", absorbed_id);
}

void insert_duplicate_pair(UnitOfWork& u, const DuplicatePairRecord& p) {
  u.sql() << "INSERT INTO duplicate_pair (id, person_a, person_b, probability, weight, decision, evidence, status, "
             "region_code, found_at, updated_at) VALUES (:id, :a, :b, :p, :w, :d, :e, :s, :r, :f, :u)",
      use(p.id), use(p.person_a), use(p.person_b), use(p.probability), use(p.weight), use(p.decision), use(p.evidence),
      use(p.status), use(p.region_code), use(p.found_at), use(p.updated_at);
}

void update_duplicate_score(UnitOfWork& u, const DuplicatePairRecord& p) {
  u.sql() << "UPDATE duplicate_pair SET probability = :p, weight = :w, decision = :d, evidence = :e, updated_at = :u "
             "WHERE id = :id",
      use(p.probability), use(p.weight), use(p.decision), use(p.evidence), use(p.updated_at), use(p.id);
}

void update_duplicate_status(UnitOfWork& u, const DuplicatePairRecord& p) {
  u.sql() << "UPDATE duplicate_pair SET status = :s, decided_by = :by, decided_at = :at, survivor_id = :sv, "
             "absorbed_id = :ab, updated_at = :u WHERE id = :id",
      use(p.status), use(p.decided_by), use(p.decided_at), use(p.survivor_id), use(p.absorbed_id), use(p.updated_at),
      use(p.id);
}

std::vector<DuplicatePairRecord> list_duplicate_pairs(UnitOfWork& u, const DuplicateFilter& f) {
  std::string status = f.status, status2 = f.status, region = f.region + "%", region2 = region;
  const auto bar = f.cursor.find('|');
  double after_p = 2.0;
  std::string after_id;
  if (bar != std::string::npos) {
    try {
      after_p = std::stod(f.cursor.substr(0, bar));
    } catch (...) {
      after_p = 2.0;
    }
    after_id = f.cursor.substr(bar + 1);
  }
  double after_p2 = after_p;
  int limit = f.limit + 1;
  std::string name = "%";
  for (char c : f.name) name += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c == ' ' ? '%' : c;
  name += "%";
  std::string name2 = name;
  return select_all<PairRow>(
      u, kPairColumns,
      "JOIN person pa ON pa.id = d.person_a JOIN person pb ON pb.id = d.person_b "
      "WHERE (:s1 = 'all' OR d.status = :s2) AND (d.status <> 'open' OR (pa.merged_into IS NULL AND pb.merged_into IS "
      "NULL)) AND (pa.region_code LIKE :r1 OR pb.region_code LIKE :r2) AND (pa.name_folded LIKE :q1 OR "
      "pb.name_folded LIKE :q2) "
      "AND (d.probability < :p1 OR (d.probability = :p2 AND d.id > :cur)) ORDER BY d.probability DESC, d.id LIMIT :lim",
      [&](soci::statement& st) {
        st.exchange(use(status, "s1"));
        st.exchange(use(status2, "s2"));
        st.exchange(use(region, "r1"));
        st.exchange(use(region2, "r2"));
        st.exchange(use(name, "q1"));
        st.exchange(use(name2, "q2"));
        st.exchange(use(after_p, "p1"));
        st.exchange(use(after_p2, "p2"));
        st.exchange(use(after_id, "cur"));
        st.exchange(use(limit, "lim"));
      });
}

std::vector<MergeMove> move_person_rows(UnitOfWork& u, const std::string& from, const std::string& to) {
  std::vector<MergeMove> moved;
  for (const auto& t : kPersonTables) {
    const auto keys = select_strings(
        u, (std::string("SELECT ") + t.key + " FROM " + t.table + " WHERE " + t.column + " = :k ORDER BY 1").c_str(),
        from);
    for (const auto& key : keys) {
      if (collides(u, t, key, from, to)) continue;
      move_row(u, t, key, from, to);
      moved.push_back({t.table, t.column, key});
    }
  }
  return moved;
}

void move_person_rows_back(UnitOfWork& u, const std::vector<MergeMove>& moves, const std::string& from,
                           const std::string& to) {
  for (const auto& m : moves) {
    const auto* t = person_table(m.table, m.column);
    if (!t) continue;
    // The key of a one-per-person row is the person: it names the absorbed one when moved.
    move_row(u, *t, std::string(t->key) == t->column ? to : m.key, to, from);
  }
}

void insert_merge_moves(UnitOfWork& u, const std::string& pair_id, const std::vector<MergeMove>& moves) {
  for (const auto& m : moves)
    u.sql() << "INSERT INTO person_merge_move (pair_id, table_name, column_name, row_key) VALUES (:p, :t, :c, :k)",
        use(pair_id), use(m.table), use(m.column), use(m.key);
}

std::vector<MergeMove> list_merge_moves(UnitOfWork& u, const std::string& pair_id) {
  struct MoveRow {
    MergeMove m;
    void bind(soci::statement& st) {
      st.exchange(into(m.table));
      st.exchange(into(m.column));
      st.exchange(into(m.key));
    }
    MergeMove take() const { return m; }
  };
  std::string id = pair_id;
  return select_rows<MoveRow>(u,
                              "SELECT table_name, column_name, row_key FROM person_merge_move WHERE pair_id = :p "
                              "ORDER BY table_name, column_name, row_key",
                              [&](soci::statement& st) { st.exchange(use(id, "p")); });
}

void delete_merge_moves(UnitOfWork& u, const std::string& pair_id) {
  u.sql() << "DELETE FROM person_merge_move WHERE pair_id = :p", use(pair_id);
}

bool both_in_shelter(UnitOfWork& u, const std::string& a, const std::string& b) {
  return count_of(u,
                  "SELECT COUNT(DISTINCT person_id) FROM shelter_stay WHERE status = 'open' AND person_id IN (:a, :b)",
                  a, b) == 2;
}

void set_merged_into(UnitOfWork& u, const std::string& person_id, const std::string& survivor_id,
                     const std::string& updated_at) {
  if (survivor_id.empty())
    u.sql() << "UPDATE person SET merged_into = NULL, updated_at = :u WHERE id = :id", use(updated_at), use(person_id);
  else
    u.sql() << "UPDATE person SET merged_into = :m, updated_at = :u WHERE id = :id", use(survivor_id),
        use(updated_at), use(person_id);
}

}  // namespace mitra::store
