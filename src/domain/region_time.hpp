// Indonesia's three time zones by province: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9). A day in
// mitra's daily views (the shelter board) is the local day of the place it is about.
#pragma once
#include <string>
#include <string_view>

#include "domain/clock.hpp"

namespace mitra {

// Hours ahead of UTC for a Kemendagri region code, from its province (the first two digits);
// 7 (WIB) when the province is unknown.
int utc_offset_hours(std::string_view region_code);

// The local calendar date ("YYYY-MM-DD") at `t`, `offset_hours` ahead of UTC.
std::string local_date(TimePoint t, int offset_hours);
// The local calendar date at `t` in the region's time zone: today where an organisation works.
std::string local_date_in(TimePoint t, std::string_view region_code);

}  // namespace mitra
