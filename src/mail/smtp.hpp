// A small SMTP client (RFC 5321) for the optional e-mail of notifications: plain, STARTTLS
// (RFC 3207) or implicit TLS, AUTH PLAIN (RFC 4616) when a user name is configured. Synchronous,
// every read and write bounded by a timeout; one connection is opened on the first message and
// reused for the rest of a mailer pass.
#pragma once
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "services/notification_email.hpp"

namespace mitra::mail {

struct SmtpServer {
  enum class Security { none, starttls, tls };
  std::string host;
  unsigned short port = 25;
  Security security = Security::none;
  std::string username, password;
  std::chrono::seconds timeout{30};
};

// smtp://[user[:password]@]host[:port][?starttls=1] (port 25; STARTTLS on 587 by default) or
// smtps://... (implicit TLS, port 465). The password may instead come from MITRA_SMTP_PASSWORD.
// Returns nullopt and a message for the operator when the URL is not one of these.
std::optional<SmtpServer> parse_smtp_url(std::string_view url, std::string& message);

class SmtpMailer final : public services::MailSender {
 public:
  explicit SmtpMailer(SmtpServer server);
  ~SmtpMailer() override;  // says QUIT when connected
  SmtpMailer(const SmtpMailer&) = delete;
  SmtpMailer& operator=(const SmtpMailer&) = delete;
  // Throws std::runtime_error naming the step that failed (never the addresses or the contents);
  // the connection is dropped then, and the next message opens a new one.
  void send(const MailMessage& message) override;

 private:
  struct Connection;
  SmtpServer server_;
  std::unique_ptr<Connection> connection_;
};

}  // namespace mitra::mail
