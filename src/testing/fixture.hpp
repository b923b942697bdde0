// Test support: a real migrated SQLite database in a temporary folder, a fake clock and
// predictable ids, and builders that create data through the services as a user would.
#pragma once
#include <filesystem>
#include <memory>
#include <string>

#include "domain/clock.hpp"
#include "domain/ids.hpp"
#include "services/context.hpp"
#include "store/database.hpp"

namespace mitra::testing {

class SequentialIds final : public IdGenerator {
 public:
  std::string next() override;

 private:
  int n_ = 0;
};

class TestDatabase {
 public:
  // A fresh file under the temp dir, migrated, with a few regions (73, 73.71, 33, 33.74).
  TestDatabase();
  ~TestDatabase();
  store::Database& db() { return *db_; }
  services::Context context() { return {*db_, clock, ids}; }
  std::string path() const { return path_.string(); }

  FakeClock clock{TimePoint{std::chrono::sys_days{std::chrono::year{2026} / 11 / 25}}};
  SequentialIds ids;

 private:
  std::filesystem::path dir_, path_;
  std::unique_ptr<store::Database> db_;
};

// Creates an organisation and a user with `role` through the bootstrap services; returns the
// user as an Actor.
services::Actor make_actor(TestDatabase& t, const std::string& username, Role role, const std::string& org_code,
                           const std::string& password = "password-123");

}  // namespace mitra::testing
