#include "http/message.hpp"

namespace mitra::http {

Status status_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_input:
    case ErrorCode::invalid_json: return Status::bad_request;
    case ErrorCode::unauthenticated:
    case ErrorCode::invalid_credentials: return Status::unauthorized;
    case ErrorCode::forbidden:
    case ErrorCode::csrf_failed: return Status::forbidden;
    case ErrorCode::not_found: return Status::not_found;
    case ErrorCode::method_not_allowed: return Status::method_not_allowed;
    case ErrorCode::conflict: return Status::conflict;
    case ErrorCode::payload_too_large: return Status::payload_too_large;
    case ErrorCode::unsupported_media_type: return Status::unsupported_media_type;
    case ErrorCode::too_many_attempts: return Status::too_many_requests;
    case ErrorCode::internal: return Status::internal_server_error;
  }
  return Status::internal_server_error;
}

std::string_view code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_input: return "invalid_input";
    case ErrorCode::invalid_json: return "invalid_json";
    case ErrorCode::unauthenticated: return "unauthenticated";
    case ErrorCode::invalid_credentials: return "invalid_credentials";
    case ErrorCode::forbidden: return "forbidden";
    case ErrorCode::csrf_failed: return "csrf_failed";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::method_not_allowed: return "method_not_allowed";
    case ErrorCode::conflict: return "conflict";
    case ErrorCode::payload_too_large: return "payload_too_large";
    case ErrorCode::unsupported_media_type: return "unsupported_media_type";
    case ErrorCode::too_many_attempts: return "too_many_attempts";
    case ErrorCode::internal: return "internal";
  }
  return "internal";
}

Response json_response(Status status, const boost::json::value& body) {
  Response res{status, 11};
  res.set(beast_http::field::content_type, "application/json; charset=utf-8");
  res.body() = boost::json::serialize(body);
  res.prepare_payload();
  return res;
}

Response error_response(const Error& error, const std::string& request_id) {
  boost::json::object e{{"code", code_name(error.code)}, {"message", error.message}, {"request_id", request_id}};
  if (!error.field.empty()) e["field"] = error.field;
  if (error.code == ErrorCode::too_many_attempts) e["retry_after"] = error.retry_after_seconds;
  auto res = json_response(status_for(error.code), boost::json::object{{"error", std::move(e)}});
  if (error.code == ErrorCode::too_many_attempts)
    res.set(beast_http::field::retry_after, std::to_string(error.retry_after_seconds));
  return res;
}

Response no_content() {
  Response res{Status::no_content, 11};
  res.prepare_payload();
  return res;
}

}  // namespace mitra::http
