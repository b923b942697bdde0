#include "services/follow_up_service.hpp"

#include <gtest/gtest.h>

#include "services/case_service.hpp"
#include "services/person_service.hpp"
#include "services/service_service.hpp"
#include "testing/fixture.hpp"

namespace mitra::services {
namespace {

using testing::make_actor;
using testing::TestDatabase;

// A worker's case for a street child, moved to `stage` through the stage model.
std::string case_at(TestDatabase& t, const Actor& worker, const Actor& supervisor, Stage stage) {
  auto ctx = t.context();
  PersonInput p;
  p.person.full_name = "Anak Uji";
  p.age_years = 10;
  auto person = register_person(ctx, worker, p);
  EXPECT_TRUE(person.ok()) << (person.ok() ? "" : person.error().message);
  auto c = open_case(ctx, worker, {person->record.person.id, "medium", {}, "Patroli"});
  EXPECT_TRUE(c.ok());
  if (stage == Stage::first_contact) return c->record.id;
  EXPECT_TRUE(move_case(ctx, worker, c->record.id, "termination", "Reintegrasi").ok());
  if (stage == Stage::follow_up) {
    EXPECT_TRUE(move_case(ctx, worker, c->record.id, "follow_up", "Bimbingan").ok());
  }
  if (stage == Stage::closed) {
    EXPECT_TRUE(move_case(ctx, supervisor, c->record.id, "closed", "Selesai").ok());
  }
  return c->record.id;
}

class FollowUps : public ::testing::Test {
 protected:
  TestDatabase t;
  Actor worker = make_actor(t, "pekerja", Role::social_worker, "DINSOS-T");
  Actor supervisor = make_actor(t, "supervisor", Role::supervisor, "DINSOS-T");
  Actor analyst = make_actor(t, "analis", Role::analyst, "DINSOS-T");
  Actor outsider = make_actor(t, "luar", Role::social_worker, "LKS-LAIN");
};

TEST_F(FollowUps, ScheduleMakesMonthlyVisitsFromTheStartDate) {
  auto ctx = t.context();
  const auto id = case_at(t, worker, supervisor, Stage::first_contact);
  auto visits = schedule_follow_ups(ctx, worker, {id, "2026-10-31", 3, 1});
  ASSERT_TRUE(visits.ok());
  ASSERT_EQ(visits->size(), 3u);
  EXPECT_EQ((*visits)[0].record.due_on, "2026-10-31");
  EXPECT_EQ((*visits)[1].record.due_on, "2026-11-30");
  EXPECT_EQ((*visits)[2].record.due_on, "2026-12-31");
  EXPECT_TRUE((*visits)[0].overdue) << "the clock says 2026-11-25";
  EXPECT_FALSE((*visits)[1].overdue);
  auto due = list_due_follow_ups(ctx, worker, {"2026-12-01", "", 50});
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(due->items.size(), 2u);
  EXPECT_EQ(list_due_follow_ups(ctx, outsider, {"2027-12-01", "", 50})->items.size(), 0u);
  EXPECT_EQ(list_due_follow_ups(ctx, analyst, {}).error().code, ErrorCode::forbidden);
  EXPECT_EQ(schedule_follow_ups(ctx, outsider, {id, "", 3, 1}).error().code, ErrorCode::not_found);
}

TEST_F(FollowUps, OverdueFromTheLocalDayOfTheOrganisation) {
  auto ctx = t.context();
  const auto id = case_at(t, worker, supervisor, Stage::first_contact);
  ASSERT_TRUE(schedule_follow_ups(ctx, worker, {id, "2026-11-25", 1, 1}).ok());
  // 17:00 UTC on the 25th is already 01:00 on the 26th in Makassar (WITA): the visit due on the
  // 25th is overdue there although the UTC date is still the 25th.
  t.clock.advance(std::chrono::hours(17));
  auto due = list_due_follow_ups(ctx, worker, {"2026-12-31", "", 50});
  ASSERT_TRUE(due.ok());
  ASSERT_EQ(due->items.size(), 1u);
  EXPECT_TRUE(due->items[0].overdue);
  // And a visit is recorded on the local day by default.
  VisitInput in;
  in.place = "Rumah keluarga";
  in.met_with = "Ibu";
  auto r = record_follow_up(ctx, worker, due->items[0].record.id, in);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->visit.record.visited_on, "2026-11-26");
}

TEST_F(FollowUps, SeenOnTheStreetReopensAClosedCaseWithTheVisit) {
  auto ctx = t.context();
  const auto id = case_at(t, worker, supervisor, Stage::closed);
  auto visits = schedule_follow_ups(ctx, worker, {id, "2026-11-01", 2, 1});
  ASSERT_TRUE(visits.ok());
  VisitInput in;
  in.place = "Perempatan";
  in.met_with = "Anak";
  in.seen_on_street = true;
  auto r = record_follow_up(ctx, worker, (*visits)[0].record.id, in);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->effect.action, "reopened");
  EXPECT_EQ(r->visit.record.visited_on, "2026-11-25");
  auto c = get_case(ctx, worker, id);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->record.stage, Stage::assessment);
  EXPECT_EQ(c->record.closed_at, "");
  EXPECT_EQ(c->transitions.back().from, "closed");
  EXPECT_EQ(c->transitions.back().reason, "Kembali ke jalan (kunjungan bimbingan lanjut 2026-11-25)");
  EXPECT_EQ(record_follow_up(ctx, worker, (*visits)[0].record.id, in).error().code, ErrorCode::conflict);
}

TEST_F(FollowUps, SeenOnTheStreetInFollowUpGoesBackToAssessment) {
  auto ctx = t.context();
  const auto id = case_at(t, worker, supervisor, Stage::follow_up);
  auto visits = schedule_follow_ups(ctx, worker, {id, "", 1, 1});
  ASSERT_TRUE(visits.ok());
  VisitInput in;
  in.place = "Pasar";
  in.met_with = "Ibu";
  in.seen_on_street = true;
  auto r = record_follow_up(ctx, worker, (*visits)[0].record.id, in);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->effect.action, "moved_to_assessment");
  EXPECT_FALSE(r->effect.message.empty());
  EXPECT_EQ(get_case(ctx, worker, id)->record.stage, Stage::assessment);
}

TEST_F(FollowUps, ServicesNeedAVisibleCaseAndAClientRole) {
  auto ctx = t.context();
  const auto id = case_at(t, worker, supervisor, Stage::first_contact);
  ServiceInput in;
  in.case_id = id;
  in.type = "education";
  in.details = boost::json::parse(R"({"level":"SMP","school_name":"SMPN 1","enrolled_on":"2026-07-13","enrolment_status":"enrolled"})")
                   .as_object();
  auto s = add_service(ctx, worker, in);
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->record.provider_organization, worker.organization.id);
  EXPECT_EQ(s->record.starts_on, "2026-11-25");
  EXPECT_EQ(add_service(ctx, outsider, in).error().code, ErrorCode::not_found);
  EXPECT_EQ(add_service(ctx, analyst, in).error().code, ErrorCode::forbidden);
  EXPECT_EQ(list_case_services(ctx, supervisor, id)->size(), 1u);
  ServiceChange change;
  change.status = "completed";
  EXPECT_EQ(update_service(ctx, worker, s->record.id, change).error().code, ErrorCode::conflict);
  change.status = "ongoing";
  EXPECT_EQ(update_service(ctx, worker, s->record.id, change)->record.status, ServiceStatus::ongoing);
}

}  // namespace
}  // namespace mitra::services
