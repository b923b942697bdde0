#include "domain/case_stage.hpp"

#include <array>
#include <utility>

namespace mitra {
namespace {

constexpr std::array<std::pair<Stage, std::string_view>, 8> kStages{{
    {Stage::first_contact, "first_contact"},
    {Stage::assessment, "assessment"},
    {Stage::intervention_plan, "intervention_plan"},
    {Stage::intervention, "intervention"},
    {Stage::reintegration, "reintegration"},
    {Stage::termination, "termination"},
    {Stage::follow_up, "follow_up"},
    {Stage::closed, "closed"},
}};

bool allowed(Stage from, Stage to) {
  const auto f = static_cast<int>(from), t = static_cast<int>(to);
  if (from == Stage::closed) return to == Stage::assessment;  // reopen
  // A relapse after reintegration (back on the street): assess again.
  if ((from == Stage::termination || from == Stage::follow_up) && to == Stage::assessment) return true;
  if (to == Stage::termination) return from != Stage::termination && from != Stage::follow_up;
  if (to == Stage::closed) return from == Stage::termination || from == Stage::follow_up;
  if (from == Stage::intervention && to == Stage::intervention_plan) return true;
  return t == f + 1;
}

}  // namespace

std::string_view to_string(Stage s) {
  for (const auto& [stage, name] : kStages)
    if (stage == s) return name;
  return "unknown";
}

std::optional<Stage> parse_stage(std::string_view s) {
  for (const auto& [stage, name] : kStages)
    if (name == s) return stage;
  return std::nullopt;
}

const std::vector<Stage>& all_stages() {
  static const std::vector<Stage> stages = [] {
    std::vector<Stage> v;
    for (const auto& entry : kStages) v.push_back(entry.first);
    return v;
  }();
  return stages;
}

bool needs_supervisor(Stage from, Stage to) {
  return (from == Stage::assessment && to == Stage::intervention_plan) ||
         (from == Stage::intervention_plan && to == Stage::intervention) || to == Stage::closed;
}

Result<CaseState> advance(const CaseState& current, Stage to, const std::string& reason, const std::string& now) {
  if (reason.find_first_not_of(" \t\n") == std::string::npos)
    return invalid_input("reason", "Tuliskan alasan perpindahan tahap.");
  if (!allowed(current.stage, to))
    return conflict("to", "Kasus pada tahap " + std::string(to_string(current.stage)) + " tidak dapat dipindah ke tahap " +
                              std::string(to_string(to)) + ".");
  CaseState next;
  next.stage = to;
  next.closed_at = to == Stage::closed ? now : "";
  return next;
}

}  // namespace mitra
