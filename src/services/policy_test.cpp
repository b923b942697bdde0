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
    {Role::admin, Resource::person_identity, Action::read, {}, false, "administering users is not serving clients"},
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

Actor at(Role role, const std::string& org, OrganizationType type, const std::string& region, const std::string& user) {
  Actor a = actor_with(role, org, user);
  a.organization.type = type;
  a.organization.region_code = region;
  return a;
}

TEST(PersonVisibility, OwnerOrganisationAndRegionSupervisorsOnly) {
  const PersonAccess child{"lks-a", "73.71", false, "worker-a", {}, {}, false};
  EXPECT_TRUE(may_see_person(at(Role::social_worker, "lks-a", OrganizationType::lks, "73.71", "w2"), child));
  EXPECT_FALSE(may_see_person(at(Role::social_worker, "lks-b", OrganizationType::lks, "73.71", "w3"), child))
      << "another NGO in the same city";
  EXPECT_TRUE(may_see_person(at(Role::supervisor, "dinsos-mks", OrganizationType::dinsos_regency, "73.71", "s1"), child));
  EXPECT_TRUE(may_see_person(at(Role::supervisor, "dinsos-sulsel", OrganizationType::dinsos_province, "73", "s2"), child))
      << "the province covers its cities";
  EXPECT_FALSE(may_see_person(at(Role::supervisor, "dinsos-smg", OrganizationType::dinsos_regency, "33.74", "s3"), child))
      << "another city's Dinsos";
  EXPECT_FALSE(may_see_person(at(Role::supervisor, "lks-b", OrganizationType::lks, "73.71", "s4"), child))
      << "a supervisor role outside a Dinsos gives no regional view";
  EXPECT_FALSE(may_see_person(at(Role::analyst, "lks-a", OrganizationType::lks, "73.71", "a1"), child));
  EXPECT_FALSE(may_see_person(at(Role::admin, "lks-a", OrganizationType::lks, "73.71", "ad"), child));
}

TEST(PersonVisibility, SensitivePersonsOnlyToTheirWorkerAndSupervisors) {
  const PersonAccess abh{"lks-a", "73.71", true, "worker-a", {}, {}, false};
  EXPECT_TRUE(may_see_person(at(Role::social_worker, "lks-a", OrganizationType::lks, "73.71", "worker-a"), abh));
  EXPECT_FALSE(may_see_person(at(Role::social_worker, "lks-a", OrganizationType::lks, "73.71", "worker-b"), abh))
      << "a colleague in the same organisation";
  EXPECT_FALSE(may_see_person(at(Role::partner_manager, "lks-a", OrganizationType::lks, "73.71", "m1"), abh));
  EXPECT_TRUE(may_see_person(at(Role::supervisor, "dinsos-mks", OrganizationType::dinsos_regency, "73.71", "s1"), abh));
}

TEST(PersonVisibility, OrganisationsHoldingACaseAndAssignedWorkersSeeThePerson) {
  const PersonAccess child{"lks-a", "73.71", false, "worker-a", {"rptc"}, {"worker-r"}, false};
  EXPECT_TRUE(may_see_person(at(Role::social_worker, "rptc", OrganizationType::upt, "73.71", "w9"), child));
  const PersonAccess abh{"lks-a", "73.71", true, "worker-a", {"rptc"}, {"worker-r"}, false};
  EXPECT_TRUE(may_see_person(at(Role::social_worker, "rptc", OrganizationType::upt, "73.71", "worker-r"), abh));
  EXPECT_FALSE(may_see_person(at(Role::social_worker, "rptc", OrganizationType::upt, "73.71", "w9"), abh))
      << "a sensitive person: only the assigned worker of that case";
}

