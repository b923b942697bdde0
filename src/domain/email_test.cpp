#include "domain/email.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

namespace mitra {
namespace {

std::string decode_base64_lines(const std::string& text) {
  std::string joined;
  for (char c : text)
    if (c != '\r' && c != '\n') joined += c;
  std::string out(joined.size(), '\0');
  std::size_t length = 0;
  EXPECT_EQ(sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), joined.data(), joined.size(),
                              nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL),
            0);
  out.resize(length);
  return out;
}

TEST(EmailAddress, AcceptsOfficeAddressesAndRefusesWhatCouldBreakAHeader) {
  EXPECT_TRUE(is_email_address("dinsos@semarangkota.go.id"));
  EXPECT_TRUE(is_email_address("pekerja.sosial+rakor@lks-bangjo.or.id"));
  EXPECT_FALSE(is_email_address(""));
  EXPECT_FALSE(is_email_address("dinsos"));
  EXPECT_FALSE(is_email_address("dinsos@localhost"));
  EXPECT_FALSE(is_email_address("@semarangkota.go.id"));
  EXPECT_FALSE(is_email_address("a b@semarangkota.go.id"));
  EXPECT_FALSE(is_email_address("<dinsos@semarangkota.go.id>"));
  EXPECT_FALSE(is_email_address("a@b.id\r\nBcc: c@d.id"));
  EXPECT_FALSE(is_email_address("a@b@c.id"));
  EXPECT_FALSE(is_email_address(std::string(250, 'a') + "@b.id"));
}

TEST(EmailEncoding, Base64IsPaddedRfc4648) {
  EXPECT_EQ(base64("Man"), "TWFu");
  EXPECT_EQ(base64("Ma"), "TWE=");
  EXPECT_EQ(base64(std::string("\0mitra\0rahasia", 14)), "AG1pdHJhAHJhaGFzaWE=");
  EXPECT_EQ(base64(""), "");
}

TEST(EmailAddress, EnvelopeAddressIsInsideTheAngleBrackets) {
  EXPECT_EQ(envelope_address("mitra Dinsos <noreply@dinsos.go.id>"), "noreply@dinsos.go.id");
  EXPECT_EQ(envelope_address("noreply@dinsos.go.id"), "noreply@dinsos.go.id");
}

TEST(EmailMessage, HeadersAndABase64BodyWithCrlfLines) {
  MailMessage m{"mitra <noreply@dinsos.go.id>", "kabid@dinsos.go.id", "mitra: 2 hal perlu perhatian",
                "Yth. Kabid,\n\n- Rapat koordinasi\n"};
  const auto text = format_message(m, "Fri, 27 Nov 2026 05:00:00 +0000", "abc@mitra");
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.rfind("Date: Fri, 27 Nov 2026 05:00:00 +0000\r\n", 0), 0u);
  EXPECT_NE(text.find("\r\nTo: kabid@dinsos.go.id\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nSubject: mitra: 2 hal perlu perhatian\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nMessage-ID: <abc@mitra>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Content-Transfer-Encoding: base64\r\n\r\n"), std::string::npos);
  const auto body = text.substr(text.find("\r\n\r\n") + 4);
  EXPECT_EQ(decode_base64_lines(body), "Yth. Kabid,\r\n\r\n- Rapat koordinasi\r\n");
  for (std::size_t at = 0; (at = body.find("\r\n", at)) != std::string::npos; at += 2)
    EXPECT_NE(body[at + 2 < body.size() ? at + 2 : 0], '.');
}

TEST(EmailMessage, NonAsciiSubjectIsEncodedWithoutSplittingACharacter) {
  MailMessage m{"noreply@dinsos.go.id", "kabid@dinsos.go.id", std::string(38, 'a') + "\xc3\xa9" + " selesai", "x\n"};
  const auto text = format_message(m, "Fri, 27 Nov 2026 05:00:00 +0000", "id@mitra");
  const auto start = text.find("Subject: ") + 9;
  const auto subject = text.substr(start, text.find("\r\nMessage-ID") - start);
  EXPECT_EQ(subject.rfind("=?UTF-8?B?", 0), 0u);
  // Each encoded word decodes to whole UTF-8 characters; together they are the subject.
  std::string decoded;
  for (std::size_t at = 0; (at = subject.find("=?UTF-8?B?", at)) != std::string::npos;) {
    const auto end = subject.find("?=", at + 10);
    const auto word = decode_base64_lines(subject.substr(at + 10, end - at - 10));
    EXPECT_NE(static_cast<unsigned char>(word.front()) & 0xc0, 0x80);
    decoded += word;
    at = end + 2;
  }
  EXPECT_EQ(decoded, m.subject);
}

TEST(EmailMessage, RefusesHeaderInjection) {
  MailMessage m{"noreply@dinsos.go.id", "kabid@dinsos.go.id", "Rapat\r\nBcc: semua@contoh.id", "x"};
  EXPECT_EQ(format_message(m, "Fri, 27 Nov 2026 05:00:00 +0000", "id@mitra"), "");
  m.subject = "Rapat";
  m.to = "bukan alamat";
  EXPECT_EQ(format_message(m, "Fri, 27 Nov 2026 05:00:00 +0000", "id@mitra"), "");
}

TEST(EmailMessage, Rfc5322DateNamesTheWeekday) {
  EXPECT_EQ(rfc5322_date("2026-11-27T05:00:00.000Z"), "Fri, 27 Nov 2026 05:00:00 +0000");
  EXPECT_EQ(rfc5322_date("2024-02-29T23:59:59Z"), "Thu, 29 Feb 2024 23:59:59 +0000");
  EXPECT_EQ(rfc5322_date("2026-02-30T00:00:00Z"), "");
  EXPECT_EQ(rfc5322_date("kemarin"), "");
}

}  // namespace
}  // namespace mitra
