#include "domain/person.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

namespace mitra {

std::string_view to_string(Sex s) { return s == Sex::female ? "P" : "L"; }

std::optional<Sex> parse_sex(std::string_view s) {
  if (s == "L") return Sex::male;
  if (s == "P") return Sex::female;
  return std::nullopt;
}

const std::vector<std::string_view>& religions() {
  static const std::vector<std::string_view> kReligions{"islam", "kristen", "katolik", "hindu",
                                                        "buddha", "konghucu", "kepercayaan"};
  return kReligions;
}

bool valid_religion(std::string_view religion) {
  const auto& all = religions();
  return religion.empty() || std::find(all.begin(), all.end(), religion) != all.end();
}

const std::vector<std::string_view>& disability_kinds() {
  static const std::vector<std::string_view> kKinds{"fisik",          "intelektual",    "mental",
                                                    "sensorik_netra", "sensorik_rungu", "sensorik_wicara"};
  return kKinds;
}

std::optional<std::string> invalid_disability(const std::vector<std::string>& kinds) {
  const auto& all = disability_kinds();
  std::set<std::string_view> seen;
  for (const auto& k : kinds)
    if (std::find(all.begin(), all.end(), k) == all.end() || !seen.insert(k).second) return k;
  return std::nullopt;
}

bool valid_date(const std::string& text) {
  int y, m, d;
  char tail;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return false;
  if (text[4] != '-' || text[7] != '-' || m < 1 || m > 12 || d < 1 || d > 31 || y < 1900) return false;
  using namespace std::chrono;
  return year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}.ok();
}

bool valid_category_end(const std::string& assessed_on, const std::string& ended_on, const std::string& today) {
  return valid_date(ended_on) && ended_on >= assessed_on.substr(0, 10) && ended_on <= today.substr(0, 10);
}

bool valid_birth_date(const std::string& text, const std::string& today) {
  return valid_date(text) && text <= today.substr(0, 10);
}

}  // namespace mitra
