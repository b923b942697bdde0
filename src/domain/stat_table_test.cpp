#include "domain/stat_table.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

StatTable table() {
  StatTable t;
  t.columns = {{"label", "Jenis", false, 20, true, ""},
               {"male", "L", true, 8, true, ""},
               {"female", "P", true, 8, true, ""},
               {"rupiah", "Rp", true, 12, false, ""}};
  t.rows = {{stat_text("Anak Jalanan"), stat_number(0), stat_number(4), stat_number(3)},
            {stat_text("ODGJ"), stat_number(5), stat_number(1), stat_number(2)}};
  t.total = std::vector<StatCell>{stat_text("JUMLAH"), stat_number(5), stat_number(5), stat_number(5)};
  return t;
}

TEST(StatTable, CountsFromOneToFourAreSuppressedZeroAndFiveAreNot) {
  auto t = table();
  suppress_small_counts(t);
  EXPECT_TRUE(t.suppressed);
  EXPECT_EQ(cell_text(t.rows[0][1]), "0");
  EXPECT_EQ(cell_text(t.rows[0][2]), "<5");
  EXPECT_TRUE(t.rows[0][2].suppressed);
  EXPECT_FALSE(t.rows[0][2].number.has_value());
  EXPECT_EQ(cell_text(t.rows[1][1]), "5");
  EXPECT_EQ(cell_text(t.rows[1][2]), "<5");
  EXPECT_EQ(cell_text(t.total->at(1)), "5");
}

TEST(StatTable, AmountsAndTextAreNeverSuppressed) {
  auto t = table();
  suppress_small_counts(t);
  EXPECT_EQ(cell_text(t.rows[0][3]), "3");
  EXPECT_EQ(cell_text(t.rows[1][0]), "ODGJ");
}

TEST(StatTable, FormulaLikeTextGetsAnApostrophe) {
  for (const std::string s : {"=1+1", "+62812", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"}) {
    EXPECT_TRUE(looks_like_formula(s)) << s;
    EXPECT_EQ(formula_safe(s), "'" + s);
  }
  for (const std::string s : {"", "Anak Jalanan", "1+1", "a=b", "'quoted"}) {
    EXPECT_FALSE(looks_like_formula(s)) << s;
    EXPECT_EQ(formula_safe(s), s);
  }
}

}  // namespace
}  // namespace mitra
