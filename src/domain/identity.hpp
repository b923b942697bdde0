// Who acts in mitra: organisations (lembaga), users and their roles.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace mitra {

// DESIGN.md's roles. A user has one or more.
enum class Role { admin, supervisor, social_worker, partner_manager, analyst, auditor };

std::string_view to_string(Role r);
std::optional<Role> parse_role(std::string_view s);
const std::vector<Role>& all_roles();

// DOMAIN.md's kinds of organisation.
enum class OrganizationType {
  dinsos_province,    // Dinas Sosial Provinsi
  dinsos_regency,     // Dinas Sosial Kabupaten/Kota
  upt,                // Unit Pelaksana Teknis, e.g. RPTC
  lks,                // Lembaga Kesejahteraan Sosial
  lksa,               // LKS Anak / panti asuhan
  rumah_singgah,      // drop-in shelter
  tas,                // Taman Anak Sejahtera
  yayasan,            // foundation
  lsm,                // NGO
  orsos,              // organisasi sosial
  ministry,           // Kementerian Sosial and its Sentra
  government_agency,  // SKPD/OPD: Dukcapil, Dinkes, Disdik, Satpol PP...
  business,           // dunia usaha / CSR
  community,          // kelompok masyarakat
  academia,
  media,
};

std::string_view to_string(OrganizationType t);
std::optional<OrganizationType> parse_organization_type(std::string_view s);
bool is_dinsos(OrganizationType t);

struct Organization {
  std::string id;
  std::string code;  // short unique code, e.g. DINSOS-MKS
  std::string name;
  OrganizationType type = OrganizationType::lks;
  std::string region_code;  // Kemendagri code, e.g. 73.71
  std::string region_name;  // filled by reads
  std::optional<std::string> parent_id;
  bool active = true;
  std::string created_at;
  std::string updated_at;
  // Its registration as LKS (domain/registration.hpp): the latest application's status ("none"
  // before any) and the last approved number and last valid day ("" when never approved).
  std::string registration_status = "none";
  std::string registration_number;
  std::string registration_valid_until;
};

struct User {
  std::string id;
  std::string username;
  std::string display_name;
  std::string organization_id;
  std::set<Role> roles;
  bool active = true;
  std::string language = "id";  // "id" or "en"
  std::string created_at;
  std::string updated_at;
  bool has(Role r) const { return roles.count(r) > 0; }
};

// Validation rules shared by the services and the CLI. Each returns an empty string when valid,
// otherwise a message for the operator.
std::string check_username(std::string_view s);
std::string check_organization_code(std::string_view s);
std::string check_password(std::string_view s);
std::string check_display_name(std::string_view s);

}  // namespace mitra
