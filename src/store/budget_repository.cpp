#include "store/budget_repository.hpp"

#include <soci/soci.h>

#include "store/query.hpp"

namespace mitra::store {
namespace {

using soci::into;
using soci::use;

constexpr const char* kAllocationColumns =
    "SELECT id, partnership_id, activity_id, source, description, created_by, created_at, amount, disbursed FROM "
    "budget_allocation ";

struct AllocationRow {
  AllocationRecord a;
  void bind(soci::statement& st) {
    for (auto* f : {&a.id, &a.partnership_id, &a.activity_id, &a.source, &a.description, &a.created_by, &a.created_at})
      st.exchange(into(*f));
    st.exchange(into(a.amount));
    st.exchange(into(a.disbursed));
  }
  AllocationRecord take() const { return a; }
};

struct DisbursementRow {
  DisbursementRecord d;
  void bind(soci::statement& st) {
    for (auto* f : {&d.id, &d.allocation_id, &d.partnership_id, &d.on_date, &d.note, &d.created_by, &d.created_at})
      st.exchange(into(*f));
    st.exchange(into(d.amount));
  }
  DisbursementRecord take() const { return d; }
};

constexpr const char* kLpjColumns =
    "SELECT l.id, l.partnership_id, l.allocation_id, l.title, l.due_date, l.submitted_on, l.document_id, "
    "l.submitted_by, l.verified_by, l.verified_at, l.created_by, l.created_at FROM budget_lpj l ";

struct LpjRow {
  LpjRecord l;
  void bind(soci::statement& st) {
    for (auto* f : {&l.id, &l.partnership_id, &l.allocation_id, &l.title, &l.due_date, &l.submitted_on, &l.document_id,
                    &l.submitted_by, &l.verified_by, &l.verified_at, &l.created_by, &l.created_at})
      st.exchange(into(*f));
  }
  LpjRecord take() const { return l; }
};

}  // namespace

void insert_allocation(UnitOfWork& u, const AllocationRecord& a) {
  u.sql() << "INSERT INTO budget_allocation (id, partnership_id, activity_id, source, description, amount, disbursed, "
             "created_by, created_at) VALUES (:id, :p, :a, :s, :d, :am, :di, :by, :at)",
      use(a.id), use(a.partnership_id), use(a.activity_id), use(a.source), use(a.description), use(a.amount),
      use(a.disbursed), use(a.created_by), use(a.created_at);
}

std::optional<AllocationRecord> find_allocation(UnitOfWork& u, const std::string& id) {
  return select_one<AllocationRow>(u, kAllocationColumns, "WHERE id = :k", id);
}

std::vector<AllocationRecord> list_allocations(UnitOfWork& u, const std::string& partnership_id) {
  std::string p = partnership_id;
  return select_rows<AllocationRow>(u, std::string(kAllocationColumns) + "WHERE partnership_id = :p ORDER BY id",
                                    [&](soci::statement& st) { st.exchange(use(p, "p")); });
}

std::optional<AllocationRecord> add_disbursed(UnitOfWork& u, const std::string& allocation_id, long long amount) {
  u.sql() << "UPDATE budget_allocation SET disbursed = disbursed + :a WHERE id = :id", use(amount), use(allocation_id);
  return find_allocation(u, allocation_id);
}

void insert_disbursement(UnitOfWork& u, const DisbursementRecord& d) {
  u.sql() << "INSERT INTO budget_disbursement (id, allocation_id, partnership_id, on_date, amount, note, created_by, "
             "created_at) VALUES (:id, :a, :p, :d, :am, :n, :by, :at)",
      use(d.id), use(d.allocation_id), use(d.partnership_id), use(d.on_date), use(d.amount), use(d.note),
      use(d.created_by), use(d.created_at);
}

std::vector<DisbursementRecord> list_disbursements(UnitOfWork& u, const std::string& partnership_id) {
  std::string p = partnership_id;
  return select_rows<DisbursementRow>(u,
                                      "SELECT id, allocation_id, partnership_id, on_date, note, created_by, "
                                      "created_at, amount FROM budget_disbursement WHERE partnership_id = :p ORDER BY "
                                      "on_date, id",
                                      [&](soci::statement& st) { st.exchange(use(p, "p")); });
}

void insert_lpj(UnitOfWork& u, const LpjRecord& l) {
  u.sql() << "INSERT INTO budget_lpj (id, partnership_id, allocation_id, title, due_date, created_by, created_at) "
             "VALUES (:id, :p, :a, :t, :d, :by, :at)",
      use(l.id), use(l.partnership_id), use(l.allocation_id), use(l.title), use(l.due_date), use(l.created_by),
      use(l.created_at);
}

void update_lpj(UnitOfWork& u, const LpjRecord& l) {
  u.sql() << "UPDATE budget_lpj SET submitted_on = :s, document_id = :d, submitted_by = :sb, verified_by = :vb, "
             "verified_at = :va WHERE id = :id",
      use(l.submitted_on), use(l.document_id), use(l.submitted_by), use(l.verified_by), use(l.verified_at), use(l.id);
}

std::optional<LpjRecord> find_lpj(UnitOfWork& u, const std::string& id) {
  return select_one<LpjRow>(u, kLpjColumns, "WHERE l.id = :k", id);
}

std::vector<LpjRecord> list_lpj(UnitOfWork& u, const std::string& partnership_id) {
  std::string p = partnership_id;
  return select_rows<LpjRow>(u, std::string(kLpjColumns) + "WHERE l.partnership_id = :p ORDER BY l.due_date, l.id",
                             [&](soci::statement& st) { st.exchange(use(p, "p")); });
}

std::vector<LpjRecord> list_overdue_lpj(UnitOfWork& u, const PartnershipViewer& viewer, const std::string& today) {
  PartnershipViewer v = viewer;
  std::string region_like, t = today;
  return select_rows<LpjRow>(u,
                             std::string(kLpjColumns) + "JOIN partnership p ON p.id = l.partnership_id WHERE " +
                                 visible_sql() +
                                 "AND l.submitted_on = '' AND l.due_date < :t ORDER BY l.due_date, l.id LIMIT 500",
                             [&](soci::statement& st) {
                               bind_viewer(st, v, region_like);
                               st.exchange(use(t, "t"));
                             });
}

}  // namespace mitra::store
