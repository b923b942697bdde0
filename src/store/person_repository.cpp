#include "store/person_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

#include <sstream>

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kColumns =
    "SELECT id, region_code, full_name, other_names, sex, birth_date, birth_date_estimated, birth_place, "
    "COALESCE(nik, ''), kk_number, mother_name, father_name, phone, domicile_region, domicile_address, origin_region, "
    "origin_address, education_level, school_status, documents, sensitive, registered_by, created_by, created_at, "
    "updated_at FROM person p ";

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string item; std::getline(ss, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

std::string fold(const std::string& s) {
  std::string out = s;
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

struct PersonRow {
  PersonRecord r;
  std::string sex, documents;
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
    st.exchange(into(sensitive));
    st.exchange(into(p.registered_by));
    st.exchange(into(r.created_by));
    st.exchange(into(p.created_at));
    st.exchange(into(p.updated_at));
  }
  PersonRecord take() const {
    PersonRecord out = r;
    out.person.sex = parse_sex(sex).value_or(Sex::male);
    out.person.birth_date_estimated = estimated != 0;
    out.person.documents = split(documents);
    out.sensitive = sensitive != 0;
    return out;
  }
};

std::optional<PersonRecord> find_where(UnitOfWork& u, const char* where, const std::string& key) {
  return select_one<PersonRow>(u, kColumns, where, key);
}

}  // namespace

void insert_person(UnitOfWork& u, const Person& p, const std::string& created_by, bool sensitive) {
  std::string sex(to_string(p.sex)), documents = join(p.documents), folded = fold(p.full_name);
  std::string nik = p.nik;
  soci::indicator nik_ind = p.nik.empty() ? soci::i_null : soci::i_ok;
  int estimated = p.birth_date_estimated ? 1 : 0, sens = sensitive ? 1 : 0;
  u.sql() << "INSERT INTO person (id, region_code, full_name, name_folded, other_names, sex, birth_date, "
             "birth_date_estimated, birth_place, nik, kk_number, mother_name, father_name, phone, domicile_region, "
             "domicile_address, origin_region, origin_address, education_level, school_status, documents, sensitive, "
             "registered_by, created_by, created_at, updated_at) VALUES (:id, :region, :name, :folded, :other, :sex, "
             ":birth, :est, :place, :nik, :kk, :mother, :father, :phone, :dom, :domaddr, :orig, :origaddr, :edu, "
             ":school, :docs, :sens, :org, :by, :created, :updated)",
      use(p.id), use(p.region_code), use(p.full_name), use(folded), use(p.other_names), use(sex), use(p.birth_date),
      use(estimated), use(p.birth_place), use(nik, nik_ind), use(p.kk_number), use(p.mother_name), use(p.father_name),
      use(p.phone), use(p.domicile_region), use(p.domicile_address), use(p.origin_region), use(p.origin_address),
      use(p.education_level), use(p.school_status), use(documents), use(sens), use(p.registered_by), use(created_by),
      use(p.created_at), use(p.updated_at);
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
  for (std::string t; ss >> t && tokens.size() < 3;) tokens.push_back("%" + t + "%");
  while (tokens.size() < 3) tokens.push_back("%");
  PersonScope s = scope;
  PersonFilter v = f;
  std::string region_like = f.region + "%", sup_like = scope.supervisor_region + "%";
  int limit = f.limit + 1;
  st.exchange(use(s.organization_id, "org"));
  st.exchange(use(s.supervisor_region, "sup1"));
  st.exchange(use(sup_like, "sup2"));
  st.exchange(use(s.user_id, "user"));
  st.exchange(use(s.supervisor_region, "sup3"));
  st.exchange(use(s.organization_id, "org2"));
  st.exchange(use(s.organization_id, "org3"));
  st.exchange(use(s.user_id, "user2"));
  st.exchange(use(tokens[0], "t0"));
  st.exchange(use(tokens[1], "t1"));
  st.exchange(use(tokens[2], "t2"));
  st.exchange(use(v.nik, "n1"));
  st.exchange(use(v.nik, "n2"));
  st.exchange(use(v.region, "r1"));
  st.exchange(use(region_like, "r2"));
  st.exchange(use(v.category, "c1"));
  st.exchange(use(v.category, "c2"));
  st.exchange(use(v.cursor, "cur"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kColumns) +
             "WHERE (p.registered_by = :org OR (:sup1 <> '' AND p.region_code LIKE :sup2) OR EXISTS (SELECT 1 FROM "
             "client_case c WHERE c.person_id = p.id AND c.organization_id = :org2) OR EXISTS (SELECT 1 FROM referral r "
             "WHERE r.person_id = p.id AND r.to_organization = :org3 AND r.status IN ('pending', 'accepted'))) "
             "AND (p.sensitive = 0 OR p.created_by = :user OR :sup3 <> '' OR EXISTS (SELECT 1 FROM client_case c "
             "JOIN case_worker w ON w.case_id = c.id WHERE c.person_id = p.id AND w.user_id = :user2)) "
             "AND p.name_folded LIKE :t0 AND p.name_folded LIKE :t1 AND p.name_folded LIKE :t2 "
             "AND (:n1 = '' OR p.nik = :n2) AND (:r1 = '' OR p.region_code LIKE :r2) "
             "AND (:c1 = '' OR EXISTS (SELECT 1 FROM person_category c WHERE c.person_id = p.id AND c.category = :c2)) "
             "AND (p.name_folded || '|' || p.id) > :cur ORDER BY p.name_folded, p.id LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

std::vector<PersonRecord> find_candidates(UnitOfWork& u, const std::string& nik, const std::vector<std::string>& tokens,
                                          int limit) {
  std::vector<PersonRecord> out;
  PersonRow row;
  soci::statement st(u.sql());
  row.bind(st);
  std::vector<std::string> t;
  for (const auto& token : tokens) {
    if (t.size() == 3) break;
    t.push_back("%" + token + "%");
  }
  const bool by_name = !t.empty();
  while (t.size() < 3) t.push_back("%");
  std::string n = nik;
  int name_flag = by_name ? 1 : 0;
  st.exchange(use(n, "n1"));
  st.exchange(use(n, "n2"));
  st.exchange(use(name_flag, "byname"));
  st.exchange(use(t[0], "t0"));
  st.exchange(use(t[1], "t1"));
  st.exchange(use(t[2], "t2"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kColumns) +
             "WHERE (:n1 <> '' AND p.nik = :n2) OR (:byname = 1 AND (p.name_folded || ' ' || LOWER(p.other_names)) "
             "LIKE :t0 AND (p.name_folded || ' ' || LOWER(p.other_names)) LIKE :t1 AND "
             "(p.name_folded || ' ' || LOWER(p.other_names)) LIKE :t2) ORDER BY p.created_at LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

void insert_category(UnitOfWork& u, const PersonCategory& c) {
  u.sql() << "INSERT INTO person_category (person_id, category, assessed_on, assessed_by) VALUES (:p, :c, :on, :by)",
      use(c.person_id), use(c.category), use(c.assessed_on), use(c.assessed_by);
}

std::vector<PersonCategory> list_categories(UnitOfWork& u, const std::string& person_id) {
  std::vector<PersonCategory> out;
  PersonCategory c;
  soci::statement st = (u.sql().prepare << "SELECT person_id, category, assessed_on, assessed_by FROM person_category "
                                           "WHERE person_id = :p ORDER BY category",
                        into(c.person_id), into(c.category), into(c.assessed_on), into(c.assessed_by), use(person_id));
  st.execute();
  while (st.fetch()) out.push_back(c);
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
