#include "http/server.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace mitra::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;

// Open connections, so that shutdown can close the idle ones.
class Connections {
 public:
  struct State {
    beast::tcp_stream* stream = nullptr;
    bool reading = false;  // only touched on the connection's strand
  };
  void add(const std::shared_ptr<State>& s) {
    std::lock_guard lock(mutex_);
    all_.insert(s);
  }
  void remove(const std::shared_ptr<State>& s) {
    std::lock_guard lock(mutex_);
    all_.erase(s);
  }
  std::size_t count() {
    std::lock_guard lock(mutex_);
    return all_.size();
  }
  // Cancels the reads of connections waiting for a request; busy ones finish their response.
  void close_idle() {
    std::lock_guard lock(mutex_);
    for (const auto& s : all_)
      asio::post(s->stream->get_executor(), [s] {
        if (s->reading) s->stream->socket().cancel();
      });
  }

 private:
  std::mutex mutex_;  // guards all_
  std::set<std::shared_ptr<Connections::State>> all_;
};

struct Shared {
  const ServerConfig& config;
  RequestHandler handler;
  RefusalHandler refuse;
  Connections connections;
  std::atomic<bool> stopping{false};
};

awaitable<void> session(tcp::socket socket, Shared& shared) {
  beast::tcp_stream stream(std::move(socket));
  auto state = std::make_shared<Connections::State>();
  state->stream = &stream;
  shared.connections.add(state);
  std::string client;
  {
    beast::error_code ec;
    auto ep = stream.socket().remote_endpoint(ec);
    client = ec ? "unknown" : ep.address().to_string();
  }
  beast::flat_buffer buffer;
  try {
    while (!shared.stopping) {
      beast::http::request_parser<beast::http::string_body> parser;
      // The header is read under the largest limit; the route's own limit is applied once the
      // request line is known.
      parser.body_limit(std::max(shared.config.body_limit, shared.config.largest_body_limit));
      parser.header_limit(static_cast<std::uint32_t>(shared.config.header_limit));
      stream.expires_after(shared.config.idle_timeout);
      // Idle only until the request's header has arrived: a shutdown must not cut off a body.
      state->reading = true;
      auto [ec, n] = co_await beast::http::async_read_header(stream, buffer, parser, asio::as_tuple(use_awaitable));
      state->reading = false;
      std::size_t limit = shared.config.body_limit;
      if (!ec && shared.config.body_limit_for)
        limit = shared.config.body_limit_for(parser.get().method_string(), parser.get().target(), limit);
      if (!ec) {
        parser.body_limit(limit);
        if (auto length = parser.content_length(); length && *length > limit) ec = beast::http::error::body_limit;
      }
      if (!ec && !parser.is_done()) {
        auto [body_ec, body_n] = co_await beast::http::async_read(stream, buffer, parser, asio::as_tuple(use_awaitable));
        ec = body_ec;
      }
      if (ec == beast::http::error::end_of_stream || ec == asio::error::operation_aborted || ec == beast::error::timeout ||
          ec == asio::error::connection_reset || ec == asio::error::eof)
        break;
      if (ec) {
        // The request itself is unreadable: answer once, then close.
        Error e{ErrorCode::invalid_input, "Permintaan HTTP tidak dapat dibaca.", {}};
        if (ec == beast::http::error::body_limit)
          e = Error{ErrorCode::payload_too_large,
                    "Isi permintaan terlalu besar (maksimal " + std::to_string(limit / 1024) + " KiB).", {}};
        else if (ec == beast::http::error::header_limit)
          e = Error{ErrorCode::payload_too_large, "Header permintaan terlalu besar.", {}};
        auto res = shared.refuse(e);
        res.keep_alive(false);
        stream.expires_after(std::chrono::seconds(5));
        co_await beast::http::async_write(stream, res, asio::as_tuple(use_awaitable));
        // The client may still be sending the refused body; closing now would reset the
        // connection before it reads the answer. Drain (bounded in time and size), then close.
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        std::array<char, 64 * 1024> scratch{};
        std::size_t drained = 0;
        while (drained < 64 * 1024 * 1024) {
          auto [rec, got] = co_await stream.async_read_some(asio::buffer(scratch), asio::as_tuple(use_awaitable));
          if (rec) break;
          drained += got;
        }
        break;
      }
      auto req = parser.release();
      auto res = shared.handler(std::move(req), client);
      const bool keep = res.keep_alive() && !shared.stopping;
      res.keep_alive(keep);
      stream.expires_after(shared.config.idle_timeout);
      auto [wec, wn] = co_await beast::http::async_write(stream, res, asio::as_tuple(use_awaitable));
      if (wec || !keep) break;
    }
  } catch (const std::exception& e) {
    spdlog::warn("connection error: {}", e.what());
  }
  beast::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  shared.connections.remove(state);
}

