// The holiday calendar behind working-day service levels (reply deadlines of registrations and
// assistance requests). National, so one list for the whole installation: any signed-in user
// reads it; administrators of a Dinas Sosial keep it, audited.
#pragma once
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/working_days.hpp"
#include "services/context.hpp"
#include "store/holiday_repository.hpp"

namespace mitra::services {

using Holiday = store::HolidayRow;

// The holidays of a year (2000-2100). Errors: invalid_input (year).
Result<std::vector<Holiday>> list_holidays(const Context& ctx, const Actor& actor, int year);
// Adds or renames a holiday. Errors: forbidden, invalid_input (day, name).
Result<Holiday> set_holiday(const Context& ctx, const Actor& actor, const std::string& day, const std::string& name);
// Errors: forbidden, invalid_input (day), not_found.
Status remove_holiday(const Context& ctx, const Actor& actor, const std::string& day);

// The calendar with every holiday on record, for computing deadlines.
WorkingCalendar working_calendar(const Context& ctx);
// The same inside a unit of work the caller already holds.
WorkingCalendar working_calendar(store::UnitOfWork& unit);

}  // namespace mitra::services
