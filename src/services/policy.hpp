// The single answer to "may this user do this to this thing". Every service function asks it
// first. Permission is resource x action, narrowed by scope (whose record it is).
#pragma once
#include <string>

#include "services/context.hpp"

namespace mitra::services {

enum class Resource { organization, user, audit_log, region, person_identity };
enum class Action { read, list, create, update };

// The record's owner, when it matters: the organisation a user or record belongs to.
struct Scope {
  std::string organization_id;  // "" when the action is not about one organisation's record
  std::string user_id;          // the user record concerned, for user reads
};

bool allowed(const Actor& actor, Resource resource, Action action, const Scope& scope = {});

}  // namespace mitra::services
