// The case-records services against a real migrated database: versions, note visibility, the
// append-only guard, and family links read from both sides.
#include "services/case_records_service.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "services/case_service.hpp"
#include "services/family_service.hpp"
#include "services/person_service.hpp"
#include "testing/fixture.hpp"

namespace mitra::services {
namespace {

class CaseRecordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    worker = testing::make_actor(t, "wati", Role::social_worker, "DINSOS-MKS");
    colleague = testing::make_actor(t, "yoga", Role::social_worker, "DINSOS-MKS");
    supervisor = testing::make_actor(t, "sari", Role::supervisor, "DINSOS-MKS");
    analyst = testing::make_actor(t, "ana", Role::analyst, "DINSOS-MKS");
    person_id = person("Dodi Saputra", 9);
    CaseInput c;
    c.person_id = person_id;
    c.reason = "Penjangkauan";
    case_id = open_case(ctx, worker, c).value().record.id;
  }

  std::string person(const std::string& name, int age) {
    PersonInput in;
    in.person.full_name = name;
    in.age_years = age;
    in.categories = {"anak_jalanan"};
    auto p = register_person(ctx, worker, in);
    if (!p) throw std::runtime_error(p.error().message);
    return p->record.person.id;
  }

  long long audits(const std::string& action) {
    store::UnitOfWork unit(t.db(), store::UnitOfWork::Mode::read);
    long long n = 0;
    unit.sql() << "SELECT COUNT(*) FROM audit_log WHERE action = :a", soci::into(n), soci::use(action);
    return n;
  }

  testing::TestDatabase t;
  Context ctx = t.context();
  Actor worker, colleague, supervisor, analyst;
  std::string person_id, case_id;
};

TEST_F(CaseRecordsTest, EverySaveIsANewVersionAndTheLatestWins) {
  ASSERT_TRUE(save_assessment(ctx, worker, case_id, {{"health", "Demam", "high"}}));
  t.clock.advance(std::chrono::minutes(5));
  auto v = save_assessment(ctx, worker, case_id, {{"health", "Sudah sembuh", "low"}, {"legal", "Tidak ada", "none"}});
  ASSERT_TRUE(v) << v.error().message;
  ASSERT_EQ(v->latest.size(), 2u);
  EXPECT_EQ(v->latest[0].domain, "health");
  EXPECT_EQ(v->latest[0].version, 2);
  EXPECT_EQ(v->latest[0].need_level, "low");
  EXPECT_EQ(v->history.size(), 3u);
  EXPECT_EQ(audits("case_assessment.save"), 2);
  EXPECT_TRUE(get_assessment(ctx, supervisor, case_id));
  EXPECT_EQ(audits("case_assessment.read"), 1);
}

TEST_F(CaseRecordsTest, ABadDomainSavesNothing) {
  auto r = save_assessment(ctx, worker, case_id, {{"health", "Demam", "high"}, {"education", "x", "urgent"}});
  EXPECT_EQ(r.error().field, "domains.education.need_level");
  EXPECT_TRUE(get_assessment(ctx, worker, case_id)->history.empty());
  EXPECT_EQ(audits("case_assessment.save"), 0);
}

TEST_F(CaseRecordsTest, SensitiveNotesAreHiddenFromAnUnassignedColleagueOnly) {
  ASSERT_TRUE(add_note(ctx, worker, case_id, {"Dugaan kekerasan", true, ""}));
  auto by = [&](const Actor& a) { return list_notes(ctx, a, case_id, "", 50).value().items.at(0); };
  EXPECT_FALSE(by(worker).hidden);
  EXPECT_FALSE(by(supervisor).hidden);
  const auto hidden = by(colleague);
  EXPECT_TRUE(hidden.hidden);
  EXPECT_TRUE(hidden.record.body.empty());
  EXPECT_EQ(hidden.record.author, worker.user.id);
  EXPECT_EQ(list_notes(ctx, analyst, case_id, "", 50).error().code, ErrorCode::forbidden);
}

TEST_F(CaseRecordsTest, NotesCannotBeEditedInTheDatabase) {
  auto n = add_note(ctx, worker, case_id, {"Kunjungan rumah", false, ""});
  ASSERT_TRUE(n);
  store::UnitOfWork unit(t.db(), store::UnitOfWork::Mode::write);
  const std::string id = n->record.id;
  EXPECT_ANY_THROW((unit.sql() << "UPDATE case_note SET body = 'diubah' WHERE id = :id", soci::use(id)));
}

TEST_F(CaseRecordsTest, AFinalGoalStaysFinal) {
  auto g = add_goal(ctx, worker, case_id, {"education", "Daftar SD", "2027-01-15", "", ""});
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_EQ(g->responsible_user, worker.user.id);
  GoalChange done;
  done.status = "dropped";
  ASSERT_TRUE(change_goal(ctx, worker, g->id, done));
  GoalChange again;
  again.description = "Daftar SMP";
  EXPECT_EQ(change_goal(ctx, worker, g->id, again).error().code, ErrorCode::conflict);
}

TEST_F(CaseRecordsTest, AFamilyLinkReadsFromBothSides) {
  const std::string mother = person("Ratna", 35);
  auto link = add_family_link(ctx, worker, person_id, mother, "parent");
  ASSERT_TRUE(link) << link.error().message;
  EXPECT_EQ(link->relation, Kinship::parent);
  auto from_mother = get_family(ctx, worker, mother);
  ASSERT_EQ(from_mother->relatives.size(), 1u);
  EXPECT_EQ(from_mother->relatives[0].relation, Kinship::child);
  EXPECT_EQ(from_mother->relatives[0].relative.full_name, "Dodi Saputra");
  EXPECT_EQ(add_family_link(ctx, worker, mother, person_id, "child").error().code, ErrorCode::conflict);
}

}  // namespace
}  // namespace mitra::services
