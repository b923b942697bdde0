// Reading whole numbers from JSON bodies (quantities, rupiah values, working days).
#pragma once
#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/result.hpp"

namespace mitra::http {

// The integer at `key` in [min, max]: absent or null gives `fallback` (an Error naming the key
// when `required`); anything else out of range or not an integer gives an Error with `message`.
inline Result<std::int64_t> whole_number(const boost::json::object& body, const std::string& key, std::int64_t min,
                                         std::int64_t max, std::int64_t fallback, bool required,
                                         const std::string& message) {
  const auto* v = body.if_contains(key);
  if (!v || v->is_null()) {
    if (required) return invalid_input(key, message);
    return fallback;
  }
  std::int64_t n = 0;
  if (v->is_int64()) {
    n = v->as_int64();
  } else if (v->is_uint64() && v->as_uint64() <= static_cast<std::uint64_t>(max)) {
    n = static_cast<std::int64_t>(v->as_uint64());
  } else {
    return invalid_input(key, message);
  }
  if (n < min || n > max) return invalid_input(key, message);
  return n;
}

}  // namespace mitra::http