awaitable<void> listen(tcp::acceptor& acceptor, Shared& shared) {
  for (;;) {
    auto [ec, socket] = co_await acceptor.async_accept(asio::as_tuple(use_awaitable));
    if (ec) {
      if (ec == asio::error::operation_aborted || !acceptor.is_open()) co_return;
      continue;
    }
    auto executor = asio::make_strand(acceptor.get_executor());
    asio::co_spawn(executor, session(tcp::socket(std::move(socket)), shared), asio::detached);
  }
}

}  // namespace

void serve(const ServerConfig& config, RequestHandler handler, RefusalHandler refuse,
           const std::function<void(unsigned short)>& on_listening) {
  const unsigned threads = config.threads ? config.threads : std::max(1u, std::thread::hardware_concurrency());
  asio::io_context ioc(static_cast<int>(threads));
  Shared shared{config, std::move(handler), std::move(refuse), {}, {}};

  tcp::acceptor acceptor(ioc);
  beast::error_code ec;
  const auto address = asio::ip::make_address(config.host, ec);
  if (ec) throw std::runtime_error("invalid listen address: " + config.host);
  tcp::endpoint endpoint(address, config.port);
  acceptor.open(endpoint.protocol());
  acceptor.set_option(asio::socket_base::reuse_address(true));
  acceptor.bind(endpoint, ec);
  if (ec) throw std::runtime_error("cannot listen on " + config.host + ":" + std::to_string(config.port) + ": " + ec.message());
  acceptor.listen(asio::socket_base::max_listen_connections);
  on_listening(acceptor.local_endpoint().port());

  asio::co_spawn(ioc, listen(acceptor, shared), asio::detached);

  // The shutdown machinery lives on one strand so the timer is never touched concurrently.
  auto control = asio::make_strand(ioc);
  asio::steady_timer deadline(control);
  asio::signal_set signals(control, SIGINT, SIGTERM);
  signals.async_wait([&](const beast::error_code& err, int sig) {
    if (err) return;
    spdlog::info("signal {} received: finishing in-flight requests", sig);
    shared.stopping = true;
    beast::error_code ignored;
    acceptor.close(ignored);
    shared.connections.close_idle();
    deadline.expires_after(config.shutdown_grace);
    deadline.async_wait([&](const beast::error_code& e) {
      if (!e) {
        spdlog::warn("shutdown grace period over: closing remaining connections");
        ioc.stop();
      }
    });
  });

  std::vector<std::thread> pool;
  for (unsigned i = 1; i < threads; ++i) pool.emplace_back([&] { ioc.run(); });
  // Run until everything is finished, or until the grace timer is the only work left.
  std::thread watcher([&] {
    while (!ioc.stopped()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      if (shared.stopping) {
        shared.connections.close_idle();
        // Once the last connection is gone nothing needs the grace timer.
        if (shared.connections.count() == 0) asio::post(control, [&] { deadline.cancel(); });
      }
    }
  });
  ioc.run();
  for (auto& t : pool) t.join();
  watcher.join();
}

}  // namespace mitra::http
