#include "domain/region_time.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

TEST(RegionTime, ProvincesKeepTheirTimeZone) {
  EXPECT_EQ(utc_offset_hours("31"), 7) << "DKI Jakarta, WIB";
  EXPECT_EQ(utc_offset_hours("33.74"), 7) << "Kota Semarang, WIB";
  EXPECT_EQ(utc_offset_hours("62.71"), 7) << "Central Kalimantan, WIB";
  EXPECT_EQ(utc_offset_hours("73.71.01"), 8) << "Kota Makassar, WITA";
  EXPECT_EQ(utc_offset_hours("51"), 8) << "Bali, WITA";
  EXPECT_EQ(utc_offset_hours("64.72"), 8) << "East Kalimantan, WITA";
  EXPECT_EQ(utc_offset_hours("81.71"), 9) << "Ambon, WIT";
  EXPECT_EQ(utc_offset_hours("96"), 9) << "Southwest Papua, WIT";
  EXPECT_EQ(utc_offset_hours(""), 7);
}

TEST(RegionTime, TheLocalDateTurnsAtLocalMidnight) {
  TimePoint t;
  ASSERT_TRUE(parse_time("2026-11-25T15:59:59Z", t));
  EXPECT_EQ(local_date(t, 8), "2026-11-25");
  ASSERT_TRUE(parse_time("2026-11-25T16:00:00Z", t));
  EXPECT_EQ(local_date(t, 8), "2026-11-26");
  EXPECT_EQ(local_date(t, 7), "2026-11-25");
}

}  // namespace
}  // namespace mitra
