// The person-name matcher behind GET /api/v1/persons?q= and the duplicate check: finds the
// persons whose names are close to a typed name and ranks them best first. Today: phonetic keys
// per name word in an index (store::find_by_name_probes) and an edit-distance cost in C++
// (domain/name_key.hpp). A later matching engine replaces this file without touching callers.
#pragma once
#include <string>
#include <vector>

#include "store/person_repository.hpp"

namespace mitra::services {

struct NameMatch {
  store::PersonRecord record;
  int cost = 0;          // domain::name_cost: 0 is the typed name itself
  std::string sort_key;  // "cost|folded name|id": the list cursor, increasing
};

// At most this many index candidates are ranked per search; a broader query shows the best of
// them (persons whose names contain the typed words come first) and asks for more words.
constexpr int kMaxNameCandidates = 500;

// Persons visible to `scope` (nullptr: every organisation's) matching filter.name typo-tolerantly
// and the filter's other fields, best first, whose sort_key is after filter.cursor; at most
// filter.limit + 1. Empty when the name has no letters.
std::vector<NameMatch> match_names(store::UnitOfWork& unit, const store::PersonScope* scope,
                                   const store::PersonFilter& filter);

}  // namespace mitra::services
