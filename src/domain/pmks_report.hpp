// An office's own report rows over the PMKS categories (seed 001 groups "Gelandangan dan
// Pengemis" into one row, for instance), and the counting of persons into those rows.
#pragma once
#include <string>
#include <vector>

#include "domain/result.hpp"

namespace mitra {

struct ReportRow {
  std::string label;
  std::vector<std::string> categories;  // PMKS codes
};

inline constexpr std::size_t kMaxReportRows = 40;

// Every row named (1-100 characters, names unique), every code a known PMKS category and in at
// most one row, at least one category per row. Errors name the field: rows[2].label,
// rows[0].categories.
Status check_report_rows(const std::vector<ReportRow>& rows);

// One row per category, in the regulation's order, named as the regulation names it.
std::vector<ReportRow> default_report_rows();

// One person's category assessed in the report period.
struct CategoryEntry {
  std::string person_id;
  bool female = false;
  std::string category;
};

struct ReportLine {
  std::string label;
  std::vector<std::string> categories;
  int male = 0, female = 0;
};

// Counts persons into the rows: a person is counted once per row even when several of their
// categories fall into it. Categories in no row are counted in a last row "Lainnya", present
// only when it has someone.
std::vector<ReportLine> count_into_rows(const std::vector<ReportRow>& rows, const std::vector<CategoryEntry>& entries);

}  // namespace mitra
