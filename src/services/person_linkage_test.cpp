#include "services/person_linkage.hpp"

#include <algorithm>
#include <map>

#include <gtest/gtest.h>

#include "linkage/synthetic.hpp"
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

TEST(PersonLinkage, LearnedWeightsMustBePlausible) {
  const auto model = linkage::documented_model();
  EXPECT_TRUE(plausible_model(model));
  auto wild = model;
  wild.u[linkage::kBirth][1] = 1e-7;  // a shared estimated birth date taken for proof
  EXPECT_FALSE(plausible_model(wild));
  wild = model;
  wild.m[linkage::kBirth][5] = 0.5;  // a different birth date no longer counts against
  EXPECT_FALSE(plausible_model(wild));
}

TEST(PersonLinkage, RegistryQueueIsPreciseAndStrangersWithCommonNamesAreNotLearnedFrom) {
  // Synthetic Indonesian registrations with re-registrations of the same persons.
  const auto set = linkage::generate_synthetic(kLearnFrom + 2000, 3);
  const auto scored = dedup_registry(set.records, {});
  std::size_t queued_pairs = 0, same = 0;
  for (const auto& p : scored.result.pairs)
    if (queued(p, linkage::compare(scored.index->prepared(p.a), scored.index->prepared(p.b), {}))) {
      ++queued_pairs;
      same += set.entity[p.a] == set.entity[p.b] ? 1 : 0;
    }
  std::map<std::uint32_t, std::size_t> records_of;
  for (auto e : set.entity) ++records_of[e];
  std::size_t true_pairs = 0;
  for (const auto& [e, n] : records_of) true_pairs += n * (n - 1) / 2;
  ASSERT_GT(queued_pairs, 1000u);
  EXPECT_GT(static_cast<double>(same) / static_cast<double>(queued_pairs), 0.9);  // precision
  EXPECT_GT(static_cast<double>(same) / static_cast<double>(true_pairs), 0.95);   // recall

  // Strangers only, from a few names (as `mitra generate` makes them): EM would take a shared
  // name for proof; the documented weights score them instead.
  std::vector<linkage::Record> strangers;
  const char* given[] = {"Andi", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hana"};
  const char* family[] = {"Contoh", "Siregar", "Wijaya", "Santoso", "Harahap"};
  for (std::size_t i = 0; i < kLearnFrom + 2000; ++i) {
    linkage::Record r;
    r.name = std::string(given[i % 8]) + " " + family[(i / 8) % 5];
    r.birth_date = std::to_string(1990 + static_cast<int>(i % 30)) + "-07-01";
    r.birth_estimated = true;
    r.sex = i % 2 ? 'P' : 'L';
    r.region = {"73", "73.71", ""};
    strangers.push_back(std::move(r));
  }
  EXPECT_FALSE(dedup_registry(strangers, {}).learned);
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
