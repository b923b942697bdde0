// Reading and verifying the audit log, and the one way services write to it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "domain/audit.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/audit_repository.hpp"

namespace mitra::services {

// What a service records about one action. `details` is a JSON object text without personal data.
struct AuditEvent {
  std::string action;
  std::string entity_type;
  std::string entity_id;
  std::string details = "{}";
};

// Appends an entry inside the caller's unit of work (so it commits or rolls back with the change).
void write_audit(store::UnitOfWork& unit, const Context& ctx, const Actor& actor, const AuditEvent& event);
// The same for actions without an authenticated user (failed logins, public complaints).
void write_audit_anonymous(store::UnitOfWork& unit, const Context& ctx, const Origin& origin, const AuditEvent& event);

struct AuditPage {
  std::vector<AuditEntry> items;
  std::string next_cursor;  // "" at the end
};
Result<AuditPage> list_audit(const Context& ctx, const Actor& actor, store::AuditFilter filter);

// Outcome of walking the chain from the first row.
struct AuditVerification {
  bool intact = true;
  std::int64_t rows = 0;
  std::int64_t first_broken_seq = 0;  // 0 when intact
  std::string reason;                 // why that row is broken
};
AuditVerification verify_audit(store::Database& db);

}  // namespace mitra::services
