// Expected failures as values: every service returns Result<T>.
#pragma once
#include <string>
#include <utility>
#include <variant>

namespace mitra {

// Stable error codes; http/error_table.cpp maps each to a status.
enum class ErrorCode {
  invalid_input,
  invalid_json,
  unauthenticated,
  invalid_credentials,
  forbidden,
  csrf_failed,
  not_found,
  method_not_allowed,
  conflict,
  payload_too_large,
  unsupported_media_type,
  too_many_attempts,
  internal,
};

// An expected failure. `message` is for an operator (Bahasa Indonesia) and never carries
// personal data; `field` names the input at fault when there is one.
struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;
  std::string field;
  int retry_after_seconds = 0;  // only for too_many_attempts
};

inline Error invalid_input(std::string field, std::string message) {
  return Error{ErrorCode::invalid_input, std::move(message), std::move(field)};
}
inline Error not_found(std::string message) { return Error{ErrorCode::not_found, std::move(message), {}}; }
inline Error forbidden(std::string message = "Anda tidak berwenang melakukan tindakan ini.") {
  return Error{ErrorCode::forbidden, std::move(message), {}};
}
inline Error conflict(std::string field, std::string message) {
  return Error{ErrorCode::conflict, std::move(message), std::move(field)};
}

struct Unit {};

// A value or an Error. Deliberately small: ok(), value(), error(), and implicit construction.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}      // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

using Status = Result<Unit>;
inline Status ok_status() { return Unit{}; }

}  // namespace mitra
