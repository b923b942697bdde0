#include "domain/working_days.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

Day d(const std::string& s) { return parse_day(s).value(); }

TEST(WorkingDays, ParsesOnlyRealDates) {
  EXPECT_EQ(format_day(d("2026-02-28")), "2026-02-28");
  EXPECT_FALSE(parse_day("2026-02-29"));  // not a leap year
  EXPECT_TRUE(parse_day("2024-02-29"));
  EXPECT_FALSE(parse_day("2026-13-01"));
  EXPECT_FALSE(parse_day("2026-1-01"));
  EXPECT_FALSE(parse_day("2026/01/01"));
  EXPECT_FALSE(parse_day("2026-01-0x"));
  EXPECT_FALSE(parse_day(""));
}

TEST(WorkingDays, WeekendsDoNotCount) {
  const WorkingCalendar cal;
  EXPECT_TRUE(cal.is_working_day(d("2026-11-27")));   // Friday
  EXPECT_FALSE(cal.is_working_day(d("2026-11-28")));  // Saturday
  EXPECT_FALSE(cal.is_working_day(d("2026-11-29")));  // Sunday
  EXPECT_EQ(format_day(cal.add_working_days(d("2026-11-27"), 1)), "2026-11-30");  // Friday + 1 = Monday
  EXPECT_EQ(format_day(cal.add_working_days(d("2026-11-28"), 1)), "2026-11-30");  // received on Saturday
  EXPECT_EQ(format_day(cal.add_working_days(d("2026-11-23"), 14)), "2026-12-11");
  EXPECT_EQ(cal.add_working_days(d("2026-11-23"), 0), d("2026-11-23"));
}

TEST(WorkingDays, HolidaysDoNotCount) {
  // Idul Fitri week 2026 as an example: holidays on Friday 20 and Monday 23 March.
  const WorkingCalendar cal({d("2026-03-20"), d("2026-03-23")});
  EXPECT_FALSE(cal.is_working_day(d("2026-03-23")));
  EXPECT_EQ(format_day(cal.add_working_days(d("2026-03-19"), 1)), "2026-03-24");
  EXPECT_EQ(format_day(cal.add_working_days(d("2026-03-19"), 5)), "2026-03-30");
}

TEST(WorkingDays, CountsWorkingDaysBetween) {
  const WorkingCalendar cal({d("2026-12-25")});
  EXPECT_EQ(cal.working_days_between(d("2026-12-21"), d("2026-12-28")), 4);  // Tue-Thu, Mon; Fri 25 is a holiday
  EXPECT_EQ(cal.working_days_between(d("2026-12-28"), d("2026-12-21")), 0);
  EXPECT_EQ(cal.working_days_between(d("2026-12-21"), d("2026-12-21")), 0);
  // add and between agree
  const auto due = cal.add_working_days(d("2026-12-18"), 7);
  EXPECT_EQ(cal.working_days_between(d("2026-12-18"), due), 7);
}

}  // namespace
}  // namespace mitra
