// linkage_bench: measures the record-linkage engine (src/linkage) on the public FEBRL sets and on
// synthetic Indonesian records. Independent of the mitra server and database.
//
//   linkage_bench febrl <dir>            FEBRL4 (dataset4a + 4b) and FEBRL3 (dataset3), three ways each
//   linkage_bench synth <count> [queries] synthetic Indonesian records: dedup, then single queries
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "linkage/engine.hpp"
#include "linkage/synthetic.hpp"
#include "measure.hpp"

namespace lk = mitra::linkage;
using mitra::bench::Clock;
using mitra::bench::cpu_seconds;
using mitra::bench::peak_mib;
using mitra::bench::seconds;

namespace {

struct Truth {
  std::vector<std::uint32_t> entity;
  std::vector<int> source;
  bool cross_only = false;
  // True pairs: every pair of records of one entity (of different sources when linking).
  std::size_t true_pairs() const {
    std::unordered_map<std::uint32_t, std::array<std::size_t, 2>> groups;
    for (std::size_t i = 0; i < entity.size(); ++i) groups[entity[i]][static_cast<std::size_t>(cross_only ? source[i] : 0)]++;
    std::size_t n = 0;
    for (auto& [e, g] : groups) n += cross_only ? g[0] * g[1] : g[0] * (g[0] - 1) / 2;
    return n;
  }
};

void print_model(const lk::Model& model) {
  std::printf("model: prior %.5f; log2(m/u) per level, strongest agreement first\n", model.prior);
  for (int f = 0; f < lk::kFieldCount; ++f) {
    std::printf("  %-8s", lk::field_name(f));
    for (int l = 0; l < lk::kLevels[static_cast<std::size_t>(f)]; ++l)
      std::printf(" %+6.2f", std::log2(model.m[f][l] / model.u[f][l]));
    std::printf("\n");
  }
}

struct Scores {
  double precision = 0, recall = 0, f1 = 0, blocking_recall = 0, pairs_per_record = 0;
  std::size_t tp = 0, fp = 0, fn = 0, candidates = 0;
  double seconds = 0;
};

Scores run(const std::vector<lk::Record>& records, const Truth& truth, lk::Options options) {
  options.keep_all_candidates = true;
  const auto t0 = Clock::now();
  lk::Index index(records, options);
  auto result = index.dedup();
  Scores s;
  s.seconds = seconds(t0);
  if (std::getenv("LINKAGE_DEBUG")) print_model(result.model);
  const std::size_t truths = truth.true_pairs();
  std::size_t true_candidates = 0;
  for (const auto& p : result.pairs) {
    const bool same = truth.entity[p.a] == truth.entity[p.b];
    if (same) ++true_candidates;
    if (p.decision == lk::Decision::match) (same ? s.tp : s.fp)++;
  }
  s.fn = truths - s.tp;
  if (std::getenv("LINKAGE_DEBUG")) {
    // The missed true pairs, as the engine saw them.
    std::unordered_map<std::uint64_t, const lk::ScoredPair*> seen;
    for (const auto& p : result.pairs) seen[std::uint64_t{p.a} << 32 | p.b] = &p;
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> groups;
    for (std::size_t i = 0; i < records.size(); ++i) groups[truth.entity[i]].push_back(static_cast<std::uint32_t>(i));
    const int show_most = std::getenv("LINKAGE_SHOW") ? std::atoi(std::getenv("LINKAGE_SHOW")) : 25;
    const bool only_unblocked = std::getenv("LINKAGE_UNBLOCKED") != nullptr;
    int shown = 0, fps = 0;
    for (const auto& p : result.pairs) {
      if (p.decision != lk::Decision::match || truth.entity[p.a] == truth.entity[p.b] || ++fps > 8) continue;
      const auto c = lk::compare(index.prepared(p.a), index.prepared(p.b), options.fields);
      std::printf("  false match p=%.3f levels", p.probability);
      for (auto l : c.level) std::printf(" %d", l == lk::kMissing ? -1 : l);
      for (auto i : {p.a, p.b}) {
        const auto& r = records[i];
        std::printf("\n     [%s|%s|%s|%s|%s %s %s|%s]", r.given.c_str(), r.family.c_str(), r.birth_date.c_str(),
                    r.id_number.c_str(), r.region[0].c_str(), r.region[1].c_str(), r.region[2].c_str(), r.address.c_str());
      }
      std::printf("\n");
    }
    for (auto& [e, g] : groups)
      for (auto x : g)
        for (auto y : g) {
          if (x >= y || (truth.cross_only && truth.source[x] == truth.source[y]) || shown > show_most) continue;
          const auto it = seen.find(std::uint64_t{x} << 32 | y);
          if (it != seen.end() && (it->second->decision == lk::Decision::match || only_unblocked)) continue;
          ++shown;
          const auto c = lk::compare(index.prepared(x), index.prepared(y), options.fields);
          std::printf("  missed %s p=%.3f levels", it == seen.end() ? "(not blocked)" : "(scored low)",
                      it == seen.end() ? 0.0 : it->second->probability);
          for (auto l : c.level) std::printf(" %d", l == lk::kMissing ? -1 : l);
          auto show = [](const lk::Record& r) {
            std::printf("\n     [%s|%s|%s|%s|%s %s %s|%s]", r.given.c_str(), r.family.c_str(), r.birth_date.c_str(),
                        r.id_number.c_str(), r.region[0].c_str(), r.region[1].c_str(), r.region[2].c_str(), r.address.c_str());
          };
          show(records[x]);
          show(records[y]);
          std::printf("\n");
        }
  }
  s.candidates = result.candidate_pairs;
  s.precision = s.tp + s.fp ? static_cast<double>(s.tp) / static_cast<double>(s.tp + s.fp) : 0;
  s.recall = truths ? static_cast<double>(s.tp) / static_cast<double>(truths) : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  s.blocking_recall = truths ? static_cast<double>(true_candidates) / static_cast<double>(truths) : 0;
  s.pairs_per_record = static_cast<double>(result.candidate_pairs) / static_cast<double>(records.size());
  return s;
}

void print_header() {
  std::printf("%-34s %9s %9s %9s %9s %9s %8s %8s %8s\n", "set / fields", "precision", "recall", "F1",
              "block.rec", "pairs/rec", "TP", "FP", "FN");
}

void print_row(const std::string& label, const Scores& s) {
  std::printf("%-34s %9.4f %9.4f %9.4f %9.4f %9.2f %8zu %8zu %8zu\n", label.c_str(), s.precision, s.recall, s.f1,
              s.blocking_recall, s.pairs_per_record, s.tp, s.fp, s.fn);
}

// FEBRL CSV: rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode,
// state, date_of_birth, soc_sec_id (comma and space separated, header first).
bool load_febrl(const std::string& path, int source, std::vector<lk::Record>& records, Truth& truth) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> f;
    std::string cell;
    std::istringstream ls(line);
    while (std::getline(ls, cell, ',')) {
      while (!cell.empty() && cell.front() == ' ') cell.erase(0, 1);
      f.push_back(cell);
    }
    if (f.size() < 11) f.resize(11);
    // rec-N-org / rec-N-dup-K
    const auto dash = f[0].find('-'), dash2 = f[0].find('-', dash + 1);
    truth.entity.push_back(static_cast<std::uint32_t>(std::stoul(f[0].substr(dash + 1, dash2 - dash - 1))));
    truth.source.push_back(source);
    lk::Record r;
    r.given = f[1];
    r.family = f[2];
    r.address = f[3] + " " + f[4] + " " + f[5];
    r.region = {f[8], f[7], f[6]};
    r.birth_date = f[9];
    r.id_number = f[10];
    r.source = source;
    records.push_back(std::move(r));
  }
  return true;
}

