#include "services/auth_cache.hpp"

namespace mitra::services {

std::optional<AuthCache::Entry> AuthCache::find(const std::string& key, TimePoint now) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  if (now - it->second.cached_at >= ttl_ || now < it->second.cached_at) {
    entries_.erase(it);
    return std::nullopt;
  }
  return it->second;
}

void AuthCache::put(const std::string& key, Entry entry) {
  std::lock_guard lock(mutex_);
  if (entries_.size() > 50000) entries_.clear();  // bounded: a flood of tokens cannot grow it forever
  entries_[key] = std::move(entry);
}

void AuthCache::erase(const std::string& key) {
  std::lock_guard lock(mutex_);
  entries_.erase(key);
}

void Context::forget_authentications() const {
  if (auth_cache) auth_cache->clear();
}

void AuthCache::clear() {
  std::lock_guard lock(mutex_);
  entries_.clear();
}

}  // namespace mitra::services
