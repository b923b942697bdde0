#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <unordered_map>

#include "linkage/compare.hpp"
#include "linkage/engine.hpp"
#include "linkage/normalize.hpp"
#include "linkage/synthetic.hpp"

namespace mitra::linkage {
namespace {

using Words = std::vector<std::string>;

Record person(std::string name, std::string birth = "", std::string nik = "") {
  Record r;
  r.name = std::move(name);
  r.birth_date = std::move(birth);
  r.id_number = std::move(nik);
  return r;
}

std::uint8_t name_level_of(const std::string& a, const std::string& b) {
  return compare(prepare(person(a)), prepare(person(b)), {}).level[kName];
}

TEST(LinkageNormalize, TitlesPunctuationAndPatronym) {
  const auto n = normalize_name("H. Moch. Abdurrahman bin Djoko, S.Pd., M.Si.");
  EXPECT_EQ(n.tokens, (Words{"muhamad", "abdul", "rahman"}));
  EXPECT_EQ(n.patronym, (Words{"yoko"}));
  EXPECT_EQ(normalize_name("Hj. Siti Aminah binti Yusuf").tokens, (Words{"siti", "amina"}));
  EXPECT_EQ(normalize_name("Drs. Budi Santoso S.Pd").tokens, (Words{"budi", "santoso"}));
  EXPECT_EQ(normalize_name("DR. IR. Bambang").tokens, (Words{"bambang"}));
  // A lone title-like word is kept: it is the only name there is.
  EXPECT_EQ(normalize_name("bin Yusuf").tokens, (Words{"yusup"}));
}

TEST(LinkageNormalize, NameFamiliesShareOneForm) {
  for (const char* m : {"Muhammad", "Muhamad", "Mohammad", "Moh.", "M.", "Mochammad", "Muh.", "MUHAMMAD"})
    EXPECT_EQ(normalize_name(std::string(m) + " Rizki").tokens.front(), "muhamad") << m;
  EXPECT_EQ(normalize_name("Nurul Huda").tokens.front(), normalize_name("Noor Huda").tokens.front());
  EXPECT_EQ(normalize_name("St. Nurhaliza").tokens, normalize_name("Siti Nurhaliza").tokens);
  EXPECT_EQ(normalize_name("Abd. Karim").tokens, normalize_name("Abdul Karim").tokens);
  EXPECT_EQ(normalize_name("Abdulrahman").tokens, (Words{"abdul", "rahman"}));
}

TEST(LinkageNormalize, OldSpellingAndPhoneticKey) {
  EXPECT_EQ(normalize_name("Djoko").tokens, normalize_name("Joko").tokens);
  EXPECT_EQ(normalize_name("Tjahjo").tokens, normalize_name("Cahyo").tokens);
  EXPECT_EQ(normalize_name("Soekarno").tokens, normalize_name("Sukarno").tokens);
  EXPECT_EQ(normalize_name("Chairul").tokens, normalize_name("Khairul").tokens);
  EXPECT_EQ(phonetic_key("Rizki"), phonetic_key("Rizky"));
  EXPECT_EQ(phonetic_key("Mochammad"), phonetic_key("M"));
  EXPECT_NE(phonetic_key("Budi"), phonetic_key("Dewi"));
}

TEST(LinkageCompare, JaroWinklerKnownValues) {
  EXPECT_NEAR(jaro_winkler("martha", "marhta"), 0.961, 0.001);
  EXPECT_NEAR(jaro_winkler("dwayne", "duane"), 0.84, 0.001);
  EXPECT_NEAR(jaro_winkler("dixon", "dicksonx"), 0.813, 0.001);
  EXPECT_DOUBLE_EQ(jaro_winkler("rizki", "rizki"), 1.0);
  EXPECT_DOUBLE_EQ(jaro_winkler("abc", "xyz"), 0.0);
}

TEST(LinkageCompare, RealIndonesianNamePairs) {
  EXPECT_EQ(name_level_of("Muhammad Rizki", "M. Rizky"), 0);  // same words after normalisation
  EXPECT_EQ(name_level_of("Siti Nurhaliza", "St. Nurhaliza"), 0);
  EXPECT_EQ(name_level_of("Djoko Susilo", "Joko Susilo"), 0);
  EXPECT_EQ(name_level_of("Tjahjo Kumolo", "Cahyo Kumolo"), 0);
  EXPECT_EQ(name_level_of("Soekarno", "Sukarno"), 0);
  EXPECT_EQ(name_level_of("Budi Santoso", "Santoso Budi"), 0);         // reordered
  EXPECT_EQ(name_level_of("Budi Santoso", "Santosa Budi"), 1);         // reordered and a typo
  EXPECT_EQ(name_level_of("Agus Budi Santoso", "Agus Santoso"), 2);    // a dropped part
  EXPECT_EQ(name_level_of("Suryanto", "Yanto"), 1);                     // a nickname, like a typo
  EXPECT_EQ(name_level_of("Agus Suryanto", "Yanto"), 2);                // nickname, part dropped
  EXPECT_EQ(name_level_of("Agus Santoso", "Agus Wibowo"), 3);           // one word in common
  EXPECT_EQ(name_level_of("Agus Santoso", "Dewi Lestari"), 4);
  EXPECT_EQ(name_level_of("Agus", ""), kMissing);
}

TEST(LinkageCompare, PlaceholderAndEstimatedBirthDates) {
  EXPECT_TRUE(is_placeholder_date(parse_date("1980-12-31")));
  EXPECT_TRUE(is_placeholder_date(parse_date("2006-07-01")));
  EXPECT_TRUE(is_placeholder_date(parse_date("1999-03-15")));
  EXPECT_FALSE(is_placeholder_date(parse_date("1999-03-14")));
  EXPECT_FALSE(parse_date("1999-13-01").known());
  auto level = [](Record a, Record b) { return compare(prepare(a), prepare(b), {}).level[kBirth]; };
  EXPECT_EQ(level(person("A", "1980-05-06"), person("A", "1980-05-06")), 0);
  EXPECT_EQ(level(person("A", "1980-12-31"), person("A", "1980-12-31")), 1);  // same placeholder: weak
  EXPECT_EQ(level(person("A", "1980-05-06"), person("A", "1980-06-05")), 2);  // day and month swapped
  EXPECT_EQ(level(person("A", "1980-05-06"), person("A", "1980-05-08")), 2);  // one typo
  Record estimated = person("A", "1982-07-01");
  estimated.birth_estimated = true;
  EXPECT_EQ(level(person("A", "1980-05-06"), estimated), 3);  // an age two years off
  EXPECT_EQ(level(person("A", "1980-05-06"), person("A", "1975-01-20")), 5);
  // A placeholder date is never a blocking key on its own; a real one is used with the region.
  Record p = person("", "1980-12-31"), q = person("", "1980-12-31");
  EXPECT_TRUE(blocking_keys(prepare(p)).empty());
  p.region = q.region = {"73", "73.71", "73.71.03"};
  EXPECT_FALSE(blocking_keys(prepare(p)).empty());
}

TEST(LinkageCompare, EditDistanceCountsTypos) {
  EXPECT_EQ(edit_distance("santoso", "santoso", 2), 0);
  EXPECT_EQ(edit_distance("santoso", "santosa", 2), 1);   // substitution
  EXPECT_EQ(edit_distance("setiawan", "setiwan", 2), 1);  // deletion
  EXPECT_EQ(edit_distance("hidayat", "hidyaat", 2), 1);   // adjacent letters swapped
  EXPECT_EQ(edit_distance("kurniawan", "kurniawati", 2), 2);
  EXPECT_EQ(edit_distance("wijaya", "wijayakusuma", 2), 3);  // beyond the limit: limit + 1
  EXPECT_EQ(edit_distance("budi", "dewi", 5), 3);
}

TEST(LinkageCompare, SplitNameLevelsSeparateTyposFromLookAlikes) {
  auto levels = [](std::string g1, std::string f1, std::string g2, std::string f2) {
    Record a, b;
    a.given = std::move(g1), a.family = std::move(f1), b.given = std::move(g2), b.family = std::move(f2);
    const auto c = compare(prepare(a), prepare(b), {.split_names = true});
    return std::pair<int, int>{c.level[kGiven], c.level[kFamily]};
  };
  EXPECT_EQ(levels("Dewi", "Santoso", "Dewi", "Santoso"), (std::pair{0, 0}));
  EXPECT_EQ(levels("Dewi", "Santoso", "Dewi", "Santosa"), (std::pair{0, 1}));           // one typo
  EXPECT_EQ(levels("Wahyudi", "Setiawan", "Wahyudin", "Setiwan"), (std::pair{1, 1}));  // one letter each
  EXPECT_EQ(levels("Rina", "Kurniawan", "Rina", "Kurniawati"), (std::pair{0, 2}));     // two letters, alike
  EXPECT_EQ(levels("Rina", "Wijaya", "Rina", "Wijayakusuma"), (std::pair{0, 3}));      // alike only
  EXPECT_EQ(levels("Budi", "Hartono", "Dewi", "Hartono"), (std::pair{4, 0}));          // different
  EXPECT_EQ(levels("Santoso", "Budi", "Budi", "Santoso"), (std::pair{0, 0}));          // given and family swapped
}

TEST(LinkageCompare, DateThatDoesNotParseStillMatchesItsTypo) {
  auto level = [](std::string a, std::string b) { return compare(prepare(person("A", a)), prepare(person("A", b)), {}).level[kBirth]; };
  EXPECT_EQ(level("1980-13-05", "1980-03-05"), 2);  // month 13: one digit off a real date
  EXPECT_EQ(level("19804019", "19801019"), 2);
  EXPECT_EQ(level("19800540", "19800504"), 2);      // last two digits swapped
  EXPECT_EQ(level("1980-13-05", "1975-01-20"), kMissing);
  EXPECT_EQ(level("1980-13-05", ""), kMissing);
}

TEST(LinkageCompare, RegionNamesIgnoreCaseAndSpaces) {
  Record a = person("Dewi"), b = person("Dewi");
  a.region = {"Jawa Tengah", "Kota Semarang", "Semarang Barat"};
  b.region = {"jawa tengah", "kota semarang", "SemarangBarat"};
  EXPECT_EQ(compare(prepare(a), prepare(b), {}).level[kRegion], 0);
  b.region[2] = "Semarang Timur";
  EXPECT_EQ(compare(prepare(a), prepare(b), {}).level[kRegion], 1);
}

TEST(LinkageEngine, TheSameRealBirthDateInOneProvinceSharesAKey) {
  auto shares = [](const Record& a, const Record& b) {
    const auto ka = blocking_keys(prepare(a)), kb = blocking_keys(prepare(b));
    return std::any_of(ka.begin(), ka.end(), [&](auto h) { return std::binary_search(kb.begin(), kb.end(), h); });
  };
  // Registered under a street name in a neighbouring regency; the birth date was known.
  Record a = person("Rahmat Hidayat", "2011-03-14"), b = person("Ucok", "2011-03-14");
  a.region = {"73", "73.71", "73.71.03"};
  b.region = {"73", "73.06", "73.06.01"};
  EXPECT_TRUE(shares(a, b));
  b.birth_date = "2011-07-01";  // an estimated age is no such key
  b.birth_estimated = true;
  a.birth_date = "2011-07-01";
  a.birth_estimated = true;
  EXPECT_FALSE(shares(a, b));
}

TEST(LinkageEngine, TheSameHouseNumberAndStreetShareAKeyWhateverTheName) {
  auto shares = [](const Record& a, const Record& b) {
    const auto ka = blocking_keys(prepare(a)), kb = blocking_keys(prepare(b));
    return std::any_of(ka.begin(), ka.end(), [&](auto h) { return std::binary_search(kb.begin(), kb.end(), h); });
  };
  // Registered again under a nickname, with no date and in another office's region.
  Record a = person("Rahmat Hidayat"), b = person("Ucok");
  a.region = {"73", "73.71", "73.71.03"};
  b.region = {"73", "73.06", ""};
  a.address = "Jl. Cendrawasih No. 12 RT 03";
  b.address = "jalan cendrawasih 12";
  EXPECT_TRUE(shares(a, b));
  b.address = "jalan cendrawasih 14";  // a neighbour
  EXPECT_FALSE(shares(a, b));
}

TEST(LinkageEngine, SameDistrictAndAboutTheSameAgeShareAKeyWhateverTheName) {
  auto shares = [](const Record& a, const Record& b) {
    const auto ka = blocking_keys(prepare(a)), kb = blocking_keys(prepare(b));
    return std::any_of(ka.begin(), ka.end(), [&](auto h) { return std::binary_search(kb.begin(), kb.end(), h); });
  };
  // A nickname and an estimated age: "Suryanto" registered again as "Yanto", two years off.
  Record a = person("Suryanto", "1983-04-09"), b = person("Yanto", "1985-07-01");
  b.birth_estimated = true;
  a.sex = b.sex = 'L';
  a.region = b.region = {"33", "33.74", "33.74.05"};
  EXPECT_TRUE(shares(a, b));
  for (int year : {1981, 1982, 1984, 1985}) {  // every year at most two apart shares a bin
    b.birth_date = std::to_string(year) + "-07-01";
    EXPECT_TRUE(shares(a, b)) << year;
  }
  b.birth_date = "1987-07-01";  // four years apart: not by this key
  EXPECT_FALSE(shares(a, b));
  b.birth_date = "1985-07-01";
  b.region[2] = "33.74.06";  // another district
  EXPECT_FALSE(shares(a, b));
  b.region[2] = a.region[2];
  b.sex = 'P';
  EXPECT_FALSE(shares(a, b));
  b.sex = 0;  // unknown sex blocks with both
  EXPECT_TRUE(shares(a, b));
}

TEST(LinkageCompare, NikIsStrongEvidence) {
  const auto e = nik_evidence("7371035708900002");  // Makassar, 17 August 1990, woman
  ASSERT_TRUE(e.valid);
  EXPECT_EQ(e.regency, "73.71");
  EXPECT_EQ(e.district, "73.71.03");
  EXPECT_EQ(e.sex, 'P');
  EXPECT_EQ(e.day, 17);
  EXPECT_FALSE(nik_evidence("7371039908900002").valid);
  // A valid NIK fills a missing birth date, sex and region.
  const auto p = prepare(person("Siti Aminah", "", "7371035708900002"));
  EXPECT_EQ(p.sex, 'P');
  EXPECT_EQ(p.region[1], "73.71");
  EXPECT_EQ(p.birth, (Date{1990, 8, 17}));
  auto id_level = [](const char* a, const char* b) {
    return compare(prepare(person("X", "", a)), prepare(person("X", "", b)), {}).level[kId];
  };
  EXPECT_EQ(id_level("7371035708900002", "7371035708900002"), 0);
  EXPECT_EQ(id_level("7371035708900002", "7371035708900003"), 1);  // one typo
  EXPECT_EQ(id_level("7371035708900002", "7371035708900020"), 1);  // swapped digits
  EXPECT_EQ(id_level("7371035708900002", "3271035708900999"), 2);
  EXPECT_EQ(id_level("7371035708900002", ""), kMissing);
  // Moved away: the NIK still names the district and date it was issued for, and they count.
  Record moved = person("Siti Aminah", "1990-08-18", "7371035708900002");
  moved.region = {"32", "32.01", "32.01.01"};
  Record home = person("Siti Aminah", "1990-08-17");
  home.region = {"73", "73.71", "73.71.03"};
  const auto c = compare(prepare(moved), prepare(home), {});
  EXPECT_EQ(c.level[kRegion], 0);
  EXPECT_EQ(c.level[kBirth], 0);
  const auto moved_keys = blocking_keys(prepare(moved)), home_keys = blocking_keys(prepare(home));
  Record stayed = moved;
  stayed.id_number.clear();
  const auto stayed_keys = blocking_keys(prepare(stayed));
  auto shares = [&](const std::vector<std::uint64_t>& keys) {
    return std::any_of(keys.begin(), keys.end(), [&](auto h) { return std::binary_search(home_keys.begin(), home_keys.end(), h); });
  };
  EXPECT_GT(moved_keys.size(), stayed_keys.size());
  EXPECT_TRUE(shares(moved_keys));
}

TEST(LinkageModel, PatternCodesRoundTrip) {
  Comparison c;
  c.level.fill(kMissing);
  c.level[kName] = 2;
  c.level[kBirth] = 5;
  c.level[kId] = 0;
  EXPECT_EQ(decode(encode(c)).level, c.level);
}

// Two hidden classes with known m and u: EM must find them again from the counts alone.
TEST(LinkageModel, EmRecoversKnownParameters) {
  std::mt19937_64 rng(3);
  std::bernoulli_distribution is_match(0.2);
  const double m_agree[] = {0.95, 0.9, 0.85}, u_agree[] = {0.05, 0.1, 0.2};
  const int fields[] = {kName, kBirth, kRegion};
  std::unordered_map<std::uint32_t, double> counts;
  for (int k = 0; k < 50000; ++k) {
    const bool match = is_match(rng);
    Comparison c;
    c.level.fill(kMissing);
    for (int f = 0; f < 3; ++f) {
      const bool agree = std::bernoulli_distribution(match ? m_agree[f] : u_agree[f])(rng);
      c.level[static_cast<std::size_t>(fields[f])] = agree ? 0 : 1;
    }
    counts[encode(c)] += 1;
  }
  std::vector<PatternCount> patterns;
  for (auto [code, n] : counts) patterns.push_back({decode(code), n});
  Model start = initial_model({});
  start.prior = 0.5;
  const auto model = fit_em(patterns, start, 500, true);
  EXPECT_NEAR(model.prior, 0.2, 0.02);
  for (int f = 0; f < 3; ++f) {
    EXPECT_NEAR(model.m[fields[f]][0], m_agree[f], 0.03) << field_name(fields[f]);
    EXPECT_NEAR(model.u[fields[f]][0], u_agree[f], 0.03) << field_name(fields[f]);
  }
}

TEST(LinkageEngine, BlockingRecallAndDedupOnGeneratedSet) {
  const auto set = generate_synthetic(4000, 11);
  Options o;
  o.keep_all_candidates = true;
  Index index(set.records, o);
  const auto result = index.dedup();
  std::unordered_map<std::uint32_t, std::size_t> group;
  for (auto e : set.entity) group[e]++;
  std::size_t truths = 0, found = 0, tp = 0, fp = 0;
  for (auto [e, k] : group) truths += k * (k - 1) / 2;
  for (const auto& p : result.pairs) {
    const bool same = set.entity[p.a] == set.entity[p.b];
    found += same;
    if (p.decision == Decision::match) (same ? tp : fp)++;
  }
  ASSERT_GT(truths, 1000u);
  EXPECT_GE(static_cast<double>(found) / static_cast<double>(truths), 0.98);  // blocking recall
  EXPECT_LE(static_cast<double>(result.candidate_pairs) / static_cast<double>(set.records.size()), 50.0);
  EXPECT_GE(static_cast<double>(tp) / static_cast<double>(truths), 0.9);        // recall
  EXPECT_GE(static_cast<double>(tp) / static_cast<double>(tp + fp), 0.97);      // precision
}

TEST(LinkageEngine, QueryFindsTheSamePersonFirst) {
  std::vector<Record> registry = {person("Muhammad Rizki Saputra", "1990-03-12"), person("Siti Nurhaliza", "1985-11-02"),
                                  person("Djoko Santoso", "1970-01-20"), person("Dewi Lestari", "1992-06-30")};
  for (auto& r : registry) r.region = {"73", "73.71", "73.71.03"};
  // Enough strangers for EM to tell agreement from chance.
  const auto strangers = generate_synthetic(3000, 5);
  registry.insert(registry.end(), strangers.records.begin(), strangers.records.end());
  Index index(registry, {});
  index.dedup();
  Record probe = person("M. Rizky Saputra", "1990-03-12");
  probe.region = {"73", "73.71", "73.71.03"};
  const auto hits = index.query(probe, 5);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front().b, 0u);
  EXPECT_EQ(hits.front().decision, Decision::match);
  Record joko = person("Joko Santoso", "1970-01-20");
  joko.region = {"73", "73.71", "73.71.05"};
  const auto joko_hits = index.query(joko, 5);
  ASSERT_FALSE(joko_hits.empty());
  EXPECT_EQ(joko_hits.front().b, 2u);
  EXPECT_TRUE(index.query(person("Zulaikha Telaumbanua", "2001-02-03"), 5).empty());
}

}  // namespace
}  // namespace mitra::linkage
