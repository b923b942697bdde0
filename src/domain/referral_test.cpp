#include "domain/referral.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

using RS = ReferralStatus;

TEST(Referral, ReceiverAcceptsOrDeclinesWithAReasonOnlyWhilePending) {
  EXPECT_EQ(reply(RS::pending, true, "").value(), RS::accepted);
  EXPECT_EQ(reply(RS::pending, false, "Kapasitas penuh").value(), RS::declined);
  EXPECT_EQ(reply(RS::pending, false, " ").error().field, "reason");
  EXPECT_EQ(reply(RS::accepted, true, "").error().code, ErrorCode::conflict);
  EXPECT_EQ(reply(RS::declined, true, "").error().code, ErrorCode::conflict);
}

TEST(Referral, OpenOnlyWhilePendingOrAccepted) {
  EXPECT_TRUE(is_open(RS::pending));
  EXPECT_TRUE(is_open(RS::accepted));
  EXPECT_FALSE(is_open(RS::declined));
  EXPECT_FALSE(is_open(RS::withdrawn));
  EXPECT_FALSE(is_open(RS::completed));
}

TEST(Referral, EndingFollowsWhoEndsIt) {
  EXPECT_EQ(end(RS::pending, true).value(), RS::withdrawn);
  EXPECT_EQ(end(RS::pending, false).error().code, ErrorCode::conflict);
  EXPECT_EQ(end(RS::accepted, false).value(), RS::completed);
  EXPECT_EQ(end(RS::accepted, true).value(), RS::completed);
  EXPECT_EQ(end(RS::completed, true).error().code, ErrorCode::conflict);
}

TEST(Referral, OverdueWhenPendingPastTheDeadline) {
  EXPECT_TRUE(is_overdue(RS::pending, "2026-11-20T00:00:00.000Z", "2026-11-21T00:00:00.000Z"));
  EXPECT_FALSE(is_overdue(RS::pending, "2026-11-22T00:00:00.000Z", "2026-11-21T00:00:00.000Z"));
  EXPECT_FALSE(is_overdue(RS::accepted, "2026-11-20T00:00:00.000Z", "2026-11-21T00:00:00.000Z"));
}

}  // namespace
}  // namespace mitra