TEST(CaseVisibility, OwnerRegionSupervisorsAndAssignedWorkers) {
  const CaseAccess c{"rptc", "73.71", false, {"w1"}, {"lks-r"}, false};
  EXPECT_TRUE(may_see_case(at(Role::social_worker, "lks-r", OrganizationType::lks, "73.71", "w5"), c))
      << "the receiver of an open referral";
  EXPECT_TRUE(may_see_case(at(Role::social_worker, "rptc", OrganizationType::upt, "73.71", "w2"), c));
  EXPECT_FALSE(may_see_case(at(Role::social_worker, "lks-b", OrganizationType::lks, "73.71", "w3"), c));
  EXPECT_TRUE(may_see_case(at(Role::supervisor, "dinsos-mks", OrganizationType::dinsos_regency, "73.71", "s1"), c));
  EXPECT_FALSE(may_see_case(at(Role::analyst, "rptc", OrganizationType::upt, "73.71", "a1"), c));
  const CaseAccess abh{"rptc", "73.71", true, {"w1"}, {"lks-r"}, false};
  EXPECT_FALSE(may_see_case(at(Role::social_worker, "lks-r", OrganizationType::lks, "73.71", "w5"), abh))
      << "a sensitive case stays with its assigned workers";
  EXPECT_TRUE(may_see_case(at(Role::social_worker, "rptc", OrganizationType::upt, "73.71", "w1"), abh));
  EXPECT_FALSE(may_see_case(at(Role::social_worker, "rptc", OrganizationType::upt, "73.71", "w2"), abh));
}

TEST(EmergencyAccess, AGrantOpensThePersonAndCasesToThatWorkerOnly) {
  const PersonAccess abh{"lks-a", "73.71", true, "worker-a", {}, {}, true};
  EXPECT_TRUE(may_see_person(at(Role::social_worker, "lks-b", OrganizationType::lks, "73.71", "w7"), abh))
      << "the grant holder, even for a sensitive person";
  const CaseAccess c{"rptc", "73.71", true, {"w1"}, {}, true};
  EXPECT_TRUE(may_see_case(at(Role::social_worker, "lks-b", OrganizationType::lks, "73.71", "w7"), c));
  EXPECT_FALSE(may_see_case(at(Role::analyst, "lks-b", OrganizationType::lks, "73.71", "a7"), c))
      << "a grant never gives identifiable data to a role that has none";
}

}  // namespace
}  // namespace mitra::services

namespace mitra::services {
namespace {

TEST(PartnershipVisibility, PartiesAndTheRegionsDinsosOnly) {
  const PartnershipScope p{"18.71", {"lks-1", "dinsos-lpg"}};
  const auto lks_manager = at(Role::partner_manager, "lks-1", OrganizationType::lks, "18.71", "u1");
  const auto other_ngo = at(Role::partner_manager, "lks-2", OrganizationType::lks, "18.71", "u2");
  const auto province_worker = at(Role::social_worker, "dinsos-prov", OrganizationType::dinsos_province, "18", "u3");
  const auto province_supervisor = at(Role::supervisor, "dinsos-prov", OrganizationType::dinsos_province, "18", "u4");
  const auto makassar_supervisor = at(Role::supervisor, "dinsos-mks", OrganizationType::dinsos_regency, "73.71", "u5");
  const auto province_analyst = at(Role::analyst, "dinsos-prov", OrganizationType::dinsos_province, "18", "u6");
  const auto lks_worker = at(Role::social_worker, "lks-1", OrganizationType::lks, "18.71", "u7");
  EXPECT_TRUE(may_see_partnership(lks_manager, p));
  EXPECT_TRUE(may_edit_partnership(lks_manager, p));
  EXPECT_FALSE(may_see_partnership(other_ngo, p)) << "not a party";
  EXPECT_TRUE(may_see_partnership(province_worker, p)) << "the region's Dinsos";
  EXPECT_FALSE(may_edit_partnership(province_worker, p)) << "workers read only";
  EXPECT_TRUE(may_edit_partnership(province_supervisor, p));
  EXPECT_FALSE(may_see_partnership(makassar_supervisor, p)) << "another region's Dinsos";
  EXPECT_FALSE(may_see_partnership(province_analyst, p)) << "analysts see aggregates only";
  EXPECT_TRUE(may_see_partnership(lks_worker, p));
  EXPECT_FALSE(may_edit_partnership(lks_worker, p));
}

}  // namespace
}  // namespace mitra::services
