// Pendaftaran LKS (seed 003, Permensos 184/2011): an NGO applies to the Dinsos of its
// regency/city, which recommends it to the province (or returns it); the province surveys its
// legality against a checklist and approves (registration number, valid until) or rejects, within
// a service level of working days. Pure rules: statuses and moves, the checklist, deadlines,
// expiry and the renewal window, the legal-data formats.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/identity.hpp"
#include "domain/result.hpp"
#include "domain/working_days.hpp"

namespace mitra {

enum class RegistrationStatus { submitted, returned, recommended, approved, rejected };
std::string_view to_string(RegistrationStatus s);
std::optional<RegistrationStatus> parse_registration_status(std::string_view s);
// Still waiting for a Dinsos (or for the applicant after a return).
bool is_open(RegistrationStatus s);

enum class RegistrationStep { resubmit, recommend, send_back, approve, reject };
// submitted -> recommended | returned (by the regency/city Dinsos); returned -> submitted
// (the applicant again); recommended -> approved | rejected (by the province). Errors: conflict
// (field "status") naming the current status.
Result<RegistrationStatus> move_registration(RegistrationStatus from, RegistrationStep step);

// The province's legality survey: each item checked with a result and a note.
const std::vector<std::string>& registration_check_items();  // deed, decree, npwp, domicile, ...
bool is_check_item(std::string_view item);
enum class CheckResult { ok, not_ok, not_applicable };
std::string_view to_string(CheckResult r);
std::optional<CheckResult> parse_check_result(std::string_view s);
// Approval needs every item checked and none found wanting. Errors: conflict naming the item.
Status check_survey_complete(const std::map<std::string, CheckResult>& checks);

inline constexpr int kDefaultRegistrationSlaDays = 14;
inline constexpr int kRenewalWindowDays = 90;
inline constexpr int kMaxRegistrationYears = 5;

// The day a decision is due: `sla_days` working days after the day the application was (re)submitted.
Day registration_due(const WorkingCalendar& calendar, Day submitted, int sla_days);
// Open, not yet with the applicant, and past its due day.
bool registration_overdue(RegistrationStatus s, Day due, Day today);

// A registration is expired the day after its last valid day.
bool registration_expired(const std::string& valid_until, Day today);
// Renewal may be applied for from kRenewalWindowDays before the last valid day (or once expired).
bool renewal_open(const std::string& valid_until, Day today);

// Only non-government social organisations register as LKS.
bool is_registrable(OrganizationType t);

// The regency/city ("18.71") and province ("18") of a region code.
std::string regency_of(const std::string& region_code);
std::string province_of(const std::string& region_code);

// Legal-data formats; each returns "" when valid, otherwise a message for the operator.
// NPWP: 15 digits (old, may be written 01.234.567.8-901.000) or 16 digits (the NIK-based form).
std::string check_npwp(std::string_view s);
std::string check_email(std::string_view s);
std::string check_phone(std::string_view s);
// Digits of an NPWP as stored.
std::string npwp_digits(std::string_view s);

}  // namespace mitra
