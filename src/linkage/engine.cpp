#include "linkage/engine.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>
#include <tuple>
#include <unordered_map>

namespace mitra::linkage {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::uint64_t fnv(char kind, std::initializer_list<std::string_view> parts) {
  std::uint64_t h = 1469598103934665603ull;
  auto eat = [&](unsigned char c) {
    h ^= c;
    h *= 1099511628211ull;
  };
  eat(static_cast<unsigned char>(kind));
  for (auto p : parts) {
    for (char c : p) eat(static_cast<unsigned char>(c));
    eat(0x1f);
  }
  return h;
}

constexpr double kFloor = 1e-6;

// Keys without a birth date in them (identity number, names, names with a region) carry the
// top bit: a large bucket of one is compared over a wider birth-date window (window_span).
constexpr std::uint64_t kDateless = std::uint64_t{1} << 63;
std::uint64_t key_hash(char kind, std::uint64_t h) {
  const bool dateless = std::string_view("IPDRTtES").find(kind) != std::string_view::npos;
  return dateless ? h | kDateless : h & ~kDateless;
}

constexpr std::uint32_t kUnknownOrder = 99999999u;

// The entries of a large bucket [s, e) compared with a record sorting at `at` (its own entry in
// dedup, where it would be inserted in query): `window` neighbours each side in birth-date
// order; for a dateless key also every neighbour within `wide_years` of its birth date, up to
// `wide_window` each side (an estimated age or a placeholder date sorts a few places away).
std::pair<std::uint32_t, std::uint32_t> window_span(const std::vector<std::uint32_t>& orders, std::uint32_t s,
                                                    std::uint32_t e, std::uint32_t at, std::uint32_t right_from,
                                                    std::uint32_t order, bool dateless, const Options& o) {
  std::uint32_t lo = at - s > o.window ? at - o.window : s;
  std::uint32_t hi = std::min(e, right_from + o.window);
  if (dateless && order != kUnknownOrder && o.wide_window > o.window) {
    const std::uint32_t span = o.wide_years * 10000u;  // YYYYMMDD: 10000 is a year
    const std::uint32_t lowest = at - s > o.wide_window ? at - o.wide_window : s;
    while (lo > lowest && orders[lo - 1] + span >= order) --lo;
    const std::uint32_t highest = std::min(e, right_from + o.wide_window);
    while (hi < highest && orders[hi] <= order + span) ++hi;
  }
  return {lo, hi};
}

void prefetch_record(const Prepared& p) {
  const char* at = reinterpret_cast<const char*>(&p);
  for (std::size_t offset = 0; offset < sizeof(Prepared); offset += 64) __builtin_prefetch(at + offset);
}

// The heap blocks compare() reads first: the name's words, their hashes and keys.
void prefetch_words(const Prepared& p) {
  __builtin_prefetch(p.name.tokens.data());
  __builtin_prefetch(p.name.hashes.data());
  __builtin_prefetch(p.name.keys.data());
  if (!p.mother.tokens.empty()) __builtin_prefetch(p.mother.tokens.data());
  if (!p.given.tokens.empty()) __builtin_prefetch(p.given.tokens.data());
  if (!p.family.tokens.empty()) __builtin_prefetch(p.family.tokens.data());
}

// Runs body(thread_index) on `threads` threads (inline when one).
template <class F>
void parallel(unsigned threads, F body) {
  if (threads <= 1) {
    body(0u);
    return;
  }
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(body, t);
  for (auto& th : pool) th.join();
}

}  // namespace

double Model::weight(const Comparison& c) const {
  double w = 0;
  for (int f = 0; f < kFieldCount; ++f) {
    const auto l = c.level[static_cast<std::size_t>(f)];
    if (l == kMissing) continue;
    w += std::log2(std::max(m[f][l], kFloor) / std::max(u[f][l], kFloor));
  }
  return w;
}

double Model::probability(const Comparison& c) const { return probability_of_weight(weight(c)); }

double Model::probability_of_weight(double w) const {
  const double odds = std::exp2(w) * prior / (1.0 - prior);
  return std::isinf(odds) ? 1.0 : odds / (1.0 + odds);
}

std::uint32_t encode(const Comparison& c) {
  std::uint32_t code = 0;
  for (int f = kFieldCount - 1; f >= 0; --f) {
    const auto l = c.level[static_cast<std::size_t>(f)];
    code = code * static_cast<std::uint32_t>(kLevels[static_cast<std::size_t>(f)] + 1) +
           (l == kMissing ? 0u : l + 1u);
  }
  return code;
}

