#include "services/login_throttle.hpp"

#include <algorithm>

namespace mitra::services {

int LoginThrottle::wait_for(const std::string& key, TimePoint now) {
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.blocked_until <= now) return 0;
  const auto left = std::chrono::ceil<std::chrono::seconds>(it->second.blocked_until - now);
  return static_cast<int>(std::max<long long>(1, left.count()));
}

int LoginThrottle::wait_seconds(const std::string& username, const std::string& address) {
  std::lock_guard lock(mutex_);
  const auto now = clock_.now();
  return std::max(wait_for("u:" + username, now), wait_for("a:" + address, now));
}

void LoginThrottle::fail(const std::string& key, int free) {
  const auto now = clock_.now();
  auto& e = entries_[key];
  // Failures older than the longest delay are forgotten.
  if (now - e.last > limits_.max_delay) e.failures = 0;
  e.failures++;
  e.last = now;
  if (e.failures >= free) {
    const int exponent = std::min(e.failures - free + 1, 12);
    const auto delay = std::min<std::chrono::seconds>(std::chrono::seconds(1LL << exponent), limits_.max_delay);
    e.blocked_until = now + delay;
  }
}

void LoginThrottle::record_failure(const std::string& username, const std::string& address) {
  std::lock_guard lock(mutex_);
  prune(clock_.now());
  fail("u:" + username, limits_.free_per_username);
  fail("a:" + address, limits_.free_per_address);
}

void LoginThrottle::record_success(const std::string& username) {
  std::lock_guard lock(mutex_);
  entries_.erase("u:" + username);
}

void LoginThrottle::prune(TimePoint now) {
  if (entries_.size() < 10000) return;
  std::erase_if(entries_, [&](const auto& kv) { return now - kv.second.last > limits_.max_delay; });
}

}  // namespace mitra::services
