// The record-linkage engine (src/linkage) over the person registry: "who among all persons may
// this be?" at registration and search, and the whole registry in one batch for the review
// queue. One in-memory index per server, built from the person table on first use and kept up
// to date by registrations, corrections, merges and unmerges.
#pragma once
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/person.hpp"
#include "linkage/engine.hpp"
#include "store/database.hpp"

namespace mitra::services {

// What the engine compares of a person: full name, birth date (estimated or not), sex, NIK,
// mother's name, region (province, regency, district of the domicile, else of the registering
// office) and address.
linkage::Record linkage_record(const Person& p);

// Field -> agreement level of a comparison, as a JSON object text (missing fields left out).
std::string evidence_json(const linkage::Comparison& c);

// Whether a comparison agrees on more than the name, sex, region and an estimated or placeholder
// birth year: a real birth date (same, or one typo / swapped day and month), the NIK, the
// mother's name or the same address. The review queue takes a possible match only when it is
// corroborated so (or a match): "Tajuddin, about 12, Makassar" twice is no evidence by itself.
bool corroborated(const linkage::Comparison& c);

struct LinkageHit {
  std::string person_id;
  double probability = 0, weight = 0;
  linkage::Decision decision = linkage::Decision::non_match;
  linkage::Comparison comparison;
};

class PersonLinkage {
 public:
  // Persons that may be `p` (possible matches and matches), best first, at most `limit`; `p`'s
  // own id (when set) is left out; `sex_known` false when the caller gave no sex. Builds the
  // index on first use.
  std::vector<LinkageHit> query(store::Database& db, const Person& p, std::size_t limit, bool sex_known = true);
  // A registered or corrected person; a merged-away one. Cheap: no rebuild until many changes.
  void upsert(const Person& p);
  void remove(const std::string& person_id);
  // Builds now (at start, so that the first registration does not wait).
  void build(store::Database& db);
  std::size_t indexed() const;

 private:
  void build_locked(store::Database& db);
  mutable std::shared_mutex mutex_;
  std::unique_ptr<linkage::Index> index_;
  std::vector<std::string> ids_;                        // index position -> person id
  std::unordered_map<std::string, std::uint32_t> position_;
  std::vector<char> stale_;                             // per position: changed or merged since the build
  std::unordered_map<std::string, linkage::Prepared> delta_;  // registered or corrected since the build
};

// One query without a kept index (no server: the CLI, tests): builds a throwaway one.
std::vector<LinkageHit> query_linkage(store::Database& db, PersonLinkage* kept, const Person& p, std::size_t limit,
                                      bool sex_known = true);

}  // namespace mitra::services