Comparison decode(std::uint32_t code) {
  Comparison c;
  for (int f = 0; f < kFieldCount; ++f) {
    const auto radix = static_cast<std::uint32_t>(kLevels[static_cast<std::size_t>(f)] + 1);
    const auto d = code % radix;
    code /= radix;
    c.level[static_cast<std::size_t>(f)] = d == 0 ? kMissing : static_cast<std::uint8_t>(d - 1);
  }
  return c;
}

Model initial_model(const std::vector<Comparison>& random_pairs) {
  Model model;
  for (int f = 0; f < kFieldCount; ++f) {
    const int levels = kLevels[static_cast<std::size_t>(f)];
    // m: most matches agree fully; the rest spread over the weaker levels, halving.
    double rest = 0.2;
    for (int l = 0; l < levels; ++l) {
      model.m[f][l] = l == 0 ? 0.8 : rest / 2;
      if (l > 0) rest /= 2;
    }
    std::array<double, kMaxLevels> counts{};
    double total = 0;
    for (const auto& c : random_pairs) {
      const auto l = c.level[static_cast<std::size_t>(f)];
      if (l == kMissing) continue;
      counts[l] += 1;
      total += 1;
    }
    for (int l = 0; l < levels; ++l)
      model.u[f][l] = total > 0 ? (counts[l] + 0.5) / (total + 0.5 * levels) : 1.0 / levels;
  }
  model.prior = 0.05;
  return model;
}

Model fit_em(const std::vector<PatternCount>& patterns, Model model, int iterations, bool learn_u) {
  for (int it = 0; it < iterations; ++it) {
    std::array<std::array<double, kMaxLevels>, kFieldCount> mm{}, uu{};
    double matches = 0, total = 0;
    for (const auto& p : patterns) {
      const double g = model.probability(p.comparison);
      matches += g * p.count;
      total += p.count;
      for (int f = 0; f < kFieldCount; ++f) {
        const auto l = p.comparison.level[static_cast<std::size_t>(f)];
        if (l == kMissing) continue;
        mm[f][l] += g * p.count;
        uu[f][l] += (1 - g) * p.count;
      }
    }
    if (total == 0) break;
    Model next = model;
    next.prior = std::clamp(matches / total, 1e-12, 1 - 1e-9);
    double moved = std::abs(std::log(next.prior / model.prior));
    for (int f = 0; f < kFieldCount; ++f) {
      const int levels = kLevels[static_cast<std::size_t>(f)];
      const double sm = std::accumulate(mm[f].begin(), mm[f].begin() + levels, 0.0);
      const double su = std::accumulate(uu[f].begin(), uu[f].begin() + levels, 0.0);
      if (sm <= 0 || su <= 0) continue;  // field never comparable: keep the start values
      for (int l = 0; l < levels; ++l) {
        next.m[f][l] = std::max(mm[f][l] / sm, kFloor);
        if (learn_u) next.u[f][l] = std::max(uu[f][l] / su, kFloor);
        moved = std::max({moved, std::abs(next.m[f][l] - model.m[f][l]), std::abs(next.u[f][l] - model.u[f][l])});
      }
    }
    model = next;
    if (moved < 1e-6) break;
  }
  return model;
}

