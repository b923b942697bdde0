#include "http/metrics.hpp"

#include <fmt/format.h>

namespace mitra::http {

void Metrics::observe(const std::string& method, const std::string& route, unsigned status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{method, route, status}];
  auto& h = latency_[{method, route, status}];
  for (std::size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::render(std::size_t pool_size, std::size_t pool_in_use) const {
  std::string out;
  std::lock_guard lock(mutex_);
  out += "# HELP mitra_http_requests_total HTTP requests answered.\n# TYPE mitra_http_requests_total counter\n";
  for (const auto& [key, n] : requests_)
    out += fmt::format("mitra_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n",
                       std::get<0>(key), std::get<1>(key), std::get<2>(key), n);
  out += "# HELP mitra_http_request_duration_seconds Time to answer a request.\n"
         "# TYPE mitra_http_request_duration_seconds histogram\n";
  for (const auto& [key, h] : latency_) {
    const auto labels = fmt::format("method=\"{}\",route=\"{}\",status=\"{}\"", std::get<0>(key), std::get<1>(key),
                                    std::get<2>(key));
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
      out += fmt::format("mitra_http_request_duration_seconds_bucket{{{},le=\"{}\"}} {}\n", labels, kBuckets[i],
                         h.buckets[i]);
    out += fmt::format("mitra_http_request_duration_seconds_bucket{{{},le=\"+Inf\"}} {}\n", labels, h.count);
    out += fmt::format("mitra_http_request_duration_seconds_sum{{{}}} {}\n", labels, h.sum);
    out += fmt::format("mitra_http_request_duration_seconds_count{{{}}} {}\n", labels, h.count);
  }
  out += fmt::format(
      "# HELP mitra_db_pool_size Database connections in the pool.\n# TYPE mitra_db_pool_size gauge\n"
      "mitra_db_pool_size {}\n"
      "# HELP mitra_db_pool_in_use Database connections lent out.\n# TYPE mitra_db_pool_in_use gauge\n"
      "mitra_db_pool_in_use {}\n",
      pool_size, pool_in_use);
  return out;
}

}  // namespace mitra::http
