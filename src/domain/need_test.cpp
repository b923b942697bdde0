#include "domain/need.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

TEST(Need, RequiredFieldsNamed) {
  NeedText n{"Kursi roda anak", "", "Kursi roda anak", "unit", "2026-01-31", "anak_disabilitas", 30};
  EXPECT_TRUE(check_need(n).ok());
  auto bad = n;
  bad.title = "";
  EXPECT_EQ(check_need(bad).error().field, "title");
  bad = n;
  bad.quantity = 0;
  EXPECT_EQ(check_need(bad).error().field, "quantity");
  bad = n;
  bad.needed_by = "31-01-2026";
  EXPECT_EQ(check_need(bad).error().field, "needed_by");
  bad = n;
  bad.pmks_category = "kursi";
  EXPECT_EQ(check_need(bad).error().field, "pmks_category");
}

TEST(Need, PledgesCannotOverFulfil) {
  Fulfilment f{30, 20, 0};
  EXPECT_EQ(f.remaining(), 10);
  EXPECT_TRUE(check_pledge(NeedStatus::open, f, 10).ok());
  auto over = check_pledge(NeedStatus::open, f, 11);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().code, ErrorCode::conflict);
  EXPECT_NE(over.error().message.find("(10)"), std::string::npos) << over.error().message;
  EXPECT_EQ(check_pledge(NeedStatus::fulfilled, Fulfilment{30, 30, 30}, 1).error().code, ErrorCode::conflict);
  EXPECT_EQ(check_pledge(NeedStatus::open, f, 0).error().code, ErrorCode::invalid_input);
}

TEST(Need, MetWhenDeliveriesReachTheNeed) {
  EXPECT_FALSE((Fulfilment{30, 30, 29}).met());
  EXPECT_TRUE((Fulfilment{30, 30, 30}).met());
  EXPECT_EQ((Fulfilment{30, 35, 0}).remaining(), 0);
}

TEST(Need, PledgeMovesOnlyFromPledged) {
  EXPECT_TRUE(check_pledge_transition(PledgeStatus::pledged, PledgeStatus::delivered).ok());
  EXPECT_TRUE(check_pledge_transition(PledgeStatus::pledged, PledgeStatus::cancelled).ok());
  EXPECT_FALSE(check_pledge_transition(PledgeStatus::delivered, PledgeStatus::cancelled).ok());
  EXPECT_FALSE(check_pledge_transition(PledgeStatus::cancelled, PledgeStatus::delivered).ok());
  EXPECT_FALSE(check_pledge_transition(PledgeStatus::pledged, PledgeStatus::pledged).ok());
}

}  // namespace
}  // namespace mitra
