#include "app/demo_journey.hpp"

#include <gtest/gtest.h>

#include <map>

#include "domain/pmks.hpp"

namespace mitra::app {
namespace {

// Seed 001 tables 1.1-1.3 ("JUMLAH" rows): 2022 217 L / 250 P, 2023 413 / 348, 2024 298 / 285.
TEST(DemoJourney, MakassarCountsEqualTheSeedTables) {
  std::map<int, std::pair<int, int>> totals;
  for (const auto& c : makassar_counts()) {
    EXPECT_TRUE(find_pmks(c.category)) << c.category;
    totals[c.year].first += c.male;
    totals[c.year].second += c.female;
  }
  EXPECT_EQ(totals[2022], std::make_pair(217, 250));
  EXPECT_EQ(totals[2023], std::make_pair(413, 348));
  EXPECT_EQ(totals[2024], std::make_pair(298, 285));
}

TEST(DemoJourney, StreetChildrenRowsAreTheSeedsOwn) {
  std::map<int, std::pair<int, int>> street;
  for (const auto& c : makassar_counts())
    if (std::string(c.category) == "anak_jalanan") street[c.year] = {c.male, c.female};
  EXPECT_EQ(street[2022], std::make_pair(187, 165));
  EXPECT_EQ(street[2023], std::make_pair(206, 138));
  EXPECT_EQ(street[2024], std::make_pair(84, 55));
}

}  // namespace
}  // namespace mitra::app
