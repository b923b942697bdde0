#include "domain/clock.hpp"

#include <cstdio>
#include <ctime>

namespace mitra {

std::string format_time(TimePoint t) {
  using namespace std::chrono;
  const auto ms = duration_cast<milliseconds>(t.time_since_epoch()).count();
  const std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
  return buf;
}

bool parse_time(const std::string& text, TimePoint& out) {
  int y, mo, d, h, mi, s, ms = 0;
  char tail[4] = {};
  if (text.size() == 24) {
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3d%1s", &y, &mo, &d, &h, &mi, &s, &ms, tail) != 8) return false;
  } else if (text.size() == 20) {
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%1s", &y, &mo, &d, &h, &mi, &s, tail) != 7) return false;
  } else {
    return false;
  }
  // system_clock counts nanoseconds: years past 2262 would overflow it.
  if (y < 1900 || y > 2200) return false;
  if (tail[0] != 'Z' || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return false;
  using namespace std::chrono;
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return false;
  out = sys_days{ymd} + hours{h} + minutes{mi} + seconds{s} + milliseconds{ms};
  return true;
}

}  // namespace mitra
