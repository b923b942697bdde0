#include "services/policy.hpp"

#include <gtest/gtest.h>

namespace mitra::services {
namespace {

Actor actor_with(Role role, const std::string& org = "org-a", const std::string& user = "user-1") {
  Actor a;
  a.user.id = user;
  a.user.roles = {role};
  a.user.organization_id = org;
  a.organization.id = org;
  return a;
}

struct Case {
  Role role;
  Resource resource;
  Action action;
  Scope scope;
  bool expected;
  const char* why;
};

// The permission matrix of the foundation issue, one row per rule.
const Case kCases[] = {
    {Role::admin, Resource::user, Action::create, {}, true, "admins manage users"},
    {Role::admin, Resource::user, Action::update, {"org-b", "u9"}, true, "admins manage users anywhere"},
    {Role::admin, Resource::organization, Action::create, {}, true, "admins manage organisations"},
    {Role::supervisor, Resource::organization, Action::create, {}, false, "only admins add organisations"},
    {Role::social_worker, Resource::user, Action::create, {}, false, "workers cannot add users"},
    {Role::social_worker, Resource::organization, Action::update, {"org-a", ""}, false, "nor edit their organisation"},
    {Role::social_worker, Resource::organization, Action::read, {"org-a", ""}, true, "everyone reads their organisation"},
    {Role::partner_manager, Resource::organization, Action::list, {}, true, "the partner directory is open"},
    {Role::social_worker, Resource::user, Action::list, {"org-a", ""}, true, "own organisation's users"},
    {Role::social_worker, Resource::user, Action::list, {"org-b", ""}, false, "not another organisation's users"},
    {Role::social_worker, Resource::user, Action::read, {"org-b", "user-1"}, true, "everyone reads themselves"},
    {Role::social_worker, Resource::user, Action::read, {"org-b", "u9"}, false, "not a stranger"},
    {Role::auditor, Resource::audit_log, Action::list, {}, true, "auditors read the audit log"},
    {Role::supervisor, Resource::audit_log, Action::list, {}, false, "supervisors do not"},
    {Role::social_worker, Resource::audit_log, Action::read, {}, false, "workers do not"},
    {Role::analyst, Resource::person_identity, Action::read, {}, false, "analysts never see identities"},
    {Role::social_worker, Resource::person_identity, Action::read, {}, true, "workers see the people they serve"},
    {Role::auditor, Resource::person_identity, Action::read, {}, false, "auditors read the log, not identities"},
    {Role::analyst, Resource::region, Action::list, {}, true, "regions are reference data"},
};

TEST(Policy, FollowsThePermissionMatrix) {
  for (const auto& c : kCases) {
    EXPECT_EQ(allowed(actor_with(c.role), c.resource, c.action, c.scope), c.expected) << c.why;
  }
}

TEST(Policy, DeactivatedUserMayDoNothing) {
  auto a = actor_with(Role::admin);
  a.user.active = false;
  EXPECT_FALSE(allowed(a, Resource::organization, Action::list));
  EXPECT_FALSE(allowed(a, Resource::user, Action::create));
}

}  // namespace
}  // namespace mitra::services
