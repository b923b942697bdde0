// What every service needs, injected by the composition root (src/app/main.cpp).
#pragma once
#include <set>
#include <string>

#include "domain/clock.hpp"
#include "domain/identity.hpp"
#include "domain/ids.hpp"
#include "store/database.hpp"

namespace mitra::services {

class AuthCache;
class PersonLinkage;

struct Context {
  store::Database& db;
  const Clock& clock;
  IdGenerator& ids;
  AuthCache* auth_cache = nullptr;  // optional; cleared by services that change who may do what
  std::string files_dir = "data/files";  // where uploaded documents are kept, named by id
  PersonLinkage* linkage = nullptr;  // optional; the registry's in-memory linkage index (services/person_linkage.hpp)

  // Forgets cached authentications (after user, organisation or session changes).
  void forget_authentications() const;
};

// The authenticated user on whose behalf a service call runs, with where the request came from.
struct Actor {
  User user;
  Organization organization;
  std::string request_id;
  std::string client_address;
  std::string now;  // when the request is served (ISO), for time-limited grants; "" grants nothing
  bool has(Role r) const { return user.has(r); }
};

// Where a request came from, for calls made before anyone is authenticated (login, public pages).
struct Origin {
  std::string request_id;
  std::string client_address;
};

}  // namespace mitra::services
