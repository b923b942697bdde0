#include "domain/case_record.hpp"

#include <array>
#include <utility>

namespace mitra {
namespace {

constexpr std::array<std::pair<LifeDomain, std::string_view>, 8> kDomains{{
    {LifeDomain::basic_needs, "basic_needs"},
    {LifeDomain::health, "health"},
    {LifeDomain::education, "education"},
    {LifeDomain::documents, "documents"},
    {LifeDomain::family, "family"},
    {LifeDomain::psychosocial, "psychosocial"},
    {LifeDomain::legal, "legal"},
    {LifeDomain::economic, "economic"},
}};

constexpr std::array<std::pair<NeedLevel, std::string_view>, 4> kNeeds{{
    {NeedLevel::none, "none"},
    {NeedLevel::low, "low"},
    {NeedLevel::medium, "medium"},
    {NeedLevel::high, "high"},
}};

constexpr std::array<std::pair<GoalStatus, std::string_view>, 4> kGoalStatuses{{
    {GoalStatus::planned, "planned"},
    {GoalStatus::in_progress, "in_progress"},
    {GoalStatus::achieved, "achieved"},
    {GoalStatus::dropped, "dropped"},
}};

template <class Table, class E>
std::string_view name_of(const Table& table, E e) {
  for (const auto& [value, name] : table)
    if (value == e) return name;
  return "unknown";
}

template <class E, class Table>
std::optional<E> value_of(const Table& table, std::string_view s) {
  for (const auto& [value, name] : table)
    if (name == s) return value;
  return std::nullopt;
}

}  // namespace

std::string_view to_string(LifeDomain d) { return name_of(kDomains, d); }
std::optional<LifeDomain> parse_life_domain(std::string_view s) { return value_of<LifeDomain>(kDomains, s); }
const std::vector<LifeDomain>& all_life_domains() {
  static const std::vector<LifeDomain> all = [] {
    std::vector<LifeDomain> v;
    for (const auto& [d, name] : kDomains) v.push_back(d);
    return v;
  }();
  return all;
}
std::string_view to_string(NeedLevel n) { return name_of(kNeeds, n); }
std::optional<NeedLevel> parse_need_level(std::string_view s) { return value_of<NeedLevel>(kNeeds, s); }
std::string_view to_string(GoalStatus s) { return name_of(kGoalStatuses, s); }
std::optional<GoalStatus> parse_goal_status(std::string_view s) { return value_of<GoalStatus>(kGoalStatuses, s); }

Result<GoalStatus> change_goal_status(GoalStatus from, GoalStatus to) {
  if (from == to) return to;
  if (from == GoalStatus::achieved || from == GoalStatus::dropped)
    return conflict("status", "Tujuan yang sudah tercapai atau dibatalkan tidak dapat diubah lagi; buat tujuan baru.");
  return to;
}

bool valid_calendar_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool has_text(const std::string& s) { return s.find_first_not_of(" \t\r\n") != std::string::npos; }

}  // namespace mitra
