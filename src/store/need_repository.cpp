#include "store/need_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kNeedColumns =
    "SELECT id, publisher_id, region_code, title, description, item, quantity, unit, pmks_category, needed_by, "
    "is_public, partnership_id, status, published_at, published_by, closed_at, close_reason, updated_at FROM need ";

struct NeedRow {
  NeedRecord n;
  int is_public = 0;
  std::string status;
  void bind(soci::statement& st) {
    for (auto* s : {&n.id, &n.publisher_id, &n.region_code, &n.title, &n.description, &n.item}) st.exchange(into(*s));
    st.exchange(into(n.quantity));
    for (auto* s : {&n.unit, &n.pmks_category, &n.needed_by}) st.exchange(into(*s));
    st.exchange(into(is_public));
    st.exchange(into(n.partnership_id));
    st.exchange(into(status));
    for (auto* s : {&n.published_at, &n.published_by, &n.closed_at, &n.close_reason, &n.updated_at})
      st.exchange(into(*s));
  }
  NeedRecord take() const {
    NeedRecord out = n;
    out.is_public = is_public != 0;
    out.status = parse_need_status(status).value_or(NeedStatus::open);
    return out;
  }
};

constexpr const char* kPledgeColumns =
    "SELECT id, need_id, organization_id, quantity, status, note, pledged_at, pledged_by, delivered_at, cancelled_at, "
    "updated_by, updated_at FROM pledge ";

struct PledgeRow {
  PledgeRecord p;
  std::string status;
  void bind(soci::statement& st) {
    st.exchange(into(p.id));
    st.exchange(into(p.need_id));
    st.exchange(into(p.organization_id));
    st.exchange(into(p.quantity));
    st.exchange(into(status));
    for (auto* s : {&p.note, &p.pledged_at, &p.pledged_by, &p.delivered_at, &p.cancelled_at, &p.updated_by,
                    &p.updated_at})
      st.exchange(into(*s));
  }
  PledgeRecord take() const {
    PledgeRecord out = p;
    out.status = parse_pledge_status(status).value_or(PledgeStatus::pledged);
    return out;
  }
};

}  // namespace

void insert_need(UnitOfWork& u, const NeedRecord& n) {
  const int is_public = n.is_public ? 1 : 0;
  const std::string status(to_string(n.status));
  u.sql() << "INSERT INTO need (id, publisher_id, region_code, title, description, item, quantity, unit, "
             "pmks_category, needed_by, is_public, partnership_id, status, published_at, published_by, updated_at) "
             "VALUES (:id, :p, :r, :t, :d, :i, :q, :u, :c, :nb, :pub, :ps, :s, :pa, :pby, :ua)",
      use(n.id), use(n.publisher_id), use(n.region_code), use(n.title), use(n.description), use(n.item),
      use(n.quantity), use(n.unit), use(n.pmks_category), use(n.needed_by), use(is_public), use(n.partnership_id),
      use(status), use(n.published_at), use(n.published_by), use(n.updated_at);
}

void update_need_status(UnitOfWork& u, const NeedRecord& n) {
  const std::string status(to_string(n.status));
  u.sql() << "UPDATE need SET status = :s, closed_at = :c, close_reason = :r, updated_at = :u WHERE id = :id",
      use(status), use(n.closed_at), use(n.close_reason), use(n.updated_at), use(n.id);
}

std::optional<NeedRecord> find_need(UnitOfWork& u, const std::string& id) {
  return select_one<NeedRow>(u, kNeedColumns, "WHERE id = :k", id);
}

std::vector<NeedRecord> list_needs(UnitOfWork& u, const NeedFilter& f) {
  NeedFilter v = f;
  int limit = f.limit + 1;
  std::string where = "WHERE 1 = 1 ";
  if (f.public_only) where += "AND is_public = 1 ";
  if (!f.status.empty()) where += "AND status = :st ";
  if (!f.publisher_id.empty()) where += "AND publisher_id = :pub ";
  if (!f.partnership_id.empty()) where += "AND partnership_id = :pid ";
  std::string region = f.region + "%";
  if (!f.region.empty()) where += "AND region_code LIKE :reg ";
  std::string pattern = like_containing(f.q);
  if (!f.q.empty()) where += "AND (LOWER(title) LIKE LOWER(:q1) OR LOWER(item) LIKE LOWER(:q2)) ";
  where += "AND (:c1 = '' OR id < :c2) ORDER BY id DESC LIMIT :lim";
  return select_all<NeedRow>(u, kNeedColumns, where, [&](soci::statement& st) {
    if (!f.status.empty()) st.exchange(use(v.status, "st"));
    if (!f.publisher_id.empty()) st.exchange(use(v.publisher_id, "pub"));
    if (!f.partnership_id.empty()) st.exchange(use(v.partnership_id, "pid"));
    if (!f.region.empty()) st.exchange(use(region, "reg"));
    if (!f.q.empty()) {
      st.exchange(use(pattern, "q1"));
      st.exchange(use(pattern, "q2"));
    }
    st.exchange(use(v.cursor, "c1"));
    st.exchange(use(v.cursor, "c2"));
    st.exchange(use(limit, "lim"));
  });
}

void insert_pledge(UnitOfWork& u, const PledgeRecord& p) {
  const std::string status(to_string(p.status));
  u.sql() << "INSERT INTO pledge (id, need_id, organization_id, quantity, status, note, pledged_at, pledged_by, "
             "updated_by, updated_at) VALUES (:id, :n, :o, :q, :s, :note, :pa, :pb, :ub, :ua)",
      use(p.id), use(p.need_id), use(p.organization_id), use(p.quantity), use(status), use(p.note),
      use(p.pledged_at), use(p.pledged_by), use(p.updated_by), use(p.updated_at);
}

void update_pledge(UnitOfWork& u, const PledgeRecord& p) {
  const std::string status(to_string(p.status));
  u.sql() << "UPDATE pledge SET status = :s, delivered_at = :d, cancelled_at = :c, updated_by = :ub, "
             "updated_at = :ua WHERE id = :id",
      use(status), use(p.delivered_at), use(p.cancelled_at), use(p.updated_by), use(p.updated_at), use(p.id);
}

std::optional<PledgeRecord> find_pledge(UnitOfWork& u, const std::string& id) {
  return select_one<PledgeRow>(u, kPledgeColumns, "WHERE id = :k", id);
}

std::vector<PledgeRecord> pledges_of_need(UnitOfWork& u, const std::string& need_id) {
  std::string n = need_id;
  return select_all<PledgeRow>(u, kPledgeColumns, "WHERE need_id = :n ORDER BY pledged_at, id",
                               [&](soci::statement& st) { st.exchange(use(n, "n")); });
}

std::vector<PledgeRecord> pledges_of_organization(UnitOfWork& u, const std::string& organization_id,
                                                  const std::string& cursor, int limit) {
  std::string o = organization_id, c = cursor;
  int lim = limit + 1;
  return select_all<PledgeRow>(u, kPledgeColumns,
                               "WHERE organization_id = :o AND (:c1 = '' OR id < :c2) ORDER BY id DESC LIMIT :lim",
                               [&](soci::statement& st) {
                                 st.exchange(use(o, "o"));
                                 st.exchange(use(c, "c1"));
                                 st.exchange(use(c, "c2"));
                                 st.exchange(use(lim, "lim"));
                               });
}

void lock_need(UnitOfWork& u, const std::string& id) {
  u.sql() << "UPDATE need SET updated_at = updated_at WHERE id = :id", use(id);
}

}  // namespace mitra::store
