#include "mail/smtp.hpp"

#include <openssl/ssl.h>
#include <sodium.h>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/url.hpp>

#include <cstdlib>
#include <stdexcept>

#include "domain/clock.hpp"

namespace mitra::mail {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using error_code = boost::system::error_code;

struct Reply {
  int code = 0;
  std::string text;  // the lines' texts joined by spaces
};

std::string message_id() {
  unsigned char random[12];
  randombytes_buf(random, sizeof random);
  char hex[sizeof random * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, random, sizeof random);
  return std::string(hex) + "@mitra";
}

}  // namespace

std::optional<SmtpServer> parse_smtp_url(std::string_view text, std::string& message) {
  auto url = boost::urls::parse_uri(text);
  if (!url) {
    message = "SMTP server must be a URL such as smtp://mail.example.go.id:587";
    return std::nullopt;
  }
  SmtpServer s;
  if (url->scheme() == "smtp") {
    s.port = 25;
  } else if (url->scheme() == "smtps") {
    s.port = 465;
    s.security = SmtpServer::Security::tls;
  } else {
    message = "SMTP URL must start with smtp:// or smtps://";
    return std::nullopt;
  }
  s.host = url->host();
  if (s.host.empty()) {
    message = "SMTP URL has no host";
    return std::nullopt;
  }
  if (url->has_port()) {
    const auto port = url->port_number();
    if (port == 0) {
      message = "SMTP URL has a port that is not a number between 1 and 65535";
      return std::nullopt;
    }
    s.port = port;
  }
  if (url->has_userinfo()) {
    s.username = url->user();
    s.password = url->password();
  }
  if (const char* env = std::getenv("MITRA_SMTP_PASSWORD"); env && *env) s.password = env;
  if (s.security == SmtpServer::Security::none) {
    auto params = url->params();
    const auto it = params.find("starttls");
    const bool asked = it != params.end() && (*it).value != "0" && (*it).value != "false";
    const bool refused = it != params.end() && !asked;
    if (asked || (s.port == 587 && !refused)) s.security = SmtpServer::Security::starttls;
  }
  return s;
}

struct SmtpMailer::Connection {
  const SmtpServer& server;
  asio::io_context io;
  asio::ssl::context tls_context{asio::ssl::context::tls_client};
  tcp::socket socket{io};
  std::unique_ptr<asio::ssl::stream<tcp::socket&>> tls;
  asio::streambuf in;

  explicit Connection(const SmtpServer& s) : server(s) {
    tls_context.set_default_verify_paths();
    tls_context.set_verify_mode(asio::ssl::verify_peer);
  }

  // Runs the started operation to its end, or closes the socket when the timeout passes first.
  void finish(const char* step, const error_code& result) {
    io.restart();
    io.run_for(server.timeout);
    if (!io.stopped()) {
      error_code ignored;
      socket.close(ignored);
      io.run();
      throw std::runtime_error(std::string(step) + ": no answer within " + std::to_string(server.timeout.count()) + " s");
    }
    if (result) throw std::runtime_error(std::string(step) + ": " + result.message());
  }

  template <class Operation>
  void with_stream(Operation op) {
    if (tls)
      op(*tls);
    else
      op(socket);
  }

  void write(const std::string& text, const char* step) {
    error_code result = asio::error::would_block;
    with_stream([&](auto& s) { asio::async_write(s, asio::buffer(text), [&](error_code ec, std::size_t) { result = ec; }); });
    finish(step, result);
  }

  std::string read_line(const char* step) {
    error_code result = asio::error::would_block;
    std::size_t n = 0;
    with_stream([&](auto& s) {
      asio::async_read_until(s, in, "\r\n", [&](error_code ec, std::size_t got) {
        result = ec;
        n = got;
      });
    });
    finish(step, result);
    std::string line(asio::buffers_begin(in.data()), asio::buffers_begin(in.data()) + static_cast<std::ptrdiff_t>(n));
    in.consume(n);
    line.resize(line.size() - 2);
    return line;
  }

