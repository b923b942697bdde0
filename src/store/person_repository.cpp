#include "store/person_repository.hpp"

#include <soci/soci.h>

#include "domain/name_key.hpp"
#include "store/query.hpp"

#include <set>
#include <sstream>

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kColumns =
    "SELECT id, region_code, full_name, other_names, sex, birth_date, birth_date_estimated, birth_place, "
    "COALESCE(nik, ''), kk_number, mother_name, father_name, phone, domicile_region, domicile_address, origin_region, "
    "origin_address, education_level, school_status, documents, religion, disabilities, sensitive, registered_by, "
    "created_by, created_at, updated_at, COALESCE(merged_into, '') FROM person p ";

std::string fold(const std::string& s) {
  std::string out = s;
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

struct PersonRow {
  PersonRecord r;
  std::string sex, documents, disabilities;
  int estimated = 0, sensitive = 0;
  void bind(soci::statement& st) {
    auto& p = r.person;
    st.exchange(into(p.id));
    st.exchange(into(p.region_code));
    st.exchange(into(p.full_name));
    st.exchange(into(p.other_names));
    st.exchange(into(sex));
    st.exchange(into(p.birth_date));
    st.exchange(into(estimated));
    st.exchange(into(p.birth_place));
    st.exchange(into(p.nik));
    st.exchange(into(p.kk_number));
    st.exchange(into(p.mother_name));
    st.exchange(into(p.father_name));
    st.exchange(into(p.phone));
    st.exchange(into(p.domicile_region));
    st.exchange(into(p.domicile_address));
    st.exchange(into(p.origin_region));
    st.exchange(into(p.origin_address));
    st.exchange(into(p.education_level));
    st.exchange(into(p.school_status));
    st.exchange(into(documents));
    st.exchange(into(p.religion));
    st.exchange(into(disabilities));
    st.exchange(into(sensitive));
    st.exchange(into(p.registered_by));
    st.exchange(into(r.created_by));
    st.exchange(into(p.created_at));
    st.exchange(into(p.updated_at));
    st.exchange(into(r.merged_into));
  }
  PersonRecord take() const {
    PersonRecord out = r;
    out.person.sex = parse_sex(sex).value_or(Sex::male);
    out.person.birth_date_estimated = estimated != 0;
    out.person.documents = split_list(documents);
    out.person.disabilities = split_list(disabilities);
    out.sensitive = sensitive != 0;
    return out;
  }
};

// Who may see a person, as SQL: the rule of PersonScope (see list_persons' callers).
constexpr const char* kVisible =
    "(p.registered_by = :org OR (:sup1 <> '' AND p.region_code LIKE :sup2) OR EXISTS (SELECT 1 FROM "
    "client_case c WHERE c.person_id = p.id AND c.organization_id = :org2) OR EXISTS (SELECT 1 FROM referral r "
    "WHERE r.person_id = p.id AND r.to_organization = :org3 AND r.status IN ('pending', 'accepted'))) "
    "AND (p.sensitive = 0 OR p.created_by = :user OR :sup3 <> '' OR EXISTS (SELECT 1 FROM client_case c "
    "JOIN case_worker w ON w.case_id = c.id WHERE c.person_id = p.id AND w.user_id = :user2))";

constexpr const char* kFilters =
    "p.merged_into IS NULL AND (:n1 = '' OR p.nik = :n2) AND (:r1 = '' OR p.region_code LIKE :r2) "
    "AND (:c1 = '' OR EXISTS (SELECT 1 FROM person_category c WHERE c.person_id = p.id AND c.category = :c2 "
    "AND c.ended_on = '')) AND (:of1 = '' OR p.registered_by = :of2 OR EXISTS (SELECT 1 FROM client_case oc "
    "WHERE oc.person_id = p.id AND oc.organization_id = :of3))";

// The first a-z word after every word starting with `prefix` ("abz" -> "ac"); "" when none
// ("zz"). Ranges of plain lowercase letters sort the same in every collation.
std::string successor(std::string prefix) {
  while (!prefix.empty() && prefix.back() == 'z') prefix.pop_back();
  if (!prefix.empty()) ++prefix.back();
  return prefix;
}

// The values kVisible binds, kept alive as long as the statement.
struct ScopeBinds {
  PersonScope s;
  std::string sup_like;
  explicit ScopeBinds(const PersonScope& scope) : s(scope), sup_like(scope.supervisor_region + "%") {}
  void bind(soci::statement& st) {
    st.exchange(use(s.organization_id, "org"));
    st.exchange(use(s.supervisor_region, "sup1"));
    st.exchange(use(sup_like, "sup2"));
    st.exchange(use(s.user_id, "user"));
    st.exchange(use(s.supervisor_region, "sup3"));
    st.exchange(use(s.organization_id, "org2"));
    st.exchange(use(s.organization_id, "org3"));
    st.exchange(use(s.user_id, "user2"));
  }
};

// The values kFilters binds.
struct FilterBinds {
  std::string nik, region, region_like, category, organization;
  explicit FilterBinds(const PersonFilter& f)
      : nik(f.nik), region(f.region), region_like(f.region + "%"), category(f.category), organization(f.organization_id) {}
  void bind(soci::statement& st) {
    st.exchange(use(nik, "n1"));
    st.exchange(use(nik, "n2"));
    st.exchange(use(region, "r1"));
    st.exchange(use(region_like, "r2"));
    st.exchange(use(category, "c1"));
    st.exchange(use(category, "c2"));
    st.exchange(use(organization, "of1"));
    st.exchange(use(organization, "of2"));
    st.exchange(use(organization, "of3"));
  }
};

std::optional<PersonRecord> find_where(UnitOfWork& u, const char* where, const std::string& key) {
  return select_one<PersonRow>(u, kColumns, where, key);
}

}  // namespace

