#include "domain/patrol.hpp"

#include <algorithm>

#include "domain/clock.hpp"

namespace mitra {

std::string_view to_string(PatrolKind k) {
  switch (k) {
    case PatrolKind::patrol: return "patrol";
    case PatrolKind::raid: return "raid";
    case PatrolKind::outreach: return "outreach";
  }
  return "patrol";
}

std::optional<PatrolKind> parse_patrol_kind(std::string_view s) {
  for (auto k : {PatrolKind::patrol, PatrolKind::raid, PatrolKind::outreach})
    if (to_string(k) == s) return k;
  return std::nullopt;
}

const std::vector<std::string>& patrol_agencies() {
  static const std::vector<std::string> codes{"trc", "satpol_pp", "police", "dinsos", "ngo_outreach", "community", "other"};
  return codes;
}

bool known_agency(std::string_view code) {
  const auto& codes = patrol_agencies();
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

Status check_coordinates(const Coordinates& c) {
  // Indonesia from Sabang to Merauke, Miangas to Rote, with a margin.
  if (!(c.latitude >= -11.5 && c.latitude <= 6.5))
    return invalid_input("latitude", "Lintang harus di wilayah Indonesia (-11,5 sampai 6,5). Apakah lintang dan bujur tertukar?");
  if (!(c.longitude >= 94.5 && c.longitude <= 141.5))
    return invalid_input("longitude", "Bujur harus di wilayah Indonesia (94,5 sampai 141,5).");
  return ok_status();
}

Status check_patrol_times(const std::string& started_at, const std::string& ended_at, const std::string& now) {
  TimePoint start, current, end;
  if (!parse_time(started_at, start)) return invalid_input("started_at", "Waktu mulai harus berformat TTTT-BB-HHTjj:mm:ssZ.");
  if (parse_time(now, current) && start > current + std::chrono::minutes(5))
    return invalid_input("started_at", "Waktu mulai tidak boleh di masa depan.");
  if (!ended_at.empty()) {
    if (!parse_time(ended_at, end)) return invalid_input("ended_at", "Waktu selesai harus berformat TTTT-BB-HHTjj:mm:ssZ.");
    if (end < start) return invalid_input("ended_at", "Waktu selesai harus setelah waktu mulai.");
    if (end > current + std::chrono::minutes(5)) return invalid_input("ended_at", "Waktu selesai tidak boleh di masa depan.");
  }
  return ok_status();
}

}  // namespace mitra
