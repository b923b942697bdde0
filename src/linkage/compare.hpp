// Record linkage, step 2: string and field comparators, and the comparison vector of a pair of
// records (one agreement level per field) that the Fellegi-Sunter model scores.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "linkage/normalize.hpp"

namespace mitra::linkage {

// A person as the caller has it. Every field may be empty.
struct Record {
  std::string name;           // full name as written
  std::string given, family;  // optional split name (when the source has one)
  std::string birth_date;     // "YYYY-MM-DD" or "YYYYMMDD"
  bool birth_estimated = false;  // only an age was known
  char sex = 0;                  // 'L' / 'P' (or 'M' / 'F'); 0 unknown
  std::string id_number;         // NIK (16 digits) or another identity number
  std::string mother_name;
  std::array<std::string, 3> region;  // coarse to fine: province, regency, district (codes or names)
  std::string address;                // street address, free text
  int source = 0;                     // file of origin, for linking two files
};

// A record normalised once, compared many times.
struct Prepared {
  NormalName name, given, family, mother;
  Date birth;
  bool birth_estimated = false, birth_placeholder = false;
  std::string birth_typed;  // the 8 digits of a birth date that did not parse (a typo), else empty
  char sex = 0;
  std::string id_number;
  bool nik_valid = false;
  Date nik_birth;                        // what a valid NIK states (century guessed)
  std::array<std::string, 3> nik_region;
  std::array<std::string, 3> region;
  std::vector<std::string> address;
  int source = 0;
  // Order-free fingerprints of the name's and the address's words (equal words, equal prints).
  std::uint64_t name_print = 0, given_print = 0, family_print = 0, mother_print = 0, address_print = 0;
};

// Normalises a record; a valid NIK fills a missing birth date, sex and region, and its own
// birth date and region are compared (and blocked on) beside the record's.
Prepared prepare(const Record& r);

// Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 letters).
double jaro_winkler(std::string_view a, std::string_view b);

// Edit distance (insertions, deletions, substitutions, adjacent transpositions), counted up
// to `limit`: limit + 1 means "more than limit".
int edit_distance(std::string_view a, std::string_view b, int limit);

// Similarity of two name words: 1 same spelling form, JW otherwise, at least 0.93 with the same
// phonetic key, 0.9 when one is a nickname-like part of the other (prefix of 3+ letters or suffix
// of 4+: Rizal / Rizaldi, Yanto / Suryanto), 0.85 when one is the other's initial.
double word_similarity(std::string_view a, std::string_view b, std::string_view key_a, std::string_view key_b);

// Token-set similarity of two names: each word of the shorter name is paired with its most
// similar unused word of the other; `mean` is the average of those similarities, `matched` how
// many reached 0.9. Word order does not matter; missing parts lower `matched` against `longer`.
struct TokenSetScore {
  double mean = 0;
  int matched = 0, shorter = 0, longer = 0;
};
TokenSetScore token_set(const NormalName& a, const NormalName& b);
// The same over plain words (no phonetic keys).
TokenSetScore token_set(const std::vector<std::string>& a, const std::vector<std::string>& b);

// The fields of the comparison vector. A level of kMissing means "not comparable" (a field
// empty on either side): it carries no weight.
enum Field : int { kName, kGiven, kFamily, kBirth, kSex, kId, kMother, kRegion, kAddress, kFieldCount };
inline constexpr std::uint8_t kMissing = 255;
inline constexpr std::array<int, kFieldCount> kLevels = {5, 5, 5, 6, 2, 3, 3, 4, 4};
const char* field_name(int field);

struct Comparison {
  std::array<std::uint8_t, kFieldCount> level{};
};

// Which fields take part: names either whole (`name`) or split (`given` + `family`).
struct FieldSet {
  bool split_names = false;
};

// Level per field, 0 = strongest agreement. name: 0 same words, 1 all words alike (typos,
// reordered), 2 the shorter name's words all alike (dropped parts, nicknames), 3 one word alike,
// 4 different. birth: 0 same real date, 1 same placeholder or estimated date, 2 one typo or day and month
// swapped, 3 within two years when either is estimated or a placeholder, or same year and month,
// 4 same year, 5 different (a date that did not parse, one typo from the other: 2).
// given / family (split names): 0 same, 1 one edit (a typo, a word split in two), 2 two edits
// and alike, or the same words reordered, 3 alike (Jaro-Winkler 0.8 over the words), 4 different. id: 0 same, 1 one typo, 2 different. region: 0 same finest level,
// 1 same middle, 2 same coarsest, 3 different.
Comparison compare(const Prepared& a, const Prepared& b, const FieldSet& fields);

}  // namespace mitra::linkage
