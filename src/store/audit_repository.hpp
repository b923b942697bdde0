// The hash-chained audit log.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/audit.hpp"
#include "store/database.hpp"

namespace mitra::store {

// Appends within the caller's write unit: takes the next seq and the previous hash from
// audit_head (its row lock serialises writers), computes the hash, inserts, moves the head.
// Fills in seq, prev_hash and hash.
void append_audit(UnitOfWork& u, AuditEntry& e);

struct AuditFilter {
  std::string action, entity_type, entity_id, user_id, from, to;  // "" for any
  std::int64_t before_seq = 0;                                     // 0 for the newest
  int limit = 50;
};
// Newest first, at most limit + 1 rows.
std::vector<AuditEntry> list_audit(UnitOfWork& u, const AuditFilter& f);

// Walks the whole log in seq order, calling `visit` for each row; stops when it returns false.
void scan_audit(UnitOfWork& u, const std::function<bool(const AuditEntry&)>& visit);

// The chain's recorded tip.
void audit_head(UnitOfWork& u, std::int64_t& last_seq, std::string& last_hash);

}  // namespace mitra::store
