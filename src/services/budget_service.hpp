// Anggaran of a partnership: allocations by source (optionally for one activity),
// disbursements that never exceed their allocation, realisation per source and in total, and
// accountability reports (LPJ) due, submitted and verified; overdue LPJ for the notification centre.
#pragma once
#include <string>
#include <vector>

#include "domain/partnership.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/budget_repository.hpp"

namespace mitra::services {

struct SourceTotal {
  std::string source;
  long long allocated = 0, disbursed = 0;
  double realisation = 0;  // percent
};

struct LpjView {
  store::LpjRecord record;
  LpjStatus status = LpjStatus::due;
  std::string partnership_title;
};

struct BudgetView {
  std::string partnership_id, partnership_title;
  std::vector<store::AllocationRecord> allocations;
  std::vector<store::DisbursementRecord> disbursements;
  std::vector<LpjView> lpj;
  std::vector<SourceTotal> by_source;  // sources with an allocation, in kFundingSources order
  long long allocated = 0, disbursed = 0;
  double realisation = 0;
  bool can_edit = false;
  bool can_verify = false;
};

// Errors: not_found (also when not visible), forbidden.
Result<BudgetView> get_budget(const Context& ctx, const Actor& actor, const std::string& partnership_id);

struct AllocationInput {
  std::string partnership_id, activity_id, source, description;
  long long amount = 0;
};
// Errors: not_found, forbidden, invalid_input.
Result<BudgetView> add_allocation(const Context& ctx, const Actor& actor, const AllocationInput& in);

struct DisbursementInput {
  std::string allocation_id, on_date, note;
  long long amount = 0;
};
// Errors: not_found, forbidden, invalid_input, conflict (more than what is left of the allocation).
Result<BudgetView> add_disbursement(const Context& ctx, const Actor& actor, const DisbursementInput& in);

struct LpjInput {
  std::string partnership_id, allocation_id, title, due_date;
};
Result<BudgetView> add_lpj(const Context& ctx, const Actor& actor, const LpjInput& in);
// A party's editor submits (date, document id); errors: conflict when already verified.
Result<BudgetView> submit_lpj(const Context& ctx, const Actor& actor, const std::string& lpj_id,
                              const std::string& submitted_on, const std::string& document_id);
// A Dinsos supervisor or admin who may edit the partnership verifies a submitted LPJ.
// Errors: forbidden, conflict (not submitted yet, or already verified).
Result<BudgetView> verify_lpj(const Context& ctx, const Actor& actor, const std::string& lpj_id);

// LPJ of the partnerships the actor sees not submitted by their due date, as of `day`.
Result<std::vector<LpjView>> overdue_lpj(const Context& ctx, const Actor& actor, const std::string& day);

}  // namespace mitra::services
