#include "store/statistics_repository.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "services/case_service.hpp"
#include "services/person_service.hpp"
#include "testing/fixture.hpp"

namespace mitra::store {
namespace {

using services::Actor;
using testing::make_actor;
using testing::TestDatabase;

// The statistics' queries over records written by the services (persons, cases) and, for what
// needs no service here, by SQL.
class Statistics : public ::testing::Test {
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

// The monthly intakes read the person's sex from the case row (migration 0027); the database
// keeps it in step with the person.
TEST_F(Statistics, EachCaseCountsByItsPersonsSexAsTheDatabaseKeepsIt) {
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

// Return to the street after a shelter: the patrols that netted a person discharged in the period,
// read in one statement for all of them.
TEST_F(Statistics, PatrolsAfterADischargeAreFoundForEveryDischargedPerson) {
  const auto org = worker.organization.id, by = worker.user.id;
  const auto stay = [&](const std::string& id, const std::string& person, const std::string& out) {
    sql("INSERT INTO shelter_stay (id, facility_id, case_id, person_id, region_code, bed_group, status, admitted_at, "
        "planned_days, planned_until, health_checked, admitted_by, discharged_at, destination, created_at, updated_at) "
        "SELECT '" + id + "', '" + org + "', c.id, c.person_id, '73.71', 'male_child', 'discharged', "
        "'2026-01-05T08:00:00Z', 30, '2026-02-04', 1, '" + by + "', '" + out + "', 'family', '2026-01-05T08:00:00Z', "
        "'2026-01-05T08:00:00Z' FROM client_case c WHERE c.person_id = '" + person + "'");
  };
  const auto patrol = [&](const std::string& id, const std::string& day, const std::string& person) {
    sql("INSERT INTO patrol (id, organization_id, region_code, kind, started_at, place, agencies, "
        "receiving_organization, created_by, created_at) VALUES ('" + id + "', '" + org + "', '73.71', 'patrol', '" +
        day + "T21:00:00Z', 'Pantai Losari', 'satpol_pp', '" + org + "', '" + by + "', '" + day + "T23:00:00Z')");
    sql("INSERT INTO patrol_person (patrol_id, person_id, case_id, added_by, added_at) SELECT '" + id +
        "', c.person_id, c.id, '" + by + "', '" + day + "T21:30:00Z' FROM client_case c WHERE c.person_id = '" +
        person + "'");
  };
  sql("INSERT INTO shelter_facility (organization_id, region_code, updated_by, updated_at) VALUES ('" + org +
      "', '73.71', '" + by + "', '2026-01-01T00:00:00Z')");
  const auto andi = person("Andi Saputra", Sex::male), bayu = person("Bayu Pratama", Sex::male),
             citra = person("Citra Amelia", Sex::female);
  for (const auto& p : {andi, bayu, citra}) open(p);
  stay("stay-andi", andi, "2026-02-01T09:00:00Z");
  stay("stay-bayu", bayu, "2026-03-01T09:00:00Z");
  stay("stay-citra", citra, "2025-06-01T09:00:00Z");  // discharged before the period
  patrol("patrol-1", "2025-12-20", andi);  // before the period: not a return
  patrol("patrol-2", "2026-05-10", andi);
  patrol("patrol-3", "2026-09-10", bayu);
  patrol("patrol-4", "2026-04-01", citra);  // Citra's discharge is not in the period
  StatScopeQuery q;
  q.scope_organization = org;
  q.from = "2026-01-01";
  q.to = "2027-01-01";
  UnitOfWork u(t.db(), UnitOfWork::Mode::read);
  auto netted = netted_after_discharge(u, q);
  std::sort(netted.begin(), netted.end());
  const std::vector<std::pair<std::string, std::string>> expected{{andi, "2026-05-10"}, {bayu, "2026-09-10"}};
  auto want = expected;
  std::sort(want.begin(), want.end());
  EXPECT_EQ(netted, want);
  EXPECT_EQ(discharges(u, q).size(), 2u);
}

}  // namespace
}  // namespace mitra::store
