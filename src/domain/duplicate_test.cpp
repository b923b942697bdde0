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

TEST(DuplicateMerge, SurvivorKeepsItsOwnAndTakesWhatItLacks) {
  Person survivor, absorbed;
  survivor.nik = "";
  survivor.mother_name = "Sitti Aminah";
  survivor.birth_date = "2012-07-01";
  survivor.birth_date_estimated = true;
  survivor.documents = {"kk"};
  absorbed.nik = "7371011207120003";
  absorbed.mother_name = "St. Aminah";  // the survivor's spelling is kept
  absorbed.phone = "081234567890";
  absorbed.birth_date = "2012-12-07";
  absorbed.documents = {"akta_lahir", "kk"};
  const auto before = survivor;
  const auto filled = fill_from_absorbed(survivor, absorbed);
  EXPECT_EQ(survivor.nik, "7371011207120003");
  EXPECT_EQ(survivor.mother_name, "Sitti Aminah");
  EXPECT_EQ(survivor.phone, "081234567890");
  EXPECT_EQ(survivor.birth_date, "2012-12-07");  // a recorded date beats an estimated one
  EXPECT_FALSE(survivor.birth_date_estimated);
  EXPECT_EQ(survivor.documents, (std::vector<std::string>{"kk", "akta_lahir"}));
  std::vector<std::string> fields;
  for (const auto& f : filled) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"nik", "phone", "birth_date", "birth_date_estimated", "documents"}));

  restore_filled(survivor, filled);
  EXPECT_EQ(survivor.nik, before.nik);
  EXPECT_EQ(survivor.phone, "");
  EXPECT_EQ(survivor.birth_date, "2012-07-01");
  EXPECT_TRUE(survivor.birth_date_estimated);
  EXPECT_EQ(survivor.documents, before.documents);
}

TEST(DuplicateMerge, AnEstimatedDateDoesNotReplaceARecordedOne) {
  Person survivor, absorbed;
  survivor.birth_date = "2010-03-04";
  absorbed.birth_date = "2010-07-01";
  absorbed.birth_date_estimated = true;
  EXPECT_TRUE(fill_from_absorbed(survivor, absorbed).empty());
  EXPECT_EQ(survivor.birth_date, "2010-03-04");
  Person unknown;
  EXPECT_EQ(fill_from_absorbed(unknown, absorbed).size(), 2u);  // empty takes even an estimate
  EXPECT_TRUE(unknown.birth_date_estimated);
}

}  // namespace
}  // namespace mitra
