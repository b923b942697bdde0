// Optional e-mail of the notification centre: a user gives an address and asks for e-mail; a
// mailer pass (`mitra notify`, or `mitra serve --smtp` every few minutes) sends each such user one
// message listing the items that are due and that they have neither read, dismissed nor been
// e-mailed before. Items carry no personal data (see NotificationItem), so nothing identifiable
// leaves the system by e-mail.
#pragma once
#include <string>

#include "domain/email.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"

namespace mitra::services {

// Where messages go: the SMTP client (src/mail/smtp.hpp) in the program, anything in tests.
class MailSender {
 public:
  virtual ~MailSender() = default;
  // Throws std::runtime_error when the message could not be handed over.
  virtual void send(const MailMessage& message) = 0;
};

struct EmailPreference {
  std::string address;  // "" when none was given
  bool enabled = false;
};
Result<EmailPreference> get_email_preference(const Context& ctx, const Actor& actor);
// The signed-in user's own address and choice. Audited (without the address).
// Errors: invalid_input (address) when not an address, or when enabling e-mail without one.
Result<EmailPreference> set_email_preference(const Context& ctx, const Actor& actor, const EmailPreference& in);

struct MailerOptions {
  std::string from = "mitra <noreply@mitra.localdomain>";
  std::string base_url = "http://127.0.0.1:8080";  // links in the message point here
};
struct MailerPass {
  int users = 0;     // users who asked for e-mail
  int messages = 0;  // messages handed to the SMTP server
  int items = 0;     // items in those messages
  int failed = 0;    // messages that could not be sent (tried again on the next pass)
};
// One pass over every user who asked for e-mail. An item is recorded as e-mailed only after its
// message was handed over, so a failed message is tried again on the next pass.
MailerPass email_notifications(const Context& ctx, MailSender& sender, const MailerOptions& options);

}  // namespace mitra::services
