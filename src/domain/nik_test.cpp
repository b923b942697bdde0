#include "domain/nik.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

struct Sample {
  const char* nik;
  bool valid;
  const char* error_mentions;  // a word the operator's message must contain when invalid
};

// Synthetic NIKs built from real region codes (73.71.03 is Makassar district, Kota Makassar).
const Sample kSamples[] = {
    {"7371031505100001", true, ""},          // man born 15-05-2010
    {"7371035505100002", true, ""},          // woman: day 55 = 15 + 40
    {"7371032902080003", true, ""},          // 29-02-2008 exists
    {"737103150510000", false, "16"},        // 15 digits
    {"73710315051000012", false, "16"},      // 17 digits
    {"73710315O5100001", false, "angka"},    // letter O
    {"7371033205100001", false, "01-31"},    // day 32
    {"7371030005100001", false, "01-31"},    // day 00
    {"7371037205100001", false, "01-31"},    // day 72 (woman's range ends at 71)
    {"7371031513100001", false, "01-12"},    // month 13
    {"7371033002100001", false, "tanggal"},  // 30 February
    {"7371032902090001", false, "tanggal"},  // 29-02-2009 and 1909: no leap year either
    {"7371031505100000", false, "0000"},     // serial 0000
    {"0071031505100001", false, "wilayah"},  // province 00
};

TEST(Nik, StructuralRulesFromTheTable) {
  for (const auto& s : kSamples) {
    const auto r = check_nik(s.nik);
    EXPECT_EQ(r.parts.has_value(), s.valid) << s.nik << " " << r.error;
    if (!s.valid) {
      EXPECT_NE(r.error.find(s.error_mentions), std::string::npos) << s.nik << ": " << r.error;
    }
  }
}

TEST(Nik, PartsGiveRegionSexAndBirthDate) {
  using namespace std::chrono;
  const auto r = check_nik("7371035505100002");
  ASSERT_TRUE(r.parts);
  EXPECT_EQ(r.parts->province, "73");
  EXPECT_EQ(r.parts->regency, "73.71");
  EXPECT_EQ(r.parts->district, "73.71.03");
  EXPECT_EQ(r.parts->sex, Sex::female);
  const year_month_day today{2026y, November, 25d};
  EXPECT_EQ(nik_birth_date(*r.parts, today), (year_month_day{2010y, May, 15d}));
  const auto old = check_nik("7371031505500001");  // 1950, since 2050 is in the future
  ASSERT_TRUE(old.parts);
  EXPECT_EQ(nik_birth_date(*old.parts, today), (year_month_day{1950y, May, 15d}));
}

}  // namespace
}  // namespace mitra
