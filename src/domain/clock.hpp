// Time is injected so that expiry and throttling rules are tested with a fake clock.
#pragma once
#include <chrono>
#include <string>

namespace mitra {

using TimePoint = std::chrono::system_clock::time_point;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint now() const override { return std::chrono::system_clock::now(); }
};

// A clock tests move by hand.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(TimePoint start) : now_(start) {}
  TimePoint now() const override { return now_; }
  void advance(std::chrono::system_clock::duration d) { now_ += d; }

 private:
  TimePoint now_;
};

// ISO 8601 UTC with milliseconds: "2026-11-25T01:30:00.000Z". Sorts as text.
std::string format_time(TimePoint t);
// Parses format_time's output (and "YYYY-MM-DDTHH:MM:SSZ"); returns false on anything else.
bool parse_time(const std::string& text, TimePoint& out);

}  // namespace mitra
