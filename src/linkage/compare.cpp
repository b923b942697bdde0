#include "linkage/compare.hpp"

#include <algorithm>
#include <cstdlib>

#include "domain/name_key.hpp"

namespace mitra::linkage {
namespace {

std::vector<std::string> address_words(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      w.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      w.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

std::string trimmed_lower(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A region's name or code without case and spaces ("Malvern East", "malverneast", "malvern  east").
std::string region_form(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (static_cast<unsigned char>(c) <= ' ') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

char normal_sex(char c) {
  switch (c) {
    case 'L': case 'l': case 'M': case 'm': return 'L';
    case 'P': case 'p': case 'F': case 'f': case 'W': case 'w': return 'P';
    default: return 0;
  }
}

// Two strings of one length at most one typo apart: one character changed, or two adjacent
// ones swapped.
bool one_typo_apart(std::string_view x, std::string_view y) {
  if (x.size() != y.size()) return false;
  std::size_t first = x.size(), count = 0;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (x[i] != y[i]) {
      if (count++ == 0) first = i;
      if (count > 2) return false;
    }
  if (count <= 1) return true;
  return first + 1 < x.size() && x[first] == y[first + 1] && x[first + 1] == y[first] && count == 2;
}

std::array<char, 8> date_digits(const Date& d) {
  std::array<char, 8> s{};
  int v = (d.year % 10000) * 10000 + (d.month % 100) * 100 + d.day % 100;
  for (int i = 7; i >= 0; --i, v /= 10) s[static_cast<std::size_t>(i)] = static_cast<char>('0' + v % 10);
  return s;
}

// Sum of per-word hashes: equal for the same words in any order.
std::uint64_t words_print(const std::vector<std::string>& words) {
  std::uint64_t sum = 0;
  for (const auto& w : words) sum += token_hash(w);
  return sum;
}

std::uint8_t name_level(const NormalName& a, const NormalName& b, std::uint64_t print_a, std::uint64_t print_b) {
  if (a.empty() || b.empty()) return kMissing;
  if (a.tokens.size() == b.tokens.size() && print_a == print_b) return 0;
  const auto s = token_set(a, b);
  if (s.shorter == s.longer && s.matched == s.shorter) return 1;
  if (s.matched == s.shorter && s.mean >= 0.9) return 2;
  if (s.matched >= 1) return 3;
  return 4;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += w;
  return out;
}

// Split names (given / family): by edit distance of the whole part (its words joined, so a
// word split in two is one edit), then by token-set similarity. One edit is a typo; two
// letters apart still likely one; merely alike (Whiteley / White) is weak evidence.
std::uint8_t part_level(const NormalName& a, const NormalName& b) {
  if (a.empty() || b.empty()) return kMissing;
  if (a.tokens == b.tokens) return 0;
  const auto ja = joined(a.tokens), jb = joined(b.tokens);
  const int d = edit_distance(ja, jb, 2);
  if (d <= 1) return 1;
  if (d == 2 && jaro_winkler(ja, jb) >= 0.9) return 2;
  const auto s = token_set(a, b);
  if (s.shorter == s.longer && s.matched == s.shorter && s.mean >= 0.92) return 2;  // reordered words
  if (s.mean >= 0.8) return 3;
  return 4;
}

struct Birth {
  Date date;
  bool loose = false;  // estimated or a placeholder
};

std::uint8_t birth_level(const Birth& a, const Birth& b) {
  if (!a.date.known() || !b.date.known()) return kMissing;
  const bool loose = a.loose || b.loose;
  if (a.date == b.date) return loose ? 1 : 0;
  const bool swapped = a.date.year == b.date.year && a.date.month == b.date.day && a.date.day == b.date.month;
  const auto da = date_digits(a.date), db = date_digits(b.date);
  if (!loose && (swapped || one_typo_apart({da.data(), 8}, {db.data(), 8}))) return 2;
  if (loose && std::abs(a.date.year - b.date.year) <= 2) return 3;
  if (a.date.year == b.date.year && a.date.month == b.date.month) return 3;
  if (a.date.year == b.date.year) return 4;
  return 5;
}

// A date that did not parse (month 13, day 40: a typo) against a real date or another typed
// one: one typo apart is level 2, anything else is not comparable.
std::uint8_t typed_birth_level(const Prepared& a, const Prepared& b) {
  if (a.birth_typed.empty() && b.birth_typed.empty()) return kMissing;
  auto digits = [](const Prepared& p) {
    if (!p.birth_typed.empty()) return p.birth_typed;
    if (!p.birth.known() || p.birth_estimated || p.birth_placeholder) return std::string();
    const auto d = date_digits(p.birth);
    return std::string(d.data(), d.size());
  };
  const auto x = digits(a), y = digits(b);
  return !x.empty() && one_typo_apart(x, y) ? 2 : kMissing;
}

std::uint8_t birth_level(const Prepared& a, const Prepared& b) {
  const Birth x{a.birth, a.birth_estimated || a.birth_placeholder}, y{b.birth, b.birth_estimated || b.birth_placeholder};
  auto level = birth_level(x, y);
  if (level == kMissing) return typed_birth_level(a, b);
  if (a.nik_valid && level > 0) level = std::min(level, birth_level({a.nik_birth, is_placeholder_date(a.nik_birth)}, y));
  if (b.nik_valid && level > 0) level = std::min(level, birth_level(x, {b.nik_birth, is_placeholder_date(b.nik_birth)}));
  return level;
}

std::uint8_t id_level(const Prepared& a, const Prepared& b) {
  if (a.id_number.empty() || b.id_number.empty()) return kMissing;
  if (a.id_number == b.id_number) return 0;
  if (one_typo_apart(a.id_number, b.id_number)) return 1;
  return 2;
}

std::uint8_t region_level(const std::array<std::string, 3>& a, const std::array<std::string, 3>& b) {
  bool any = false;
  for (int i = 2; i >= 0; --i) {
    const auto& x = a[static_cast<std::size_t>(i)];
    const auto& y = b[static_cast<std::size_t>(i)];
    if (x.empty() || y.empty()) continue;
    any = true;
    if (x == y) return static_cast<std::uint8_t>(2 - i);
  }
  return any ? 3 : kMissing;
}

std::uint8_t region_level(const Prepared& a, const Prepared& b) {
  auto level = region_level(a.region, b.region);
  if (a.nik_valid && level > 0) level = std::min(level, region_level(a.nik_region, b.region));
  if (b.nik_valid && level > 0) level = std::min(level, region_level(a.region, b.nik_region));
  return level;
}

std::uint8_t address_level(const Prepared& a, const Prepared& b) {
  if (a.address.empty() || b.address.empty()) return kMissing;
  if (a.address_print == b.address_print && a.address == b.address) return 0;
  const auto s = token_set(a.address, b.address);
  const double cover = static_cast<double>(s.matched) / s.longer;
  if (cover >= 0.6 && s.mean >= 0.85) return 1;
  if (s.matched >= 1) return 2;
  return 3;
}

}  // namespace

const char* field_name(int field) {
  static constexpr const char* kNames[] = {"name", "given", "family", "birth", "sex", "id", "mother", "region", "address"};
  return kNames[field];
}

Prepared prepare(const Record& r) {
  Prepared p;
  p.given = normalize_name(r.given);
  p.family = normalize_name(r.family);
  p.name = r.name.empty() ? normalize_name(r.given + " " + r.family) : normalize_name(r.name);
  p.mother = normalize_name(r.mother_name);
  p.birth = parse_date(r.birth_date);
  if (!p.birth.known()) {
    std::string digits;
    for (char c : r.birth_date)
      if (c >= '0' && c <= '9') digits.push_back(c);
    if (digits.size() == 8 && r.birth_date.size() <= 10) p.birth_typed = digits;
  }
  p.birth_estimated = r.birth_estimated;
  p.sex = normal_sex(r.sex);
  p.id_number = trimmed_lower(r.id_number);
  for (std::size_t i = 0; i < 3; ++i) p.region[i] = region_form(r.region[i]);
  p.address = address_words(r.address);
  p.source = r.source;
  p.name_print = words_print(p.name.tokens);
  p.given_print = words_print(p.given.tokens);
  p.family_print = words_print(p.family.tokens);
  p.mother_print = words_print(p.mother.tokens);
  p.address_print = words_print(p.address);
  if (p.id_number.size() == 16) {
    const auto nik = nik_evidence(p.id_number);
    if (nik.valid) {
      p.nik_valid = true;
      p.nik_birth = {nik.two_digit_year <= 25 ? 2000 + nik.two_digit_year : 1900 + nik.two_digit_year, nik.month, nik.day};
      p.nik_region = {nik.province, nik.regency, nik.district};
      if (!p.sex) p.sex = nik.sex;
      if (p.region[0].empty()) p.region = p.nik_region;
      if (!p.birth.known()) {
        // The century is a guess (the later one not in the future is usual): estimated.
        p.birth = p.nik_birth;
        p.birth_estimated = true;
      }
    }
  }
  p.birth_placeholder = is_placeholder_date(p.birth);
  return p;
}

double jaro_winkler(std::string_view a, std::string_view b) {
  if (a == b) return a.empty() ? 0.0 : 1.0;
  if (a.empty() || b.empty()) return 0.0;
  if (a.size() > b.size()) std::swap(a, b);
  const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  const int window = std::max(0, lb / 2 - 1);
  std::uint64_t used_b = 0;  // names are short; longer words compare their first 64 letters
  bool match_a[64] = {};
  int matches = 0;
  const int na = std::min(la, 64), nb = std::min(lb, 64);
  for (int i = 0; i < na; ++i) {
    const int lo = std::max(0, i - window), hi = std::min(nb - 1, i + window);
    for (int j = lo; j <= hi; ++j) {
      if (!(used_b >> j & 1u) && a[static_cast<std::size_t>(i)] == b[static_cast<std::size_t>(j)]) {
        used_b |= std::uint64_t{1} << j;
        match_a[i] = true;
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;
  int t = 0, j = 0;
  for (int i = 0; i < na; ++i) {
    if (!match_a[i]) continue;
    while (!(used_b >> j & 1u)) ++j;
    if (a[static_cast<std::size_t>(i)] != b[static_cast<std::size_t>(j)]) ++t;
    ++j;
  }
  const double m = matches;
  const double jaro = (m / na + m / nb + (m - t / 2.0) / m) / 3.0;
  int prefix = 0;
  while (prefix < 4 && prefix < la && a[static_cast<std::size_t>(prefix)] == b[static_cast<std::size_t>(prefix)]) ++prefix;
  return jaro + prefix * 0.1 * (1.0 - jaro);
}

int edit_distance(std::string_view a, std::string_view b, int limit) {
  if (a.size() > b.size()) std::swap(a, b);
  const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  if (lb - la > limit) return limit + 1;
  if (lb > 63) return a == b ? 0 : limit + 1;
  // Optimal string alignment over three rows (the one before last for transpositions).
  int rows[3][64];
  int* two = rows[0];
  int* prev = rows[1];
  int* cur = rows[2];
  for (int j = 0; j <= lb; ++j) prev[j] = j;
  for (int i = 1; i <= la; ++i) {
    cur[0] = i;
    int best = cur[0];
    for (int j = 1; j <= lb; ++j) {
      const bool same = a[static_cast<std::size_t>(i - 1)] == b[static_cast<std::size_t>(j - 1)];
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
      if (i > 1 && j > 1 && a[static_cast<std::size_t>(i - 1)] == b[static_cast<std::size_t>(j - 2)] &&
          a[static_cast<std::size_t>(i - 2)] == b[static_cast<std::size_t>(j - 1)])
        v = std::min(v, two[j - 2] + 1);
      cur[j] = v;
      best = std::min(best, v);
    }
    if (best > limit) return limit + 1;
    std::swap(two, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[lb], limit + 1);
}

double word_similarity(std::string_view a, std::string_view b, std::string_view ka, std::string_view kb) {
  if (a == b) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  // Words differing in their first and last letters and in length by more than two are not
  // alike by any measure below (JW without a common prefix stays under 0.9 for names).
  const std::size_t la = a.size(), lb = b.size();
  if (a.front() != b.front() && a.back() != b.back() && (la > lb ? la - lb : lb - la) > 2) return 0.0;
  double s = jaro_winkler(a, b);
  if (!ka.empty() && ka == kb && ka.size() >= 2) s = std::max(s, 0.93);
  if (s >= 0.93) return s;
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  if (shorter.size() == 1) return longer.front() == shorter.front() ? std::max(s, 0.85) : s;
  if (shorter.size() >= 3 && longer.substr(0, shorter.size()) == shorter) return std::max(s, 0.9);
  if (shorter.size() >= 4 && longer.substr(longer.size() - shorter.size()) == shorter) return std::max(s, 0.9);
  return s;
}

namespace {

const std::string kNoKey;

// Word similarities of names repeat endlessly (a registry has far fewer distinct words than
// pairs): each thread remembers the last ones it computed, by the two words' hashes.
struct SimilarityCache {
  struct Slot {
    std::uint64_t a = 0, b = 0;
    double sim = -1;  // not float: 0.9f < 0.9 would move thresholds
  };
  std::vector<Slot> slots = std::vector<Slot>(1u << 16);
};

double cached_similarity(std::string_view a, std::string_view b, std::string_view ka, std::string_view kb,
                         std::uint64_t ha, std::uint64_t hb) {
  if (ha == hb) return 1.0;
  thread_local SimilarityCache cache;
  if (ha > hb) std::swap(ha, hb);
  auto& slot = cache.slots[(ha * 31 + hb) >> 48];
  if (slot.a == ha && slot.b == hb && slot.sim >= 0) return slot.sim;
  const double sim = word_similarity(a, b, ka, kb);
  slot = {ha, hb, sim};
  return sim;
}

const std::vector<std::uint64_t> kNoHashes;

TokenSetScore token_set_of(const std::vector<std::string>& at, const std::vector<std::string>& ak,
                           const std::vector<std::string>& bt, const std::vector<std::string>& bk,
                           const std::vector<std::uint64_t>& ah = kNoHashes,
                           const std::vector<std::uint64_t>& bh = kNoHashes) {
  TokenSetScore out;
  const bool a_short = at.size() <= bt.size();
  const auto& st = a_short ? at : bt;
  const auto& sk = a_short ? ak : bk;
  const auto& sh = a_short ? ah : bh;
  const auto& lt = a_short ? bt : at;
  const auto& lk = a_short ? bk : ak;
  const auto& lh = a_short ? bh : ah;
  const bool hashed = sh.size() == st.size() && lh.size() == lt.size();
  out.shorter = static_cast<int>(st.size());
  out.longer = static_cast<int>(lt.size());
  if (out.shorter == 0) return out;
  std::uint32_t used = 0;
  double total = 0;
  const std::size_t nl = std::min<std::size_t>(lt.size(), 32);
  for (std::size_t i = 0; i < st.size(); ++i) {
    double best = 0;
    std::size_t best_j = nl;
    for (std::size_t j = 0; j < nl; ++j) {
      if (used >> j & 1u) continue;
      const std::string_view ki = i < sk.size() ? std::string_view(sk[i]) : kNoKey, kj = j < lk.size() ? std::string_view(lk[j]) : kNoKey;
      const double sim = hashed ? cached_similarity(st[i], lt[j], ki, kj, sh[i], lh[j]) : word_similarity(st[i], lt[j], ki, kj);
      if (sim > best) best = sim, best_j = j;
      if (sim == 1.0) break;
    }
    if (best_j < nl) used |= 1u << best_j;
    total += best;
    if (best >= 0.9) ++out.matched;
  }
  out.mean = total / out.shorter;
  return out;
}

}  // namespace

TokenSetScore token_set(const NormalName& a, const NormalName& b) {
  return token_set_of(a.tokens, a.keys, b.tokens, b.keys, a.hashes, b.hashes);
}

TokenSetScore token_set(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  static const std::vector<std::string> none;
  return token_set_of(a, none, b, none);
}

Comparison compare(const Prepared& a, const Prepared& b, const FieldSet& fields) {
  Comparison c;
  c.level.fill(kMissing);
  if (fields.split_names) {
    // Given and family names swapped between the records count as agreeing.
    auto g = part_level(a.given, b.given), f = part_level(a.family, b.family);
    const auto gx = part_level(a.given, b.family), fx = part_level(a.family, b.given);
    if (gx != kMissing && fx != kMissing && gx + fx + 2 < (g == kMissing ? 9 : g) + (f == kMissing ? 9 : f)) g = gx, f = fx;
    c.level[kGiven] = g;
    c.level[kFamily] = f;
  } else {
    c.level[kName] = name_level(a.name, b.name, a.name_print, b.name_print);
  }
  c.level[kBirth] = birth_level(a, b);
  c.level[kSex] = a.sex && b.sex ? (a.sex == b.sex ? 0 : 1) : kMissing;
  c.level[kId] = id_level(a, b);
  if (!a.mother.empty() && !b.mother.empty()) {
    const auto l = name_level(a.mother, b.mother, a.mother_print, b.mother_print);
    c.level[kMother] = l <= 1 ? 0 : (l == 2 ? 1 : 2);
  }
  c.level[kRegion] = region_level(a, b);
  c.level[kAddress] = address_level(a, b);
  return c;
}

}  // namespace mitra::linkage
