#include "services/directory_service.hpp"

#include <boost/json.hpp>

#include "services/audit_service.hpp"
#include "services/credentials.hpp"
#include "services/policy.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;
const Origin kSystem{"setup", "local"};

Error org_not_found() { return not_found("Lembaga tidak ditemukan."); }
Error user_not_found() { return not_found("Pengguna tidak ditemukan."); }

// Applies `in` to `o`, validating every field given. `creating` requires the mandatory ones.
Status apply(store::UnitOfWork& unit, Organization& o, const OrganizationInput& in, bool creating) {
  if (creating) {
    if (!in.code) return invalid_input("code", "Kode lembaga wajib diisi.");
    if (auto msg = check_organization_code(*in.code); !msg.empty()) return invalid_input("code", msg);
    o.code = *in.code;
    if (!in.name) return invalid_input("name", "Nama lembaga wajib diisi.");
    if (!in.type) return invalid_input("type", "Jenis lembaga wajib diisi.");
    if (!in.region_code) return invalid_input("region_code", "Wilayah lembaga wajib diisi.");
  }
  if (in.name) {
    if (in.name->empty() || in.name->size() > 200) return invalid_input("name", "Nama lembaga harus 1 sampai 200 karakter.");
    o.name = *in.name;
  }
  if (in.type) {
    auto type = parse_organization_type(*in.type);
    if (!type) return invalid_input("type", "Jenis lembaga tidak dikenal.");
    o.type = *type;
  }
  if (in.region_code) {
    auto region = store::find_region(unit, *in.region_code);
    if (!region) return invalid_input("region_code", "Kode wilayah tidak dikenal dalam daftar Kemendagri.");
    o.region_code = region->code;
    o.region_name = region->name;
  }
  if (in.parent_id) {
    if (*in.parent_id) {
      if (**in.parent_id == o.id) return invalid_input("parent_id", "Lembaga tidak dapat menjadi induk dirinya sendiri.");
      if (!store::find_organization(unit, **in.parent_id))
        return invalid_input("parent_id", "Lembaga induk tidak ditemukan.");
    }
    o.parent_id = *in.parent_id;
  }
  if (in.active) o.active = *in.active;
  return ok_status();
}

std::string org_details(const Organization& o) {
  return boost::json::serialize(boost::json::object{{"code", o.code}, {"name", o.name},
                                                    {"type", std::string(to_string(o.type))},
                                                    {"region_code", o.region_code},
                                                    {"active", o.active}});
}

std::string user_details(const User& u) {
  boost::json::array roles;
  for (Role r : u.roles) roles.emplace_back(std::string(to_string(r)));
  return boost::json::serialize(boost::json::object{{"username", u.username},
                                                    {"organization_id", u.organization_id},
                                                    {"roles", roles},
                                                    {"active", u.active}});
}

Result<Organization> create_org_in(store::UnitOfWork& unit, const Context& ctx, const OrganizationInput& in) {
  Organization o;
  o.id = ctx.ids.next();
  if (auto s = apply(unit, o, in, true); !s) return s.error();
  if (store::find_organization_by_code(unit, o.code)) return conflict("code", "Kode lembaga sudah dipakai.");
  o.created_at = o.updated_at = format_time(ctx.clock.now());
  store::insert_organization(unit, o);
  return o;
}

Status apply(store::UnitOfWork& unit, User& u, const UserInput& in, bool creating) {
  if (creating) {
    if (!in.username) return invalid_input("username", "Nama pengguna wajib diisi.");
    if (auto msg = check_username(*in.username); !msg.empty()) return invalid_input("username", msg);
    u.username = *in.username;
    if (!in.display_name) return invalid_input("display_name", "Nama tampilan wajib diisi.");
    if (!in.organization_id) return invalid_input("organization_id", "Lembaga pengguna wajib diisi.");
    if (!in.roles) return invalid_input("roles", "Pilih minimal satu peran.");
    if (!in.password) return invalid_input("password", "Kata sandi awal wajib diisi.");
  }
  if (in.display_name) {
    if (auto msg = check_display_name(*in.display_name); !msg.empty()) return invalid_input("display_name", msg);
    u.display_name = *in.display_name;
  }
  if (in.organization_id) {
    if (!store::find_organization(unit, *in.organization_id))
      return invalid_input("organization_id", "Lembaga tidak ditemukan.");
    u.organization_id = *in.organization_id;
  }
  if (in.roles) {
    if (in.roles->empty()) return invalid_input("roles", "Pilih minimal satu peran.");
    u.roles = *in.roles;
  }
  if (in.password)
    if (auto msg = check_password(*in.password); !msg.empty()) return invalid_input("password", msg);
  if (in.active) u.active = *in.active;
  return ok_status();
}