void insert_person(UnitOfWork& u, const Person& p, const std::string& created_by, bool sensitive) {
  std::string sex(to_string(p.sex)), documents = join_list(p.documents), disabilities = join_list(p.disabilities),
      folded = fold(p.full_name);
  std::string nik = p.nik;
  soci::indicator nik_ind = p.nik.empty() ? soci::i_null : soci::i_ok;
  int estimated = p.birth_date_estimated ? 1 : 0, sens = sensitive ? 1 : 0;
  u.sql() << "INSERT INTO person (id, region_code, full_name, name_folded, other_names, sex, birth_date, "
             "birth_date_estimated, birth_place, nik, kk_number, mother_name, father_name, phone, domicile_region, "
             "domicile_address, origin_region, origin_address, education_level, school_status, documents, religion, "
             "disabilities, sensitive, registered_by, created_by, created_at, updated_at) VALUES (:id, :region, :name, "
             ":folded, :other, :sex, :birth, :est, :place, :nik, :kk, :mother, :father, :phone, :dom, :domaddr, :orig, "
             ":origaddr, :edu, :school, :docs, :religion, :disabilities, :sens, :org, :by, :created, :updated)",
      use(p.id), use(p.region_code), use(p.full_name), use(folded), use(p.other_names), use(sex), use(p.birth_date),
      use(estimated), use(p.birth_place), use(nik, nik_ind), use(p.kk_number), use(p.mother_name), use(p.father_name),
      use(p.phone), use(p.domicile_region), use(p.domicile_address), use(p.origin_region), use(p.origin_address),
      use(p.education_level), use(p.school_status), use(documents), use(p.religion), use(disabilities), use(sens), use(p.registered_by), use(created_by),
      use(p.created_at), use(p.updated_at);
  index_person_names(u, p.id, p.full_name, p.other_names);
}