namespace {

// Appends every blocking key of `p` as (kind, hash); fnv's first byte is the kind.
struct KeySink {
  std::vector<std::uint64_t>* hashes = nullptr;
  std::vector<std::pair<char, std::uint64_t>>* kinds = nullptr;
  void push_back(char kind, std::uint64_t h) const {
    if (hashes) hashes->push_back(h);
    if (kinds) kinds->push_back({kind, h});
  }
};

void add_blocking_keys(const Prepared& p, const KeySink& out) {
  auto fnv = [](char kind, std::initializer_list<std::string_view> parts) {
    return std::pair<char, std::uint64_t>{kind, key_hash(kind, mitra::linkage::fnv(kind, parts))};
  };
  struct Pusher {
    const KeySink& out;
    void push_back(std::pair<char, std::uint64_t> k) const { out.push_back(k.first, k.second); }
  } keys{out};
  if (!p.id_number.empty()) keys.push_back(fnv('I', {p.id_number}));
  const auto& nk = p.name.keys;
  const std::size_t n = std::min<std::size_t>(nk.size(), 4);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      if (nk[i] == nk[j]) continue;
      const bool lt = nk[i] < nk[j];
      keys.push_back(fnv('P', {lt ? nk[i] : nk[j], lt ? nk[j] : nk[i]}));
    }
  // Keys of a birth date and region: the record's own, and those its NIK states (a person who
  // moved keeps the NIK of the district where it was issued).
  auto dated_keys = [&](const Date& birth, bool estimated, bool placeholder, const std::array<std::string, 3>& region) {
    char year[8] = {}, date[16] = {};
    if (birth.known()) {
      std::snprintf(year, sizeof year, "%04d", birth.year % 10000);
      std::snprintf(date, sizeof date, "%04d%02d%02d", birth.year % 10000, birth.month % 100, birth.day % 100);
    }
    const bool real_date = birth.known() && !placeholder && !estimated;
    // A placeholder date blocks only together with something else (region, name initial).
    const bool dated = birth.known() && !estimated;
    for (std::size_t i = 0; i < n; ++i) {
      if (nk[i].empty()) continue;
      if (year[0]) keys.push_back(fnv('Y', {nk[i], year}));
      if (!region[2].empty()) keys.push_back(fnv('D', {nk[i], region[2]}));
      if (!region[1].empty()) keys.push_back(fnv('R', {nk[i], region[1]}));
      if (dated) keys.push_back(fnv('b', {date, std::string_view(p.name.tokens[i]).substr(0, 1)}));
      if (!region[1].empty() && p.name.tokens[i].size() >= 3)
        keys.push_back(fnv('T', {std::string_view(p.name.tokens[i]).substr(0, 3), region[1]}));
      if (!region[2].empty() && p.name.tokens[i].size() >= 3)
        keys.push_back(fnv('t', {std::string_view(p.name.tokens[i]).substr(0, 3), region[2]}));
      if (n == 1 && !region[2].empty() && p.name.tokens[i].size() >= 2)  // single names with a typo: Dedi / Dewi
        keys.push_back(fnv('E', {std::string_view(p.name.tokens[i]).substr(0, 2), region[2]}));
    }
    // Given and family name (when the source splits names) with the province: the postcode or
    // suburb mistyped. FEBRL3 blocking recall 0.9913 -> 0.9943 for 1.7 -> 4.9 pairs per record;
    // on whole Indonesian names the same key (any name word) cost 6 pairs per record at 100k
    // and found no pair the other keys missed, so whole names do not get it.
    if (!region[0].empty())
      for (const auto* part : {&p.given, &p.family})
        for (const auto& k : part->keys)
          if (!k.empty()) keys.push_back(fnv('S', {k, region[0]}));
    // The finest region with the birth year in four-year bins (two grids offset by two years, so
    // that years at most two apart share a bin in one): the same district and about the same age,
    // whatever the name (typos in the first letters, nicknames, estimated ages).
    // With the sex (both when unknown): half the bucket for the same pairs.
    if (birth.known() && !region[2].empty()) {
      char bins[2][12];
      std::snprintf(bins[0], sizeof bins[0], "a%d", birth.year / 4);
      std::snprintf(bins[1], sizeof bins[1], "b%d", (birth.year + 2) / 4);
      for (const std::string_view sex : {"L", "P"})
        if (!p.sex || p.sex == sex[0])
          for (const auto* bin : bins) keys.push_back(fnv('Z', {region[2], bin, sex}));
    }
    if (dated && !region[1].empty()) keys.push_back(fnv('B', {date, region[1]}));
    // A real date with the province alone: both names replaced and the regency mistyped.
    if (real_date && !region[0].empty()) keys.push_back(fnv('V', {date, region[0]}));
    if (dated && !region[2].empty()) keys.push_back(fnv('C', {date, region[2]}));
    // A year typo: same day and month, same regency, same initial.
    if (real_date && !region[1].empty() && !p.name.tokens.empty())
      keys.push_back(fnv('Q', {std::string_view(date).substr(4), region[1], std::string_view(p.name.tokens[0]).substr(0, 1)}));
    if (!p.mother.keys.empty() && year[0]) keys.push_back(fnv('M', {p.mother.keys.front(), year}));
  };
  // The house number with the street's first letters ("24 yarra", "Jl. Cendrawasih No. 12"):
  // the same home whatever the names, date and region say (a person re-registered under a
  // nickname, with a guessed age, a postcode mistyped).
  {
    std::string_view number, street;
    for (const auto& w : p.address) {
      const bool digits = std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (digits && number.empty()) number = w;
      if (!digits && street.empty() && w.size() >= 3 && w != "jalan" && w != "gang" && w != "street")
        street = std::string_view(w).substr(0, 3);
    }
    if (!number.empty() && !street.empty()) keys.push_back(fnv('A', {number, street}));
  }
  dated_keys(p.birth, p.birth_estimated, p.birth_placeholder, p.region);
  if (p.nik_valid && (p.nik_birth != p.birth || p.nik_region != p.region))
    dated_keys(p.nik_birth, false, is_placeholder_date(p.nik_birth), p.nik_region);
}

}  // namespace

