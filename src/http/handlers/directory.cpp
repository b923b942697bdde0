// /api/v1/organizations, /api/v1/users and /api/v1/regions.
#include <map>

#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/directory_service.hpp"

namespace mitra::http {
namespace {

// Reads the organisation fields of a create or update body.
std::optional<Error> read_organization(const boost::json::object& body, services::OrganizationInput& in) {
  Fields f(body);
  in.code = f.text("code", false, 32);
  in.name = f.text("name", false, 200);
  in.type = f.text("type", false, 40);
  in.region_code = f.text("region_code", false, 20);
  in.parent_id = f.nullable_text("parent_id");
  in.active = f.boolean("active");
  return f.error();
}

std::optional<Error> read_user(const boost::json::object& body, services::UserInput& in) {
  Fields f(body);
  in.username = f.text("username", false, 64);
  in.display_name = f.text("display_name", false, 200);
  in.organization_id = f.text("organization_id", false, 64);
  in.password = f.text("password", false, 256);
  in.active = f.boolean("active");
  if (auto roles = f.texts("roles")) {
    std::set<Role> set;
    for (const auto& name : *roles) {
      auto r = parse_role(name);
      if (!r) return invalid_input("roles", "Peran '" + name + "' tidak dikenal.");
      set.insert(*r);
    }
    in.roles = set;
  }
  return f.error();
}

// The organisation of each user in a response, looked up once per request.
class OrganizationNames {
 public:
  explicit OrganizationNames(const Call& call) : call_(call) {}
  const Organization& of(const std::string& id) {
    auto it = cache_.find(id);
    if (it != cache_.end()) return it->second;
    auto r = services::get_organization(call_.ctx, call_.who(), id);
    Organization o = r ? r.value() : Organization{};
    if (!r) o.id = id;
    return cache_.emplace(id, std::move(o)).first->second;
  }

 private:
  const Call& call_;
  std::map<std::string, Organization> cache_;
};

Response list_organizations(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  if (!page->cursor.empty() && !check_organization_code(page->cursor).empty())
    return error_response(invalid_input("cursor", "Parameter cursor tidak sah."), call.request_id);
  store::OrganizationFilter filter{query_value(call.query, "type"), query_value(call.query, "region"),
                                   query_value(call.query, "registration"), ""};
  auto r = services::list_organizations(call.ctx, call.who(), *page, filter);
  return respond(call, r, [](const auto& p) { return page_json(p, [](const Organization& o) { return to_json(o); }); });
}

Response get_organization(Call& call) {
  auto r = services::get_organization(call.ctx, call.who(), call.param("id"));
  return respond(call, r, [](const Organization& o) { return to_json(o); });
}

Response create_organization(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  services::OrganizationInput in;
  if (auto e = read_organization(*body, in)) return error_response(*e, call.request_id);
  auto r = services::create_organization(call.ctx, call.who(), in);
  return respond(call, r, [](const Organization& o) { return to_json(o); }, Status::created);
}

Response update_organization(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  services::OrganizationInput in;
  if (auto e = read_organization(*body, in)) return error_response(*e, call.request_id);
  auto r = services::update_organization(call.ctx, call.who(), call.param("id"), in);
  return respond(call, r, [](const Organization& o) { return to_json(o); });
}

Response list_users(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  if (!page->cursor.empty() && !check_username(page->cursor).empty())
    return error_response(invalid_input("cursor", "Parameter cursor tidak sah."), call.request_id);
  auto r = services::list_users(call.ctx, call.who(), *page, query_value(call.query, "organization_id"));
  OrganizationNames orgs(call);
  return respond(call, r, [&](const auto& p) {
    return page_json(p, [&](const User& u) { return to_json(u, orgs.of(u.organization_id)); });
  });
}

Response get_user(Call& call) {
  auto r = services::get_user(call.ctx, call.who(), call.param("id"));
  OrganizationNames orgs(call);
  return respond(call, r, [&](const User& u) { return to_json(u, orgs.of(u.organization_id)); });
}

Response create_user(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  services::UserInput in;
  if (auto e = read_user(*body, in)) return error_response(*e, call.request_id);
  auto r = services::create_user(call.ctx, call.who(), in);
  OrganizationNames orgs(call);
  return respond(call, r, [&](const User& u) { return to_json(u, orgs.of(u.organization_id)); }, Status::created);
}

Response update_user(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  services::UserInput in;
  if (auto e = read_user(*body, in)) return error_response(*e, call.request_id);
  auto r = services::update_user(call.ctx, call.who(), call.param("id"), in);
  OrganizationNames orgs(call);
  return respond(call, r, [&](const User& u) { return to_json(u, orgs.of(u.organization_id)); });
}

Response list_regions(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  auto r = services::list_regions(call.ctx, call.who(), query_value(call.query, "parent"), page->q,
                                  query_value(call.query, "level"), page->cursor, page->limit);
  return respond(call, r, [](const auto& p) { return page_json(p, [](const store::Region& x) { return to_json(x); }); });
}

Response get_region(Call& call) {
  auto r = services::region_path(call.ctx, call.who(), call.param("code"));
  return respond(call, r, [](const std::vector<store::Region>& path) {
    boost::json::object out = to_json(path.back());
    boost::json::array steps;
    for (const auto& step : path) steps.emplace_back(to_json(step));
    out["path"] = std::move(steps);
    return out;
  });
}

}  // namespace

void register_organization_routes(Api& api) {
  api.add("GET", "/api/v1/organizations", Access::authenticated, list_organizations);
  api.add("POST", "/api/v1/organizations", Access::authenticated, create_organization);
  api.add("GET", "/api/v1/organizations/{id}", Access::authenticated, get_organization);
  api.add("PATCH", "/api/v1/organizations/{id}", Access::authenticated, update_organization);
}

void register_user_routes(Api& api) {
  api.add("GET", "/api/v1/users", Access::authenticated, list_users);
  api.add("POST", "/api/v1/users", Access::authenticated, create_user);
  api.add("GET", "/api/v1/users/{id}", Access::authenticated, get_user);
  api.add("PATCH", "/api/v1/users/{id}", Access::authenticated, update_user);
}

void register_region_routes(Api& api) {
  api.add("GET", "/api/v1/regions", Access::authenticated, list_regions);
  api.add("GET", "/api/v1/regions/{code}", Access::authenticated, get_region);
}

}  // namespace mitra::http
