#include "services/audit_service.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "services/auth_service.hpp"
#include "testing/fixture.hpp"

namespace mitra::services {
namespace {

using testing::TestDatabase;

class AuditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // A few audited actions: two organisations and users, a login, a failed login.
    testing::make_actor(t, "ani", Role::admin, "DINSOS-MKS", "rahasia-ani-123");
    testing::make_actor(t, "budi", Role::auditor, "RPTC-MKS");
    LoginThrottle throttle(t.clock);
    (void)login(t.context(), throttle, SessionLimits{}, "ani", "rahasia-ani-123", {"r1", "10.0.0.1"});
    (void)login(t.context(), throttle, SessionLimits{}, "ani", "salah-salah-123", {"r2", "10.0.0.1"});
  }
  // What a malicious DBA does: drop the append-only guard, then change the table by hand.
  void tamper(const std::string& sql) {
    store::UnitOfWork unit(t.db(), store::UnitOfWork::Mode::write);
    unit.sql() << "DROP TRIGGER IF EXISTS audit_log_no_update";
    unit.sql() << "DROP TRIGGER IF EXISTS audit_log_no_delete";
    unit.sql() << sql;
    unit.commit();
  }
  TestDatabase t;
};

TEST_F(AuditTest, ChainIsIntactAfterNormalUse) {
  auto v = verify_audit(t.db());
  EXPECT_TRUE(v.intact) << v.reason;
  EXPECT_EQ(v.rows, 6);  // 2 organisations, 2 users, login, failed login
}

TEST_F(AuditTest, AppendOnlyGuardRefusesEdits) {
  store::UnitOfWork unit(t.db(), store::UnitOfWork::Mode::write);
  EXPECT_THROW(unit.sql() << "UPDATE audit_log SET action = 'x' WHERE seq = 2", soci::soci_error);
  EXPECT_THROW(unit.sql() << "DELETE FROM audit_log WHERE seq = 2", soci::soci_error);
}

TEST_F(AuditTest, EditedRowIsFound) {
  tamper("UPDATE audit_log SET details = '{\"username\":\"someone-else\"}' WHERE seq = 4");
  auto v = verify_audit(t.db());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_broken_seq, 4);
}

TEST_F(AuditTest, EditedRowWithRecomputedHashBreaksTheNextLink) {
  // A forger who also recomputes the edited row's own hash breaks the link from the row after.
  AuditEntry row;
  {
    store::UnitOfWork unit(t.db(), store::UnitOfWork::Mode::read);
    store::scan_audit(unit, [&](const AuditEntry& e) {
      row = e;
      return e.seq < 3;
    });
  }
  ASSERT_EQ(row.seq, 3);
  row.action = "user.delete";
  const std::string forged = audit_hash(row);
  tamper("UPDATE audit_log SET action = 'user.delete', hash = '" + forged + "' WHERE seq = 3");
  auto v = verify_audit(t.db());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_broken_seq, 4);
}

TEST_F(AuditTest, DeletedRowIsFound) {
  tamper("DELETE FROM audit_log WHERE seq = 2");
  auto v = verify_audit(t.db());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_broken_seq, 2);
}

TEST_F(AuditTest, DeletedLastRowIsFound) {
  tamper("DELETE FROM audit_log WHERE seq = 6");
  auto v = verify_audit(t.db());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_broken_seq, 6);
}

TEST_F(AuditTest, OnlyAuditorsAndAdminsListAndFiltersWork) {
  Actor worker = testing::make_actor(t, "citra", Role::social_worker, "DINSOS-MKS");
  auto denied = list_audit(t.context(), worker, {});
  ASSERT_FALSE(denied.ok());
  EXPECT_EQ(denied.error().code, ErrorCode::forbidden);

  Actor auditor = testing::make_actor(t, "dewi", Role::auditor, "DINSOS-MKS");
  store::AuditFilter f;
  f.action = "session.login_failed";
  auto page = list_audit(t.context(), auditor, f);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].request_id, "r2");
  EXPECT_EQ(page->items[0].client_address, "10.0.0.1");

  store::AuditFilter paged;
  paged.limit = 2;
  auto first = list_audit(t.context(), auditor, paged);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->items.size(), 2u);
  ASSERT_FALSE(first->next_cursor.empty());
  EXPECT_GT(first->items[0].seq, first->items[1].seq) << "newest first";
}

}  // namespace
}  // namespace mitra::services
