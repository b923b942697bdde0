#include "domain/case_stage.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

using S = Stage;

struct Move {
  S from, to;
  bool ok;
  const char* why;
};

// The ATENSI model as a table: every row a move and whether it is allowed.
const Move kMoves[] = {
    {S::first_contact, S::assessment, true, "one step forward"},
    {S::assessment, S::intervention_plan, true, "one step forward"},
    {S::intervention_plan, S::intervention, true, "one step forward"},
    {S::intervention, S::reintegration, true, "one step forward"},
    {S::reintegration, S::termination, true, "one step forward"},
    {S::termination, S::follow_up, true, "one step forward"},
    {S::follow_up, S::closed, true, "close after follow-up"},
    {S::termination, S::closed, true, "close without follow-up"},
    {S::closed, S::assessment, true, "reopen"},
    {S::follow_up, S::assessment, true, "back on the street during follow-up"},
    {S::termination, S::assessment, true, "back on the street after termination"},
    {S::reintegration, S::assessment, false, "no going back past the plan while it runs"},
    {S::intervention, S::intervention_plan, true, "revise the plan"},
    {S::first_contact, S::termination, true, "the client left early"},
    {S::intervention, S::termination, true, "terminate during intervention"},
    {S::first_contact, S::intervention, false, "no skipping assessment and plan"},
    {S::assessment, S::intervention, false, "no intervention without a plan"},
    {S::first_contact, S::closed, false, "close only after termination"},
    {S::intervention, S::closed, false, "close only after termination"},
    {S::reintegration, S::intervention, false, "no going back past the plan"},
    {S::closed, S::intervention, false, "reopen into assessment only"},
    {S::closed, S::closed, false, "already closed"},
    {S::follow_up, S::termination, false, "already terminated"},
    {S::assessment, S::assessment, false, "no move"},
};

TEST(CaseStage, FollowsTheAtensiModel) {
  for (const auto& m : kMoves) {
    auto r = advance({m.from, ""}, m.to, "alasan", "2026-11-25T00:00:00.000Z");
    EXPECT_EQ(r.ok(), m.ok) << to_string(m.from) << " -> " << to_string(m.to) << ": " << m.why;
    if (!m.ok && !r.ok()) {
      EXPECT_EQ(r.error().code, ErrorCode::conflict);
    }
  }
}

TEST(CaseStage, EveryMoveNeedsAReason) {
  auto r = advance({S::first_contact, ""}, S::assessment, "  ", "2026-11-25T00:00:00.000Z");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "reason");
}

TEST(CaseStage, ClosingStampsTheTimeAndReopeningClearsIt) {
  auto closed = advance({S::follow_up, ""}, S::closed, "selesai", "2026-11-25T01:00:00.000Z");
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(closed->closed_at, "2026-11-25T01:00:00.000Z");
  auto reopened = advance(*closed, S::assessment, "kembali ke jalan", "2026-12-01T01:00:00.000Z");
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(reopened->closed_at, "");
}

TEST(CaseStage, SupervisorsApproveAssessmentPlanAndClosure) {
  EXPECT_TRUE(needs_supervisor(S::assessment, S::intervention_plan));
  EXPECT_TRUE(needs_supervisor(S::intervention_plan, S::intervention));
  EXPECT_TRUE(needs_supervisor(S::follow_up, S::closed));
  EXPECT_FALSE(needs_supervisor(S::first_contact, S::assessment));
  EXPECT_FALSE(needs_supervisor(S::intervention, S::reintegration));
}

TEST(CaseStage, NamesRoundTrip) {
  for (S s : all_stages()) EXPECT_EQ(parse_stage(to_string(s)), s);
  EXPECT_FALSE(parse_stage("done").has_value());
}

}  // namespace
}  // namespace mitra
