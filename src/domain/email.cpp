#include "domain/email.hpp"

#include <sodium.h>

#include <array>
#include <chrono>
#include <cstdio>

namespace mitra {
namespace {

bool has_line_break(std::string_view s) { return s.find_first_of("\r\n") != std::string_view::npos; }

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// RFC 2047 "B" encoding in words short enough for a 76-character line, cut between characters.
std::string encoded_words(std::string_view text) {
  constexpr std::size_t kChunk = 39;  // 39 bytes -> 52 base64 characters, +12 for =?UTF-8?B?...?=
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = std::min(text.size(), i + kChunk);
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xc0) == 0x80) --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(text.substr(i, end - i)) + "?=";
    i = end;
  }
  return out;
}

}  // namespace

std::string base64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

bool is_email_address(std::string_view s) {
  if (s.empty() || s.size() > 254) return false;
  const auto at = s.rfind('@');
  if (at == 0 || at == std::string_view::npos || at + 1 >= s.size()) return false;
  const auto domain = s.substr(at + 1);
  if (domain.find('.') == std::string_view::npos || domain.front() == '.' || domain.back() == '.') return false;
  for (unsigned char c : s)
    if (c <= 0x20 || c == 0x7f || c == '<' || c == '>' || c == '"' || c == ',' || c == ';' || c == '(' || c == ')' ||
        c == '[' || c == ']' || c == '\\')
      return false;
  return s.find('@') == at;
}

std::string envelope_address(std::string_view from) {
  const auto open = from.rfind('<');
  const auto close = from.rfind('>');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return std::string(from);
  return std::string(from.substr(open + 1, close - open - 1));
}

std::string format_message(const MailMessage& m, std::string_view date, std::string_view message_id) {
  if (has_line_break(m.from) || has_line_break(m.to) || has_line_break(m.subject) || has_line_break(date) ||
      has_line_break(message_id) || !is_email_address(m.to) || !is_email_address(envelope_address(m.from)))
    return "";
  std::string out;
  out += "Date: " + std::string(date) + "\r\n";
  out += "From: " + m.from + "\r\n";
  out += "To: " + m.to + "\r\n";
  out += "Subject: " + (is_ascii(m.subject) ? m.subject : encoded_words(m.subject)) + "\r\n";
  out += "Message-ID: <" + std::string(message_id) + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: base64\r\n\r\n";
  std::string text;
  for (char c : m.body) {
    if (c == '\n') text += '\r';
    text += c;
  }
  const std::string encoded = base64(text);
  for (std::size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\r\n";
  return out;
}

std::string rfc5322_date(std::string_view iso) {
  // "YYYY-MM-DDTHH:MM:SS"
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (std::sscanf(std::string(iso.substr(0, 19)).c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s) != 6 ||
      mo < 1 || mo > 12)
    return "";
  static constexpr std::array<const char*, 7> kDays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::chrono::year_month_day day{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mo)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!day.ok()) return "";
  const auto dow = std::chrono::weekday{std::chrono::sys_days{day}}.c_encoding();
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[dow], d, kMonths[mo - 1], y, h, mi, s);
  return buf;
}

}  // namespace mitra
