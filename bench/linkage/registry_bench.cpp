// registry_bench: the review queue of `mitra dedup` (services/duplicate_service.cpp) measured on
// synthetic Indonesian records with known truth. `mitra dedup` learns its weights by EM when the
// registry is large enough and what EM learned is plausible, and uses the documented weights
// (linkage::documented_model()) otherwise (services::dedup_registry()); it queues a pair when it
// is a match, or a possible match corroborated by more than name, sex, region and an estimated
// birth year (services::queued()). This prints how precise and complete that queue is, both
// ways, on the same records.
//
//   registry_bench <count>     e.g. registry_bench 100000
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <cstdio>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "linkage/engine.hpp"
#include "linkage/synthetic.hpp"
#include "measure.hpp"
#include "services/person_linkage.hpp"

namespace lk = mitra::linkage;
using mitra::bench::Clock;
using mitra::bench::peak_mib;
using mitra::bench::seconds;

namespace {

std::size_t true_pairs_of(const std::vector<std::uint32_t>& entity) {
  std::unordered_map<std::uint32_t, std::size_t> sizes;
  for (auto e : entity) ++sizes[e];
  std::size_t n = 0;
  for (const auto& [e, k] : sizes) n += k * (k - 1) / 2;
  return n;
}

struct QueueScore {
  std::size_t queued = 0, tp = 0;
};

void print(const char* label, const QueueScore& q, std::size_t truths) {
  const double precision = q.queued ? static_cast<double>(q.tp) / static_cast<double>(q.queued) : 0;
  const double recall = truths ? static_cast<double>(q.tp) / static_cast<double>(truths) : 0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::printf("%-46s queued %9zu  precision %.4f  recall %.4f  F1 %.4f\n", label, q.queued, precision, recall, f1);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: registry_bench <count>\n");
    return 2;
  }
  const auto set = lk::generate_synthetic(std::stoul(argv[1]), 7);
  const std::size_t truths = true_pairs_of(set.entity);
  std::printf("records %zu, true pairs %zu\n", set.records.size(), truths);

  // As `mitra dedup` does it (services::dedup_registry), then with the documented weights alone.
  lk::Options options;
  options.threads = 2;
  auto t0 = Clock::now();
  const auto registry = mitra::services::dedup_registry(set.records, options);
  const double registry_seconds = seconds(t0);
  const auto documented = lk::documented_model();
  options.model = &documented;
  t0 = Clock::now();
  lk::Index documented_index(set.records, options);
  const auto documented_result = documented_index.dedup();
  const double documented_seconds = seconds(t0);
  for (const auto& [label, index, result, seconds] :
       {std::tuple{registry.learned ? "mitra dedup (weights learned by EM)" : "mitra dedup (documented weights)",
                   registry.index.get(), &registry.result, registry_seconds},
        std::tuple{"documented weights", &documented_index, &documented_result, documented_seconds}}) {
    QueueScore matches, queue;
    std::map<std::string, int> patterns;
    for (const auto& p : result->pairs) {
      const bool same = set.entity[p.a] == set.entity[p.b];
      if (p.decision == lk::Decision::match) {
        ++matches.queued;
        matches.tp += same ? 1 : 0;
      }
      if (!mitra::services::queued(p, lk::compare(index->prepared(p.a), index->prepared(p.b), options.fields))) continue;
      ++queue.queued;
      queue.tp += same ? 1 : 0;
      if (!same && std::getenv("REGISTRY_DEBUG")) {
        const auto c = lk::compare(index->prepared(p.a), index->prepared(p.b), options.fields);
        std::string key;
        for (int f = 0; f < lk::kFieldCount; ++f)
          key += std::string(lk::field_name(f)) + "=" + (c.level[f] == lk::kMissing ? std::string("-") : std::to_string(c.level[f])) + " ";
        ++patterns[key + (p.decision == lk::Decision::match ? "M" : "P")];
      }
    }
    std::printf("%s: %zu candidate pairs, %.1f s\n", label, result->candidate_pairs, seconds);
    print("  matches", matches, truths);
    print("  review queue (matches + corroborated possible)", queue, truths);
    std::vector<std::pair<int, std::string>> top;
    for (const auto& [k, n] : patterns) top.emplace_back(n, k);
    std::sort(top.rbegin(), top.rend());
    for (std::size_t i = 0; i < top.size() && i < 12; ++i) std::printf("    false: %6d  %s\n", top[i].first, top[i].second.c_str());
  }
  std::printf("peak memory %.0f MiB\n", peak_mib());
  return 0;
}
