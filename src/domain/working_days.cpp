#include "domain/working_days.hpp"

#include <cstdio>

namespace mitra {

using namespace std::chrono;

std::optional<Day> parse_day(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  const year_month_day ymd{year{std::stoi(text.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
                           day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

std::string format_day(Day d) {
  const year_month_day ymd{d};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

bool is_day(const std::string& text) { return parse_day(text).has_value(); }

std::optional<int> days_between(const std::string& from, const std::string& to) {
  const auto a = parse_day(from), b = parse_day(to);
  if (!a || !b) return std::nullopt;
  return static_cast<int>((*b - *a).count());
}

std::string add_days(const std::string& day, int n) {
  const auto d = parse_day(day);
  return d ? format_day(*d + days{n}) : "";
}

bool WorkingCalendar::is_working_day(Day d) const {
  const weekday w{d};
  return w != Saturday && w != Sunday && !holidays_.contains(d);
}

Day WorkingCalendar::add_working_days(Day start, int n) const {
  Day d = start;
  while (n > 0) {
    d += days{1};
    if (is_working_day(d)) --n;
  }
  return d;
}

int WorkingCalendar::working_days_between(Day from, Day to) const {
  int n = 0;
  for (Day d = from + days{1}; d <= to; d += days{1})
    if (is_working_day(d)) ++n;
  return n;
}

}  // namespace mitra
