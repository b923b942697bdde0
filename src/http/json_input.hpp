// Reading request input: JSON bodies field by field, query parameters, paging. The first
// problem found is kept as an Error naming the field, in words an operator understands.
#pragma once
#include <boost/json.hpp>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "store/identity_repository.hpp"

namespace mitra::http {

// Parses a request body as a JSON object. Errors: invalid_json (syntax, invalid UTF-8),
// invalid_input (not an object).
Result<boost::json::object> parse_object(const std::string& body);

class Fields {
 public:
  explicit Fields(const boost::json::object& o) : o_(o) {}

  // A string of at most max_bytes; absent -> nullopt (an error when required).
  std::optional<std::string> text(const char* key, bool required = false, std::size_t max_bytes = 1000);
  std::optional<bool> boolean(const char* key);
  // A whole number; absent or null -> nullopt; anything else (a fraction, text) is an error.
  std::optional<int> integer(const char* key);
  std::optional<std::vector<std::string>> texts(const char* key);
  // Distinguishes absent (outer nullopt) from null (inner nullopt).
  std::optional<std::optional<std::string>> nullable_text(const char* key);

  const std::optional<Error>& error() const { return error_; }

 private:
  void fail(const char* key, std::string message);
  const boost::json::object& o_;
  std::optional<Error> error_;
};

using Query = std::map<std::string, std::string, std::less<>>;
// Decoded query parameters of a request target; the last value wins for repeated keys.
Query parse_query(std::string_view target);
// The first parameter whose decoded value is not valid UTF-8 text (or holds a NUL), as an
// invalid_input error naming it; nullopt when all are fine.
std::optional<Error> check_query(const Query& q);
// True for valid UTF-8 without NUL characters.
bool is_clean_text(std::string_view s);
std::string query_value(const Query& q, std::string_view key);

// ?limit (1-200, default 50), ?cursor and ?q. Errors: invalid_input field limit.
Result<store::Page> parse_page(const Query& q);

}  // namespace mitra::http
