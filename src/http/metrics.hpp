// Prometheus counters and latency histograms by method, route and status. Thread-safe.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace mitra::http {

class Metrics {
 public:
  void observe(const std::string& method, const std::string& route, unsigned status, double seconds);
  // The exposition text, with the database pool gauges appended.
  std::string render(std::size_t pool_size, std::size_t pool_in_use) const;

  static constexpr std::array<double, 12> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                   0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

 private:
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;  // guards both maps
  std::map<std::tuple<std::string, std::string, unsigned>, std::uint64_t> requests_;
  std::map<std::tuple<std::string, std::string, unsigned>, Histogram> latency_;
};

}  // namespace mitra::http
