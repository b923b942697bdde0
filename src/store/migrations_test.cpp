#include "store/migrations.hpp"

#include <gtest/gtest.h>

#include <soci/soci.h>


#include "testing/fixture.hpp"

namespace mitra::store {
namespace {

TEST(SplitSql, SplitsAtLineEndSemicolonsAndDropsComments) {
  auto s = split_sql("-- heading\nCREATE TABLE a (x INTEGER); -- note\n\nINSERT INTO a VALUES (1);\n");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_NE(s[0].find("CREATE TABLE a"), std::string::npos);
  EXPECT_EQ(s[0].find("note"), std::string::npos);
  EXPECT_NE(s[1].find("INSERT"), std::string::npos);
}

TEST(SplitSql, KeepsSqliteTriggerBodiesWhole) {
  auto s = split_sql("CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no');\nEND;\nSELECT 1;\n");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_NE(s[0].find("RAISE(ABORT, 'no');"), std::string::npos);
  EXPECT_NE(s[0].find("END"), std::string::npos);
}

TEST(SplitSql, KeepsPostgresDollarBodiesWhole) {
  auto s = split_sql("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'x';\nEND;\n$$;\nSELECT 2;\n");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_NE(s[0].find("RAISE EXCEPTION 'x';"), std::string::npos);
}

TEST(Migrations, ApplyAMigrationNumberedBelowTheNewestAppliedOne) {
  testing::TestDatabase t;
  {
    Lease lease(t.db());
    // As if 0010 (patrols) landed after 0011 had been applied.
    lease.sql() << "DROP TABLE patrol_person";
    lease.sql() << "DROP TABLE patrol";
    lease.sql() << "DELETE FROM schema_version WHERE version = 10";
  }
  migrate(t.db());
  Lease lease(t.db());
  int recorded = 0, rows = -1;
  lease.sql() << "SELECT COUNT(*) FROM schema_version WHERE version = 10", soci::into(recorded);
  EXPECT_EQ(recorded, 1);
  lease.sql() << "SELECT COUNT(*) FROM patrol", soci::into(rows);
  EXPECT_EQ(rows, 0) << "the table is back";
}

TEST(Migrations, BringAnEmptyDatabaseToTheLatestVersionOnce) {
  testing::TestDatabase t;  // migrates on creation
  EXPECT_EQ(schema_version(t.db()), latest_version());
  EXPECT_GE(latest_version(), 1);
  EXPECT_EQ(migrate(t.db()), latest_version()) << "a second run applies nothing";
  Lease lease(t.db());
  int n = 0, distinct = 0;
  lease.sql() << "SELECT MAX(version), COUNT(DISTINCT version) FROM schema_version", soci::into(n), soci::into(distinct);
  EXPECT_EQ(n, latest_version());
  int rows = 0;
  lease.sql() << "SELECT COUNT(*) FROM schema_version", soci::into(rows);
  EXPECT_EQ(rows, distinct) << "each migration recorded once";
  long long head = -1;
  lease.sql() << "SELECT last_seq FROM audit_head WHERE id = 1", soci::into(head);
  EXPECT_EQ(head, 0) << "the audit chain starts empty";
}

TEST(DatabaseUrl, AcceptsSqliteAndPostgresql) {
  DatabaseUrl u;
  std::string msg;
  ASSERT_TRUE(parse_database_url("sqlite:data/mitra.db", u, msg));
  EXPECT_EQ(u.engine, Engine::sqlite);
  EXPECT_EQ(u.target, "data/mitra.db");
  ASSERT_TRUE(parse_database_url("postgresql://a@h1:5432,h2:5432/mitra?target_session_attrs=read-write", u, msg));
  EXPECT_EQ(u.engine, Engine::postgresql);
  EXPECT_FALSE(parse_database_url("mysql://x", u, msg));
  EXPECT_FALSE(msg.empty());
  EXPECT_FALSE(parse_database_url("sqlite:", u, msg));
}

}  // namespace
}  // namespace mitra::store
