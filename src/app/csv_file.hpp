// Reading RFC 4180 CSV files (through libcsv) as rows of strings, with a header row.
#pragma once
#include <string>
#include <vector>

namespace mitra::app {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  // Index of a header column, or -1.
  int column(const std::string& name) const;
};

// Throws std::runtime_error naming the file when it cannot be read or is not valid CSV.
CsvTable read_csv(const std::string& path);

}  // namespace mitra::app
