#include "store/emergency_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kColumns =
    "SELECT id, person_id, case_id, user_id, organization_id, region_code, reason, granted_at, expires_at, "
    "review_status, reviewed_by, reviewed_at, review_note FROM emergency_access ";

struct GrantRow {
  GrantRecord r;
  void bind(soci::statement& st) {
    for (auto* s : {&r.id, &r.person_id, &r.case_id, &r.user_id, &r.organization_id, &r.region_code, &r.reason,
                    &r.granted_at, &r.expires_at, &r.review_status, &r.reviewed_by, &r.reviewed_at, &r.review_note})
      st.exchange(into(*s));
  }
  GrantRecord take() const { return r; }
};

}  // namespace

void insert_grant(UnitOfWork& u, const GrantRecord& g) {
  u.sql() << "INSERT INTO emergency_access (id, person_id, case_id, user_id, organization_id, region_code, reason, "
             "granted_at, expires_at, review_status) VALUES (:id, :p, :c, :u, :o, :r, :reason, :g, :e, 'pending')",
      use(g.id), use(g.person_id), use(g.case_id), use(g.user_id), use(g.organization_id), use(g.region_code),
      use(g.reason), use(g.granted_at), use(g.expires_at);
}

void update_grant_review(UnitOfWork& u, const GrantRecord& g) {
  u.sql() << "UPDATE emergency_access SET review_status = :s, reviewed_by = :b, reviewed_at = :a, review_note = :n, "
             "expires_at = :e WHERE id = :id",
      use(g.review_status), use(g.reviewed_by), use(g.reviewed_at), use(g.review_note), use(g.expires_at), use(g.id);
}

std::vector<std::string> case_ids_of_person(UnitOfWork& u, const std::string& person_id) {
  return select_strings(u, "SELECT id FROM client_case WHERE person_id = :p ORDER BY id", person_id);
}

std::optional<GrantRecord> find_grant(UnitOfWork& u, const std::string& id) {
  return select_one<GrantRow>(u, kColumns, "WHERE id = :k", id);
}

bool has_active_grant(UnitOfWork& u, const std::string& user_id, const std::string& person_id, const std::string& now) {
  if (now.empty() || user_id.empty()) return false;
  long long n = 0;
  u.sql() << "SELECT COUNT(*) FROM emergency_access WHERE user_id = :u AND person_id = :p AND expires_at > :now",
      into(n), use(user_id), use(person_id), use(now);
  return n > 0;
}

std::vector<GrantRecord> list_grants(UnitOfWork& u, const GrantFilter& f) {
  std::vector<GrantRecord> out;
  GrantRow row;
  soci::statement st(u.sql());
  row.bind(st);
  GrantFilter v = f;
  const std::string region_like = f.region + "%";
  int limit = f.limit + 1;
  st.exchange(use(v.region, "r1"));
  st.exchange(use(region_like, "r2"));
  st.exchange(use(v.organization_id, "o1"));
  st.exchange(use(v.organization_id, "o2"));
  st.exchange(use(v.user_id, "u1"));
  st.exchange(use(v.user_id, "u2"));
  st.exchange(use(v.review_status, "s1"));
  st.exchange(use(v.review_status, "s2"));
  st.exchange(use(v.cursor, "c1"));
  st.exchange(use(v.cursor, "c2"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kColumns) +
             "WHERE ((:r1 <> '' AND region_code LIKE :r2) OR (:o1 <> '' AND organization_id = :o2) "
             "OR (:u1 <> '' AND user_id = :u2)) AND (:s1 = '' OR review_status = :s2) AND (:c1 = '' OR id < :c2) "
             "ORDER BY id DESC LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

}  // namespace mitra::store