std::vector<std::uint64_t> blocking_keys(const Prepared& p) {
  std::vector<std::uint64_t> keys;
  add_blocking_keys(p, {&keys, nullptr});
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::vector<std::pair<char, std::uint64_t>> blocking_keys_by_kind(const Prepared& p) {
  std::vector<std::pair<char, std::uint64_t>> keys;
  add_blocking_keys(p, {nullptr, &keys});
  std::sort(keys.begin(), keys.end(), [](const auto& x, const auto& y) { return x.second < y.second; });
  keys.erase(std::unique(keys.begin(), keys.end(), [](const auto& x, const auto& y) { return x.second == y.second; }), keys.end());
  return keys;
}

std::uint32_t window_order(const Prepared& p) {
  // Birth date as YYYYMMDD, unknown last.
  const std::uint32_t date = p.birth.known() ? static_cast<std::uint32_t>(p.birth.year * 10000 + p.birth.month * 100 + p.birth.day) : kUnknownOrder;
  return date;
}

Index::Index(const std::vector<Record>& records, Options options) : options_(options) {
  const unsigned threads = std::max(1u, options_.threads);
  prepared_.resize(records.size());
  std::vector<std::vector<std::uint64_t>> keys(records.size());
  parallel(threads, [&](unsigned t) {
    for (std::size_t i = t; i < records.size(); i += threads) {
      prepared_[i] = prepare(records[i]);
      keys[i] = blocking_keys(prepared_[i]);
    }
  });
  key_offset_.assign(records.size() + 1, 0);
  for (std::size_t i = 0; i < records.size(); ++i)
    key_offset_[i + 1] = key_offset_[i] + static_cast<std::uint32_t>(keys[i].size());
  const std::size_t total = key_offset_.back();
  // Entries sorted by key, then birth date: a bucket too large to compare whole is compared
  // as a sliding window over its members in birth-date order (sorted neighbourhood).
  struct Entry {
    std::uint64_t hash;
    std::uint32_t order, record;
    bool operator<(const Entry& o) const {
      return hash != o.hash ? hash < o.hash : (order != o.order ? order < o.order : record < o.record);
    }
  };
  std::vector<Entry> entries;
  entries.reserve(total);
  for (std::size_t i = 0; i < records.size(); ++i) {
    for (auto h : keys[i]) entries.push_back({h, window_order(prepared_[i]), static_cast<std::uint32_t>(i)});
    std::vector<std::uint64_t>().swap(keys[i]);
  }
  if (threads > 1 && entries.size() > 100000) {  // two sorted halves, merged
    const auto middle = entries.begin() + static_cast<std::ptrdiff_t>(entries.size() / 2);
    parallel(2, [&](unsigned t) { t == 0 ? std::sort(entries.begin(), middle) : std::sort(middle, entries.end()); });
    std::inplace_merge(entries.begin(), middle, entries.end());
  } else {
    std::sort(entries.begin(), entries.end());
  }
  hashes_.resize(total);
  owners_.resize(total);
  orders_.resize(total);
  run_start_.resize(total);
  run_end_.assign(total, 0);
  key_runs_.assign(total, 0);
  for (const auto& p : prepared_) {
    if (!p.name.empty()) name_counts_[0][p.name_print]++;
    if (!p.given.empty()) name_counts_[1][p.given_print]++;
    if (!p.family.empty()) name_counts_[2][p.family_print]++;
  }
  std::vector<std::uint32_t> cursor(key_offset_.begin(), key_offset_.end() - 1);
  for (std::size_t s = 0; s < total;) {
    std::size_t e = s;
    while (e < total && entries[e].hash == entries[s].hash) ++e;
    run_end_[s] = static_cast<std::uint32_t>(e);
    for (std::size_t k = s; k < e; ++k) {
      hashes_[k] = entries[k].hash;
      owners_[k] = entries[k].record;
      orders_[k] = entries[k].order;
      run_start_[k] = static_cast<std::uint32_t>(s);
      key_runs_[cursor[entries[k].record]++] = static_cast<std::uint32_t>(k);
    }
    s = e;
  }
}

double Index::tf_adjustment(const Comparison& c, const Prepared& a, const Prepared& b, bool a_outside) const {
  double adjust = 0;
  const double n = static_cast<double>(prepared_.size()) + (a_outside ? 1 : 0);
  auto add = [&](int field, int which, std::uint64_t print_a, std::uint64_t print_b) {
    if (c.level[static_cast<std::size_t>(field)] != 0 || print_a != print_b) return;
    const auto& counts = name_counts_[static_cast<std::size_t>(which)];
    const auto it = counts.find(print_a);
    const double k = (it == counts.end() ? 0.0 : it->second) + (a_outside ? 1 : 0);
    const double share = std::max(k - 1, 1.0) / n;  // others with that name, the pair's own record aside
    adjust += std::clamp(std::log2(model_.u[field][0] / share), -10.0, 10.0);
  };
  add(kName, 0, a.name_print, b.name_print);
  add(kGiven, 1, a.given_print, b.given_print);
  add(kFamily, 2, a.family_print, b.family_print);
  return adjust;
}

Decision Index::decide(double p) const {
  if (p >= options_.match_probability) return Decision::match;
  if (p >= options_.possible_probability) return Decision::possible_match;
  return Decision::non_match;
}

DedupResult Index::dedup() {
  DedupResult out;
  const unsigned threads = std::max(1u, options_.threads);
  const std::size_t n = prepared_.size();
  auto t0 = Clock::now();
  struct Found {
    std::uint32_t a, b, code;
  };
  std::vector<std::vector<Found>> found(threads);
  // Comparison vectors are few (the product of the level counts): count them in a flat array.
  std::uint32_t codes = 1;
  for (int f = 0; f < kFieldCount; ++f) codes *= static_cast<std::uint32_t>(kLevels[static_cast<std::size_t>(f)] + 1);
  std::vector<std::vector<std::uint32_t>> counts(threads, std::vector<std::uint32_t>(codes, 0));
  parallel(threads, [&](unsigned t) {
    std::vector<std::uint32_t> cands;
    for (std::size_t i = t; i < n; i += threads) {
      cands.clear();
      const auto& pi = prepared_[i];
      for (std::uint32_t k = key_offset_[i]; k < key_offset_[i + 1]; ++k) {
        const std::uint32_t at = key_runs_[k];
        std::uint32_t s = run_start_[at], e = run_end_[s];
        if (e - s > options_.max_bucket)
          std::tie(s, e) = window_span(orders_, s, e, at, at + 1, orders_[at], (hashes_[at] & kDateless) != 0, options_);
        for (std::uint32_t x = s; x < e; ++x) {
          const auto j = owners_[x];
          if (j <= i) continue;
          if (options_.cross_source_only && prepared_[j].source == pi.source) continue;
          cands.push_back(j);
        }
      }
      std::sort(cands.begin(), cands.end());
      cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
      for (std::size_t k = 0; k < cands.size(); ++k) {
        // Candidates are scattered over the registry: fetch the records a few pairs ahead (the
        // comparison waits on memory more than it computes).
        if (k + 8 < cands.size()) prefetch_record(prepared_[cands[k + 8]]);
        if (k + 4 < cands.size()) prefetch_words(prepared_[cands[k + 4]]);
        const auto j = cands[k];
        const auto code = encode(compare(pi, prepared_[j], options_.fields));
        found[t].push_back({static_cast<std::uint32_t>(i), j, code});
        counts[t][code] += 1;
      }
    }
  });
  out.seconds_comparing = since(t0);
  t0 = Clock::now();
  // EM over the whole space of pairs: the candidates' distinct comparison vectors, plus the pairs
  // blocking left out (almost all different persons), represented by a random sample weighted by
  // how many pairs it stands for. The prior is then P(same person) for two records at random,
  // and u is mostly learned from the random pairs.
  std::vector<Comparison> random_pairs;
  if (n > 1) {
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    for (int k = 0; k < 200000; ++k) {
      const auto a = pick(rng), b = pick(rng);
      if (a == b) continue;
      if (options_.cross_source_only && prepared_[a].source == prepared_[b].source) continue;
      random_pairs.push_back(compare(prepared_[a], prepared_[b], options_.fields));
    }
  }
  std::unordered_map<std::uint32_t, double> merged;
  std::size_t candidates = 0;
  for (auto& c : counts) {
    for (std::uint32_t code = 0; code < codes; ++code)
      if (c[code]) merged[code] += c[code], candidates += c[code];
    std::vector<std::uint32_t>().swap(c);
  }
  const std::vector<std::pair<std::uint32_t, double>> counts_for_anchor(merged.begin(), merged.end());
  double all_pairs = 0;
  if (options_.cross_source_only) {
    std::unordered_map<int, double> per_source;
    for (const auto& p : prepared_) per_source[p.source] += 1;
    double sum = 0, squares = 0;
    for (auto [s, k] : per_source) sum += k, squares += k * k;
    all_pairs = (sum * sum - squares) / 2;
  } else {
    all_pairs = static_cast<double>(n) * static_cast<double>(n - 1) / 2;
  }
  if (!random_pairs.empty()) {
    const double each = std::max(0.0, all_pairs - static_cast<double>(candidates)) / static_cast<double>(random_pairs.size());
    for (const auto& c : random_pairs) merged[encode(c)] += each;
  }
  std::vector<PatternCount> patterns;
  patterns.reserve(merged.size());
  for (auto [code, k] : merged) patterns.push_back({decode(code), k});
  Model start = initial_model(random_pairs);
  start.prior = all_pairs > 0 ? std::min(0.5, static_cast<double>(n) / all_pairs) : 0.01;
  // Anchor: candidate pairs with the same identity number are (nearly all) one person, so they
  // show how the other fields of true matches look. EM started there does not drift into a
  // class of look-alike strangers (it did on 300k synthetic records from the generic start).
  {
    std::array<std::array<double, kMaxLevels>, kFieldCount> seen{};
    double anchors = 0;
    for (const auto& c : counts_for_anchor) {
      const auto comparison = decode(c.first);
      if (comparison.level[kId] != 0) continue;
      anchors += c.second;
      for (int f = 0; f < kFieldCount; ++f) {
        const auto l = comparison.level[static_cast<std::size_t>(f)];
        if (l != kMissing) seen[f][l] += c.second;
      }
    }
    if (anchors >= 100) {
      for (int f = 0; f < kFieldCount; ++f) {
        if (f == kId) continue;
        const int levels = kLevels[static_cast<std::size_t>(f)];
        const double total = std::accumulate(seen[f].begin(), seen[f].begin() + levels, 0.0);
        if (total < 50) continue;
        for (int l = 0; l < levels; ++l) start.m[f][l] = (seen[f][l] + 0.5) / (total + 0.5 * levels);
      }
      start.m[kId][0] = 0.9, start.m[kId][1] = 0.05, start.m[kId][2] = 0.05;
    }
  }
  model_ = options_.model ? *options_.model : fit_em(patterns, start, options_.em_iterations, options_.learn_u);
  out.learned = !options_.model;
  if (out.learned && options_.accept_learned && options_.model_if_refused && !options_.accept_learned(model_)) {
    model_ = *options_.model_if_refused;
    out.learned = false;
  }
  // Weight of each comparison vector seen, and whether exact name agreement is adjusted for
  // the name's frequency; then every pair scored, each thread its own (in thread order).
  std::vector<double> score(codes, 0.0);
  std::vector<std::uint8_t> exact_name(codes, 0);
  for (const auto& p : patterns) {
    const auto code = encode(p.comparison);
    score[code] = model_.weight(p.comparison);
    const auto& l = p.comparison.level;
    exact_name[code] = l[kName] == 0 || l[kGiven] == 0 || l[kFamily] == 0;
  }
  out.seconds_em = since(t0);
  t0 = Clock::now();
  std::vector<std::vector<ScoredPair>> kept(threads);
  std::vector<std::size_t> true_candidates(threads, 0);
  parallel(threads, [&](unsigned t) {
    auto& f = found[t];
    for (const auto& x : f) {
      double w = score[x.code];
      if (exact_name[x.code]) w += tf_adjustment(decode(x.code), prepared_[x.a], prepared_[x.b], false);
      const double p = model_.probability_of_weight(w);
      const auto d = decide(p);
      if (options_.truth && (*options_.truth)[x.a] == (*options_.truth)[x.b]) ++true_candidates[t];
      if (d == Decision::non_match && !options_.keep_all_candidates) continue;
      kept[t].push_back({x.a, x.b, static_cast<float>(w), static_cast<float>(p), d});
    }
  });
  std::size_t total_kept = 0;
  for (unsigned t = 0; t < threads; ++t) {
    out.candidate_pairs += found[t].size();
    out.true_candidate_pairs += true_candidates[t];
    total_kept += kept[t].size();
    std::vector<Found>().swap(found[t]);
  }
  out.pairs.reserve(total_kept);
  for (auto& k : kept) {
    out.pairs.insert(out.pairs.end(), k.begin(), k.end());
    std::vector<ScoredPair>().swap(k);
  }
  out.seconds_comparing += since(t0);
  out.model = model_;
  return out;
}

std::vector<ScoredPair> Index::query(const Record& record, std::size_t limit) const {
  const auto p = prepare(record);
  std::vector<std::uint32_t> cands;
  for (auto h : blocking_keys(p)) {
    const auto it = std::lower_bound(hashes_.begin(), hashes_.end(), h);
    if (it == hashes_.end() || *it != h) continue;
    auto s = static_cast<std::uint32_t>(it - hashes_.begin()), e = run_end_[s];
    if (e - s > options_.max_bucket) {  // the window around where the record would sort
      const auto order = window_order(p);
      const auto at = static_cast<std::uint32_t>(std::lower_bound(orders_.begin() + s, orders_.begin() + e, order) - orders_.begin());
      std::tie(s, e) = window_span(orders_, s, e, at, at, order, (h & kDateless) != 0, options_);
    }
    for (auto x = s; x < e; ++x) cands.push_back(owners_[x]);
  }
  std::sort(cands.begin(), cands.end());
  cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
  std::vector<ScoredPair> out;
  for (auto j : cands) {
    const auto c = compare(p, prepared_[j], options_.fields);
    const double w = model_.weight(c) + tf_adjustment(c, p, prepared_[j], true);
    const double prob = model_.probability_of_weight(w);
    const auto d = decide(prob);
    if (d == Decision::non_match) continue;
    out.push_back({0xffffffffu, j, static_cast<float>(w), static_cast<float>(prob), d});
  }
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.weight > y.weight; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace mitra::linkage

namespace mitra::linkage {

Model documented_model() {
  Model model;
  auto set = [&](Field f, std::initializer_list<double> m, std::initializer_list<double> u) {
    int l = 0;
    for (double x : m) model.m[f][static_cast<std::size_t>(l++)] = x;
    l = 0;
    for (double x : u) model.u[f][static_cast<std::size_t>(l++)] = x;
  };
  // Levels as compare.hpp lists them, strongest agreement first. m: how often one person's two
  // records agree so (typos, variants, estimated ages); u: how often two strangers do. Tuned on
  // the demo registry (street children: most birth dates estimated, one city, short name
  // lists): a shared estimated birth year and the same city weigh little, one shared name word
  // counts against, so only near-identical names with agreeing dates or mothers are proposed.
  set(kName, {0.55, 0.25, 0.12, 0.04, 0.04}, {0.0005, 0.001, 0.005, 0.15, 0.8435});
  set(kGiven, {0.6, 0.2, 0.1, 0.05, 0.05}, {0.005, 0.002, 0.008, 0.05, 0.935});
  set(kFamily, {0.6, 0.2, 0.1, 0.05, 0.05}, {0.005, 0.002, 0.008, 0.05, 0.935});
  set(kBirth, {0.7, 0.1, 0.1, 0.07, 0.025, 0.005}, {0.0002, 0.02, 0.005, 0.02, 0.05, 0.9048});
  set(kSex, {0.97, 0.03}, {0.5, 0.5});
  set(kId, {0.9, 0.05, 0.05}, {0.00001, 0.0001, 0.99989});
  set(kMother, {0.8, 0.15, 0.05}, {0.002, 0.02, 0.978});
  set(kRegion, {0.5, 0.3, 0.15, 0.05}, {0.05, 0.15, 0.2, 0.6});
  set(kAddress, {0.4, 0.3, 0.2, 0.1}, {0.001, 0.05, 0.15, 0.799});
  model.prior = 0.001;
  return model;
}

}  // namespace mitra::linkage
