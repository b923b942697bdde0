#include "domain/patrol.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

TEST(Patrol, KindsRoundTrip) {
  for (auto k : {PatrolKind::patrol, PatrolKind::raid, PatrolKind::outreach}) EXPECT_EQ(parse_patrol_kind(to_string(k)), k);
  EXPECT_FALSE(parse_patrol_kind("sweeping"));
  EXPECT_FALSE(parse_patrol_kind(""));
}

TEST(Patrol, AgenciesAreAFixedList) {
  EXPECT_TRUE(known_agency("satpol_pp"));
  EXPECT_TRUE(known_agency("trc"));
  EXPECT_FALSE(known_agency("Satpol PP"));
}

TEST(Patrol, CoordinatesMustBeInIndonesia) {
  EXPECT_TRUE(check_coordinates({-5.1477, 119.4327}));  // Makassar
  EXPECT_TRUE(check_coordinates({5.89, 95.32}));        // Sabang
  EXPECT_TRUE(check_coordinates({-8.5, 140.4}));        // Merauke
  EXPECT_EQ(check_coordinates({119.4327, -5.1477}).error().field, "latitude");  // swapped
  EXPECT_EQ(check_coordinates({-6.2, 2.0}).error().field, "longitude");
  EXPECT_EQ(check_coordinates({0.0 / 0.0, 110.0}).error().field, "latitude");  // NaN
}

TEST(Patrol, TimesAreOrderedAndNotInTheFuture) {
  const std::string now = "2024-03-01T22:00:00.000Z";
  EXPECT_TRUE(check_patrol_times("2024-03-01T20:00:00Z", "", now));
  EXPECT_TRUE(check_patrol_times("2024-03-01T20:00:00Z", "2024-03-01T21:30:00Z", now));
  EXPECT_EQ(check_patrol_times("2024-03-01 20:00", "", now).error().field, "started_at");
  EXPECT_EQ(check_patrol_times("2024-03-02T20:00:00Z", "", now).error().field, "started_at");
  EXPECT_EQ(check_patrol_times("2024-03-01T20:00:00Z", "2024-03-01T19:00:00Z", now).error().field, "ended_at");
  EXPECT_EQ(check_patrol_times("2024-03-01T20:00:00Z", "2024-03-03T19:00:00Z", now).error().field, "ended_at");
}

}  // namespace
}  // namespace mitra
