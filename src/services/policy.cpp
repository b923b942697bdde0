#include "services/policy.hpp"

#include <algorithm>

namespace mitra::services {

bool allowed(const Actor& a, Resource resource, Action action, const Scope& scope) {
  if (!a.user.active) return false;
  const bool admin = a.has(Role::admin);
  switch (resource) {
    case Resource::region:
      // Region codes are public reference data.
      return action == Action::read || action == Action::list;
    case Resource::organization:
      // The directory of partner organisations is open to every user; admins manage it.
      if (action == Action::read || action == Action::list) return true;
      return admin;
    case Resource::user:
      if (admin) return true;
      if (action == Action::read) {
        return scope.user_id == a.user.id || scope.organization_id == a.organization.id;
      }
      if (action == Action::list) return scope.organization_id == a.organization.id;
      return false;
    case Resource::audit_log:
      return (action == Action::read || action == Action::list) && (a.has(Role::auditor) || admin);
    case Resource::person_identity:
      // Only the people who work with clients see identities: never analysts (aggregates
      // only), auditors (the log) or administrators by that role alone.
      return a.has(Role::social_worker) || a.has(Role::supervisor) || a.has(Role::partner_manager);
  }
  return false;
}

std::string supervised_region(const Actor& a) {
  if (!a.has(Role::supervisor) || !is_dinsos(a.organization.type)) return {};
  return a.organization.region_code;
}

namespace {

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

bool supervises(const Actor& a, const std::string& region_code) {
  const std::string region = supervised_region(a);
  return !region.empty() && region_code.rfind(region, 0) == 0;
}

bool may_see_person(const Actor& a, const PersonAccess& p) {
  if (!allowed(a, Resource::person_identity, Action::read)) return false;
  if (supervises(a, p.region_code) || p.emergency) return true;
  if (p.sensitive)
    return a.has(Role::social_worker) && (p.created_by == a.user.id || contains(p.workers, a.user.id));
  return p.registered_by == a.organization.id || contains(p.case_organizations, a.organization.id);
}

bool may_see_case(const Actor& a, const CaseAccess& c) {
  if (!allowed(a, Resource::person_identity, Action::read)) return false;
  if (supervises(a, c.region_code) || c.emergency) return true;
  if (c.sensitive) return contains(c.workers, a.user.id);
  return c.organization_id == a.organization.id || contains(c.referral_organizations, a.organization.id);
}

bool works_on_partnerships(const Actor& a) {
  return a.user.active && (a.has(Role::admin) || a.has(Role::supervisor) || a.has(Role::social_worker) ||
                           a.has(Role::partner_manager));
}

std::string partnership_region(const Actor& a) {
  if (!works_on_partnerships(a) || !is_dinsos(a.organization.type)) return {};
  return a.organization.region_code;
}

bool may_see_partnership(const Actor& a, const PartnershipScope& p) {
  if (!works_on_partnerships(a)) return false;
  if (contains(p.parties, a.organization.id)) return true;
  const std::string region = partnership_region(a);
  return !region.empty() && p.region_code.rfind(region, 0) == 0;
}

bool may_edit_partnership(const Actor& a, const PartnershipScope& p) {
  if (!may_see_partnership(a, p)) return false;
  if (a.has(Role::partner_manager) && contains(p.parties, a.organization.id)) return true;
  return is_dinsos(a.organization.type) && (a.has(Role::supervisor) || a.has(Role::admin));
}

}  // namespace mitra::services
