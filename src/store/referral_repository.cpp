#include "store/referral_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kColumns =
    "SELECT id, case_id, person_id, from_organization, to_organization, kind, service, reason, status, consent_basis, "
    "override_reason, reply_due, replied_at, reply_reason, ended_at, created_by, created_at, updated_at FROM referral ";

struct ReferralRow {
  ReferralRecord r;
  std::string kind, status;
  void bind(soci::statement& st) {
    st.exchange(into(r.id));
    st.exchange(into(r.case_id));
    st.exchange(into(r.person_id));
    st.exchange(into(r.from_organization));
    st.exchange(into(r.to_organization));
    st.exchange(into(kind));
    st.exchange(into(r.service));
    st.exchange(into(r.reason));
    st.exchange(into(status));
    st.exchange(into(r.consent_basis));
    st.exchange(into(r.override_reason));
    st.exchange(into(r.reply_due));
    st.exchange(into(r.replied_at));
    st.exchange(into(r.reply_reason));
    st.exchange(into(r.ended_at));
    st.exchange(into(r.created_by));
    st.exchange(into(r.created_at));
    st.exchange(into(r.updated_at));
  }
  ReferralRecord take() const {
    ReferralRecord out = r;
    out.kind = parse_referral_kind(kind).value_or(ReferralKind::referral);
    out.status = parse_referral_status(status).value_or(ReferralStatus::pending);
    return out;
  }
};

}  // namespace

void insert_referral(UnitOfWork& u, const ReferralRecord& r) {
  std::string kind(to_string(r.kind)), status(to_string(r.status));
  u.sql() << "INSERT INTO referral (id, case_id, person_id, from_organization, to_organization, kind, service, reason, "
             "status, consent_basis, override_reason, reply_due, created_by, created_at, updated_at) VALUES (:id, :c, "
             ":p, :f, :t, :k, :svc, :reason, :s, :basis, :override, :due, :by, :created, :updated)",
      use(r.id), use(r.case_id), use(r.person_id), use(r.from_organization), use(r.to_organization), use(kind),
      use(r.service), use(r.reason), use(status), use(r.consent_basis), use(r.override_reason), use(r.reply_due),
      use(r.created_by), use(r.created_at), use(r.updated_at);
}

void update_referral(UnitOfWork& u, const ReferralRecord& r) {
  std::string status(to_string(r.status));
  u.sql() << "UPDATE referral SET status = :s, replied_at = :ra, reply_reason = :rr, ended_at = :e, updated_at = :u "
             "WHERE id = :id",
      use(status), use(r.replied_at), use(r.reply_reason), use(r.ended_at), use(r.updated_at), use(r.id);
}

std::optional<ReferralRecord> find_referral(UnitOfWork& u, const std::string& id) {
  return select_one<ReferralRow>(u, kColumns, "WHERE id = :k", id);
}

std::vector<ReferralRecord> list_referrals(UnitOfWork& u, const ReferralFilter& f) {
  std::vector<ReferralRecord> out;
  ReferralRow row;
  soci::statement st(u.sql());
  row.bind(st);
  ReferralFilter v = f;
  int limit = f.limit + 1;
  st.exchange(use(v.organization_id, "org"));
  st.exchange(use(v.status, "s1"));
  st.exchange(use(v.status, "s2"));
  st.exchange(use(v.cursor, "c1"));
  st.exchange(use(v.cursor, "c2"));
  st.exchange(use(limit, "lim"));
  st.alloc();
  st.prepare(std::string(kColumns) + (f.inbox ? "WHERE to_organization = :org " : "WHERE from_organization = :org ") +
             "AND (:s1 = '' OR status = :s2) AND (:c1 = '' OR id < :c2) ORDER BY id DESC LIMIT :lim");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(row.take());
  return out;
}

void count_inbox(UnitOfWork& u, const std::string& organization_id, const std::string& now, long long& pending,
                 long long& overdue) {
  u.sql() << "SELECT COUNT(*) FROM referral WHERE to_organization = :o AND status = 'pending'", into(pending),
      use(organization_id);
  u.sql() << "SELECT COUNT(*) FROM referral WHERE to_organization = :o AND status = 'pending' AND reply_due < :now",
      into(overdue), use(organization_id), use(now);
}

std::vector<std::string> open_receivers_of_person(UnitOfWork& u, const std::string& person_id) {
  return select_strings(u,
                    "SELECT DISTINCT to_organization FROM referral WHERE person_id = :p AND status IN "
                    "('pending', 'accepted')",
                    person_id);
}

std::vector<std::string> open_receivers_of_case(UnitOfWork& u, const std::string& case_id) {
  return select_strings(u,
                    "SELECT DISTINCT to_organization FROM referral WHERE case_id = :c AND status IN "
                    "('pending', 'accepted')",
                    case_id);
}

bool has_open_referral(UnitOfWork& u, const std::string& case_id, const std::string& to_organization) {
  long long n = 0;
  u.sql() << "SELECT COUNT(*) FROM referral WHERE case_id = :c AND to_organization = :t AND status IN "
             "('pending', 'accepted')",
      into(n), use(case_id), use(to_organization);
  return n > 0;
}

}  // namespace mitra::store
