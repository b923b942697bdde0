#include "services/person_linkage.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "services/person_service.hpp"
#include "testing/fixture.hpp"

namespace mitra::services {
namespace {

Person person(const std::string& name, const std::string& birth, const std::string& mother) {
  Person p;
  p.full_name = name;
  p.birth_date = birth;
  p.mother_name = mother;
  p.region_code = "73.71";
  return p;
}

// The documented weights score a pair from its fields alone (no registry-wide EM).
double probability(const Person& x, const Person& y) {
  const auto model = linkage::documented_model();
  const auto c = linkage::compare(linkage::prepare(linkage_record(x)), linkage::prepare(linkage_record(y)), {});
  return model.probability(c);
}

TEST(PersonLinkage, RecordTakesRegionLevelsFromTheDomicileElseTheOffice) {
  auto p = person("Andi", "", "");
  EXPECT_EQ(linkage_record(p).region[1], "73.71");
  EXPECT_EQ(linkage_record(p).region[2], "");
  p.domicile_region = "73.71.03.1001";
  const auto r = linkage_record(p);
  EXPECT_EQ(r.region[0], "73");
  EXPECT_EQ(r.region[1], "73.71");
  EXPECT_EQ(r.region[2], "73.71.03");
  p.sex = Sex::female;
  EXPECT_EQ(linkage_record(p).sex, 'P');
}

TEST(PersonLinkage, DocumentedWeightsMatchSpellingVariantsAndRejectADifferentGeneration) {
  EXPECT_GE(probability(person("Muhammad Rizki", "2014-05-17", "Siti Rahmawati"),
                        person("Moh. Rizky", "2014-05-17", "Siti Rahmawati")),
            0.5);
  EXPECT_GE(probability(person("Djoko Wahyudi", "2009-01-20", ""), person("Joko Wahyudi", "2009-01-20", "")), 0.5);
  EXPECT_LT(probability(person("Andi Saputra", "2012-03-14", ""), person("Andi Saputra", "1980-01-01", "")), 0.05);
  EXPECT_LT(probability(person("Andi Saputra", "2012-03-14", "Siti Aminah"), person("Budi Hartono", "2012-03-14", "Wati")),
            0.05);
}

TEST(PersonLinkage, EvidenceNamesTheComparedFieldsOnly) {
  const auto c = linkage::compare(linkage::prepare(linkage_record(person("Nur Aisyah", "2011-02-03", "Hasnah"))),
                                  linkage::prepare(linkage_record(person("Noor Aisyah", "2011-02-03", ""))), {});
  const auto json = evidence_json(c);
  EXPECT_NE(json.find("\"birth\":0"), std::string::npos) << json;
  EXPECT_NE(json.find("\"name\":"), std::string::npos);
  EXPECT_EQ(json.find("\"mother\""), std::string::npos) << "one side has no mother's name: not compared";
}

TEST(PersonLinkage, OnlyCorroboratedPossibleMatchesAreWorthReviewing) {
  linkage::Comparison c;
  c.level.fill(linkage::kMissing);
  c.level[linkage::kName] = 0;
  c.level[linkage::kSex] = 0;
  c.level[linkage::kRegion] = 0;
  c.level[linkage::kBirth] = 1;  // the same estimated or placeholder date
  EXPECT_FALSE(corroborated(c));
  c.level[linkage::kMother] = 2;
  EXPECT_FALSE(corroborated(c)) << "a different mother";
  c.level[linkage::kMother] = 1;
  EXPECT_TRUE(corroborated(c));
  c.level[linkage::kMother] = linkage::kMissing;
  c.level[linkage::kBirth] = 0;
  EXPECT_TRUE(corroborated(c)) << "the same real birth date";
}

bool finds(PersonLinkage& index, testing::TestDatabase& t, const Person& who, const std::string& id) {
  const auto hits = index.query(t.db(), who, 10);
  return std::any_of(hits.begin(), hits.end(), [&](const LinkageHit& h) { return h.person_id == id; });
}

TEST(PersonLinkage, TheKeptIndexFollowsRegistrationsAndMergesAcrossARebuild) {
  testing::TestDatabase t;
  PersonLinkage index;
  auto ctx = t.context();
  ctx.linkage = &index;
  const auto worker = testing::make_actor(t, "pekerja", Role::social_worker, "DINSOS-T");
  PersonInput rizki;
  rizki.person = person("Muhammad Rizki", "2014-05-17", "Siti Rahmawati");
  auto first = register_person(ctx, worker, rizki);
  ASSERT_TRUE(first.ok());
  index.build(t.db());
  const auto spelled = person("Moh. Rizky", "2014-05-17", "Siti Rahmawati");
  EXPECT_TRUE(finds(index, t, spelled, first->record.person.id)) << "read from the table at the build";

  // Registered after the build: found beside the index, and still after a rebuild.
  PersonInput nur;
  nur.person = person("Nurul Hidayah", "2012-08-01", "Hasnah");
  auto second = register_person(ctx, worker, nur);
  ASSERT_TRUE(second.ok());
  const auto noor = person("Noor Hidayah", "2012-08-01", "Hasnah");
  EXPECT_TRUE(finds(index, t, noor, second->record.person.id));
  index.remove(first->record.person.id);
  EXPECT_FALSE(finds(index, t, spelled, first->record.person.id)) << "merged away: not proposed";
  EXPECT_EQ(index.indexed(), 2u) << "one in the index, one beside it";
  index.build(t.db());
  EXPECT_TRUE(finds(index, t, noor, second->record.person.id));
  // The table is the truth at a rebuild: the removal above was never committed as a merge.
  EXPECT_TRUE(finds(index, t, spelled, first->record.person.id));
}

}  // namespace
}  // namespace mitra::services
