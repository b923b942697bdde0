// A partnership's money: allocations by source, disbursements against them, and LPJ
// (laporan pertanggungjawaban).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/partnership_repository.hpp"

namespace mitra::store {

struct AllocationRecord {
  std::string id, partnership_id, activity_id, source, description, created_by, created_at;
  long long amount = 0, disbursed = 0;
};
void insert_allocation(UnitOfWork& u, const AllocationRecord& a);
std::optional<AllocationRecord> find_allocation(UnitOfWork& u, const std::string& id);
std::vector<AllocationRecord> list_allocations(UnitOfWork& u, const std::string& partnership_id);  // oldest first
// Adds `amount` to the allocation's disbursed total and returns the allocation as it now is.
// The UPDATE holds the row's lock until the unit ends, so concurrent disbursements against one
// allocation are checked one after the other (roll back when the new total is over).
std::optional<AllocationRecord> add_disbursed(UnitOfWork& u, const std::string& allocation_id, long long amount);

struct DisbursementRecord {
  std::string id, allocation_id, partnership_id, on_date, note, created_by, created_at;
  long long amount = 0;
};
void insert_disbursement(UnitOfWork& u, const DisbursementRecord& d);
std::vector<DisbursementRecord> list_disbursements(UnitOfWork& u, const std::string& partnership_id);  // by date

struct LpjRecord {
  std::string id, partnership_id, allocation_id, title, due_date, submitted_on, document_id, submitted_by,
      verified_by, verified_at, created_by, created_at;
};
void insert_lpj(UnitOfWork& u, const LpjRecord& l);
// Writes submission and verification.
void update_lpj(UnitOfWork& u, const LpjRecord& l);
std::optional<LpjRecord> find_lpj(UnitOfWork& u, const std::string& id);
std::vector<LpjRecord> list_lpj(UnitOfWork& u, const std::string& partnership_id);  // by due date
// LPJ of visible partnerships not submitted and due before `today`, oldest due first (at most 500).
std::vector<LpjRecord> list_overdue_lpj(UnitOfWork& u, const PartnershipViewer& viewer, const std::string& today);

}  // namespace mitra::store
