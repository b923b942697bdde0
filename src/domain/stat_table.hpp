// A statistics table as an office prints it: title lines, column headings, rows of cells, a
// grand-total row and a "Sumber: ..." line. Every export format (JSON, CSV, xlsx, PDF) renders
// this one shape; the rules every export follows (small-count suppression, formula-injection
// protection) are pure functions here.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace mitra {

struct StatCell {
  std::string text;                 // shown when there is no number, or a number's replacement ("<5")
  std::optional<long long> number;  // a count or an amount
  bool suppressed = false;          // a small count hidden by suppress_small_counts
};

inline StatCell stat_text(std::string s) { return StatCell{std::move(s), std::nullopt, false}; }
inline StatCell stat_number(long long n) { return StatCell{{}, n, false}; }

struct StatColumn {
  std::string key;    // JSON key, e.g. "male"
  std::string label;  // heading as printed, e.g. "L"
  bool numeric = false;
  double width = 12;  // spreadsheet column width in characters
  bool count = true;  // numeric columns: a count of persons (suppressible) rather than an amount or a duration
  std::string group;  // a heading shared with the adjacent columns of the same group ("Jenis Kelamin")
};

struct StatTable {
  std::string name;      // file name stem, e.g. "laporan-pmks-DINSOS-MKS-2024"
  std::string title;     // e.g. "Data Jumlah PMKS dibina Dinas Sosial Kota Makassar Tahun 2024"
  std::string subtitle;  // filters applied, "" when none
  std::vector<StatColumn> columns;
  std::vector<std::vector<StatCell>> rows;
  std::optional<std::vector<StatCell>> total;  // the grand-total row ("JUMLAH"), if any
  std::string source;                          // "Sumber: Dinas Sosial Kota Makassar"
  bool suppressed = false;                     // suppress_small_counts was applied
  // Printed under a suppressed table, in the table's language.
  std::string suppressed_note = "Keterangan: <5 = jumlah 1 sampai 4 disamarkan";
};

// Counts of persons from 1 to 4 become "<5" (0 stays 0: it identifies no one) in the rows and the
// total row, in every column marked `count`. Primary suppression only: see docs/api.md.
void suppress_small_counts(StatTable& t);

// A text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a
// carriage return) gets a leading apostrophe, so that it is shown as text.
std::string formula_safe(const std::string& text);
bool looks_like_formula(const std::string& text);

// The text of a cell as exported: its number, "<5", or its (unprotected) text.
std::string cell_text(const StatCell& c);

}  // namespace mitra
