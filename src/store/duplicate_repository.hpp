// The review queue of likely duplicate persons (duplicate_pair), the rows a merge moved
// (person_merge_move), and the slim person rows the linkage engine reads.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/person.hpp"
#include "store/database.hpp"

namespace mitra::store {

struct DuplicatePairRecord {
  std::string id;
  std::string person_a, person_b;  // person_a < person_b
  double probability = 0, weight = 0;
  std::string decision;  // match | possible_match
  std::string evidence;  // JSON object: field -> agreement level
  std::string status;    // open | merged | not_same | unmerged
  std::string region_code;
  std::string found_at, updated_at;
  std::string decided_by, decided_at;
  std::string survivor_id, absorbed_id;
};

// Every person not merged into another, with only what the engine compares.
void for_each_linkage_person(UnitOfWork& u, const std::function<void(const Person&)>& each);
// The same for the given ids (those still not merged).
std::vector<Person> linkage_persons(UnitOfWork& u, const std::vector<std::string>& ids);

// Every pair already in the queue, whatever its status (for a dedup run's de-duplication).
std::vector<DuplicatePairRecord> all_duplicate_pairs(UnitOfWork& u);
std::optional<DuplicatePairRecord> find_duplicate_pair(UnitOfWork& u, const std::string& id);
// The merged pair whose absorbed person is `person_id`.
std::optional<DuplicatePairRecord> find_merge_of(UnitOfWork& u, const std::string& absorbed_id);
void insert_duplicate_pair(UnitOfWork& u, const DuplicatePairRecord& p);
void update_duplicate_score(UnitOfWork& u, const DuplicatePairRecord& p);
// Writes status, decided_by/at, survivor_id, absorbed_id and updated_at.
void update_duplicate_status(UnitOfWork& u, const DuplicatePairRecord& p);

struct DuplicateFilter {
  std::string status = "open";  // or merged | not_same | unmerged | all
  std::string region;           // persons' region_code prefix ("" every region)
  std::string name;             // words either person's folded name contains ("" any)
  std::string cursor;           // "probability|id" of the last pair seen
  int limit = 50;
};
// Pairs best first (probability, then id); at most limit + 1. Open pairs only while neither
// person is merged.
std::vector<DuplicatePairRecord> list_duplicate_pairs(UnitOfWork& u, const DuplicateFilter& f);

// A row a merge moved: table, person column, the row's key.
struct MergeMove {
  std::string table, column, key;
};
// Moves every row pointing at `from` to `to` (except rows that would collide with one of
// `to`'s: a category both have, the same household or complaint twice), returning what moved.
std::vector<MergeMove> move_person_rows(UnitOfWork& u, const std::string& from, const std::string& to);
// Moves exactly `moves` back from `to` to `from`.
void move_person_rows_back(UnitOfWork& u, const std::vector<MergeMove>& moves, const std::string& from,
                           const std::string& to);
void insert_merge_moves(UnitOfWork& u, const std::string& pair_id, const std::vector<MergeMove>& moves);
std::vector<MergeMove> list_merge_moves(UnitOfWork& u, const std::string& pair_id);
void delete_merge_moves(UnitOfWork& u, const std::string& pair_id);
// Whether both persons have an open shelter stay (one bed per person: a merge must wait).
bool both_in_shelter(UnitOfWork& u, const std::string& a, const std::string& b);

void set_merged_into(UnitOfWork& u, const std::string& person_id, const std::string& survivor_id,
                     const std::string& updated_at);

}  // namespace mitra::store
