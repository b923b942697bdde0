#include "store/statistics_repository.hpp"

#include <gtest/gtest.h>

#include "services/case_service.hpp"
#include "services/person_service.hpp"
#include "testing/fixture.hpp"

namespace mitra::store {
namespace {

using services::Actor;
using testing::make_actor;
using testing::TestDatabase;

// The monthly intakes read the person's sex from the case row (migration 0027); the database
// keeps it in step with the person.
class MonthlyIntakes : public ::testing::Test {
 protected:
  TestDatabase t;
  Actor worker = make_actor(t, "pekerja", Role::supervisor, "DINSOS-T");

  std::string person(const std::string& name, Sex sex) {
    services::PersonInput p;
    p.person.full_name = name;
    p.person.sex = sex;
    p.age_years = 9;
    auto r = services::register_person(t.context(), worker, p);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? r->record.person.id : "";
  }
  void open(const std::string& person_id) {
    auto c = services::open_case(t.context(), worker, {person_id, "low", {}, "Datang langsung"});
    ASSERT_TRUE(c.ok()) << (c.ok() ? "" : c.error().message);
  }
  // November 2026 (the fixture's clock): {male, female}.
  std::pair<long long, long long> counts() {
    StatScopeQuery q;
    q.scope_organization = worker.organization.id;
    q.from = "2026-01-01";
    q.to = "2027-01-01";
    UnitOfWork u(t.db(), UnitOfWork::Mode::read);
    const auto months = monthly_intakes(u, q);
    EXPECT_EQ(months.size(), 1u);
    if (months.empty()) return {0, 0};
    EXPECT_EQ(months[0].month, "2026-11");
    return {months[0].male, months[0].female};
  }
  void sql(const std::string& statement) {
    UnitOfWork u(t.db(), UnitOfWork::Mode::write);
    u.sql() << statement;
    u.commit();
  }
};

TEST_F(MonthlyIntakes, EachCaseCountsByItsPersonsSexAsTheDatabaseKeepsIt) {
  const auto boy = person("Rizky Ramadhan", Sex::male), girl = person("Siti Aminah", Sex::female);
  open(boy);
  open(boy);
  open(girl);
  EXPECT_EQ(counts(), std::make_pair(2LL, 1LL));
  // A correction of the person's sex reaches the cases.
  sql("UPDATE person SET sex = 'P' WHERE id = '" + boy + "'");
  EXPECT_EQ(counts(), std::make_pair(0LL, 3LL));
  // A case moved to another person (as a merge moves the absorbed record's cases) takes that
  // person's sex.
  const auto other = person("Budi Santoso", Sex::male);
  sql("UPDATE client_case SET person_id = '" + other + "' WHERE person_id = '" + girl + "'");
  EXPECT_EQ(counts(), std::make_pair(1LL, 2LL));
}

}  // namespace
}  // namespace mitra::store
