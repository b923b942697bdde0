// Emergency access ("break the glass"): a worker may open a person's cases outside their scope for
// a few hours by stating a reason. Every grant is audited and waits in the region supervisor's
// review list until a supervisor judges it justified or not.
#pragma once
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/emergency_repository.hpp"

namespace mitra::services {

inline constexpr int kEmergencyHours = 4;

struct EmergencyInput {
  std::string case_id;  // the case asked for, or
  std::string nik;      // the person's NIK
  std::string reason;   // at least a sentence
};

struct GrantView {
  store::GrantRecord record;
  std::string user_name;                // who broke the glass
  Organization organization;            // their organisation
  std::vector<std::string> case_ids;    // the person's cases, now open to the grant holder
};

// Errors: forbidden (not a social worker or supervisor), invalid_input (no reason, neither case
// nor NIK), not_found (no such case or NIK), conflict (the actor already may see it).
Result<GrantView> break_glass(const Context& ctx, const Actor& actor, const EmergencyInput& in);

struct GrantPage {
  std::vector<GrantView> items;
  std::string next_cursor;
};
// Supervisors: grants for persons of their region and grants to their organisation's workers.
// Others: their own grants. status: "" | pending | justified | unjustified.
Result<GrantPage> list_grants(const Context& ctx, const Actor& actor, store::GrantFilter filter);

// A supervisor of the person's region (or of the worker's organisation) judges a grant.
// verdict: justified | unjustified. Errors: forbidden, not_found, invalid_input, conflict (judged).
Result<GrantView> review_grant(const Context& ctx, const Actor& actor, const std::string& id, const std::string& verdict,
                               const std::string& note);

}  // namespace mitra::services