int febrl(const std::string& dir) {
  struct Set {
    std::string name;
    std::vector<std::string> files;
  };
  const Set sets[] = {{"FEBRL4", {"dataset4a.csv", "dataset4b.csv"}}, {"FEBRL3", {"dataset3.csv"}}};
  print_header();
  for (const auto& set : sets) {
    std::vector<lk::Record> all;
    Truth truth;
    truth.cross_only = set.files.size() > 1;
    for (std::size_t k = 0; k < set.files.size(); ++k) {
      if (!load_febrl(dir + "/" + set.files[k], static_cast<int>(k), all, truth)) {
        std::fprintf(stderr, "cannot read %s/%s\n", dir.c_str(), set.files[k].c_str());
        return 2;
      }
    }
    for (int way = 0; way < 3; ++way) {
      auto records = all;
      for (auto& r : records) {
        if (way >= 1) r.id_number.clear();
        if (way >= 2) r.address.clear();
      }
      lk::Options o;
      o.fields.split_names = true;
      o.cross_source_only = truth.cross_only;
      const char* how[] = {"all fields", "without soc_sec_id", "names + DOB + region"};
      const auto s = run(records, truth, o);
      print_row(set.name + " " + how[way], s);
    }
  }
  return 0;
}

// Calls f(x, y), x < y, for every pair of records of one person.
template <class F>
void for_each_true_pair(const Truth& truth, F f) {
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> groups;
  for (std::size_t i = 0; i < truth.entity.size(); ++i) groups[truth.entity[i]].push_back(static_cast<std::uint32_t>(i));
  for (const auto& [e, g] : groups)
    for (std::size_t x = 0; x < g.size(); ++x)
      for (std::size_t y = x + 1; y < g.size(); ++y) f(std::min(g[x], g[y]), std::max(g[x], g[y]));
}