Result<User> create_user_in(store::UnitOfWork& unit, const Context& ctx, const UserInput& in) {
  User u;
  u.id = ctx.ids.next();
  if (auto s = apply(unit, u, in, true); !s) return s.error();
  if (store::find_user_by_username(unit, u.username)) return conflict("username", "Nama pengguna sudah dipakai.");
  u.created_at = u.updated_at = format_time(ctx.clock.now());
  store::insert_user(unit, u, hash_password(*in.password));
  return u;
}

}  // namespace

Result<Page<Organization>> list_organizations(const Context& ctx, const Actor& actor, const store::Page& page,
                                              const store::OrganizationFilter& filter) {
  if (!allowed(actor, Resource::organization, Action::list)) return forbidden();
  const auto& r = filter.registration;
  if (!r.empty() && r != "registered" && r != "expired" && r != "pending" && r != "none")
    return invalid_input("registration", "Filter pendaftaran harus registered, expired, pending, atau none.");
  store::OrganizationFilter f = filter;
  f.today = format_time(ctx.clock.now()).substr(0, 10);
  store::UnitOfWork unit(ctx.db, Mode::read);
  Page<Organization> out;
  out.items = store::list_organizations(unit, page, f);
  if (static_cast<int>(out.items.size()) > page.limit) {
    out.items.pop_back();
    out.next_cursor = out.items.back().code;
  }
  return out;
}

Result<Organization> get_organization(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!allowed(actor, Resource::organization, Action::read, {id, ""})) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto o = store::find_organization(unit, id);
  if (!o) return org_not_found();
  return *o;
}

