// A StatTable (domain/stat_table.hpp) as CSV, xlsx (libxlsxwriter) or PDF (libharu with the
// office's letterhead). Every text cell is protected against spreadsheet formula injection: an
// apostrophe in CSV, a string cell (never a formula) in xlsx.
#pragma once
#include <string>

#include "domain/stat_table.hpp"

namespace mitra::reports {

// UTF-8 with a BOM (so that Excel reads it), CRLF line ends: the title, the headings, the rows,
// the total row and the source line, as the paper prints them.
std::string table_csv(const StatTable& t);

// One sheet: the title merged over the table's width, bold bordered headings (grouped headings
// merged), bordered cells, numbers as numbers, the total row bold, the source line below.
// Throws std::runtime_error when libxlsxwriter fails (a server problem, not bad input).
std::string table_xlsx(const StatTable& t);

struct TablePdfOptions {
  std::string organization_name, address;  // kop surat
  std::string password;                    // non-empty: encrypted, opens only with it
  bool compress = false;                   // uncompressed by default: small, and searchable as text
};
std::string table_pdf(const StatTable& t, const TablePdfOptions& options);

}  // namespace mitra::reports
