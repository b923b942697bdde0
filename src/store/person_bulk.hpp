// Many persons at once, with their name index rows, categories, one case each (worker and
// transitions) and consent: for `mitra generate` (and later bulk imports). Column-wise batched
// statements in the caller's unit of work; no audit entries (the caller is a set-up command).
#pragma once
#include <string>
#include <vector>

#include "domain/person.hpp"
#include "store/case_repository.hpp"
#include "store/database.hpp"
#include "store/person_repository.hpp"

namespace mitra::store {

struct BulkTransition {
  std::string id;
  TransitionRecord transition;
};

struct BulkPerson {
  PersonRecord record;
  std::vector<PersonCategory> categories;
  CaseRecord case_record;  // with its workers
  std::vector<BulkTransition> transitions;
  Consent consent;
  std::string consent_recorded_at;
};

// Inserts every row of `persons`. Throws on SQL errors (e.g. a NIK already registered).
void insert_persons_bulk(UnitOfWork& u, const std::vector<BulkPerson>& persons);

// Every NIK already registered, so that generated ones avoid them.
std::vector<std::string> registered_niks(UnitOfWork& u);

// Village codes within a region (a code prefix such as "73.71"), by code, at most `limit`.
std::vector<std::string> villages_within(UnitOfWork& u, const std::string& region_code, int limit);

// For SQLite: a larger page cache for this session (bulk loads touch big indexes). No-op on
// PostgreSQL.
void prepare_bulk_session(UnitOfWork& u, long long cache_kib);

}  // namespace mitra::store
