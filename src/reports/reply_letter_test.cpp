#include "reports/reply_letter.hpp"

#include <gtest/gtest.h>

#include "reports/pdf_writer.hpp"

namespace mitra::reports {
namespace {

TEST(WinAnsi, KeepsLatinLettersAndPunctuationOfNamesAndLetters) {
  EXPECT_EQ(win_ansi("Yayasan Harapan"), "Yayasan Harapan");
  EXPECT_EQ(win_ansi("Andr\xc3\xa9 M\xc3\xbc" "ller"), "Andr\xe9 M\xfc" "ller");                   // é ü
  EXPECT_EQ(win_ansi("\xe2\x80\x9c" "Bangjo\xe2\x80\x9d \xe2\x80\x93 2024"), "\x93" "Bangjo\x94 \x96 2024");  // “ ” –
  EXPECT_EQ(win_ansi("\xe2\x82\xac 5"), "\x80 5");                                            // €
}

TEST(WinAnsi, OneQuestionMarkPerOtherCharacterAndNoStrayBytes) {
  EXPECT_EQ(win_ansi("\xe4\xbd\xa0\xe5\xa5\xbd"), "??");      // two CJK characters
  EXPECT_EQ(win_ansi("a\xf0\x9f\x98\x80" "b"), "a?b");        // an emoji
  EXPECT_EQ(win_ansi("a\xc3" "b\x80" "c"), "abc");           // truncated and stray bytes
  EXPECT_EQ(win_ansi("baris\nkedua\tkolom"), "baris kedua kolom");
}

TEST(ReplyLetter, RendersAPdfWithAccentedNames) {
  ReplyLetterData d;
  d.organization_name = "Dinas Sosial Kota Semarang";
  d.addressee = "Yayasan Andr\xc3\xa9";
  d.lines = {{"Nasi kotak", "kotak", 30, 30}};
  const auto pdf = render_reply_letter(d);
  EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
}

}  // namespace
}  // namespace mitra::reports