Result<Organization> create_organization(const Context& ctx, const Actor& actor, const OrganizationInput& in) {
  if (!allowed(actor, Resource::organization, Action::create)) return forbidden("Hanya administrator yang dapat menambah lembaga.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto o = create_org_in(unit, ctx, in);
  if (!o) return o.error();
  write_audit(unit, ctx, actor, {"organization.create", "organization", o->id, org_details(*o)});
  unit.commit();
  return o;
}

Result<Organization> update_organization(const Context& ctx, const Actor& actor, const std::string& id,
                                         const OrganizationInput& in) {
  if (!allowed(actor, Resource::organization, Action::update, {id, ""})) return forbidden("Hanya administrator yang dapat mengubah lembaga.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto o = store::find_organization(unit, id);
  if (!o) return org_not_found();
  if (in.code && *in.code != o->code) return invalid_input("code", "Kode lembaga tidak dapat diubah.");
  if (auto s = apply(unit, *o, in, false); !s) return s.error();
  o->updated_at = format_time(ctx.clock.now());
  store::update_organization(unit, *o);
  write_audit(unit, ctx, actor, {"organization.update", "organization", o->id, org_details(*o)});
  unit.commit();
  ctx.forget_authentications();
  return *o;
}

Result<Page<User>> list_users(const Context& ctx, const Actor& actor, const store::Page& page,
                              const std::string& organization_id) {
  // Non-admins see their own organisation's users only.
  std::string org = organization_id;
  if (!actor.has(Role::admin)) {
    if (!org.empty() && org != actor.organization.id) return forbidden();
    org = actor.organization.id;
  }
  if (!allowed(actor, Resource::user, Action::list, {org, ""})) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  Page<User> out;
  out.items = store::list_users(unit, page, org);
  if (static_cast<int>(out.items.size()) > page.limit) {
    out.items.pop_back();
    out.next_cursor = out.items.back().username;
  }
  return out;
}

Result<User> get_user(const Context& ctx, const Actor& actor, const std::string& id) {
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto r = store::find_user(unit, id);
  if (!r) return user_not_found();
  if (!allowed(actor, Resource::user, Action::read, {r->user.organization_id, r->user.id})) return forbidden();
  return r->user;
}

Result<User> create_user(const Context& ctx, const Actor& actor, const UserInput& in) {
  if (!allowed(actor, Resource::user, Action::create)) return forbidden("Hanya administrator yang dapat menambah pengguna.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto u = create_user_in(unit, ctx, in);
  if (!u) return u.error();
  write_audit(unit, ctx, actor, {"user.create", "user", u->id, user_details(*u)});
  unit.commit();
  return u;
}

Result<User> update_user(const Context& ctx, const Actor& actor, const std::string& id, const UserInput& in) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto r = store::find_user(unit, id);
  if (!r) return user_not_found();
  if (!allowed(actor, Resource::user, Action::update, {r->user.organization_id, r->user.id}))
    return forbidden("Hanya administrator yang dapat mengubah pengguna.");
  if (in.username && *in.username != r->user.username)
    return invalid_input("username", "Nama pengguna tidak dapat diubah.");
  if (id == actor.user.id && in.active && !*in.active)
    return invalid_input("active", "Anda tidak dapat menonaktifkan akun Anda sendiri.");
  User u = r->user;
  if (auto s = apply(unit, u, in, false); !s) return s.error();
  u.updated_at = format_time(ctx.clock.now());
  store::update_user(unit, u);
  if (in.password) {
    store::set_password_hash(unit, u.id, hash_password(*in.password), u.updated_at);
    store::delete_user_sessions(unit, u.id, "");
  }
  if (!u.active) store::delete_user_sessions(unit, u.id, "");
  boost::json::object details = boost::json::parse(user_details(u)).as_object();
  details["password_reset"] = in.password.has_value();
  write_audit(unit, ctx, actor, {"user.update", "user", u.id, boost::json::serialize(details)});
  unit.commit();
  ctx.forget_authentications();
  return u;
}

Result<Page<store::Region>> list_regions(const Context& ctx, const Actor& actor, const std::string& parent,
                                         const std::string& q, const std::string& level, const std::string& cursor,
                                         int limit) {
  if (!allowed(actor, Resource::region, Action::list)) return forbidden();
  if (!level.empty() && level != "province" && level != "regency" && level != "district" && level != "village")
    return invalid_input("level", "Tingkat wilayah harus province, regency, district, atau village.");
  store::UnitOfWork unit(ctx.db, Mode::read);
  Page<store::Region> out;
  out.items = store::list_regions(unit, parent, q, level, cursor, limit);
  if (static_cast<int>(out.items.size()) > limit) {
    out.items.pop_back();
    out.next_cursor = out.items.back().code;
  }
  return out;
}

Result<std::vector<store::Region>> region_path(const Context& ctx, const Actor& actor, const std::string& code) {
  if (!allowed(actor, Resource::region, Action::read)) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  std::vector<store::Region> path;
  std::string next = code;
  while (!next.empty() && path.size() < 4) {
    auto r = store::find_region(unit, next);
    if (!r) break;
    next = r->parent_code;
    path.insert(path.begin(), std::move(*r));
  }
  if (path.empty()) return not_found("Kode wilayah tidak ditemukan.");
  return path;
}

Result<Organization> bootstrap_organization(store::UnitOfWork& unit, const Context& ctx, const OrganizationInput& in) {
  auto o = create_org_in(unit, ctx, in);
  if (o) write_audit_anonymous(unit, ctx, kSystem, {"organization.create", "organization", o->id, org_details(*o)});
  return o;
}

Result<User> bootstrap_user(store::UnitOfWork& unit, const Context& ctx, const UserInput& in) {
  auto u = create_user_in(unit, ctx, in);
  if (u) write_audit_anonymous(unit, ctx, kSystem, {"user.create", "user", u->id, user_details(*u)});
  return u;
}

Result<Organization> bootstrap_organization(const Context& ctx, const OrganizationInput& in) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto o = bootstrap_organization(unit, ctx, in);
  if (o) unit.commit();
  return o;
}

Result<User> bootstrap_user(const Context& ctx, const UserInput& in) {
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto u = bootstrap_user(unit, ctx, in);
  if (u) unit.commit();
  return u;
}

}  // namespace mitra::services
