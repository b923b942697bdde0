// Record linkage, step 3: blocking, Fellegi-Sunter scoring with weights learned by EM, batch
// deduplication and single-record queries. A pure library: records in, scored pairs out.
//
//   linkage::Index index(records, options);
//   auto result = index.dedup();            // learns the model, scores every candidate pair
//   auto likely = index.query(new_person);  // later: one record against the whole registry
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "linkage/compare.hpp"

namespace mitra::linkage {

inline constexpr int kMaxLevels = 8;

// Fellegi-Sunter model: per field and level, m = P(level | same person) and u = P(level |
// different persons); `prior` = P(same person) among candidate pairs.
struct Model {
  std::array<std::array<double, kMaxLevels>, kFieldCount> m{}, u{};
  double prior = 0.01;
  // log2(m/u) summed over the comparable fields (missing ones add 0).
  double weight(const Comparison& c) const;
  // Posterior probability that the pair is one person.
  double probability(const Comparison& c) const;
  // The same from a weight (with adjustments added).
  double probability_of_weight(double weight) const;
};

// The starting point of EM: agreement likely for matches; u from `random_pairs`
// comparisons of record pairs drawn at random (almost all different persons).
Model initial_model(const std::vector<Comparison>& random_pairs);

// Expectation-maximisation over distinct comparison vectors and their counts. Learns m, u and
// the prior (u stays at its start, from random pairs, unless `learn_u`); stops after
// `iterations` or when no parameter moves by more than 1e-6.
struct PatternCount {
  Comparison comparison;
  double count = 0;
};
Model fit_em(const std::vector<PatternCount>& patterns, Model start, int iterations = 100, bool learn_u = false);

enum class Decision { non_match, possible_match, match };

struct Options {
  FieldSet fields;
  bool cross_source_only = false;  // linking two files: only pairs of different `source`
  unsigned threads = 2;
  std::size_t max_bucket = 20;  // records sharing a key beyond this: only the window below
  std::uint32_t window = 2;     // neighbours each side, in birth-date order, in a larger bucket
  // In a larger bucket of a key without a date (names, names with a region): also the
  // neighbours born within `wide_years`, up to `wide_window` each side.
  std::uint32_t wide_window = 6;
  std::uint32_t wide_years = 2;
  double match_probability = 0.5;    // posterior at or above: match
  double possible_probability = 0.05;  // at or above: possible match (for review)
  int em_iterations = 100;
  bool learn_u = true;  // EM also re-estimates u from the candidates (else: u from random pairs)
  bool keep_all_candidates = false;  // dedup(): also return the non-matches (for measurements)
  // Measurements only: the true person of each record; dedup() then counts the candidate
  // pairs that are one person (DedupResult::true_candidate_pairs, for blocking recall).
  const std::vector<std::uint32_t>* truth = nullptr;
  // When set, dedup() scores with this model instead of learning one by EM (small registries,
  // where EM has too few pairs to learn from: see documented_model()).
  const Model* model = nullptr;
  // When set, dedup() shows it the model EM learned, and scores with `model_if_refused` instead
  // if it refuses (DedupResult::learned false): weights learned on data unlike a registry.
  std::function<bool(const Model&)> accept_learned;
  const Model* model_if_refused = nullptr;
};

struct ScoredPair {
  std::uint32_t a = 0, b = 0;  // record positions (a < b in dedup; a = the query in query())
  float weight = 0, probability = 0;
  Decision decision = Decision::non_match;
};

struct DedupResult {
  std::vector<ScoredPair> pairs;  // possible matches and matches (all candidates if asked)
  // weight = the model's weight of the comparison vector plus the term-frequency adjustment of
  // exact name agreement: log2(u of the field's level 0 / the share of records with that name).
  std::size_t candidate_pairs = 0;
  std::size_t true_candidate_pairs = 0;  // with Options::truth
  Model model;
  bool learned = false;  // the model was learned by EM (not given, not refused)
  double seconds_blocking = 0, seconds_comparing = 0, seconds_em = 0;
};

// Blocking keys of a prepared record (64-bit hashes): identity number; pairs of name words'
// phonetic keys (order free); each name word's key with the birth year, with the finest and the
// middle region; a real (not placeholder, not estimated) birth date with the middle region and
// with each name's initial; mother's name key with the birth year; the finest region with the
// birth year in four-year bins (two grids offset by two years); split given and family names
// with the coarsest region. A placeholder date is never a key on its own.
std::vector<std::uint64_t> blocking_keys(const Prepared& p);
// The same keys, each with the letter of its kind (for measurements: which keys find which pairs).
std::vector<std::pair<char, std::uint64_t>> blocking_keys_by_kind(const Prepared& p);

// Where a record sorts inside a blocking bucket too large to compare whole: its birth date.
std::uint32_t window_order(const Prepared& p);

class Index {
 public:
  Index(const std::vector<Record>& records, Options options);

  // Scores every candidate pair of the registry (learning the model by EM first).
  DedupResult dedup();
  // Candidates for one record not in the index, best first, at most `limit`, possible matches
  // and matches only. Uses the model of dedup() or set_model().
  std::vector<ScoredPair> query(const Record& record, std::size_t limit = 10) const;

  const Model& model() const { return model_; }
  void set_model(const Model& m) { model_ = m; }
  std::size_t size() const { return prepared_.size(); }
  const Prepared& prepared(std::size_t i) const { return prepared_[i]; }
  Decision decide(double probability) const;

 private:
  Options options_;
  std::vector<Prepared> prepared_;
  std::vector<std::uint64_t> hashes_;  // sorted blocking key hashes
  std::vector<std::uint32_t> owners_;  // the record of each hash
  std::vector<std::uint32_t> orders_;   // window_order() of each entry's record
  std::vector<std::uint32_t> run_start_;  // per entry: the first entry of its run
  std::vector<std::uint32_t> run_end_;  // for the first entry of each run: one past its last
  std::vector<std::uint32_t> key_offset_, key_runs_;  // per record: the entries of its keys
  // How often each name (order-free print) occurs, for term-frequency adjustment: two records
  // agreeing on a rare name are stronger evidence than two "Muhammad Rizki"s.
  std::array<std::unordered_map<std::uint64_t, std::uint32_t>, 3> name_counts_;
  double tf_adjustment(const Comparison& c, const Prepared& a, const Prepared& b, bool a_outside) const;
  Model model_;
};

// Documented weights for registries too small to learn from (a few thousand records): m and u
// per field and level as docs/architecture.md explains them, prior P(same) = 0.001 among
// candidate pairs.
Model documented_model();

// Encodes a comparison as one number (for counting patterns) and back.
std::uint32_t encode(const Comparison& c);
Comparison decode(std::uint32_t code);

}  // namespace mitra::linkage
