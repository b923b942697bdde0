#include "domain/pmks_report.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

TEST(PmksReport, RowsMustBeNamedKnownAndDisjoint) {
  EXPECT_TRUE(check_report_rows({{"Gelandangan dan Pengemis", {"gelandangan", "pengemis"}}, {"ODGJ", {"odgj"}}}).ok());
  EXPECT_EQ(check_report_rows({}).error().field, "rows");
  EXPECT_EQ(check_report_rows({{"", {"odgj"}}}).error().field, "rows[0].label");
  EXPECT_EQ(check_report_rows({{"A", {"odgj"}}, {"A", {"pengemis"}}}).error().field, "rows[1].label");
  EXPECT_EQ(check_report_rows({{"A", {}}}).error().field, "rows[0].categories");
  EXPECT_EQ(check_report_rows({{"A", {"bukan_kategori"}}}).error().field, "rows[0].categories");
  const auto twice = check_report_rows({{"A", {"odgj"}}, {"B", {"pengemis", "odgj"}}});
  EXPECT_EQ(twice.error().field, "rows[1].categories");
  EXPECT_NE(twice.error().message.find("odgj"), std::string::npos);
  std::vector<ReportRow> many(kMaxReportRows + 1, ReportRow{"x", {"odgj"}});
  EXPECT_EQ(check_report_rows(many).error().field, "rows");
}

TEST(PmksReport, DefaultRowsAreEveryCategoryOnceAndValid) {
  const auto rows = default_report_rows();
  EXPECT_EQ(rows.size(), 28U);
  EXPECT_TRUE(check_report_rows(rows).ok());
}

TEST(PmksReport, APersonCountsOncePerRowAndUngroupedCategoriesGoToLainnya) {
  const std::vector<ReportRow> rows{{"Gelandangan dan Pengemis", {"gelandangan", "pengemis"}}, {"Anak Jalanan", {"anak_jalanan"}}};
  const std::vector<CategoryEntry> entries{
      {"p1", false, "gelandangan"}, {"p1", false, "pengemis"},  // one man in both: counted once
      {"p2", true, "pengemis"},     {"p3", true, "anak_jalanan"}, {"p4", false, "anak_jalanan"},
      {"p4", false, "odgj"},  // in no row
  };
  const auto lines = count_into_rows(rows, entries);
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0].male, 1);
  EXPECT_EQ(lines[0].female, 1);
  EXPECT_EQ(lines[1].male, 1);
  EXPECT_EQ(lines[1].female, 1);
  EXPECT_EQ(lines[2].label, "Lainnya");
  EXPECT_EQ(lines[2].male, 1);
  EXPECT_EQ(lines[2].categories, std::vector<std::string>{"odgj"});
  EXPECT_EQ(count_into_rows(rows, {{"p1", false, "pengemis"}}).size(), 2U) << "no Lainnya row when empty";
}

}  // namespace
}  // namespace mitra
