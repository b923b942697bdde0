// The holidays that working-day service levels skip (table `holiday`, migration 0015).
#pragma once
#include <string>
#include <vector>

#include "store/database.hpp"

namespace mitra::store {

struct HolidayRow {
  std::string day;  // YYYY-MM-DD
  std::string name;
  std::string updated_at;
};

// Holidays with from <= day < to (text dates), in date order.
std::vector<HolidayRow> holidays_between(UnitOfWork& u, const std::string& from, const std::string& to);
// Every holiday day on record.
std::vector<std::string> holiday_days(UnitOfWork& u);
// Inserts or renames the holiday of `row.day`.
void save_holiday(UnitOfWork& u, const HolidayRow& row, const std::string& user_id);
// False when the day was not a holiday.
bool remove_holiday(UnitOfWork& u, const std::string& day);

}  // namespace mitra::store
