#include "services/policy.hpp"

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
      // Analysts work with aggregates only, never with identities.
      if (a.has(Role::analyst) && !admin && !a.has(Role::supervisor) && !a.has(Role::social_worker)) return false;
      return a.has(Role::social_worker) || a.has(Role::supervisor) || a.has(Role::partner_manager) || admin;
  }
  return false;
}

}  // namespace mitra::services
