// Organisation profiles (legal data, contacts, services) and LKS registration applications with
// their survey checks and step history.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace mitra::store {

struct ProfileRecord {
  std::string organization_id;
  std::string deed_number, deed_date, decree_number, lks_number, lks_valid_until, accreditation,
      accreditation_date, npwp, address, phone, email, contact_person;
  std::vector<std::string> services;
  int capacity = 0, social_workers = 0;
  int registration_sla_days = 14;
  std::string updated_by, updated_at;
};
std::optional<ProfileRecord> find_profile(UnitOfWork& u, const std::string& organization_id);
void save_profile(UnitOfWork& u, const ProfileRecord& p);  // insert or update

struct RegistrationRecord {
  std::string id, organization_id, kind, status;
  std::string regency_dinsos_id;  // "" when it went straight to the province
  std::string province_dinsos_id, region_code, note, submitted_at, due_on, recommended_at, decided_at, reason,
      registration_number, valid_until, created_by, created_at, updated_at;
};
std::optional<RegistrationRecord> find_registration(UnitOfWork& u, const std::string& id);
// The organisation's open application (submitted, returned or recommended), if any.
std::optional<RegistrationRecord> find_open_registration(UnitOfWork& u, const std::string& organization_id);
void insert_registration(UnitOfWork& u, const RegistrationRecord& r);
void update_registration(UnitOfWork& u, const RegistrationRecord& r);  // every mutable column

struct RegistrationFilter {
  std::string organization_id;   // "" for any
  std::string status;            // "" for any; "open" for submitted, returned, recommended
  std::string regency_dinsos_id;  // "" for any
  std::string province_dinsos_id;  // "" for any
  // "" for every application; otherwise only those where this organisation is the applicant,
  // the regency/city Dinsos or the province Dinsos (the caller's visibility).
  std::string viewer_organization_id;
  std::string cursor;  // id of the last row seen
  int limit = 50;
};
// Newest first (by id, UUID v7); at most limit + 1 rows.
std::vector<RegistrationRecord> list_registrations(UnitOfWork& u, const RegistrationFilter& f);

struct CheckRecord {
  std::string registration_id, item, result, note, document_id, checked_by, checked_at;
};
std::vector<CheckRecord> list_checks(UnitOfWork& u, const std::string& registration_id);
void save_check(UnitOfWork& u, const CheckRecord& c);  // insert or replace the item's row

struct EventRecord {
  std::string id, registration_id, action, status, note, actor_id, actor_organization_id, at;
  std::string actor_name, actor_organization_name;  // filled by reads
};
std::vector<EventRecord> list_events(UnitOfWork& u, const std::string& registration_id);
void insert_event(UnitOfWork& u, const EventRecord& e);

}  // namespace mitra::store
