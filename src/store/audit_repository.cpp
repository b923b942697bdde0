#include "store/audit_repository.hpp"

#include <soci/soci.h>

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kAuditColumns =
    "SELECT seq, at, COALESCE(user_id, ''), COALESCE(organization_id, ''), action, entity_type, entity_id, "
    "request_id, client_address, details, prev_hash, hash, "
    "COALESCE((SELECT username FROM app_user WHERE app_user.id = audit_log.user_id), '') FROM audit_log ";

struct AuditRow {
  AuditEntry e;
  long long seq = 0;
  void bind(soci::statement& st) {
    st.exchange(into(seq));
    st.exchange(into(e.at));
    st.exchange(into(e.user_id));
    st.exchange(into(e.organization_id));
    st.exchange(into(e.action));
    st.exchange(into(e.entity_type));
    st.exchange(into(e.entity_id));
    st.exchange(into(e.request_id));
    st.exchange(into(e.client_address));
    st.exchange(into(e.details));
    st.exchange(into(e.prev_hash));
    st.exchange(into(e.hash));
    st.exchange(into(e.username));
  }
  AuditEntry take() const {
    AuditEntry out = e;
    out.seq = seq;
    return out;
  }
};

}  // namespace

void append_audit(UnitOfWork& u, AuditEntry& e) {
  u.sql() << "UPDATE audit_head SET last_seq = last_seq + 1 WHERE id = 1";
  long long seq = 0;
  u.sql() << "SELECT last_seq, last_hash FROM audit_head WHERE id = 1", into(seq), into(e.prev_hash);
  e.seq = seq;
  e.hash = audit_hash(e);
  u.sql() << "INSERT INTO audit_log (seq, at, user_id, organization_id, action, entity_type, entity_id, request_id, "
             "client_address, details, prev_hash, hash) VALUES (:seq, :at, :user, :org, :action, :etype, :eid, :rid, "
             ":addr, :details, :prev, :hash)",
      use(seq), use(e.at), use(e.user_id), use(e.organization_id), use(e.action), use(e.entity_type),
      use(e.entity_id), use(e.request_id), use(e.client_address), use(e.details), use(e.prev_hash), use(e.hash);
  u.sql() << "UPDATE audit_head SET last_hash = :hash WHERE id = 1", use(e.hash);
}

std::vector<AuditEntry> list_audit(UnitOfWork& u, const AuditFilter& f) {
  std::vector<AuditEntry> out;
  AuditRow row;
  soci::statement st(u.sql());
  row.bind(st);
  AuditFilter v = f;
  long long before = f.before_seq;
  int limit = f.limit + 1;
  st.exchange(use(v.action, "a1"));
  st.exchange(use(v.action, "a2"));
  st.exchange(use(v.entity_type, "t1"));
  st.exchange(use(v.entity_type, "t2"));
  st.exchange(use(v.entity_id, "i1"));
  st.exchange(use(v.entity_id, "i2"));
  st.exchange(use(v.user_id, "u1"));
  st.exchange(use(v.user_id, "u2"));
  st.exchange(use(v.from, "f1"));
  st.exchange(use(v.from, "f2"));
  st.exchange(use(v.to, "o1"));
  st.exchange(use(v.to, "o2"));
  st.exchange(use(before, "b1"));
  st.exchange(use(before, "b2"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kAuditColumns) +
             "WHERE (:a1 = '' OR action = :a2) AND (:t1 = '' OR entity_type = :t2) AND (:i1 = '' OR entity_id = :i2) "
             "AND (:u1 = '' OR user_id = :u2) AND (:f1 = '' OR at >= :f2) AND (:o1 = '' OR at < :o2) "
             "AND (:b1 = 0 OR seq < :b2) ORDER BY seq DESC LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

void scan_audit(UnitOfWork& u, const std::function<bool(const AuditEntry&)>& visit) {
  AuditRow row;
  soci::statement st(u.sql());
  row.bind(st);
  st.alloc();
  st.prepare(std::string(kAuditColumns) + "ORDER BY seq");
  st.define_and_bind();
  st.execute();
  while (st.fetch())
    if (!visit(row.take())) break;
}

void audit_head(UnitOfWork& u, std::int64_t& last_seq, std::string& last_hash) {
  long long seq = 0;
  u.sql() << "SELECT last_seq, last_hash FROM audit_head WHERE id = 1", into(seq), into(last_hash);
  last_seq = seq;
}

}  // namespace mitra::store
