// The audit log: who did what to which record, when, from where. Rows form a hash chain:
// each row's hash covers its fields and the previous row's hash, so an edit or deletion shows.
#pragma once
#include <cstdint>
#include <string>

namespace mitra {

struct AuditEntry {
  std::int64_t seq = 0;
  std::string at;               // ISO 8601 UTC
  std::string user_id;          // empty for anonymous actions (e.g. a failed login)
  std::string organization_id;  // empty when not known
  std::string action;           // e.g. "session.login", "user.create"
  std::string entity_type;      // e.g. "user"
  std::string entity_id;
  std::string request_id;
  std::string client_address;
  std::string details = "{}";  // JSON object text; never passwords or tokens
  std::string prev_hash;       // hex; empty for the first row
  std::string hash;            // hex BLAKE2b-256
  std::string username;        // filled by reads for display; not part of the hash
};

// BLAKE2b-256 (libsodium) over prev_hash and every field, each length-prefixed.
std::string audit_hash(const AuditEntry& e);

}  // namespace mitra
