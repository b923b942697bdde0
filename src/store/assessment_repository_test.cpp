#include "store/assessment_repository.hpp"

#include <gtest/gtest.h>

#include "services/case_service.hpp"
#include "services/person_service.hpp"
#include "store/case_repository.hpp"
#include "testing/fixture.hpp"

namespace mitra::store {
namespace {

using services::Actor;
using testing::make_actor;
using testing::TestDatabase;

// The outcome counts of a partnership of DINSOS-T and LKS-A, read from case records that the
// services wrote; LKS-LAIN is outside the partnership.
class AssessmentOutcomes : public ::testing::Test {
 protected:
  TestDatabase t;
  Actor dinsos = make_actor(t, "supervisor", Role::supervisor, "DINSOS-T");
  Actor partner = make_actor(t, "lks", Role::supervisor, "LKS-A");
  Actor outsider = make_actor(t, "luar", Role::supervisor, "LKS-LAIN");

  std::string person(const Actor& by, const std::string& name) {
    services::PersonInput p;
    p.person.full_name = name;
    p.age_years = 11;
    auto r = services::register_person(t.context(), by, p);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? r->record.person.id : "";
  }
  std::string open(const Actor& by, const std::string& person_id) {
    auto c = services::open_case(t.context(), by, {person_id, "medium", {}, "Patroli"});
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().message);
    return c.ok() ? c->record.id : "";
  }
  void reintegrate(const Actor& by, const std::string& case_id) {
    for (const char* stage : {"assessment", "intervention_plan", "intervention", "reintegration"}) {
      auto r = services::move_case(t.context(), by, case_id, stage, "Langkah berikutnya");
      ASSERT_TRUE(r.ok()) << stage << ": " << (r.ok() ? "" : r.error().message);
    }
  }
  AssessmentFacts facts() {
    AssessmentScope s;
    s.partnership_id = "kemitraan-uji";
    s.parties = {{dinsos.organization.id, true, true}, {partner.organization.id, false, true}};
    s.period = *parse_assessment_period("2026");
    s.previous = *parse_assessment_period("2025");
    s.today = "2026-11-25";
    UnitOfWork u(t.db(), UnitOfWork::Mode::read);
    return gather_assessment_facts(u, s);
  }
};

TEST_F(AssessmentOutcomes, PeopleServedCountsEachPersonOnceAcrossTheParties) {
  const auto shared = person(dinsos, "Bima Saputra");
  open(dinsos, shared);
  open(partner, shared);  // the same child also at the partner: still one person served
  open(partner, person(partner, "Citra Lestari"));
  open(outsider, person(outsider, "Dewi Anggraini"));  // not a party
  EXPECT_EQ(facts().people_served, 2);
}

TEST_F(AssessmentOutcomes, AReintegrationStaysWithThePartyThatHeldTheCase) {
  const auto ours = open(dinsos, person(dinsos, "Eko Prasetyo"));
  const auto theirs = open(outsider, person(outsider, "Fajar Nugroho"));
  EXPECT_EQ(facts().reintegrated, 0);
  reintegrate(dinsos, ours);
  reintegrate(outsider, theirs);
  EXPECT_EQ(facts().reintegrated, 1);
  // Each case moves on to the other side afterwards (a transfer referral accepted).
  const auto transfer = [&](const std::string& case_id, const Actor& to) {
    UnitOfWork u(t.db(), UnitOfWork::Mode::write);
    transfer_case(u, case_id, to.organization.id, "2026-11-25T10:00:00Z");
    u.commit();
  };
  transfer(ours, outsider);
  EXPECT_EQ(facts().reintegrated, 1) << "counted for the party that reintegrated the child, not the case's holder now";
  transfer(theirs, dinsos);
  EXPECT_EQ(facts().reintegrated, 1) << "a reintegration by an outsider does not become the party's";
}

}  // namespace
}  // namespace mitra::store