void update_person(UnitOfWork& u, const Person& p, bool names_changed) {
  std::string sex(to_string(p.sex)), documents = join_list(p.documents), disabilities = join_list(p.disabilities),
      folded = fold(p.full_name);
  std::string nik = p.nik;
  soci::indicator nik_ind = p.nik.empty() ? soci::i_null : soci::i_ok;
  int estimated = p.birth_date_estimated ? 1 : 0;
  u.sql() << "UPDATE person SET full_name = :name, name_folded = :folded, other_names = :other, sex = :sex, "
             "birth_date = :birth, birth_date_estimated = :est, birth_place = :place, nik = :nik, kk_number = :kk, "
             "mother_name = :mother, father_name = :father, phone = :phone, domicile_region = :dom, "
             "domicile_address = :domaddr, origin_region = :orig, origin_address = :origaddr, education_level = :edu, "
             "school_status = :school, documents = :docs, religion = :religion, disabilities = :disabilities, "
             "updated_at = :updated WHERE id = :id",
      use(p.full_name, "name"), use(folded, "folded"), use(p.other_names, "other"), use(sex, "sex"),
      use(p.birth_date, "birth"), use(estimated, "est"), use(p.birth_place, "place"), use(nik, nik_ind, "nik"),
      use(p.kk_number, "kk"), use(p.mother_name, "mother"), use(p.father_name, "father"), use(p.phone, "phone"),
      use(p.domicile_region, "dom"), use(p.domicile_address, "domaddr"), use(p.origin_region, "orig"),
      use(p.origin_address, "origaddr"), use(p.education_level, "edu"), use(p.school_status, "school"),
      use(documents, "docs"), use(p.religion, "religion"), use(disabilities, "disabilities"),
      use(p.updated_at, "updated"), use(p.id, "id");
  if (names_changed) {
    u.sql() << "DELETE FROM person_name_key WHERE person_id = :p", use(p.id, "p");
    index_person_names(u, p.id, p.full_name, p.other_names);
  }
}

std::optional<PersonRecord> find_person(UnitOfWork& u, const std::string& id) {
  return find_where(u, "WHERE id = :k", id);
}

std::optional<PersonRecord> find_person_by_nik(UnitOfWork& u, const std::string& nik) {
  return find_where(u, "WHERE nik = :k", nik);
}

