// Organisation profiles (legal data, contacts, services, capacity) and the LKS registration
// workflow of seed 003: apply (or renew) -> regency/city Dinsos recommends or returns -> province
// Dinsos surveys the legality checklist and approves or rejects, within a service level of working
// days. Every step records who, when and why, and is audited.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/identity.hpp"
#include "domain/registration.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/registration_repository.hpp"

namespace mitra::services {

// Registers the document owner types "organization" and "registration" (document_access.hpp).
void register_registration_document_owners();

struct ProfileInput {
  std::optional<std::string> deed_number, deed_date, decree_number, lks_number, lks_valid_until, accreditation,
      accreditation_date, npwp, address, phone, email, contact_person;
  std::optional<std::vector<std::string>> services;
  std::optional<int> capacity, social_workers, registration_sla_days;
};

struct ProfileView {
  Organization organization;
  store::ProfileRecord profile;  // empty fields when never filled in
  bool may_edit = false;
};
// Every signed-in user reads the directory's profiles.
Result<ProfileView> get_profile(const Context& ctx, const Actor& actor, const std::string& organization_id);
// The organisation's own managers (partner manager, supervisor, admin), the Dinsos supervisors
// and admins over its region, and system admins. Errors: forbidden, not_found, invalid_input.
Result<ProfileView> update_profile(const Context& ctx, const Actor& actor, const std::string& organization_id,
                                   const ProfileInput& in);
// For set-up (demo data): the same without a user, in the caller's unit, audited as the system.
Status bootstrap_profile(store::UnitOfWork& unit, const Context& ctx, const std::string& organization_id,
                         const ProfileInput& in);

struct RegistrationView {
  store::RegistrationRecord record;
  Organization organization;
  std::optional<Organization> regency_dinsos, province_dinsos;
  std::vector<store::CheckRecord> checks;      // filled by single reads
  std::vector<store::EventRecord> events;      // filled by single reads
  bool overdue = false;
  int working_days_left = 0;  // until due_on (negative when overdue); 0 once decided
  std::vector<std::string> actions;  // what the viewer may do now: resubmit, recommend, return, check, approve, reject
};

// Applies (or renews, when the organisation holds a registration) on the organisation's behalf:
// its partner manager, supervisor or admin, or a Dinsos supervisor/admin over its region.
// Errors: forbidden, not_found, invalid_input (not an NGO type, no province Dinsos), conflict
// (an application is open; renewal before the window).
Result<RegistrationView> apply_registration(const Context& ctx, const Actor& actor, const std::string& organization_id,
                                            const std::string& note);

struct StepInput {
  std::string note;                // resubmit, recommend, approve: optional
  std::string reason;              // return, reject: required
  std::string registration_number;  // approve: required
  std::string valid_until;          // approve: required, YYYY-MM-DD, after today, at most 5 years
};
// Errors: not_found (not visible), forbidden (not this step's Dinsos or role), conflict (wrong
// status, survey incomplete), invalid_input.
Result<RegistrationView> registration_step(const Context& ctx, const Actor& actor, const std::string& id,
                                           RegistrationStep step, const StepInput& in);

struct CheckInput {
  std::string item, result, note, document_id;
};
// The province Dinsos records one checklist item while the application is recommended.
Result<RegistrationView> record_check(const Context& ctx, const Actor& actor, const std::string& id,
                                      const CheckInput& in);

Result<RegistrationView> get_registration(const Context& ctx, const Actor& actor, const std::string& id);

struct RegistrationQuery {
  std::string organization_id, status;  // status: one status, "open", or "" for any
  // "regency": submitted to the viewer's Dinsos; "province": recommended to the viewer's Dinsos.
  std::string inbox;
  std::string cursor;
  int limit = 50;
};
struct RegistrationPage {
  std::vector<RegistrationView> items;
  std::string next_cursor;
};
// The viewer's organisation's own applications and those its Dinsos handles; admins see all.
Result<RegistrationPage> list_registrations(const Context& ctx, const Actor& actor, const RegistrationQuery& q);

// The same steps within the caller's unit of work, with the same rules and audit: for set-up
// (demo data), whose context's clock dates each step.
Result<RegistrationView> apply_registration_in(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                                               const std::string& organization_id, const std::string& note);
Result<RegistrationView> registration_step_in(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                                              const std::string& id, RegistrationStep step, const StepInput& in);
Result<RegistrationView> record_check_in(store::UnitOfWork& unit, const Context& ctx, const Actor& actor,
                                         const std::string& id, const CheckInput& in);

}  // namespace mitra::services
