#include "domain/meeting.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

TEST(ActionItemDue, RemindsFromSevenDaysBeforeAndFlagsOverdueAfterTheDate) {
  struct Case {
    ActionStatus status;
    const char* due;
    const char* today;
    DueState expected;
  };
  const Case cases[] = {
      {ActionStatus::open, "2026-03-20", "2026-03-01", DueState::upcoming},
      {ActionStatus::open, "2026-03-09", "2026-03-01", DueState::upcoming},  // 8 days left
      {ActionStatus::open, "2026-03-08", "2026-03-01", DueState::due_soon},  // 7 days left
      {ActionStatus::open, "2026-03-01", "2026-03-01", DueState::due_soon},  // due today
      {ActionStatus::open, "2026-02-28", "2026-03-01", DueState::overdue},
      {ActionStatus::open, "2025-12-31", "2026-01-01", DueState::overdue},  // across a year
      {ActionStatus::done, "2026-02-01", "2026-03-01", DueState::closed},
      {ActionStatus::cancelled, "2026-03-02", "2026-03-01", DueState::closed},
  };
  for (const auto& c : cases)
    EXPECT_EQ(due_state(c.status, c.due, c.today), c.expected) << c.due << " on " << c.today;
}

TEST(ActionItemDue, WindowIsConfigurable) {
  EXPECT_EQ(due_state(ActionStatus::open, "2026-03-04", "2026-03-01", 2), DueState::upcoming);
  EXPECT_EQ(due_state(ActionStatus::open, "2026-03-03", "2026-03-01", 2), DueState::due_soon);
}

TEST(ActionItemStatus, OnlyOpenItemsCloseAndOnlyDoneItemsReopen) {
  EXPECT_TRUE(check_action_transition(ActionStatus::open, ActionStatus::done).ok());
  EXPECT_TRUE(check_action_transition(ActionStatus::open, ActionStatus::cancelled).ok());
  EXPECT_TRUE(check_action_transition(ActionStatus::done, ActionStatus::open).ok());
  EXPECT_FALSE(check_action_transition(ActionStatus::done, ActionStatus::done).ok());
  EXPECT_FALSE(check_action_transition(ActionStatus::cancelled, ActionStatus::done).ok());
  EXPECT_FALSE(check_action_transition(ActionStatus::cancelled, ActionStatus::open).ok());
  EXPECT_EQ(check_action_transition(ActionStatus::done, ActionStatus::cancelled).error().code, ErrorCode::conflict);
}

TEST(CalendarDate, RejectsWhatIsNotADay) {
  EXPECT_TRUE(is_day("2024-02-29"));
  EXPECT_FALSE(is_day("2023-02-29"));
  EXPECT_FALSE(is_day("2026-13-01"));
  EXPECT_FALSE(is_day("26-01-01"));
  EXPECT_FALSE(is_day("2026-1-011"));
  EXPECT_EQ(days_between("2026-01-30", "2026-03-01"), 30);
  EXPECT_EQ(add_days("2026-02-25", 7), "2026-03-04");
  EXPECT_EQ(add_days("2025-12-28", 7), "2026-01-04");
  EXPECT_EQ(add_days("kemarin", 7), "");
}

TEST(AttendanceRates, CountsHeldMeetingsPerOrganisationLowestRateFirst) {
  // Dinsos organises three meetings; the NGO comes to two, the foundation to one of two.
  const std::vector<HeldMeeting> held = {
      {{"dinsos", "ngo", "foundation"}, {"dinsos", "ngo"}},
      {{"dinsos", "ngo", "foundation"}, {"dinsos", "ngo", "foundation"}},
      {{"dinsos", "ngo"}, {"dinsos"}},
  };
  const auto rates = attendance_rates(held);
  ASSERT_EQ(rates.size(), 3u);
  EXPECT_EQ(rates[0].organization_id, "foundation");
  EXPECT_EQ(rates[0].invited, 2);
  EXPECT_EQ(rates[0].attended, 1);
  EXPECT_DOUBLE_EQ(rates[0].rate, 0.5);
  EXPECT_EQ(rates[1].organization_id, "ngo");
  EXPECT_EQ(rates[1].invited, 3);
  EXPECT_EQ(rates[1].attended, 2);
  EXPECT_EQ(rates[2].organization_id, "dinsos");
  EXPECT_DOUBLE_EQ(rates[2].rate, 1.0);
}

TEST(AttendanceRates, AnUninvitedGuestCountsAsInvitedAndRepeatedNamesOnce) {
  const auto rates = attendance_rates({{{"dinsos", "dinsos"}, {"dinsos", "guest", "guest"}}});
  ASSERT_EQ(rates.size(), 2u);
  for (const auto& r : rates) {
    EXPECT_EQ(r.invited, 1) << r.organization_id;
    EXPECT_EQ(r.attended, 1) << r.organization_id;
  }
  EXPECT_TRUE(attendance_rates({}).empty());
}

TEST(MeetingPlan, InPersonNeedsAPlaceAndOnlineALink) {
  MeetingPlan p{"Rakor bulanan", "2026-03-01T01:00:00Z", "", MeetingMode::in_person, "", "", {"Evaluasi"}};
  EXPECT_EQ(check_meeting_plan(p).error().field, "place");
  p.place = "Aula Dinsos";
  EXPECT_TRUE(check_meeting_plan(p).ok());
  p.mode = MeetingMode::online;
  EXPECT_EQ(check_meeting_plan(p).error().field, "link");
  p.link = "zoom.us/j/1";
  EXPECT_EQ(check_meeting_plan(p).error().field, "link");
  p.link = "https://zoom.us/j/1";
  EXPECT_TRUE(check_meeting_plan(p).ok());
  p.ends_at = "2026-03-01T00:30:00Z";
  EXPECT_EQ(check_meeting_plan(p).error().field, "ends_at");
  p.ends_at = "";
  p.starts_at = "besok pagi";
  EXPECT_EQ(check_meeting_plan(p).error().field, "starts_at");
}

TEST(MeetingAttendance, PeopleAreCountedOnlyForOrganisationsThatCame) {
  EXPECT_TRUE(check_attendance({{"a", true, 3}, {"b", false, 0}}).ok());
  EXPECT_FALSE(check_attendance({{"a", false, 2}}).ok());
  EXPECT_FALSE(check_attendance({{"a", true, -1}}).ok());
  EXPECT_FALSE(check_attendance({{"a", true, 1}, {"a", false, 0}}).ok());
}

}  // namespace
}  // namespace mitra
