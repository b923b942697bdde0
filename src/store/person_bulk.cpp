#include "store/person_bulk.hpp"

#include <soci/soci.h>

#include <set>

#include "domain/name_key.hpp"
#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::use;

std::string fold(const std::string& s) {
  std::string out = s;
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

void insert_persons_bulk(UnitOfWork& u, const std::vector<BulkPerson>& persons) {
  if (persons.empty()) return;
  // One vector per column: SOCI runs each statement once per row, prepared once.
  std::vector<std::string> id, region, name, folded, other, sex, birth, place, nik, dom, domaddr, edu, school, docs,
      org, by, created, updated;
  std::vector<soci::indicator> nik_ind;
  std::vector<int> est, sens;
  std::vector<std::string> key_person, key, spelling;
  std::vector<std::string> cat_person, cat, cat_on, cat_by;
  std::vector<std::string> case_id, case_person, case_org, case_region, stage, risk, opened, closed, opened_by,
      case_updated;
  std::vector<std::string> worker_case, worker_user;
  std::vector<std::string> tr_id, tr_case, tr_org, tr_from, tr_to, tr_reason, tr_by, tr_at;
  std::vector<std::string> co_id, co_person, co_by, co_rel, co_purpose, co_on, co_withdrawn, co_rec, co_at;
  for (const auto& b : persons) {
    const auto& p = b.record.person;
    id.push_back(p.id);
    region.push_back(p.region_code);
    name.push_back(p.full_name);
    folded.push_back(fold(p.full_name));
    other.push_back(p.other_names);
    sex.emplace_back(to_string(p.sex));
    birth.push_back(p.birth_date);
    est.push_back(p.birth_date_estimated ? 1 : 0);
    place.push_back(p.birth_place);
    nik.push_back(p.nik);
    nik_ind.push_back(p.nik.empty() ? soci::i_null : soci::i_ok);
    dom.push_back(p.domicile_region);
    domaddr.push_back(p.domicile_address);
    edu.push_back(p.education_level);
    school.push_back(p.school_status);
    docs.push_back(join_list(p.documents));
    sens.push_back(b.record.sensitive ? 1 : 0);
    org.push_back(p.registered_by);
    by.push_back(b.record.created_by);
    created.push_back(p.created_at);
    updated.push_back(p.updated_at);
    std::set<std::string> seen;
    for (const auto& word : fold_name_tokens(p.full_name + " " + p.other_names)) {
      auto s = spelling_form(word);
      if (!seen.insert(s).second) continue;
      key_person.push_back(p.id);
      key.push_back(name_key(s));
      spelling.push_back(std::move(s));
    }
    for (const auto& c : b.categories) {
      cat_person.push_back(c.person_id);
      cat.push_back(c.category);
      cat_on.push_back(c.assessed_on);
      cat_by.push_back(c.assessed_by);
    }
    const auto& c = b.case_record;
    case_id.push_back(c.id);
    case_person.push_back(c.person_id);
    case_org.push_back(c.organization_id);
    case_region.push_back(c.region_code);
    stage.emplace_back(to_string(c.stage));
    risk.push_back(c.risk_level);
    opened.push_back(c.opened_at);
    closed.push_back(c.closed_at);
    opened_by.push_back(c.opened_by);
    case_updated.push_back(c.updated_at);
    for (const auto& w : c.workers) {
      worker_case.push_back(c.id);
      worker_user.push_back(w);
    }
    for (const auto& t : b.transitions) {
      tr_id.push_back(t.id);
      tr_case.push_back(c.id);
      tr_org.push_back(c.organization_id);
      tr_from.push_back(t.transition.from);
      tr_to.push_back(t.transition.to);
      tr_reason.push_back(t.transition.reason);
      tr_by.push_back(t.transition.by_user);
      tr_at.push_back(t.transition.at);
    }
    const auto& k = b.consent;
    co_id.push_back(k.id);
    co_person.push_back(k.person_id);
    co_by.push_back(k.given_by);
    co_rel.push_back(k.relation);
    co_purpose.push_back(k.purpose);
    co_on.push_back(k.given_on);
    co_withdrawn.push_back(k.withdrawn_on);
    co_rec.push_back(k.recorded_by);
    co_at.push_back(b.consent_recorded_at);
  }
  auto& sql = u.sql();
  sql << "INSERT INTO person (id, region_code, full_name, name_folded, other_names, sex, birth_date, "
         "birth_date_estimated, birth_place, nik, domicile_region, domicile_address, education_level, school_status, "
         "documents, sensitive, registered_by, created_by, created_at, updated_at) VALUES (:id, :region, :name, "
         ":folded, :other, :sex, :birth, :est, :place, :nik, :dom, :domaddr, :edu, :school, :docs, :sens, :org, :by, "
         ":created, :updated)",
      use(id), use(region), use(name), use(folded), use(other), use(sex), use(birth), use(est), use(place),
      use(nik, nik_ind), use(dom), use(domaddr), use(edu), use(school), use(docs), use(sens), use(org), use(by),
      use(created), use(updated);
  sql << "INSERT INTO person_name_key (person_id, name_key, spelling) VALUES (:p, :k, :s)", use(key_person), use(key),
      use(spelling);
  if (!cat.empty())
    sql << "INSERT INTO person_category (person_id, category, assessed_on, assessed_by) VALUES (:p, :c, :on, :by)",
        use(cat_person), use(cat), use(cat_on), use(cat_by);
  sql << "INSERT INTO client_case (id, person_id, organization_id, region_code, stage, risk_level, opened_at, "
         "closed_at, opened_by, updated_at) VALUES (:id, :p, :o, :r, :s, :risk, :opened, :closed, :by, :updated)",
      use(case_id), use(case_person), use(case_org), use(case_region), use(stage), use(risk), use(opened), use(closed),
      use(opened_by), use(case_updated);
  if (!worker_case.empty())
    sql << "INSERT INTO case_worker (case_id, user_id) VALUES (:c, :u)", use(worker_case), use(worker_user);
  if (!tr_id.empty())
    sql << "INSERT INTO case_transition (id, case_id, organization_id, from_stage, to_stage, reason, by_user, at) "
           "VALUES (:id, :c, :o, :f, :t, :reason, :by, :at)",
        use(tr_id), use(tr_case), use(tr_org), use(tr_from), use(tr_to), use(tr_reason), use(tr_by), use(tr_at);
  sql << "INSERT INTO consent (id, person_id, given_by, relation, purpose, given_on, withdrawn_on, recorded_by, "
         "recorded_at) VALUES (:id, :p, :by, :rel, :purpose, :on, :w, :rec, :at)",
      use(co_id), use(co_person), use(co_by), use(co_rel), use(co_purpose), use(co_on), use(co_withdrawn),
      use(co_rec), use(co_at);
}

std::vector<std::string> registered_niks(UnitOfWork& u) {
  std::vector<std::string> out;
  std::string nik;
  soci::statement st = (u.sql().prepare << "SELECT nik FROM person WHERE nik IS NOT NULL", soci::into(nik));
  st.execute();
  while (st.fetch()) out.push_back(nik);
  return out;
}

std::vector<std::string> villages_within(UnitOfWork& u, const std::string& region_code, int limit) {
  std::vector<std::string> out;
  std::string code, from = region_code + ".", to = region_code + "/";  // '/' follows '.': a key range
  soci::statement st = (u.sql().prepare << "SELECT code FROM region WHERE code > :f AND code < :t AND level = "
                                           "'village' ORDER BY code LIMIT :n",
                        soci::into(code), use(from), use(to), use(limit));
  st.execute();
  while (st.fetch()) out.push_back(code);
  return out;
}

void prepare_bulk_session(UnitOfWork& u, long long cache_kib) {
  if (u.engine() != Engine::sqlite) return;
  u.sql() << "PRAGMA cache_size = -" + std::to_string(cache_kib);
}

}  // namespace mitra::store
