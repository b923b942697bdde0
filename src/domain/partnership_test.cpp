#include "domain/partnership.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

using S = PartnershipStage;

struct Move {
  S from, to;
  bool ok;
  const char* why;
};

// Kuswidanti's eight stages as a table of moves.
const Move kMoves[] = {
    {S::problem_recognition, S::problem_selection, true, "one step forward"},
    {S::problem_selection, S::candidate_partners, true, "one step forward"},
    {S::candidate_partners, S::partner_roles, true, "one step forward"},
    {S::partner_roles, S::agreement, true, "one step forward"},
    {S::agreement, S::work_plan, true, "one step forward"},
    {S::work_plan, S::integrated_activities, true, "one step forward"},
    {S::integrated_activities, S::monitoring_evaluation, true, "one step forward"},
    {S::monitoring_evaluation, S::work_plan, true, "back to planning after an evaluation"},
    {S::agreement, S::candidate_partners, true, "a partner left: find another"},
    {S::monitoring_evaluation, S::problem_recognition, true, "a new cycle"},
    {S::problem_recognition, S::candidate_partners, false, "no skipping problem selection"},
    {S::partner_roles, S::work_plan, false, "no work plan without an agreement"},
    {S::problem_recognition, S::monitoring_evaluation, false, "no skipping to the end"},
    {S::work_plan, S::work_plan, false, "no move"},
};

TEST(PartnershipStage, MovesOneStepForwardOrBackAnyNumber) {
  for (const auto& m : kMoves) {
    auto r = check_stage_move(m.from, m.to, "alasan");
    EXPECT_EQ(r.ok(), m.ok) << to_string(m.from) << " -> " << to_string(m.to) << ": " << m.why;
    if (!m.ok && !r.ok()) {
      EXPECT_EQ(r.error().code, ErrorCode::conflict);
      EXPECT_EQ(r.error().field, "stage");
    }
  }
}

TEST(PartnershipStage, EveryMoveNeedsAReason) {
  auto r = check_stage_move(S::problem_recognition, S::problem_selection, " \n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "reason");
}

TEST(PartnershipStage, CodesRoundTripInOrder) {
  ASSERT_EQ(partnership_stages().size(), 8u);
  int n = 1;
  for (auto s : partnership_stages()) {
    EXPECT_EQ(stage_number(s), n++);
    EXPECT_EQ(parse_partnership_stage(to_string(s)), s);
  }
  EXPECT_FALSE(parse_partnership_stage("evaluation"));
}

TEST(Partnership, NeedsTwoDistinctPartiesWithKnownRoles) {
  EXPECT_FALSE(check_parties({{"a", {"facilitator"}}}).ok());
  EXPECT_TRUE(check_parties({{"a", {"facilitator", "funder"}}, {"b", {"venue", "recruiter"}}}).ok());
  EXPECT_FALSE(check_parties({{"a", {"facilitator"}}, {"a", {"venue"}}}).ok()) << "the same organisation twice";
  EXPECT_FALSE(check_parties({{"a", {"facilitator"}}, {"b", {}}}).ok()) << "a party without a role";
  EXPECT_FALSE(check_parties({{"a", {"facilitator"}}, {"b", {"boss"}}}).ok()) << "an unknown role";
  EXPECT_FALSE(check_parties({{"a", {"venue", "venue"}}, {"b", {"funder"}}}).ok()) << "a repeated role";
}

TEST(Partnership, PeriodEndsOnOrAfterItsStart) {
  EXPECT_TRUE(check_period("2024-01-01", "2024-12-31", "start_date", "end_date", true).ok());
  EXPECT_TRUE(check_period("2024-01-01", "", "start_date", "end_date", true).ok());
  EXPECT_EQ(check_period("", "", "start_date", "end_date", true).error().field, "start_date");
  EXPECT_EQ(check_period("2024-02-30", "", "start_date", "end_date", true).error().field, "start_date");
  EXPECT_EQ(check_period("2024-03-01", "2024-02-01", "start_date", "end_date", true).error().field, "end_date");
}

struct Reminder {
  const char* end;
  std::optional<int> due;
};

TEST(Agreement, RemindsSixtyAndThirtyDaysBeforeItEnds) {
  const char* today = "2026-01-01";
  const Reminder kCases[] = {
      {"2026-03-03", std::nullopt},  // 61 days left
      {"2026-03-02", 60},            // 60 days left
      {"2026-02-01", 60},            // 31 days left
      {"2026-01-31", 30},            // 30 days left
      {"2026-01-01", 30},            // ends today
      {"2025-12-31", std::nullopt},  // ended yesterday
      {"", std::nullopt},            // no end date
  };
  for (const auto& c : kCases) EXPECT_EQ(reminder_due(c.end, today), c.due) << c.end;
  EXPECT_EQ(days_between("2024-02-28", "2024-03-01"), 2) << "a leap year";
}

TEST(Budget, RefusesToDisburseMoreThanAllocated) {
  EXPECT_TRUE(check_disbursement(10'000'000, 4'000'000, 6'000'000).ok());
  auto over = check_disbursement(10'000'000, 4'000'000, 6'000'001);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().code, ErrorCode::conflict);
  EXPECT_NE(over.error().message.find("Rp 6.000.000"), std::string::npos) << over.error().message;
  EXPECT_EQ(check_disbursement(10, 0, 0).error().code, ErrorCode::invalid_input);
  EXPECT_EQ(check_disbursement(10, 0, -5).error().code, ErrorCode::invalid_input);
}

TEST(Budget, RealisationIsAPercentWithOneDecimal) {
  EXPECT_DOUBLE_EQ(realisation_percent(0, 0), 0.0);
  EXPECT_DOUBLE_EQ(realisation_percent(3'000'000, 1'000'000), 33.3);
  EXPECT_DOUBLE_EQ(realisation_percent(8'000'000, 6'000'000), 75.0);
  EXPECT_DOUBLE_EQ(realisation_percent(1'000, 1'000), 100.0);
  EXPECT_EQ(format_rupiah(1'250'000), "Rp 1.250.000");
  EXPECT_EQ(format_rupiah(0), "Rp 0");
}

TEST(Lpj, OverdueWhenNotSubmittedByItsDueDate) {
  EXPECT_EQ(lpj_status("2026-01-10", "", "", "2026-01-10"), LpjStatus::due);
  EXPECT_EQ(lpj_status("2026-01-10", "", "", "2026-01-11"), LpjStatus::overdue);
  EXPECT_EQ(lpj_status("2026-01-10", "2026-01-12", "", "2026-01-20"), LpjStatus::submitted);
  EXPECT_EQ(lpj_status("2026-01-10", "2026-01-12", "2026-01-15T00:00:00.000Z", "2026-01-20"), LpjStatus::verified);
}

}  // namespace
}  // namespace mitra