// Where blocking loses true pairs: no common key at all, or only keys of large buckets (then
// only the birth-date window links them). From the public blocking keys, after the timed dedup.
void blocking_recall(const std::vector<lk::Record>& records, const Truth& truth, std::size_t max_bucket) {
  std::vector<std::vector<std::uint64_t>> keys(records.size());
  std::vector<std::uint64_t> all;
  for (std::size_t i = 0; i < records.size(); ++i) {
    keys[i] = lk::blocking_keys(lk::prepare(records[i]));
    all.insert(all.end(), keys[i].begin(), keys[i].end());
  }
  std::sort(all.begin(), all.end());
  auto bucket = [&](std::uint64_t h) {
    return static_cast<std::size_t>(std::upper_bound(all.begin(), all.end(), h) - std::lower_bound(all.begin(), all.end(), h));
  };
  std::size_t pairs = 0, blocked = 0, sharing = 0;
  for_each_true_pair(truth, [&](std::uint32_t x, std::uint32_t y) {
    ++pairs;
    const auto& a = keys[x];
    const auto& b = keys[y];
    for (auto h : a)
      if (std::binary_search(b.begin(), b.end(), h)) {
        ++sharing;
        break;
      }
    for (auto h : a)
      if (std::binary_search(b.begin(), b.end(), h) && bucket(h) <= max_bucket) {
        ++blocked;
        break;
      }
  });
  std::printf("true pairs sharing any blocking key %.4f, one of at most %zu records %.4f\n",
              pairs ? static_cast<double>(sharing) / static_cast<double>(pairs) : 0, max_bucket,
              pairs ? static_cast<double>(blocked) / static_cast<double>(pairs) : 0);
}

