// HTTP message types and the helpers every handler uses to answer.
#pragma once
#include <boost/beast/http.hpp>
#include <boost/json.hpp>
#include <string>

#include "domain/result.hpp"

namespace mitra::http {

namespace beast_http = boost::beast::http;
using Request = beast_http::request<beast_http::string_body>;
using Response = beast_http::response<beast_http::string_body>;
using Status = beast_http::status;

// The HTTP status for each error code (the one error table).
Status status_for(ErrorCode code);
std::string_view code_name(ErrorCode code);

Response json_response(Status status, const boost::json::value& body);
Response error_response(const Error& error, const std::string& request_id);
Response no_content();

}  // namespace mitra::http
