// An e-mail message and its wire form (RFC 5322 with a MIME text body), without any I/O: the
// SMTP client in src/mail sends what format_message() writes.
#pragma once
#include <string>
#include <string_view>

namespace mitra {

struct MailMessage {
  std::string from;  // "mitra <noreply@dinsos.example.go.id>" or a bare address
  std::string to;    // a bare address
  std::string subject;
  std::string body;  // UTF-8 text; lines end with '\n'
};

// Standard base64 (RFC 4648, with padding, no line breaks), as MIME bodies and SMTP AUTH use it.
std::string base64(std::string_view bytes);

// A plausible single address: local@domain, at most 254 bytes, no spaces, quotes, angle brackets
// or control characters (so it cannot break a header or an SMTP command).
bool is_email_address(std::string_view s);

// The address inside "Name <address>", or the whole text when there are no angle brackets.
std::string envelope_address(std::string_view from);

// The message as sent after DATA, lines ending in CRLF: Date, From, To, Subject (RFC 2047 encoded
// when not ASCII), Message-ID, MIME headers and the body in base64 (no line can start with '.').
// `date` is an RFC 5322 date, e.g. "Fri, 27 Nov 2026 05:00:00 +0000". Returns "" when a header
// would hold a line break or the recipient is not an address.
std::string format_message(const MailMessage& m, std::string_view date, std::string_view message_id);

// "Fri, 27 Nov 2026 05:00:00 +0000" from an ISO UTC time "2026-11-27T05:00:00.000Z".
std::string rfc5322_date(std::string_view iso_utc);

}  // namespace mitra
