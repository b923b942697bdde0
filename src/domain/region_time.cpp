#include "domain/region_time.hpp"

#include <array>

namespace mitra {

int utc_offset_hours(std::string_view region_code) {
  // WITA: Bali, NTB, NTT, South/East/North Kalimantan and the six Sulawesi provinces.
  constexpr std::array<std::string_view, 12> kWita{"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"};
  // WIT: Maluku, North Maluku and the Papua provinces.
  constexpr std::array<std::string_view, 8> kWit{"81", "82", "91", "92", "93", "94", "95", "96"};
  const auto province = region_code.substr(0, 2);
  for (auto p : kWita)
    if (p == province) return 8;
  for (auto p : kWit)
    if (p == province) return 9;
  return 7;
}

std::string local_date(TimePoint t, int offset_hours) {
  return format_time(t + std::chrono::hours(offset_hours)).substr(0, 10);
}

std::string local_date_in(TimePoint t, std::string_view region_code) {
  return local_date(t, utc_offset_hours(region_code));
}

}  // namespace mitra
