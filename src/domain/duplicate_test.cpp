#include "domain/duplicate.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

TEST(DuplicateQueue, PairKeyIsOrderFree) {
  EXPECT_EQ(duplicate_pair_key("b", "a"), duplicate_pair_key("a", "b"));
  EXPECT_EQ(duplicate_pair_key("b", "a").first, "a");
}

TEST(DuplicateQueue, RerunInsertsNewRefreshesOpenAndNeverReproposesDecidedPairs) {
  EXPECT_EQ(queue_action(std::nullopt), QueueAction::insert);
  EXPECT_EQ(queue_action(std::string("open")), QueueAction::refresh);
  EXPECT_EQ(queue_action(std::string("not_same")), QueueAction::keep);
  EXPECT_EQ(queue_action(std::string("unmerged")), QueueAction::keep);
  EXPECT_EQ(queue_action(std::string("merged")), QueueAction::keep);
}

TEST(DuplicateQueue, OnlyOpenPairsMayBeDecided) {
  EXPECT_FALSE(merge_refusal("open"));
  EXPECT_EQ(*merge_refusal("merged"), "Pasangan ini sudah digabungkan.");
  EXPECT_TRUE(merge_refusal("not_same"));
  EXPECT_TRUE(merge_refusal("unmerged"));
  EXPECT_FALSE(not_same_refusal("open"));
  EXPECT_TRUE(not_same_refusal("merged"));
  EXPECT_TRUE(not_same_refusal("not_same"));
}

TEST(DuplicateQueue, AgreementLabels) {
  EXPECT_EQ(agreement_label("name", 0), "same");
  EXPECT_EQ(agreement_label("name", 1), "similar");
  EXPECT_EQ(agreement_label("name", 3), "partial");
  EXPECT_EQ(agreement_label("name", 4), "different");
  EXPECT_EQ(agreement_label("birth", 2), "similar");
  EXPECT_EQ(agreement_label("birth", 5), "different");
  EXPECT_EQ(agreement_label("sex", 1), "different");
  EXPECT_EQ(agreement_label("id", 1), "similar");
  EXPECT_EQ(agreement_label("region", 3), "different");
}

}  // namespace
}  // namespace mitra