  Reply read_reply(const char* step) {
    Reply r;
    for (;;) {
      const auto line = read_line(step);
      if (line.size() < 3 || line[0] < '1' || line[0] > '5')
        throw std::runtime_error(std::string(step) + ": the server's answer is not SMTP");
      r.code = std::stoi(line.substr(0, 3));
      if (!r.text.empty()) r.text += ' ';
      r.text += line.size() > 4 ? line.substr(4) : "";
      if (line.size() < 4 || line[3] != '-') return r;
    }
  }

  // Sends one command and checks the reply's first digit; `quiet` keeps the server's text (which
  // may repeat an address) out of the error.
  Reply command(const std::string& line, int expected, const char* step, bool quiet = false) {
    write(line + "\r\n", step);
    auto r = read_reply(step);
    if (r.code / 100 != expected)
      throw std::runtime_error(std::string(step) + ": the server answered " + std::to_string(r.code) +
                               (quiet ? "" : " " + r.text));
    return r;
  }

  void start_tls() {
    tls = std::make_unique<asio::ssl::stream<tcp::socket&>>(socket, tls_context);
    SSL_set_tlsext_host_name(tls->native_handle(), server.host.c_str());
    tls->set_verify_callback(asio::ssl::host_name_verification(server.host));
    error_code result = asio::error::would_block;
    tls->async_handshake(asio::ssl::stream_base::client, [&](error_code ec) { result = ec; });
    finish("TLS handshake", result);
  }

  void open() {
    tcp::resolver resolver(io);
    error_code result = asio::error::would_block;
    tcp::resolver::results_type endpoints;
    resolver.async_resolve(server.host, std::to_string(server.port), [&](error_code ec, tcp::resolver::results_type r) {
      result = ec;
      endpoints = std::move(r);
    });
    finish("resolving the SMTP server", result);
    result = asio::error::would_block;
    asio::async_connect(socket, endpoints, [&](error_code ec, const tcp::endpoint&) { result = ec; });
    finish("connecting to the SMTP server", result);
    if (server.security == SmtpServer::Security::tls) start_tls();
    if (auto r = read_reply("greeting"); r.code / 100 != 2)
      throw std::runtime_error("greeting: the server answered " + std::to_string(r.code) + " " + r.text);
    std::string helo = asio::ip::host_name();
    if (helo.empty()) helo = "mitra";
    auto ehlo = command("EHLO " + helo, 2, "EHLO");
    if (server.security == SmtpServer::Security::starttls) {
      if (ehlo.text.find("STARTTLS") == std::string::npos)
        throw std::runtime_error("STARTTLS: the server does not offer it");
      command("STARTTLS", 2, "STARTTLS");
      start_tls();
      command("EHLO " + helo, 2, "EHLO after STARTTLS");
    }
    if (!server.username.empty()) {
      const std::string credentials = std::string(1, '\0') + server.username + std::string(1, '\0') + server.password;
      command("AUTH PLAIN " + base64(credentials), 2, "AUTH", true);
    }
  }

  void quit() {
    try {
      command("QUIT", 2, "QUIT");
    } catch (const std::exception&) {
      // The messages were already accepted; a server that hangs up first is no failure.
    }
  }
};

SmtpMailer::SmtpMailer(SmtpServer server) : server_(std::move(server)) {}

SmtpMailer::~SmtpMailer() {
  if (connection_) connection_->quit();
}

void SmtpMailer::send(const MailMessage& message) {
  const auto data = format_message(message, rfc5322_date(format_time(std::chrono::system_clock::now())), message_id());
  if (data.empty()) throw std::runtime_error("the message has an invalid address or header");
  try {
    if (!connection_) {
      connection_ = std::make_unique<Connection>(server_);
      connection_->open();
    }
    connection_->command("MAIL FROM:<" + envelope_address(message.from) + ">", 2, "MAIL FROM", true);
    connection_->command("RCPT TO:<" + message.to + ">", 2, "RCPT TO", true);
    connection_->command("DATA", 3, "DATA");
    connection_->command(data + ".", 2, "message", true);
  } catch (...) {
    connection_.reset();
    throw;
  }
}

}  // namespace mitra::mail
