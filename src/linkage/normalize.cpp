#include "linkage/normalize.hpp"

#include <algorithm>
#include <array>

#include "domain/name_key.hpp"
#include "domain/nik.hpp"

namespace mitra::linkage {
namespace {

struct Variant {
  std::string_view from, to;
};
// Folded spellings and abbreviations of the commonest name families, sorted by `from`.
constexpr std::array kVariants = {
    Variant{"abd", "abdul"},      Variant{"abdoel", "abdul"},    Variant{"achmad", "ahmad"},
    Variant{"ahmad", "ahmad"},    Variant{"akhmad", "ahmad"},    Variant{"amad", "ahmad"},
    Variant{"m", "muhamad"},      Variant{"md", "muhamad"},      Variant{"mhd", "muhamad"},
    Variant{"moch", "muhamad"},   Variant{"mochamad", "muhamad"}, Variant{"mochammad", "muhamad"},
    Variant{"moh", "muhamad"},    Variant{"mohamad", "muhamad"}, Variant{"mohamed", "muhamad"},
    Variant{"mohammad", "muhamad"}, Variant{"mohammed", "muhamad"}, Variant{"muh", "muhamad"},
    Variant{"muhamad", "muhamad"}, Variant{"muhammad", "muhamad"}, Variant{"muhammed", "muhamad"},
    Variant{"noor", "nur"},       Variant{"nor", "nur"},        Variant{"nurul", "nur"},
    Variant{"nuur", "nur"},       Variant{"sitti", "siti"},      Variant{"sity", "siti"},
    Variant{"st", "siti"},
};

// Titles written before or after a name: religious (H., Hj., KH.), honorific and academic.
constexpr std::array<std::string_view, 33> kTitles = {
    "amd",  "bpk", "dr",   "dra",  "drg", "drs",  "h",    "hj",  "ir",  "kh",   "mba",
    "mh",   "mkes", "mm",  "mpd",  "msi", "mt",   "ny",   "nyonya", "prof", "sag", "sdr",
    "se",   "sh",  "sip",  "skep", "skm", "skom", "sos", "spd",  "ssi", "ssos", "tn"};
// Second halves of dotted academic titles ("S.Pd." folds to "s", "pd").
constexpr std::array<std::string_view, 18> kTitleTails = {
    "ag", "e", "farm", "h", "hum", "ip", "ked", "kep", "kes", "km", "kom", "md", "pd", "psi", "si", "sos", "t", "th"};

static_assert(std::is_sorted(kVariants.begin(), kVariants.end(), [](const Variant& a, const Variant& b) { return a.from < b.from; }));
static_assert(std::is_sorted(kTitles.begin(), kTitles.end()));
static_assert(std::is_sorted(kTitleTails.begin(), kTitleTails.end()));

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::binary_search(list.begin(), list.end(), w);
}

}  // namespace

std::string_view canonical_variant(std::string_view w) {
  const auto it = std::lower_bound(kVariants.begin(), kVariants.end(), w,
                                   [](const Variant& v, std::string_view x) { return v.from < x; });
  return it != kVariants.end() && it->from == w ? it->to : w;
}

std::string phonetic_key(std::string_view word) {
  const auto folded = mitra::fold_name_tokens(word);
  if (folded.empty()) return {};
  return mitra::name_key(mitra::spelling_form(canonical_variant(folded.front())));
}

NormalName normalize_name(std::string_view name) {
  // Everything after the first comma is academic titles: "Budi Santoso, S.Pd., M.Si."
  if (const auto comma = name.find(','); comma != std::string_view::npos) name = name.substr(0, comma);
  auto words = mitra::fold_name_tokens(name);
  NormalName out;
  bool in_patronym = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if ((w == "s" || w == "m" || w == "a") && i + 1 < words.size() && in(kTitleTails, words[i + 1]) &&
        !(w != "s" && words[i + 1].size() == 1)) {
      ++i;  // S.Pd., M.Si., A.Md.
      continue;
    }
    if (in(kTitles, w) && words.size() > 1) continue;
    if (w == "bin" || w == "binti" || w == "bt" || w == "bte") {
      in_patronym = true;
      continue;
    }
    std::string_view c = canonical_variant(w);
    std::vector<std::string_view> parts{c};
    // Abdurrahman, Abdussalam, Abdulrahman -> abdul + the rest.
    if (c.size() >= 9 && c.substr(0, 4) == "abdu" && (c[4] == 'l' || c[4] == 'r' || c[4] == 's' || c[4] == 'n')) {
      const std::size_t rest = c[5] == c[4] ? 5 : (c[4] == 'l' ? 5 : std::string_view::npos);
      if (rest != std::string_view::npos && c.size() - rest >= 4) parts = {"abdul", c.substr(rest)};
    }
    for (auto p : parts) {
      std::string s = mitra::spelling_form(p);
      if (s.empty()) continue;
      (in_patronym ? out.patronym : out.tokens).push_back(std::move(s));
    }
  }
  // A name of patronym only ("bin Yusuf") keeps it as the name.
  if (out.tokens.empty()) std::swap(out.tokens, out.patronym);
  out.keys.reserve(out.tokens.size());
  for (const auto& t : out.tokens) {
    out.keys.push_back(mitra::name_key(t));
    out.hashes.push_back(token_hash(t));
  }
  return out;
}

std::uint64_t token_hash(std::string_view token) {
  std::uint64_t h = 1469598103934665603ull;
  for (char c : token) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

Date parse_date(std::string_view s) {
  auto num = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  Date d;
  int y, m, dd;
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    y = num(0, 4), m = num(5, 2), dd = num(8, 2);
  } else if (s.size() == 8) {
    y = num(0, 4), m = num(4, 2), dd = num(6, 2);
  } else {
    return d;
  }
  if (y < 1800 || m < 1 || m > 12 || dd < 1 || dd > 31) return d;
  d.year = y, d.month = m, d.day = dd;
  return d;
}

bool is_placeholder_date(const Date& d) {
  if (!d.known()) return false;
  return (d.month == 12 && d.day == 31) || (d.month == 7 && d.day == 1) || d.day == 15;
}

NikEvidence nik_evidence(std::string_view nik) {
  NikEvidence e;
  const auto check = mitra::check_nik(nik);
  if (!check.parts) return e;
  const auto& p = *check.parts;
  e.valid = true;
  e.province = p.province;
  e.regency = p.regency;
  e.district = p.district;
  e.sex = p.sex == mitra::Sex::female ? 'P' : 'L';
  e.day = static_cast<int>(p.day);
  e.month = static_cast<int>(p.month);
  e.two_digit_year = static_cast<int>(p.two_digit_year);
  return e;
}

}  // namespace mitra::linkage
