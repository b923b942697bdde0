#include "domain/assistance_request.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

Day day(const char* text) {
  auto d = parse_day(text);
  EXPECT_TRUE(d) << text;
  return d.value_or(Day{});
}

using S = RequestStatus;

TEST(AssistanceRequest, StatusCodesRoundTrip) {
  for (auto s : {S::submitted, S::under_review, S::approved, S::rejected, S::delivered})
    EXPECT_EQ(parse_request_status(to_string(s)), s);
  EXPECT_EQ(status_label(S::submitted), "Diajukan");
  EXPECT_EQ(status_label(S::delivered), "Selesai");
  EXPECT_FALSE(parse_request_status("approved_partly"));
}

TEST(AssistanceRequest, TransitionTable) {
  struct Case {
    S from, to;
    bool allowed;
  };
  const Case cases[] = {
      {S::submitted, S::under_review, true},  {S::submitted, S::approved, true},
      {S::submitted, S::rejected, true},      {S::under_review, S::approved, true},
      {S::under_review, S::rejected, true},   {S::approved, S::delivered, true},
      {S::under_review, S::under_review, false}, {S::submitted, S::delivered, false},
      {S::under_review, S::delivered, false}, {S::approved, S::rejected, false},
      {S::rejected, S::approved, false},      {S::rejected, S::delivered, false},
      {S::delivered, S::approved, false},     {S::approved, S::submitted, false},
      {S::delivered, S::delivered, false},
  };
  for (const auto& c : cases) {
    auto r = check_transition(c.from, c.to);
    EXPECT_EQ(r.ok(), c.allowed) << to_string(c.from) << " -> " << to_string(c.to);
    if (!c.allowed) {
      EXPECT_EQ(r.error().code, ErrorCode::conflict);
      EXPECT_NE(r.error().message.find(status_label(c.from)), std::string::npos);
    }
  }
}

TEST(AssistanceRequest, ItemsAreCheckedLineByLine) {
  std::vector<RequestItem> items{{"Nasi kotak", 40, "porsi", 600000, {}}, {"Air mineral", 40, "botol", 120000, {}}};
  EXPECT_TRUE(check_items(items).ok());
  EXPECT_EQ(check_items({}).error().field, "items");
  auto bad = items;
  bad[1].quantity = 0;
  EXPECT_EQ(check_items(bad).error().field, "items[1].quantity");
  bad = items;
  bad[0].unit = "";
  EXPECT_EQ(check_items(bad).error().field, "items[0].unit");
  bad = items;
  bad[1].estimated_value = -1;
  EXPECT_EQ(check_items(bad).error().field, "items[1].estimated_value");
}

TEST(AssistanceRequest, ApprovalInFullOrInPart) {
  std::vector<RequestItem> items{{"Nasi kotak", 40, "porsi", 0, {}}, {"Air mineral", 40, "botol", 0, {}}};
  auto full = check_approval(items, {40, 40});
  ASSERT_TRUE(full.ok());
  EXPECT_TRUE(*full);
  auto part = check_approval(items, {40, 0});
  ASSERT_TRUE(part.ok());
  EXPECT_FALSE(*part);
  EXPECT_EQ(check_approval(items, {41, 40}).error().field, "items[0].approved_quantity");
  EXPECT_EQ(check_approval(items, {0, 0}).error().field, "items") << "approving nothing is a rejection";
  EXPECT_EQ(check_approval(items, {40}).error().field, "items");
}

TEST(AssistanceRequest, DueDateSkipsWeekendAndHolidays) {
  // Thursday 28 March 2024 with 5 working days: Good Friday (29 March) is a holiday and the
  // weekend does not count: 1, 2, 3, 4, 5 April -> Friday 5 April.
  WorkingCalendar calendar({day("2024-03-29")});
  EXPECT_EQ(format_day(reply_due(calendar, day("2024-03-28"), 5)), "2024-04-05");
  // Without the holiday: 29 March, 1, 2, 3, 4 April.
  EXPECT_EQ(format_day(reply_due(WorkingCalendar{}, day("2024-03-28"), 5)), "2024-04-04");
}

TEST(AssistanceRequest, OverdueOnlyWhileAwaitingDecision) {
  const Day due = day("2024-04-04");
  EXPECT_FALSE(is_overdue(S::submitted, due, due));
  EXPECT_TRUE(is_overdue(S::submitted, due, day("2024-04-05")));
  EXPECT_TRUE(is_overdue(S::under_review, due, day("2024-04-05")));
  EXPECT_FALSE(is_overdue(S::approved, due, day("2024-04-30")));
  EXPECT_FALSE(is_overdue(S::rejected, due, day("2024-04-30")));
}

TEST(AssistanceRequest, MedianAndNinetiethPercentile) {
  EXPECT_FALSE(median({}));
  EXPECT_DOUBLE_EQ(*median({7, 1, 3}), 3);
  EXPECT_DOUBLE_EQ(*median({4, 1, 3, 10}), 3.5);
  // Nearest rank: of 1..10 the 9th value; of 1..20 the 18th; a single value is its own.
  EXPECT_DOUBLE_EQ(*percentile({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 90), 9);
  std::vector<int> twenty;
  for (int i = 1; i <= 20; ++i) twenty.push_back(i);
  EXPECT_DOUBLE_EQ(*percentile(twenty, 90), 18);
  EXPECT_DOUBLE_EQ(*percentile({5}, 90), 5);
  EXPECT_DOUBLE_EQ(*percentile({1, 2, 3}, 90), 3);
  EXPECT_FALSE(percentile({}, 90));
}

TEST(AssistanceRequest, FiguresOnKnownRequests) {
  const WorkingCalendar calendar;  // weekends only
  // Received Monday 1 July 2024, 5 working days: due Monday 8 July.
  const Day received = day("2024-07-01"), due = day("2024-07-08");
  std::vector<ResponseSample> samples{
      // 2 working days, on time, delivered the day before the activity.
      {received, due, day("2024-07-03"), day("2024-07-09"), day("2024-07-10")},
      // 5 working days (Mon 8 July), on time, delivered on the activity day.
      {received, due, day("2024-07-08"), day("2024-07-10"), day("2024-07-10")},
      // 15 working days (Mon 22 July), late, delivered after the activity.
      {received, due, day("2024-07-22"), day("2024-07-24"), day("2024-07-20")},
      // 10 working days (Mon 15 July), late, not delivered.
      {received, due, day("2024-07-15"), std::nullopt, day("2024-07-20")},
      // No decision yet: counted, not in the times.
      {received, due, std::nullopt, std::nullopt, std::nullopt},
  };
  const auto f = response_figures(samples, calendar);
  EXPECT_EQ(f.count, 5);
  EXPECT_EQ(f.decided, 4);
  EXPECT_DOUBLE_EQ(*f.median_days, 7.5);  // 2, 5, 10, 15
  EXPECT_DOUBLE_EQ(*f.p90_days, 15);
  EXPECT_DOUBLE_EQ(*f.late_share, 0.5);
  EXPECT_EQ(f.delivered, 3);
  EXPECT_DOUBLE_EQ(*f.delivered_after_activity_share, 1.0 / 3);

  const auto none = response_figures({}, calendar);
  EXPECT_EQ(none.count, 0);
  EXPECT_FALSE(none.median_days);
  EXPECT_FALSE(none.late_share);
  EXPECT_FALSE(none.delivered_after_activity_share);
}

}  // namespace
}  // namespace mitra
