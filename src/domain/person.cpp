#include "domain/person.hpp"

#include <chrono>
#include <cstdio>

namespace mitra {

std::string_view to_string(Sex s) { return s == Sex::female ? "P" : "L"; }

std::optional<Sex> parse_sex(std::string_view s) {
  if (s == "L") return Sex::male;
  if (s == "P") return Sex::female;
  return std::nullopt;
}

bool valid_birth_date(const std::string& text, const std::string& today) {
  int y, m, d;
  char tail;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return false;
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900) return false;
  using namespace std::chrono;
  if (!year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}.ok()) return false;
  return text <= today.substr(0, 10);
}

}  // namespace mitra
