// Layanan ATENSI given to a person within a case, and the follow-up visits (bimbingan lanjut)
// after reintegration. Pure rules: service types and their details, status moves, dates.
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace mitra {

enum class ServiceStatus { planned, ongoing, completed, stopped };

std::string_view to_string(ServiceStatus s);
std::optional<ServiceStatus> parse_service_status(std::string_view s);

// One ATENSI service type (Permensos 15/2025) and the fields its `details` object takes.
struct ServiceDetailField {
  std::string name;
  std::string kind;                  // text | date | integer | boolean | choice
  bool required = false;
  std::vector<std::string> choices;  // for kind == choice
};
struct ServiceType {
  std::string code;  // basic_needs, social_care, ..., counselling
  std::vector<ServiceDetailField> fields;
};
const std::vector<ServiceType>& service_types();
const ServiceType* find_service_type(std::string_view code);

// Checks `details` against the type's fields and its cross-field rules (cash needs an amount,
// goods a description, an "other" device a description, issued_on not before requested_on).
// Returns the object with only the known keys. Errors: invalid_input with field
// "details.<name>" (or "type" for an unknown type, "details" for an unknown key).
Result<boost::json::object> validate_details(std::string_view type, const boost::json::object& details);

// The allowed moves: planned -> ongoing | stopped; ongoing -> completed | stopped; staying put
// is always allowed. Completed and stopped are final. Errors: conflict (field "status").
Result<ServiceStatus> move_service(ServiceStatus from, ServiceStatus to);

// A calendar date "YYYY-MM-DD".
bool is_date(std::string_view text);
// Dates in order: ends_on (when given) not before starts_on. Errors: invalid_input field ends_on.
Status check_service_dates(const std::string& starts_on, const std::string& ends_on);
// The same day `months` later, clamped to the month's last day (01-31 + 1 -> 02-28). Needs a valid date.
std::string add_months(const std::string& date, int months);

// A Loka Bina Karya vocational course lasts three months (seed 003).
constexpr int kLokaBinaKaryaMonths = 3;

// Follow-up visits (kunjungan bimbingan lanjut).
enum class SchoolAttendance { yes, no, unknown };
enum class IncomeLevel { improved, same, worse };
std::optional<SchoolAttendance> parse_school_attendance(std::string_view s);
std::optional<IncomeLevel> parse_income_level(std::string_view s);

// The due dates of a follow-up plan over `months` months: one visit every `interval_months`
// (monthly by default), the first due on starts_on. Errors: invalid_input (starts_on, months 1-36,
// interval_months 1-12).
Result<std::vector<std::string>> follow_up_schedule(const std::string& starts_on, int months, int interval_months = 1);

}  // namespace mitra