std::vector<PersonRecord> list_persons(UnitOfWork& u, const PersonScope& scope, const PersonFilter& f) {
  std::vector<PersonRecord> out;
  PersonRow row;
  soci::statement st(u.sql());
  row.bind(st);
  // Up to three name tokens, each required (a simple stand-in until the linkage engine).
  std::vector<std::string> tokens;
  std::stringstream ss(f.name);
  for (std::string t; ss >> t && tokens.size() < 3;) tokens.push_back(like_containing(t));
  while (tokens.size() < 3) tokens.push_back("%");
  ScopeBinds visible(scope);
  FilterBinds filter(f);
  // The cursor "name_folded|id", split at its last '|' so that the index walks from it.
  const auto bar = f.cursor.rfind('|');
  std::string after_name = f.cursor.substr(0, bar), after_name2 = after_name,
              after_id = bar == std::string::npos ? "" : f.cursor.substr(bar + 1);
  int limit = f.limit + 1;
  visible.bind(st);
  filter.bind(st);
  st.exchange(use(tokens[0], "t0"));
  st.exchange(use(tokens[1], "t1"));
  st.exchange(use(tokens[2], "t2"));
  st.exchange(use(after_name, "cur1"));
  st.exchange(use(after_name2, "cur2"));
  st.exchange(use(after_id, "cur3"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kColumns) + "WHERE " + kVisible + " AND " + kFilters +
             " AND p.name_folded LIKE :t0 AND p.name_folded LIKE :t1 AND p.name_folded LIKE :t2 "
             "AND (p.name_folded > :cur1 OR (p.name_folded = :cur2 AND p.id > :cur3)) ORDER BY p.name_folded, p.id "
             "LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

void index_person_names(UnitOfWork& u, const std::string& person_id, const std::string& full_name,
                        const std::string& other_names) {
  std::set<std::string> seen;
  for (const auto& word : fold_name_tokens(full_name + " " + other_names)) {
    std::string spelling = spelling_form(word);
    if (!seen.insert(spelling).second) continue;
    std::string key = name_key(spelling);
    u.sql() << "INSERT INTO person_name_key (person_id, name_key, spelling) VALUES (:p, :k, :s)", use(person_id),
        use(key), use(spelling);
  }
}

long long index_unindexed_person_names(UnitOfWork& u) {
  struct Names {
    std::string id, full_name, other_names;
  };
  std::vector<Names> todo;
  Names n;
  soci::statement st = (u.sql().prepare << "SELECT id, full_name, other_names FROM person p WHERE NOT EXISTS "
                                           "(SELECT 1 FROM person_name_key k WHERE k.person_id = p.id)",
                        into(n.id), into(n.full_name), into(n.other_names));
  st.execute();
  while (st.fetch()) todo.push_back(n);
  for (const auto& t : todo) index_person_names(u, t.id, t.full_name, t.other_names);
  return static_cast<long long>(todo.size());
}

std::vector<PersonRecord> find_by_name_probes(UnitOfWork& u, const PersonScope* scope, const PersonFilter& f,
                                              const std::vector<NameProbe>& probes, int cap) {
  std::vector<PersonRecord> out;
  if (probes.empty()) return out;
  PersonRow row;
  soci::statement st(u.sql());
  row.bind(st);
  std::optional<ScopeBinds> visible;
  if (scope) {
    visible.emplace(*scope);
    visible->bind(st);
  }
  FilterBinds filter(f);
  filter.bind(st);
  // Bound values must outlive the statement and never move: reserve first.
  std::size_t count = 0;
  for (const auto& p : probes) count += p.keys.size() + 3;
  std::vector<std::string> values;
  values.reserve(count);
  auto bind = [&](const std::string& value, const std::string& name) {
    values.push_back(value);
    st.exchange(use(values.back(), name));
    return ":" + name;
  };
  // The persons having a name word for every probe, intersected within the index (covering
  // (name_key, person_id) and (spelling, person_id)) before any person row is read. Each probe
  // is two index ranges joined with UNION ALL rather than OR, so that both engines use them.
  std::string ids;
  std::string order = "ORDER BY ";
  for (std::size_t i = 0; i < probes.size(); ++i) {
    const auto& p = probes[i];
    const std::string n = std::to_string(i);
    std::string keys;
    for (std::size_t j = 0; j < p.keys.size(); ++j)
      keys += (j ? ", " : "") + bind(p.keys[j], "k" + n + "_" + std::to_string(j));
    std::string probe = "SELECT k.person_id FROM person_name_key k WHERE k.name_key IN (" + keys + ")";
    if (!p.prefix.empty()) {
      // A range, not LIKE: LIKE uses no index on PostgreSQL's default collation.
      probe += " UNION ALL SELECT k.person_id FROM person_name_key k WHERE k.spelling >= " + bind(p.prefix, "pa" + n);
      if (const auto next = successor(p.prefix); !next.empty()) probe += " AND k.spelling < " + bind(next, "pb" + n);
    }
    ids += (i ? " INTERSECT " : "") + std::string("SELECT person_id FROM (") + probe + ") w" + n;
    order += std::string(i ? " + " : "") + "(CASE WHEN p.name_folded LIKE " + bind(p.contains, "rough" + n) +
             " THEN 0 ELSE 1 END)";
  }
  // A single probe may list a person twice (two words near the same key): IN removes duplicates.
  const std::string where = "WHERE p.id IN (" + ids + ") AND " + (scope ? kVisible : std::string("1 = 1")) +
                            " AND " + kFilters;
  st.exchange(use(cap, "cap"));
  st.alloc();
  st.prepare(std::string(kColumns) + where + " " + order + ", p.name_folded, p.id LIMIT :cap");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

void insert_category(UnitOfWork& u, const PersonCategory& c) {
  u.sql() << "INSERT INTO person_category (person_id, category, assessed_on, assessed_by) VALUES (:p, :c, :on, :by)",
      use(c.person_id), use(c.category), use(c.assessed_on), use(c.assessed_by);
}

void archive_ended_category(UnitOfWork& u, const std::string& past_id, const std::string& person_id,
                            const std::string& category) {
  u.sql() << "INSERT INTO person_category_past (id, person_id, category, assessed_on, assessed_by, ended_on, ended_by) "
             "SELECT :id, person_id, category, assessed_on, assessed_by, ended_on, ended_by FROM person_category "
             "WHERE person_id = :p AND category = :c AND ended_on <> ''",
      use(past_id, "id"), use(person_id, "p"), use(category, "c");
  u.sql() << "DELETE FROM person_category WHERE person_id = :p AND category = :c AND ended_on <> ''",
      use(person_id, "p"), use(category, "c");
}

bool end_category(UnitOfWork& u, const std::string& person_id, const std::string& category, const std::string& ended_on,
                  const std::string& ended_by) {
  soci::statement st = (u.sql().prepare << "UPDATE person_category SET ended_on = :on, ended_by = :by WHERE person_id "
                                           "= :p AND category = :c AND ended_on = ''",
                        use(ended_on, "on"), use(ended_by, "by"), use(person_id, "p"), use(category, "c"));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

void mark_person_sensitive(UnitOfWork& u, const std::string& person_id, const std::string& updated_at) {
  u.sql() << "UPDATE person SET sensitive = 1, updated_at = :at WHERE id = :id", use(updated_at, "at"),
      use(person_id, "id");
}

void touch_person(UnitOfWork& u, const std::string& person_id, const std::string& updated_at) {
  u.sql() << "UPDATE person SET updated_at = :at WHERE id = :id", use(updated_at, "at"), use(person_id, "id");
}

std::vector<PersonCategory> list_categories(UnitOfWork& u, const std::string& person_id) {
  std::vector<PersonCategory> out;
  PersonCategory c;
  soci::indicator name_ind = soci::i_ok;
  std::string p2 = person_id;
  soci::statement st =
      (u.sql().prepare << "SELECT x.person_id, x.category, x.assessed_on, x.assessed_by, a.display_name, x.ended_on "
                          "FROM (SELECT person_id, category, assessed_on, assessed_by, ended_on FROM person_category "
                          "WHERE person_id = :p UNION ALL SELECT person_id, category, assessed_on, assessed_by, ended_on "
                          "FROM person_category_past WHERE person_id = :p2) x LEFT JOIN app_user a ON a.id = "
                          "x.assessed_by ORDER BY x.category, x.assessed_on, CASE WHEN x.ended_on = '' THEN 1 ELSE 0 "
                          "END, x.ended_on",
       into(c.person_id), into(c.category), into(c.assessed_on), into(c.assessed_by), into(c.assessed_by_name, name_ind),
       into(c.ended_on), use(person_id, "p"), use(p2, "p2"));
  st.execute();
  while (st.fetch()) {
    if (name_ind != soci::i_ok) c.assessed_by_name.clear();
    out.push_back(c);
  }
  return out;
}

void insert_consent(UnitOfWork& u, const Consent& c, const std::string& recorded_at) {
  u.sql() << "INSERT INTO consent (id, person_id, given_by, relation, purpose, given_on, withdrawn_on, recorded_by, "
             "recorded_at) VALUES (:id, :p, :by, :rel, :purpose, :on, :w, :rec, :at)",
      use(c.id), use(c.person_id), use(c.given_by), use(c.relation), use(c.purpose), use(c.given_on),
      use(c.withdrawn_on), use(c.recorded_by), use(recorded_at);
}

std::vector<Consent> list_consents(UnitOfWork& u, const std::string& person_id) {
  std::vector<Consent> out;
  Consent c;
  soci::statement st =
      (u.sql().prepare << "SELECT id, person_id, given_by, relation, purpose, given_on, withdrawn_on, recorded_by "
                          "FROM consent WHERE person_id = :p ORDER BY given_on",
       into(c.id), into(c.person_id), into(c.given_by), into(c.relation), into(c.purpose), into(c.given_on),
       into(c.withdrawn_on), into(c.recorded_by), use(person_id));
  st.execute();
  while (st.fetch()) out.push_back(c);
  return out;
}

}  // namespace mitra::store
