// A case (kasus) follows Kemensos' ATENSI rehabilitation steps. The state machine is this
// function: services call advance(); handlers never know the rules.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace mitra {

enum class Stage {
  first_contact,      // pendekatan awal
  assessment,         // asesmen (pengungkapan dan pemahaman masalah)
  intervention_plan,  // rencana intervensi
  intervention,       // intervensi (pemecahan masalah)
  reintegration,      // resosialisasi / reintegrasi
  termination,        // terminasi
  follow_up,          // bimbingan lanjut
  closed,
};

std::string_view to_string(Stage s);
std::optional<Stage> parse_stage(std::string_view s);
const std::vector<Stage>& all_stages();

struct Transition {
  Stage from;
  Stage to;
  std::string reason;
  std::string by;  // user id
  std::string at;  // ISO time
};

struct CaseState {
  Stage stage = Stage::first_contact;
  std::string closed_at;  // "" while open
};

// The allowed moves: one step forward; back from intervention to the plan (to revise it);
// termination from any open stage (the client left, moved, or was referred on); closing after
// termination or follow-up; back from termination or follow-up to assessment (the client is
// back on the street); reopening a closed case into assessment. Every move needs a reason.
// Errors: invalid_input (no reason, unknown stage), conflict (a move the model does not allow).
Result<CaseState> advance(const CaseState& current, Stage to, const std::string& reason, const std::string& now);

// Moves that need a supervisor (approval of the assessment, of the plan, and of closure).
bool needs_supervisor(Stage from, Stage to);

}  // namespace mitra