// LINKAGE_BLOCKDIAG=1: the true pairs that are not among the candidates (dedup run with
// keep_all_candidates), by the kinds of blocking keys they share (none, or only keys of large
// buckets whose window left them apart), and those the model would match if compared.
void blocking_diagnosis(const lk::Index& index, const Truth& truth, const lk::Options& o, const lk::DedupResult& result) {
  std::unordered_set<std::uint64_t> candidates;
  for (const auto& p : result.pairs) candidates.insert(std::uint64_t{std::min(p.a, p.b)} << 32 | std::max(p.a, p.b));
  const std::size_t n = index.size();
  std::vector<std::vector<std::pair<char, std::uint64_t>>> keys(n);
  for (std::size_t i = 0; i < n; ++i) keys[i] = lk::blocking_keys_by_kind(index.prepared(i));
  std::size_t pairs = 0, none = 0, windowed_out = 0, would_match = 0;
  std::map<std::string, std::size_t> by_kinds, by_levels;
  std::map<char, std::size_t> would_find;  // lost pairs a kind's whole bucket would find
  for_each_true_pair(truth, [&](std::uint32_t x, std::uint32_t y) {
    ++pairs;
    if (candidates.count(std::uint64_t{x} << 32 | y)) return;
    const auto& a = keys[x];
    const auto& b = keys[y];
    std::string kinds;
    for (const auto& k : a) {
      const auto it = std::lower_bound(b.begin(), b.end(), k, [](const auto& p, const auto& q) { return p.second < q.second; });
      if (it == b.end() || it->second != k.second) continue;
      if (kinds.find(k.first) == std::string::npos) kinds.push_back(k.first);
    }
    std::sort(kinds.begin(), kinds.end());
    if (kinds.empty()) ++none; else ++windowed_out;
    for (char k : kinds) would_find[k]++;
    by_kinds[kinds.empty() ? "-" : kinds]++;
    const auto c = lk::compare(index.prepared(x), index.prepared(y), o.fields);
    if (index.model().probability(c) < o.match_probability) return;
    ++would_match;
    std::string lv = kinds + ": ";
    for (int f : {lk::kName, lk::kBirth, lk::kId, lk::kRegion}) {
      const auto l = c.level[static_cast<std::size_t>(f)];
      lv += std::string(lk::field_name(f)) + "=" + (l == lk::kMissing ? std::string("-") : std::to_string(l)) + " ";
    }
    by_levels[lv]++;
  });
  std::printf("blocking diagnosis: %zu true pairs, lost %zu (%.4f): %zu share no key, %zu only keys of large buckets outside the window\n",
              pairs, none + windowed_out, static_cast<double>(none + windowed_out) / static_cast<double>(pairs), none, windowed_out);
  std::printf("  of the lost pairs, %zu would score as matches if compared (model weight, no name-frequency adjustment)\n", would_match);
  std::printf("  lost pairs by the kinds of keys they share (whole bucket would find them):");
  for (auto [k, v] : would_find) std::printf(" %c %zu", k, v);
  std::printf("\n");
  std::vector<std::pair<std::size_t, std::string>> rows;
  for (auto& [k, v] : by_kinds) rows.push_back({v, k});
  std::sort(rows.rbegin(), rows.rend());
  for (std::size_t i = 0; i < rows.size() && i < 12; ++i) std::printf("  shared kinds %-10s %zu\n", rows[i].second.c_str(), rows[i].first);
  rows.clear();
  for (auto& [k, v] : by_levels) rows.push_back({v, k});
  std::sort(rows.rbegin(), rows.rend());
  std::printf("  the lost pairs that would match, by shared key kinds and levels:\n");
  for (std::size_t i = 0; i < rows.size() && i < 15; ++i) std::printf("  %s %zu\n", rows[i].second.c_str(), rows[i].first);
}

