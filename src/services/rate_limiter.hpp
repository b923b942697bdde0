// At most N events per time window for one key (e.g. public complaints per client address): a
// sliding window over the times of the last N accepted events. In memory, per process, like the
// login throttle: behind a load balancer each instance counts on its own.
#pragma once
#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

#include "domain/clock.hpp"

namespace mitra::services {

class RateLimiter {
 public:
  struct Limit {
    int events = 5;
    std::chrono::seconds window{600};
  };
  explicit RateLimiter(const Clock& clock) : clock_(clock) {}

  // Records one event for `key` and returns 0 when fewer than limit.events were accepted within
  // the last limit.window; otherwise records nothing and returns the seconds (>= 1) until the
  // oldest of them leaves the window. Thread-safe.
  int acquire(const std::string& key, Limit limit);

 private:
  void prune(TimePoint now);

  const Clock& clock_;
  std::mutex mutex_;  // guards events_ and longest_
  std::unordered_map<std::string, std::deque<TimePoint>> events_;
  std::chrono::seconds longest_{0};  // the longest window asked for, to forget old keys
};

}  // namespace mitra::services
