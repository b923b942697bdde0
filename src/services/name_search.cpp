#include "services/name_search.hpp"

#include <algorithm>
#include <cstdio>

#include "domain/name_key.hpp"

namespace mitra::services {
namespace {

constexpr std::size_t kMaxWords = 5;

std::string ascii_lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

std::vector<NameMatch> match_names(store::UnitOfWork& unit, const store::PersonScope* scope,
                                   const store::PersonFilter& filter) {
  auto words = fold_name_tokens(filter.name);
  if (words.size() > kMaxWords) words.resize(kMaxWords);
  std::vector<store::NameProbe> probes;
  for (const auto& w : words) {
    const std::string spelling = spelling_form(w);
    probes.push_back({key_neighbours(name_key(spelling)), w.size() >= 3 ? spelling : "", "%" + w + "%"});
  }
  std::vector<NameMatch> ranked;
  for (auto& r : store::find_by_name_probes(unit, scope, filter, probes, kMaxNameCandidates)) {
    const int cost = name_cost(words, fold_name_tokens(r.person.full_name + " " + r.person.other_names));
    if (cost < 0) continue;
    char prefix[16];
    std::snprintf(prefix, sizeof prefix, "%04d|", std::min(cost, 9999));
    std::string key = prefix + ascii_lower(r.person.full_name) + "|" + r.person.id;
    if (!filter.cursor.empty() && key <= filter.cursor) continue;
    ranked.push_back({std::move(r), cost, std::move(key)});
  }
  std::sort(ranked.begin(), ranked.end(), [](const NameMatch& a, const NameMatch& b) { return a.sort_key < b.sort_key; });
  if (ranked.size() > static_cast<std::size_t>(filter.limit) + 1) ranked.resize(static_cast<std::size_t>(filter.limit) + 1);
  return ranked;
}

}  // namespace mitra::services
