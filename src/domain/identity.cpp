#include "domain/identity.hpp"

#include <array>
#include <utility>

namespace mitra {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 6> kRoles{{
    {Role::admin, "admin"},
    {Role::supervisor, "supervisor"},
    {Role::social_worker, "social_worker"},
    {Role::partner_manager, "partner_manager"},
    {Role::analyst, "analyst"},
    {Role::auditor, "auditor"},
}};

constexpr std::array<std::pair<OrganizationType, std::string_view>, 16> kTypes{{
    {OrganizationType::dinsos_province, "dinsos_province"},
    {OrganizationType::dinsos_regency, "dinsos_regency"},
    {OrganizationType::upt, "upt"},
    {OrganizationType::lks, "lks"},
    {OrganizationType::lksa, "lksa"},
    {OrganizationType::rumah_singgah, "rumah_singgah"},
    {OrganizationType::tas, "tas"},
    {OrganizationType::yayasan, "yayasan"},
    {OrganizationType::lsm, "lsm"},
    {OrganizationType::orsos, "orsos"},
    {OrganizationType::ministry, "ministry"},
    {OrganizationType::government_agency, "government_agency"},
    {OrganizationType::business, "business"},
    {OrganizationType::community, "community"},
    {OrganizationType::academia, "academia"},
    {OrganizationType::media, "media"},
}};

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string_view to_string(Role r) {
  for (const auto& [role, name] : kRoles)
    if (role == r) return name;
  return "unknown";
}

std::optional<Role> parse_role(std::string_view s) {
  for (const auto& [role, name] : kRoles)
    if (name == s) return role;
  return std::nullopt;
}

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles = [] {
    std::vector<Role> v;
    for (const auto& entry : kRoles) v.push_back(entry.first);
    return v;
  }();
  return roles;
}

std::string_view to_string(OrganizationType t) {
  for (const auto& [type, name] : kTypes)
    if (type == t) return name;
  return "unknown";
}

std::optional<OrganizationType> parse_organization_type(std::string_view s) {
  for (const auto& [type, name] : kTypes)
    if (name == s) return type;
  return std::nullopt;
}

bool is_dinsos(OrganizationType t) {
  return t == OrganizationType::dinsos_province || t == OrganizationType::dinsos_regency;
}

std::string check_username(std::string_view s) {
  if (s.size() < 3 || s.size() > 64) return "Nama pengguna harus 3 sampai 64 karakter.";
  for (char c : s) {
    const bool good = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!good) return "Nama pengguna hanya boleh berisi huruf kecil a-z, angka, titik, garis bawah, atau tanda hubung.";
  }
  return {};
}

std::string check_organization_code(std::string_view s) {
  if (s.size() < 2 || s.size() > 32) return "Kode lembaga harus 2 sampai 32 karakter.";
  for (char c : s) {
    const bool good = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    if (!good) return "Kode lembaga hanya boleh berisi huruf besar A-Z, angka, dan tanda hubung.";
  }
  return {};
}

std::string check_password(std::string_view s) {
  if (utf8_length(s) < 10) return "Kata sandi minimal 10 karakter.";
  if (s.size() > 256) return "Kata sandi terlalu panjang (maksimal 256 karakter).";
  return {};
}

std::string check_display_name(std::string_view s) {
  const auto n = utf8_length(s);
  if (n < 1 || n > 120) return "Nama tampilan harus 1 sampai 120 karakter.";
  return {};
}

}  // namespace mitra