int synth(std::size_t count, std::size_t queries) {
  auto t0 = Clock::now();
  auto set = lk::generate_synthetic(count, 7);
  std::printf("generated %zu records in %.1f s (peak %.0f MiB so far)\n", set.records.size(), seconds(t0), peak_mib());
  Truth truth;
  truth.entity = set.entity;
  lk::Options o;
  o.truth = &truth.entity;
  if (const char* b = std::getenv("LINKAGE_MAX_BUCKET")) o.max_bucket = std::stoul(b);
  if (const char* w = std::getenv("LINKAGE_WINDOW")) o.window = static_cast<std::uint32_t>(std::stoul(w));
  if (const char* t = std::getenv("LINKAGE_THREADS")) o.threads = static_cast<unsigned>(std::stoul(t));
  if (const char* w = std::getenv("LINKAGE_WIDE_WINDOW")) o.wide_window = static_cast<std::uint32_t>(std::stoul(w));
  if (const char* y = std::getenv("LINKAGE_WIDE_YEARS")) o.wide_years = static_cast<std::uint32_t>(std::stoul(y));
  t0 = Clock::now();
  const double cpu0 = cpu_seconds();
  if (std::getenv("LINKAGE_BLOCKDIAG")) o.keep_all_candidates = true;  // to tell which true pairs blocking lost
  lk::Index index(set.records, o);
  const double build = seconds(t0);
  t0 = Clock::now();
  auto result = index.dedup();
  const double dedup = seconds(t0);
  std::size_t tp = 0, fp = 0, possible = 0;
  for (const auto& p : result.pairs) {
    const bool same = truth.entity[p.a] == truth.entity[p.b];
    if (p.decision == lk::Decision::match) (same ? tp : fp)++;
    else if (p.decision == lk::Decision::possible_match) ++possible;
  }
  const double dedup_peak = peak_mib();
  const double dedup_cpu = cpu_seconds() - cpu0;
  const std::size_t truths = truth.true_pairs();
  const double precision = tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
  const double recall = static_cast<double>(tp) / static_cast<double>(truths);
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::printf("records %zu, true pairs %zu, candidate pairs %zu (%.2f per record)\n", set.records.size(), truths,
              result.candidate_pairs, static_cast<double>(result.candidate_pairs) / static_cast<double>(set.records.size()));
  std::printf("precision %.4f recall %.4f F1 %.4f (TP %zu FP %zu FN %zu; %zu possible matches for review)\n", precision,
              recall, f1, tp, fp, truths - tp, possible);
  std::printf("time: index %.2f s, compare %.2f s, EM %.2f s; end to end %.2f s = %.0f records/s; peak memory %.0f MiB\n",
              build, result.seconds_comparing, result.seconds_em, build + dedup,
              static_cast<double>(set.records.size()) / (build + dedup), dedup_peak);
  std::printf("CPU time of index + dedup: %.1f s on %u threads (%.0f%% of %u cores while it ran)\n", dedup_cpu, o.threads,
              100.0 * dedup_cpu / (build + dedup) / o.threads, o.threads);
  std::printf("SUMMARY %zu records: index + dedup wall %.1f s, CPU %.1f s (user + sys, %u threads), peak memory %.0f MiB "
              "(whole process, input included); F1 %.4f\n",
              set.records.size(), build + dedup, dedup_cpu, o.threads, dedup_peak, f1);
  std::printf("blocking recall %.4f (true pairs among the candidates)\n",
              static_cast<double>(result.true_candidate_pairs) / static_cast<double>(truths));
  if (set.records.size() <= 200000) blocking_recall(set.records, truth, o.max_bucket);
  if (std::getenv("LINKAGE_BLOCKDIAG")) blocking_diagnosis(index, truth, o, result);
  print_model(result.model);
  if (std::getenv("LINKAGE_DEBUG")) {
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> groups;
    for (std::size_t i = 0; i < set.records.size(); ++i) groups[truth.entity[i]].push_back(static_cast<std::uint32_t>(i));
    std::unordered_map<std::uint64_t, float> matched;
    for (const auto& p : result.pairs)
      if (p.decision == lk::Decision::match) matched[std::uint64_t{std::min(p.a, p.b)} << 32 | std::max(p.a, p.b)] = p.probability;
    int shown = 0;
    for (auto& [e, g] : groups)
      for (auto x : g)
        for (auto y : g) {
          if (x >= y || shown > 40 || matched.count(std::uint64_t{x} << 32 | y)) continue;
          ++shown;
          const auto c = lk::compare(index.prepared(x), index.prepared(y), o.fields);
          const auto ka = lk::blocking_keys(index.prepared(x)), kb = lk::blocking_keys(index.prepared(y));
          bool shared = false;
          for (auto h : ka) shared = shared || std::binary_search(kb.begin(), kb.end(), h);
          std::printf("  missed%s p=%.4f levels", shared ? "" : " (no common key)", result.model.probability(c));
          for (auto l : c.level) std::printf(" %d", l == lk::kMissing ? -1 : l);
          for (auto i : {x, y}) {
            const auto& r = set.records[i];
            std::printf("\n     [%s|%s%s|%c|%s|%s|%s]", r.name.c_str(), r.birth_date.c_str(), r.birth_estimated ? "~" : "",
                        r.sex ? r.sex : '-', r.id_number.c_str(), r.region[2].c_str(), r.mother_name.c_str());
          }
          std::printf("\n");
        }
  }
  if (queries > 0) {
    // Fresh registrations of persons already in the registry, one at a time.
    std::mt19937_64 rng(99);
    std::vector<double> ms;
    std::size_t found = 0;
    for (std::size_t q = 0; q < queries; ++q) {
      const auto i = std::uniform_int_distribution<std::size_t>(0, set.records.size() - 1)(rng);
      const auto probe = lk::corrupt_record(set.records[i], rng);
      const auto tq = Clock::now();
      const auto hits = index.query(probe, 10);
      ms.push_back(seconds(tq) * 1000);
      for (const auto& h : hits)
        if (truth.entity[h.b] == truth.entity[i]) {
          ++found;
          break;
        }
    }
    std::sort(ms.begin(), ms.end());
    std::printf("queries %zu: p50 %.2f ms, p95 %.2f ms, max %.2f ms; the person among the hits in %.1f%%\n", queries,
                ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back(), 100.0 * static_cast<double>(found) / static_cast<double>(queries));
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "febrl" && argc > 2) return febrl(argv[2]);
  if (mode == "synth" && argc > 2)
    return synth(std::stoul(argv[2]), argc > 3 ? std::stoul(argv[3]) : 0);
  std::fprintf(stderr, "usage: linkage_bench febrl <dir> | synth <count> [queries]\n");
  return 2;
}
