#include "testing/fixture.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "services/credentials.hpp"
#include "services/directory_service.hpp"
#include "store/identity_repository.hpp"
#include "store/migrations.hpp"
#include "store/region_repository.hpp"

namespace mitra::testing {

std::string SequentialIds::next() { return fmt::format("00000000-0000-7000-8000-{:012d}", ++n_); }

TestDatabase::TestDatabase() {
  services::init_crypto();
  static int counter = 0;
  dir_ = std::filesystem::temp_directory_path() / fmt::format("mitra-unit-{}-{}", ::getpid(), ++counter);
  std::filesystem::create_directories(dir_);
  path_ = dir_ / "test.db";
  db_ = std::make_unique<store::Database>(store::DatabaseUrl{store::Engine::sqlite, path_.string()}, 2);
  store::migrate(*db_);
  store::UnitOfWork unit(*db_, store::UnitOfWork::Mode::write);
  store::upsert_regions(unit, {{"73", "Sulawesi Selatan", "province", ""},
                               {"73.71", "Kota Makassar", "regency", "73"},
                               {"33", "Jawa Tengah", "province", ""},
                               {"33.74", "Kota Semarang", "regency", "33"}});
  unit.commit();
}

TestDatabase::~TestDatabase() {
  db_.reset();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

services::Actor make_actor(TestDatabase& t, const std::string& username, Role role, const std::string& org_code,
                           const std::string& password) {
  auto ctx = t.context();
  std::optional<Organization> org;
  {
    store::UnitOfWork unit(t.db(), store::UnitOfWork::Mode::read);
    org = store::find_organization_by_code(unit, org_code);
  }
  if (!org) {
    services::OrganizationInput in;
    in.code = org_code;
    in.name = "Lembaga " + org_code;
    in.type = "dinsos_regency";
    in.region_code = "73.71";
    auto r = services::bootstrap_organization(ctx, in);
    if (!r) throw std::runtime_error("make_actor organisation: " + r.error().message);
    org = r.value();
  }
  services::UserInput in;
  in.username = username;
  in.display_name = username;
  in.organization_id = org->id;
  in.roles = std::set<Role>{role};
  in.password = password;
  auto u = services::bootstrap_user(ctx, in);
  if (!u) throw std::runtime_error("make_actor user: " + u.error().message);
  return services::Actor{u.value(), *org, "req-test", "127.0.0.1", ""};
}

}  // namespace mitra::testing
