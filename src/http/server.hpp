// The only code that owns sockets: accepts connections, reads requests with size and time
// limits, hands each to a plain handler, writes the answer, keeps connections alive, and shuts
// down gracefully (in-flight requests finish; idle connections close).
#pragma once
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include "http/message.hpp"

namespace mitra::http {

struct ServerConfig {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  unsigned threads = 0;                  // 0: one per core
  std::size_t body_limit = 1024 * 1024;  // bytes
  // A larger limit for some routes (uploads), decided from the request line once the header is
  // read; null for body_limit everywhere.
  std::function<std::size_t(std::string_view method, std::string_view target, std::size_t body_limit)> body_limit_for;
  std::size_t largest_body_limit = 0;  // the most body_limit_for ever allows (0: body_limit)
  std::size_t header_limit = 16 * 1024;  // bytes
  std::chrono::seconds idle_timeout{30};
  std::chrono::seconds shutdown_grace{10};
};

using RequestHandler = std::function<Response(Request&&, const std::string& client_address)>;
// Answers a request the server itself refused (body too large, malformed), with a request id.
using RefusalHandler = std::function<Response(const Error&)>;

// Serves until SIGINT or SIGTERM; returns after a graceful shutdown. `on_listening` is called
// with the bound port once accepting. Throws std::runtime_error if the address cannot be bound.
void serve(const ServerConfig& config, RequestHandler handler, RefusalHandler refuse,
           const std::function<void(unsigned short)>& on_listening);

}  // namespace mitra::http
