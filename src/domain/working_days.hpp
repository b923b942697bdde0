// Working days (hari kerja) for service levels: a reply is due N working days after a letter
// arrives, where Saturdays, Sundays and the national holidays (libur nasional and cuti bersama,
// kept in the `holiday` table and edited by an administrator) do not count.
#pragma once
#include <chrono>
#include <optional>
#include <set>
#include <string>

namespace mitra {

using Day = std::chrono::sys_days;

// "YYYY-MM-DD" <-> Day. parse_day refuses anything that is not a real calendar date.
std::optional<Day> parse_day(const std::string& text);
std::string format_day(Day d);
// True for a real calendar date written "YYYY-MM-DD".
bool is_day(const std::string& text);
// Calendar days from `from` to `to` (negative when `to` is earlier); nullopt when either is not a day.
std::optional<int> days_between(const std::string& from, const std::string& to);
// The day `n` days after `day`; "" when `day` is not a day.
std::string add_days(const std::string& day, int n);

class WorkingCalendar {
 public:
  WorkingCalendar() = default;
  explicit WorkingCalendar(std::set<Day> holidays) : holidays_(std::move(holidays)) {}

  // Monday to Friday and not a holiday.
  bool is_working_day(Day d) const;
  // The n-th working day after `start` (start itself never counts; n <= 0 gives start).
  // A letter received on Friday with a 1-day service level is due on Monday.
  Day add_working_days(Day start, int n) const;
  // Working days in (from, to]: 0 when to <= from. How late a reply was: working_days_between(due, replied).
  int working_days_between(Day from, Day to) const;

 private:
  std::set<Day> holidays_;
};

}  // namespace mitra
