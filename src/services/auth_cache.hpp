// A short-lived cache of authenticated sessions and tokens, so that a busy client does not cost
// four queries per request. Entries live a few seconds; any change to users, organisations or
// sessions in this process clears it at once. Another instance behind the same load balancer
// sees such a change within the time-to-live (docs/operations.md).
#pragma once
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "domain/clock.hpp"
#include "services/context.hpp"

namespace mitra::services {

class AuthCache {
 public:
  struct Entry {
    Actor actor;  // request_id and client_address are replaced per request
    std::string csrf_token;
    TimePoint cached_at;
  };
  explicit AuthCache(std::chrono::milliseconds ttl = std::chrono::seconds(5)) : ttl_(ttl) {}

  std::optional<Entry> find(const std::string& key, TimePoint now);
  void put(const std::string& key, Entry entry);
  void erase(const std::string& key);
  void clear();

 private:
  std::chrono::milliseconds ttl_;
  std::mutex mutex_;  // guards entries_
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace mitra::services
