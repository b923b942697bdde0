#include "domain/family.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

using K = Kinship;

TEST(Family, EveryRelationHasItsInverse) {
  struct Case {
    K relation, inverse;
  };
  for (const auto& c : {Case{K::parent, K::child}, Case{K::child, K::parent}, Case{K::guardian, K::ward},
                        Case{K::ward, K::guardian}, Case{K::sibling, K::sibling}, Case{K::spouse, K::spouse}}) {
    EXPECT_EQ(inverse(c.relation), c.inverse) << to_string(c.relation);
    EXPECT_EQ(parse_kinship(to_string(c.relation)), c.relation);
  }
  EXPECT_FALSE(parse_kinship("cousin"));
}

TEST(Family, OneLinkReadsFromBothSides) {
  const FamilyLink ibu_of_budi{"l1", "ibu", "budi", K::parent};
  const auto from_budi = relative_of(ibu_of_budi, "budi");
  EXPECT_EQ(from_budi.person_id, "ibu");
  EXPECT_EQ(from_budi.relation, K::parent);
  const auto from_ibu = relative_of(ibu_of_budi, "ibu");
  EXPECT_EQ(from_ibu.person_id, "budi");
  EXPECT_EQ(from_ibu.relation, K::child);
}

TEST(Family, CanonicalFormTurnsChildAndWardRoundAndOrdersSymmetricLinks) {
  const auto c = canonical({"", "budi", "ibu", K::child});
  EXPECT_EQ(c.from, "ibu");
  EXPECT_EQ(c.to, "budi");
  EXPECT_EQ(c.relation, K::parent);
  const auto w = canonical({"", "anak", "wali", K::ward});
  EXPECT_EQ(w.from, "wali");
  EXPECT_EQ(w.relation, K::guardian);
  const auto s = canonical({"", "b", "a", K::sibling});
  EXPECT_EQ(s.from, "a");
  EXPECT_EQ(s.to, "b");
  EXPECT_EQ(s.relation, K::sibling);
}

TEST(Family, NoLinkToOneself) {
  const auto r = check_new_link({"", "budi", "budi", K::sibling}, {});
  EXPECT_EQ(r.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(r.error().field, "relative_id");
}

TEST(Family, NoSecondLinkBetweenTheSamePairInEitherDirection) {
  const std::vector<FamilyLink> existing{{"l1", "ibu", "budi", K::parent}};
  EXPECT_EQ(check_new_link({"", "ibu", "budi", K::parent}, existing).error().code, ErrorCode::conflict);
  EXPECT_EQ(check_new_link({"", "budi", "ibu", K::child}, existing).error().field, "relative_id");
  EXPECT_EQ(check_new_link({"", "budi", "ibu", K::sibling}, existing).error().code, ErrorCode::conflict);
  EXPECT_TRUE(check_new_link({"", "ayah", "budi", K::parent}, existing).ok());
}

TEST(Family, AChildCannotBecomeTheParentOfTheirParentOrAncestor) {
  // nenek -> ibu -> budi
  const std::vector<FamilyLink> existing{{"l1", "ibu", "budi", K::parent}, {"l2", "ibu", "nenek", K::child}};
  // Budi as nenek's parent, said either way round.
  EXPECT_EQ(check_new_link({"", "budi", "nenek", K::parent}, existing).error().field, "relation");
  EXPECT_EQ(check_new_link({"", "nenek", "budi", K::child}, existing).error().field, "relation");
  // Budi's own child is fine.
  EXPECT_TRUE(check_new_link({"", "budi", "cucu", K::parent}, existing).ok());
  // A sibling of the grandmother is not an ancestry problem.
  EXPECT_TRUE(check_new_link({"", "budi", "paman", K::sibling}, existing).ok());
}

TEST(Family, HouseholdRolesFollowTheKartuKeluarga) {
  for (const char* r : {"head", "spouse", "child", "child_in_law", "grandchild", "parent", "parent_in_law", "sibling",
                        "other_relative", "other"})
    EXPECT_EQ(to_string(*parse_household_role(r)), r);
  EXPECT_FALSE(parse_household_role("boss"));
}

}  // namespace
}  // namespace mitra
