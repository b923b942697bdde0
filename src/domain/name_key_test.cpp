#include "domain/name_key.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace mitra {
namespace {

using Words = std::vector<std::string>;

TEST(NameKey, FoldsCaseAccentsAndPunctuation) {
  EXPECT_EQ(fold_name_tokens("  SITI  Aminah "), (Words{"siti", "aminah"}));
  EXPECT_EQ(fold_name_tokens("Ma'ruf Amin"), (Words{"maruf", "amin"}));
  EXPECT_EQ(fold_name_tokens("Ma\xE2\x80\x99ruf"), (Words{"maruf"}));
  EXPECT_EQ(fold_name_tokens("Andi S.,Putra-Jaya"), (Words{"andi", "s", "putra", "jaya"}));
  EXPECT_EQ(fold_name_tokens("Jos\xC3\xA9 \xC3\x89lise"), (Words{"jose", "elise"}));
  EXPECT_EQ(fold_name_tokens("\xFF\xFE" "Andi"), (Words{"andi"}));  // not UTF-8: ASCII letters kept
  EXPECT_TRUE(fold_name_tokens("?? 123").empty());
}

// Each row: spellings that must share a key (the same name as written in different times and places).
const std::vector<Words> kSameName = {
    {"muhammad", "muhamad", "mochammad", "mohammad", "mohamad", "muhamad", "mochamad"},
    {"siti", "sity", "sitti"},
    {"soekarno", "sukarno"},
    {"djoko", "joko"},
    {"tjahjo", "cahyo"},
    {"wahjoe", "wahyu", "wahju"},
    {"jusuf", "yusuf", "yusup"},
    {"achmad", "ahmad", "akhmad"},
    {"syamsul", "samsul", "sjamsul"},
    {"rizky", "rizki", "risky"},
    {"fatimah", "fatima"},
    {"taufiq", "taufik"},
    {"ramadhan", "ramadan"},
    {"nur", "noer"},
};

TEST(NameKey, SpellingVariantsShareAKey) {
  for (const auto& row : kSameName) {
    const std::string key = name_key(spelling_form(row.front()));
    for (const auto& w : row) EXPECT_EQ(name_key(spelling_form(w)), key) << row.front() << " / " << w;
  }
}

TEST(NameKey, SpellingFormsAndKeys) {
  EXPECT_EQ(spelling_form("mochammad"), "mohamad");
  EXPECT_EQ(spelling_form("soekarno"), "sukarno");
  EXPECT_EQ(spelling_form("sity"), "siti");
  EXPECT_EQ(spelling_form("fatimah"), "patima");  // f and p merge: Yusuf / Yusup
  EXPECT_EQ(name_key("muhamad"), "mhmd");
  EXPECT_EQ(name_key("aminah"), "amnh");
  EXPECT_EQ(name_key(spelling_form("aminah")), "amn");
  EXPECT_EQ(name_key("eko"), "ak");
}

TEST(NameKey, NeighboursAreOneEditAwayAndIncludeTheKey) {
  const auto n = key_neighbours("amn");
  EXPECT_TRUE(std::binary_search(n.begin(), n.end(), "amn"));
  EXPECT_TRUE(std::binary_search(n.begin(), n.end(), "am"));    // deletion
  EXPECT_TRUE(std::binary_search(n.begin(), n.end(), "amm"));   // substitution (Amimah)
  EXPECT_TRUE(std::binary_search(n.begin(), n.end(), "amnd"));  // insertion
  EXPECT_TRUE(std::binary_search(n.begin(), n.end(), "man"));   // transposition
  EXPECT_FALSE(std::binary_search(n.begin(), n.end(), "mna"));  // two edits
  EXPECT_TRUE(std::is_sorted(n.begin(), n.end()));
  EXPECT_EQ(key_neighbours("st"), (Words{"st"}));  // short keys: exact only
}

TEST(NameKey, EditDistanceCountsTranspositionsAsOne) {
  EXPECT_EQ(edit_distance("aminah", "aminah"), 0);
  EXPECT_EQ(edit_distance("aminah", "amnah"), 1);
  EXPECT_EQ(edit_distance("aminah", "aminha"), 1);
  EXPECT_EQ(edit_distance("budi", "bdui"), 1);
  EXPECT_EQ(edit_distance("", "abc"), 3);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
}

struct CostCase {
  const char* typed;
  const char* registered;
  int cost;
};
const CostCase kCosts[] = {
    {"aminah", "aminah", 0},      // same word
    {"sity", "siti", 1},          // same spelling form
    {"muhamad", "muhammad", 1},   // doubled letter
    {"muh", "muhammad", 2},       // start of the name
    {"mochammad", "muhammad", 3}, // same key
    {"amnah", "aminah", 3},       // dropped vowel: same key
    {"amimah", "aminah", 4},      // one wrong letter
    {"suprianto", "supriyanto", 4},
    {"sutrisno", "sutrinso", 4},  // transposition
    {"kurniawn", "kurniawan", 3}, // dropped vowel
    {"fajr", "fajar", 3},         // a dropped vowel next to an old "j"
    {"budi", "bayu", -1},
    {"ani", "ina", -1},
    {"setiawan", "setiawati", 6}, // two edits in a long word: last
};

TEST(NameKey, WordCostRanksCloserSpellingsFirst) {
  for (const auto& c : kCosts) EXPECT_EQ(word_cost(c.typed, c.registered), c.cost) << c.typed << " / " << c.registered;
}

TEST(NameKey, NameCostNeedsEveryTypedWord) {
  const Words person{"siti", "aminah", "ucok"};
  EXPECT_EQ(name_cost({"siti", "aminah"}, person), 0);
  EXPECT_EQ(name_cost({"aminah", "sity"}, person), 1);
  EXPECT_EQ(name_cost({"ucok"}, person), 0);
  EXPECT_EQ(name_cost({"siti", "rahmawati"}, person), -1);
  EXPECT_LT(name_cost({"siti", "aminah"}, person), name_cost({"siti", "amnah"}, person));
}

}  // namespace
}  // namespace mitra
