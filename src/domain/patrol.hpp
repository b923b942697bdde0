// How people are found: a patrol (patroli), a raid (razia) or an NGO's outreach (penjangkauan)
// nets several persons at once. These are the rules for recording one; the persons netted are
// quick-registered and given a case at the receiving shelter by services/patrol_service.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace mitra {

enum class PatrolKind { patrol, raid, outreach };

std::string_view to_string(PatrolKind k);
std::optional<PatrolKind> parse_patrol_kind(std::string_view s);

// The teams that go out: Tim Reaksi Cepat, Satpol PP, police, an NGO's outreach workers...
const std::vector<std::string>& patrol_agencies();
bool known_agency(std::string_view code);

struct Coordinates {
  double latitude = 0, longitude = 0;
};

// Coordinates are optional; when given they must lie within Indonesia's bounds (a point
// outside is a typo or swapped latitude/longitude). Errors: invalid_input on field "latitude" or
// "longitude".
Status check_coordinates(const Coordinates& c);

// started_at and ended_at are ISO times ("" for ended_at while still out); a patrol ends after
// it starts, and never in the future of `now`. Errors: invalid_input.
Status check_patrol_times(const std::string& started_at, const std::string& ended_at, const std::string& now);

}  // namespace mitra
