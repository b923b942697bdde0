#include "services/name_search.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "app/generate.hpp"
#include "services/person_service.hpp"
#include "testing/fixture.hpp"

namespace mitra::services {
namespace {

std::string register_named(const Context& ctx, const Actor& actor, const std::string& name) {
  PersonInput in;
  in.person.full_name = name;
  auto r = register_person(ctx, actor, in);
  EXPECT_TRUE(r.ok()) << name;
  return r.ok() ? r->record.person.id : "";
}

std::vector<std::string> found(const Context& ctx, const Actor& actor, const std::string& q, int limit = 50) {
  store::PersonFilter f;
  f.name = q;
  f.limit = limit;
  auto page = search_persons(ctx, actor, f);
  EXPECT_TRUE(page.ok()) << q;
  std::vector<std::string> names;
  if (page.ok())
    for (const auto& p : page->items) names.push_back(p.person.full_name);
  return names;
}

TEST(NameSearch, FindsTyposAndVariantsClosestFirst) {
  testing::TestDatabase t;
  auto ctx = t.context();
  Actor worker = testing::make_actor(t, "citra", Role::social_worker, "DINSOS-MKS");
  register_named(ctx, worker, "Muhammad Rizky");
  register_named(ctx, worker, "Mochamad Rizki");
  register_named(ctx, worker, "Siti Aminah");
  EXPECT_EQ(found(ctx, worker, "muhammad rizky"), (std::vector<std::string>{"Muhammad Rizky", "Mochamad Rizki"}));
  EXPECT_EQ(found(ctx, worker, "Mochamad Rizki"), (std::vector<std::string>{"Mochamad Rizki", "Muhammad Rizky"}));
  EXPECT_EQ(found(ctx, worker, "sity aminnah"), (std::vector<std::string>{"Siti Aminah"}));
  EXPECT_TRUE(found(ctx, worker, "budi").empty());
}

TEST(NameSearch, MigrationStepIndexesPersonsWithoutKeys) {
  testing::TestDatabase t;
  auto ctx = t.context();
  Actor worker = testing::make_actor(t, "citra", Role::social_worker, "DINSOS-MKS");
  register_named(ctx, worker, "Dewi Lestari");
  {
    store::UnitOfWork unit(t.db(), store::UnitOfWork::Mode::write);
    unit.sql() << "DELETE FROM person_name_key";
    unit.commit();
  }
  EXPECT_TRUE(found(ctx, worker, "dewi").empty()) << "no keys, no match";
  {
    store::UnitOfWork unit(t.db(), store::UnitOfWork::Mode::write);
    EXPECT_EQ(store::index_unindexed_person_names(unit), 1);
    EXPECT_EQ(store::index_unindexed_person_names(unit), 0) << "indexed persons are skipped";
    unit.commit();
  }
  EXPECT_EQ(found(ctx, worker, "dewy lestari"), (std::vector<std::string>{"Dewi Lestari"}));
}

TEST(Generate, InsertsSearchablePersonsWithCases) {
  testing::TestDatabase t;
  auto ctx = t.context();
  Actor worker = testing::make_actor(t, "citra", Role::social_worker, "DINSOS-MKS");
  app::GenerateOptions options;
  options.persons = 120;
  options.batch = 50;
  const auto r = app::generate_persons(ctx, options);
  EXPECT_EQ(r.persons, 120);
  store::UnitOfWork unit(t.db(), store::UnitOfWork::Mode::read);
  int persons = 0, cases = 0, keys = 0, consents = 0, transitions = 0;
  unit.sql() << "SELECT COUNT(*) FROM person", soci::into(persons);
  unit.sql() << "SELECT COUNT(*) FROM client_case", soci::into(cases);
  unit.sql() << "SELECT COUNT(DISTINCT person_id) FROM person_name_key", soci::into(keys);
  unit.sql() << "SELECT COUNT(*) FROM consent", soci::into(consents);
  unit.sql() << "SELECT COUNT(*) FROM case_transition", soci::into(transitions);
  EXPECT_EQ(persons, 120);
  EXPECT_EQ(cases, 120);
  EXPECT_EQ(keys, 120);
  EXPECT_EQ(consents, 120);
  EXPECT_GE(transitions, 120);
  std::string name;
  unit.sql() << "SELECT full_name FROM person WHERE sensitive = 0 ORDER BY id LIMIT 1", soci::into(name);
  const auto hits = found(ctx, worker, name);
  EXPECT_FALSE(hits.empty());
  if (!hits.empty()) {
    EXPECT_EQ(hits.front(), name);
  }
}

}  // namespace
}  // namespace mitra::services
