#include "app/csv_file.hpp"

#include <csv.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace mitra::app {
namespace {

struct Builder {
  CsvTable table;
  std::vector<std::string> row;
  bool first = true;
};

void on_field(void* data, std::size_t len, void* ctx) {
  static_cast<Builder*>(ctx)->row.emplace_back(static_cast<const char*>(data), len);
}

void on_row(int, void* ctx) {
  auto* b = static_cast<Builder*>(ctx);
  if (b->first) {
    b->table.header = std::move(b->row);
    b->first = false;
  } else {
    b->table.rows.push_back(std::move(b->row));
  }
  b->row.clear();
}

}  // namespace

int CsvTable::column(const std::string& name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

CsvTable read_csv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) throw std::runtime_error("csv_init failed");
  Builder b;
  const bool ok = csv_parse(&parser, text.data(), text.size(), on_field, on_row, &b) == text.size() &&
                  csv_fini(&parser, on_field, on_row, &b) == 0;
  const std::string error = ok ? "" : csv_strerror(csv_error(&parser));
  csv_free(&parser);
  if (!ok) throw std::runtime_error(path + " is not valid CSV: " + error);
  return std::move(b.table);
}

}  // namespace mitra::app
