#include "domain/case_record.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

using G = GoalStatus;

TEST(CaseRecord, EightAssessmentDomainsByName) {
  EXPECT_EQ(all_life_domains().size(), 8u);
  for (auto d : all_life_domains()) EXPECT_EQ(parse_life_domain(to_string(d)), d);
  EXPECT_FALSE(parse_life_domain("spiritual"));
  EXPECT_EQ(parse_need_level("high"), NeedLevel::high);
  EXPECT_FALSE(parse_need_level("urgent"));
}

TEST(CaseRecord, GoalsMoveFreelyUntilAchievedOrDropped) {
  struct Case {
    G from, to;
    bool ok;
  };
  for (const auto& c : {Case{G::planned, G::in_progress, true}, Case{G::planned, G::dropped, true},
                        Case{G::in_progress, G::achieved, true}, Case{G::in_progress, G::planned, true},
                        Case{G::achieved, G::achieved, true}, Case{G::achieved, G::in_progress, false},
                        Case{G::dropped, G::planned, false}}) {
    const auto r = change_goal_status(c.from, c.to);
    EXPECT_EQ(r.ok(), c.ok) << to_string(c.from) << " -> " << to_string(c.to);
    if (!c.ok) {
      EXPECT_EQ(r.error().field, "status");
    }
  }
}

TEST(CaseRecord, CalendarDates) {
  EXPECT_TRUE(valid_calendar_date("2026-12-31"));
  EXPECT_TRUE(valid_calendar_date("2028-02-29"));
  EXPECT_FALSE(valid_calendar_date("2027-02-29"));
  EXPECT_FALSE(valid_calendar_date("2026-13-01"));
  EXPECT_FALSE(valid_calendar_date("26-12-31"));
  EXPECT_FALSE(valid_calendar_date("2026-1a-01"));
  EXPECT_FALSE(valid_calendar_date(""));
}

}  // namespace
}  // namespace mitra
