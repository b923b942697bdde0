#include "domain/pmks_report.hpp"

#include <map>
#include <set>

#include "domain/pmks.hpp"

namespace mitra {

Status check_report_rows(const std::vector<ReportRow>& rows) {
  if (rows.empty()) return invalid_input("rows", "Isi paling sedikit satu baris laporan.");
  if (rows.size() > kMaxReportRows)
    return invalid_input("rows", "Paling banyak " + std::to_string(kMaxReportRows) + " baris laporan.");
  std::set<std::string> labels, codes;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto field = "rows[" + std::to_string(i) + "]";
    const auto& r = rows[i];
    if (r.label.empty() || r.label.size() > 100)
      return invalid_input(field + ".label", "Nama baris " + std::to_string(i + 1) + " wajib diisi (paling banyak 100 karakter).");
    if (!labels.insert(r.label).second)
      return invalid_input(field + ".label", "Nama baris \"" + r.label + "\" dipakai lebih dari sekali.");
    if (r.categories.empty())
      return invalid_input(field + ".categories", "Baris \"" + r.label + "\" belum berisi kategori PMKS.");
    for (const auto& c : r.categories) {
      if (!find_pmks(c)) return invalid_input(field + ".categories", "Kategori PMKS tidak dikenal: " + c + ".");
      if (!codes.insert(c).second)
        return invalid_input(field + ".categories", "Kategori " + c + " sudah ada di baris lain; satu kategori hanya di satu baris.");
    }
  }
  return ok_status();
}

std::vector<ReportRow> default_report_rows() {
  std::vector<ReportRow> rows;
  for (const auto& c : pmks_categories()) rows.push_back({std::string(c.name), {std::string(c.code)}});
  return rows;
}

std::vector<ReportLine> count_into_rows(const std::vector<ReportRow>& rows, const std::vector<CategoryEntry>& entries) {
  std::map<std::string, std::size_t> row_of;
  for (std::size_t i = 0; i < rows.size(); ++i)
    for (const auto& c : rows[i].categories) row_of[c] = i;
  const std::size_t other = rows.size();
  std::vector<ReportLine> lines;
  for (const auto& r : rows) lines.push_back({r.label, r.categories, 0, 0});
  lines.push_back({"Lainnya", {}, 0, 0});
  std::set<std::pair<std::size_t, std::string>> counted;
  for (const auto& e : entries) {
    const auto it = row_of.find(e.category);
    const std::size_t row = it == row_of.end() ? other : it->second;
    if (row == other && !counted.contains({row, "code:" + e.category})) {
      counted.insert({row, "code:" + e.category});
      lines[other].categories.push_back(e.category);
    }
    if (!counted.insert({row, e.person_id}).second) continue;
    (e.female ? lines[row].female : lines[row].male) += 1;
  }
  if (lines[other].male + lines[other].female == 0) lines.pop_back();
  return lines;
}

}  // namespace mitra
