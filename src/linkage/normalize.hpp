// Record linkage, step 1: names, dates and identity numbers in one comparable form. Pure
// functions (no I/O); the comparators (compare.hpp) and the blocking keys (engine.hpp) work on
// their output only.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mitra::linkage {

// A name reduced to comparable words. "H. Moch. Abdurrahman bin Djoko, S.Pd." ->
// tokens {muhamad, abdul, rahman}, keys {mhmd, abdl, rhmn}, patronym {yoko}.
struct NormalName {
  std::vector<std::string> tokens;    // spelling forms (domain/name_key.hpp), titles removed
  std::vector<std::string> keys;      // Indonesian-aware phonetic key of each token
  std::vector<std::string> patronym;  // words after "bin" / "binti" (father's name)
  std::vector<std::uint64_t> hashes;  // 64-bit hash of each token (equal tokens, equal hashes)
  bool empty() const { return tokens.empty(); }
};

// Unicode folding (utf8proc), punctuation, religious and academic titles (H., Hj., Drs., S.Pd.,
// "..., S.E."), bin/binti, the Muhammad / Nur / Siti / Abdul families and abbreviations (M., Moh.,
// St., Abd.), "Abdurrahman" -> "Abdul Rahman", then the old-spelling rewrites of spelling_form
// (dj -> j, tj -> c, oe -> u, ch/kh -> h, doubled letters).
NormalName normalize_name(std::string_view name);

// The 64-bit hash normalize_name() gives a token.
std::uint64_t token_hash(std::string_view token);

// The canonical word of a folded word of a name variant family ("mochammad", "moh", "m" ->
// "muhamad"; "noor", "nurul" -> "nur"; "st" -> "siti"; "abd" -> "abdul"); the word itself otherwise.
std::string_view canonical_variant(std::string_view folded_word);

// Indonesian-aware phonetic key of a word as typed (its first word when several):
// name_key(spelling_form(canonical_variant(folded))).
std::string phonetic_key(std::string_view word);

// A calendar date as three numbers; 0 means unknown.
struct Date {
  int year = 0, month = 0, day = 0;
  bool known() const { return year > 0 && month > 0 && day > 0; }
  bool operator==(const Date&) const = default;
};

// "YYYY-MM-DD" or "YYYYMMDD"; an unknown date when anything else.
Date parse_date(std::string_view text);

// The dates civil registries write when the real one is unknown: 31 December (before 2004),
// 1 July (from 2004) and the 15th (month known). They weigh little and never block alone.
bool is_placeholder_date(const Date& d);

// What a valid NIK (domain/nik.hpp) says about its holder; `valid` false otherwise.
struct NikEvidence {
  bool valid = false;
  std::string province, regency, district;  // "73", "73.71", "73.71.03"
  char sex = 0;                             // 'L' or 'P'
  int day = 0, month = 0, two_digit_year = 0;
};
NikEvidence nik_evidence(std::string_view nik);

}  // namespace mitra::linkage
