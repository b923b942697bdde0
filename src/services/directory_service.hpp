// Organisations (lembaga) and users (pengguna): the directory admins manage and everyone reads.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/identity_repository.hpp"
#include "store/region_repository.hpp"

namespace mitra::services {

template <class T>
struct Page {
  std::vector<T> items;
  std::string next_cursor;  // "" at the end
};

struct OrganizationInput {
  std::optional<std::string> code, name, type, region_code;
  std::optional<std::optional<std::string>> parent_id;  // set to nullopt to clear
  std::optional<bool> active;
};

Result<Page<Organization>> list_organizations(const Context& ctx, const Actor& actor, const store::Page& page,
                                              const store::OrganizationFilter& filter);
Result<Organization> get_organization(const Context& ctx, const Actor& actor, const std::string& id);
// Errors: forbidden, invalid_input (field), conflict (code taken).
Result<Organization> create_organization(const Context& ctx, const Actor& actor, const OrganizationInput& in);
Result<Organization> update_organization(const Context& ctx, const Actor& actor, const std::string& id,
                                         const OrganizationInput& in);

struct UserInput {
  std::optional<std::string> username, display_name, organization_id, password;
  std::optional<std::set<Role>> roles;
  std::optional<bool> active;
};

Result<Page<User>> list_users(const Context& ctx, const Actor& actor, const store::Page& page,
                              const std::string& organization_id);
Result<User> get_user(const Context& ctx, const Actor& actor, const std::string& id);
Result<User> create_user(const Context& ctx, const Actor& actor, const UserInput& in);
Result<User> update_user(const Context& ctx, const Actor& actor, const std::string& id, const UserInput& in);

// Regions are reference data: every authenticated user reads them.
Result<Page<store::Region>> list_regions(const Context& ctx, const Actor& actor, const std::string& parent,
                                         const std::string& q, const std::string& level, const std::string& cursor,
                                         int limit);
// The region and its ancestors, province first. Errors: not_found.
Result<std::vector<store::Region>> region_path(const Context& ctx, const Actor& actor, const std::string& code);

// For set-up commands (CLI, demo data) that run without a logged-in user: writes the
// organisation or user directly, still audited (as the system). The first forms run in the
// caller's unit of work, so that a whole set-up commits or fails as one.
Result<Organization> bootstrap_organization(store::UnitOfWork& unit, const Context& ctx, const OrganizationInput& in);
Result<User> bootstrap_user(store::UnitOfWork& unit, const Context& ctx, const UserInput& in);
Result<Organization> bootstrap_organization(const Context& ctx, const OrganizationInput& in);
Result<User> bootstrap_user(const Context& ctx, const UserInput& in);

}  // namespace mitra::services
