#include "services/rate_limiter.hpp"

#include <algorithm>

namespace mitra::services {

int RateLimiter::acquire(const std::string& key, Limit limit) {
  std::lock_guard lock(mutex_);
  const auto now = clock_.now();
  longest_ = std::max(longest_, limit.window);
  prune(now);
  auto& times = events_[key];
  while (!times.empty() && now - times.front() >= limit.window) times.pop_front();
  if (static_cast<int>(times.size()) < limit.events) {
    times.push_back(now);
    return 0;
  }
  // Only the newest limit.events times matter; older ones were dropped on the way in.
  const auto free_at = times[times.size() - static_cast<std::size_t>(limit.events)] + limit.window;
  const auto left = std::chrono::ceil<std::chrono::seconds>(free_at - now);
  return static_cast<int>(std::max<long long>(1, left.count()));
}

void RateLimiter::prune(TimePoint now) {
  if (events_.size() < 10000) return;
  std::erase_if(events_, [&](const auto& kv) { return kv.second.empty() || now - kv.second.back() >= longest_; });
}

}  // namespace mitra::services
