// Growing delays after failed logins, per username and per client address. In memory, per
// process: behind a load balancer each instance throttles on its own (docs/operations.md).
#pragma once
#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

#include "domain/clock.hpp"

namespace mitra::services {

class LoginThrottle {
 public:
  struct Limits {
    int free_per_username = 5;  // failures before delays start
    int free_per_address = 20;
    std::chrono::seconds max_delay{900};
  };
  explicit LoginThrottle(const Clock& clock) : LoginThrottle(clock, Limits{}) {}
  LoginThrottle(const Clock& clock, Limits limits) : clock_(clock), limits_(limits) {}

  // Seconds to wait before another attempt for this username or address; 0 when allowed now.
  int wait_seconds(const std::string& username, const std::string& address);
  void record_failure(const std::string& username, const std::string& address);
  void record_success(const std::string& username);

 private:
  struct Entry {
    int failures = 0;
    TimePoint blocked_until{};
    TimePoint last{};
  };
  void fail(const std::string& key, int free);
  int wait_for(const std::string& key, TimePoint now);
  void prune(TimePoint now);

  const Clock& clock_;
  Limits limits_;
  std::mutex mutex_;  // guards entries_
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace mitra::services
