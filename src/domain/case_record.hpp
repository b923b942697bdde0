// What a case holds besides its stage: the assessment (asesmen) across life domains, the
// intervention plan's goals (rencana intervensi) and the case notes (catatan kasus).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace mitra {

// The domains an assessment covers and a plan goal belongs to.
enum class LifeDomain { basic_needs, health, education, documents, family, psychosocial, legal, economic };
enum class NeedLevel { none, low, medium, high };
// A plan goal's progress: planned -> in_progress -> achieved, or dropped on the way.
enum class GoalStatus { planned, in_progress, achieved, dropped };

std::string_view to_string(LifeDomain d);
std::optional<LifeDomain> parse_life_domain(std::string_view s);
const std::vector<LifeDomain>& all_life_domains();
std::string_view to_string(NeedLevel n);
std::optional<NeedLevel> parse_need_level(std::string_view s);
std::string_view to_string(GoalStatus s);
std::optional<GoalStatus> parse_goal_status(std::string_view s);

// The goal's next status. Achieved and dropped goals are final (a new goal is written instead);
// staying in the same status is allowed. Errors: conflict (field "status").
Result<GoalStatus> change_goal_status(GoalStatus from, GoalStatus to);

// "YYYY-MM-DD" naming a real calendar day (years 1900-2200).
bool valid_calendar_date(const std::string& text);

// True when the text has something besides blanks.
bool has_text(const std::string& s);

}  // namespace mitra
