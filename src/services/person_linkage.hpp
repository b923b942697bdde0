// The record-linkage engine (src/linkage) over the person registry: "who among all persons may
// this be?" at registration and search, and the whole registry in one batch for the review
// queue. One in-memory index per server, built from the person table on first use and kept up
// to date by registrations, corrections, merges and unmerges.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <thread>
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

// Whether weights EM learned can be trusted with the registry: they must not make a match of two
// records that share only a word of the name and an estimated birth date in one regency, nor of
// a different name so, nor of the same name with a different birth date. EM does such things when
// strangers share names by the thousand, as on `mitra generate`'s short name lists, where no two
// records are one person, and on small registries with too few pairs to learn from.
bool plausible_model(const linkage::Model& model);

// The whole registry scored in one batch, as `mitra dedup` runs it. Weights are learned from the
// registry by EM when it holds at least kLearnFrom records and plausible_model() accepts them;
// otherwise the documented weights (linkage::documented_model()) score the same candidates.
inline constexpr std::size_t kLearnFrom = 10000;
struct RegistryDedup {
  std::unique_ptr<linkage::Index> index;
  linkage::DedupResult result;
  bool learned = false;
};
RegistryDedup dedup_registry(const std::vector<linkage::Record>& records, linkage::Options options);
// Whether a scored pair enters the review queue: a match, or a corroborated possible match.
bool queued(const linkage::ScoredPair& s, const linkage::Comparison& c);

struct LinkageHit {
  std::string person_id;
  double probability = 0, weight = 0;
  linkage::Decision decision = linkage::Decision::non_match;
  linkage::Comparison comparison;
};

class PersonLinkage {
 public:
  PersonLinkage() = default;
  ~PersonLinkage();  // waits for a rebuild in progress
  PersonLinkage(const PersonLinkage&) = delete;
  PersonLinkage& operator=(const PersonLinkage&) = delete;

  // Persons that may be `p` (possible matches and matches), best first, at most `limit`; `p`'s
  // own id (when set) is left out; `sex_known` false when the caller gave no sex. Builds the
  // index on first use; after many changes starts a rebuild on its own thread and answers from
  // the old index and the changes meanwhile.
  std::vector<LinkageHit> query(store::Database& db, const Person& p, std::size_t limit, bool sex_known = true);
  // A registered or corrected person; a merged-away one. Cheap: no rebuild until many changes.
  void upsert(const Person& p);
  void remove(const std::string& person_id);
  // Reads the registry and indexes it without blocking queries, then swaps the new index in;
  // changes made meanwhile are kept. `serve` calls it at start so that no registration waits.
  void build(store::Database& db, bool only_if_missing = false);
  std::size_t indexed() const;

 private:
  struct Snapshot {
    std::unique_ptr<linkage::Index> index;
    std::vector<std::string> ids;
  };
  struct Change {
    linkage::Prepared prepared;
    std::uint64_t seq = 0;
  };
  static Snapshot read_snapshot(store::Database& db);
  void install(Snapshot snap, std::uint64_t started);  // under mutex_
  void rebuild_in_background(store::Database& db);

  mutable std::shared_mutex mutex_;  // the index and the changes
  std::mutex build_mutex_;           // one build at a time
  std::unique_ptr<linkage::Index> index_;
  std::vector<std::string> ids_;                        // index position -> person id
  std::unordered_map<std::string, std::uint32_t> position_;
  std::vector<char> stale_;                             // per position: changed or merged since the build
  std::unordered_map<std::string, Change> delta_;       // registered or corrected since the build
  std::unordered_map<std::string, std::uint64_t> removed_;  // merged away since the build
  std::uint64_t seq_ = 0;                               // order of upserts and removals
  std::atomic<bool> rebuilding_{false};
  std::mutex thread_mutex_;
  std::thread rebuilder_;
};

// One query without a kept index (no server: the CLI, tests): builds a throwaway one.
std::vector<LinkageHit> query_linkage(store::Database& db, PersonLinkage* kept, const Person& p, std::size_t limit,
                                      bool sex_known = true);

}  // namespace mitra::services
