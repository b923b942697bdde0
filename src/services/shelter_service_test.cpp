#include "services/shelter_service.hpp"

#include <gtest/gtest.h>

#include "services/case_service.hpp"
#include "services/directory_service.hpp"
#include "services/person_service.hpp"
#include "testing/fixture.hpp"

namespace mitra::services {
namespace {

using testing::TestDatabase;
constexpr auto kDay = std::chrono::hours(24);

// RPTC with two beds for girls, a worker there, and a girl with an open case, all made through
// the services; the fake clock stands still until a test moves it.
class ShelterServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    admin = testing::make_actor(t, "admin", Role::admin, "DINSOS-MKS");
    OrganizationInput rptc;
    rptc.code = "RPTC-MKS";
    rptc.name = "RPTC Kota Makassar";
    rptc.type = "upt";
    rptc.region_code = "73.71";
    ASSERT_TRUE(bootstrap_organization(ctx, rptc).ok());
    worker = testing::make_actor(t, "dewi", Role::social_worker, "RPTC-MKS");
    Capacity beds;
    beds.of({Sex::female, AgeGroup::child}) = 2;
    auto facility = set_capacity(ctx, admin, worker.organization.id, beds);
    ASSERT_TRUE(facility.ok()) << facility.error().message;
    PersonInput p;
    p.person.full_name = "Rina Wulandari";
    p.person.sex = Sex::female;
    p.person.birth_date = "2014-03-01";
    auto person = register_person(ctx, worker, p);
    ASSERT_TRUE(person.ok()) << person.error().message;
    CaseInput c;
    c.person_id = person->record.person.id;
    c.reason = "Patroli malam";
    auto opened = open_case(ctx, worker, c);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    case_id = opened->record.id;
  }

  AdmissionInput admission(std::optional<int> days) {
    AdmissionInput in;
    in.case_id = case_id;
    in.facility_id = worker.organization.id;
    in.planned_days = days;
    in.health_checked = true;
    in.belongings = {"Tas"};
    return in;
  }

  TestDatabase t;
  Context ctx = t.context();
  Actor admin, worker;
  std::string case_id;
};

TEST_F(ShelterServiceTest, OverdueOnceTheClockPassesThePlannedDays) {
  auto stay = admit(ctx, worker, admission(3));
  ASSERT_TRUE(stay.ok()) << stay.error().message;
  EXPECT_EQ(group_code(stay->record.group), "female_child");
  store::StayFilter overdue;
  overdue.facility_id = worker.organization.id;
  overdue.status = "overdue";
  EXPECT_TRUE(list_stays(ctx, worker, overdue)->items.empty());

  t.clock.advance(3 * kDay);
  EXPECT_FALSE(get_stay(ctx, worker, stay->record.id)->overdue) << "exactly the planned days";
  t.clock.advance(std::chrono::hours(1));
  auto later = get_stay(ctx, worker, stay->record.id);
  EXPECT_TRUE(later->overdue);
  EXPECT_EQ(later->days_stayed, 3);
  auto listed = list_stays(ctx, worker, overdue);
  ASSERT_EQ(listed->items.size(), 1u);
  EXPECT_EQ(listed->items[0].record.id, stay->record.id);
}

TEST_F(ShelterServiceTest, TheBoardOfADayCountsWhoWasThereAtItsEnd) {
  ASSERT_TRUE(admit(ctx, worker, admission(std::nullopt)).ok());
  auto today = occupancy(ctx, worker, worker.organization.id, "2026-11-25");
  ASSERT_TRUE(today.ok()) << today.error().message;
  const auto& girls = today->groups[1];
  EXPECT_EQ(group_code(girls.group), "female_child");
  EXPECT_EQ(girls.capacity, 2);
  EXPECT_EQ(girls.occupied, 1);
  EXPECT_EQ(girls.free, 1);
  ASSERT_EQ(today->stays.size(), 1u);
  EXPECT_EQ(today->stays[0].person_name, "Rina Wulandari");
  EXPECT_TRUE(occupancy(ctx, worker, worker.organization.id, "2026-11-24")->stays.empty());
  EXPECT_EQ(occupancy(ctx, worker, worker.organization.id, "kemarin").error().field, "date");
  EXPECT_EQ(occupancy(ctx, admin, worker.organization.id, "").error().code, ErrorCode::forbidden)
      << "an administrator by that role alone sees no one";
}

TEST_F(ShelterServiceTest, TheBoardDayIsTheFacilitysLocalDay) {
  // Makassar is UTC+8: 17:00 UTC on the 25th is 01:00 on the 26th there.
  t.clock.advance(std::chrono::hours(17));
  ASSERT_TRUE(admit(ctx, worker, admission(std::nullopt)).ok());
  EXPECT_TRUE(occupancy(ctx, worker, worker.organization.id, "2026-11-25")->stays.empty());
  EXPECT_EQ(occupancy(ctx, worker, worker.organization.id, "2026-11-26")->stays.size(), 1u);
  EXPECT_EQ(occupancy(ctx, worker, worker.organization.id, "")->date, "2026-11-26") << "today, in Makassar";
}

TEST_F(ShelterServiceTest, DischargeFreesTheBedAndEndsTheOpenStay) {
  auto stay = admit(ctx, worker, admission(7));
  ASSERT_TRUE(stay.ok());
  EXPECT_EQ(admit(ctx, worker, admission(7)).error().code, ErrorCode::conflict) << "one open stay per person";
  t.clock.advance(2 * kDay);
  DischargeInput out;
  out.destination = "family";
  out.handover_name = "Sumarni";
  out.handover_relation = "nenek";
  out.belongings_returned = {"Tas"};
  auto done = discharge(ctx, worker, stay->record.id, out);
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_FALSE(done->record.open);
  EXPECT_EQ(done->days_stayed, 2);
  EXPECT_EQ(discharge(ctx, worker, stay->record.id, out).error().code, ErrorCode::conflict);
  EXPECT_EQ(occupancy(ctx, worker, worker.organization.id, "")->groups[1].occupied, 0);
  auto overlapping = admission(7);
  overlapping.admitted_at = format_time(t.clock.now() - kDay);
  EXPECT_EQ(admit(ctx, worker, overlapping).error().field, "admitted_at") << "stays of one person never overlap";
  EXPECT_TRUE(admit(ctx, worker, admission(7)).ok()) << "admitted again after leaving";
}

}  // namespace
}  // namespace mitra::services
