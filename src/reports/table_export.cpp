#include "reports/table_export.hpp"

#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>

#include "reports/pdf_writer.hpp"

namespace mitra::reports {
namespace {

std::string csv_cell(const std::string& raw) {
  const std::string s = formula_safe(raw);
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Cells are appended one by one (not `"," + cell`, on which GCC 12 warns falsely: -Wstringop-overflow).
void csv_row(std::string& out, const std::vector<StatCell>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) out += ',';
    out += csv_cell(cell_text(row[i]));
  }
  out += "\r\n";
}

bool has_groups(const StatTable& t) {
  for (const auto& c : t.columns)
    if (!c.group.empty()) return true;
  return false;
}

// A temporary file removed when it goes out of scope (libxlsxwriter 1.1.4 writes only to files).
class TempFile {
 public:
  TempFile() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("mitra-table-" + std::to_string(rd()) + std::to_string(rd()) + ".xlsx");
  }
  ~TempFile() {
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace

std::string table_csv(const StatTable& t) {
  std::string out = "\xEF\xBB\xBF" + csv_cell(t.title) + "\r\n";
  if (!t.subtitle.empty()) out += csv_cell(t.subtitle) + "\r\n";
  if (has_groups(t)) {
    // A grouped heading once, over the first of its columns (as a merged cell reads).
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      if (i) out += ',';
      if (i == 0 || t.columns[i - 1].group != t.columns[i].group) out += csv_cell(t.columns[i].group);
    }
    out += "\r\n";
  }
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    if (i) out += ',';
    out += csv_cell(t.columns[i].label);
  }
  out += "\r\n";
  for (const auto& r : t.rows) csv_row(out, r);
  if (t.total) csv_row(out, *t.total);
  if (!t.source.empty()) out += csv_cell(t.source) + "\r\n";
  if (t.suppressed) out += csv_cell(t.suppressed_note) + "\r\n";
  return out;
}

std::string table_xlsx(const StatTable& t) {
  TempFile file;
  lxw_workbook* wb = workbook_new(file.path().c_str());
  if (!wb) throw std::runtime_error("libxlsxwriter: cannot create a workbook");
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Tabel");
  const auto last_col = static_cast<lxw_col_t>(t.columns.empty() ? 0 : t.columns.size() - 1);

  lxw_format* title = workbook_add_format(wb);
  format_set_bold(title);
  format_set_font_size(title, 12);
  format_set_align(title, LXW_ALIGN_CENTER);
  format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(title);
  lxw_format* head = workbook_add_format(wb);
  format_set_bold(head);
  format_set_border(head, LXW_BORDER_THIN);
  format_set_align(head, LXW_ALIGN_CENTER);
  format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(head);
  format_set_bg_color(head, 0xD9D9D9);
  lxw_format* text = workbook_add_format(wb);
  format_set_border(text, LXW_BORDER_THIN);
  lxw_format* number = workbook_add_format(wb);
  format_set_border(number, LXW_BORDER_THIN);
  format_set_num_format(number, "#,##0");
  format_set_align(number, LXW_ALIGN_RIGHT);
  lxw_format* total_text = workbook_add_format(wb);
  format_set_border(total_text, LXW_BORDER_THIN);
  format_set_bold(total_text);
  format_set_align(total_text, LXW_ALIGN_CENTER);
  lxw_format* total_number = workbook_add_format(wb);
  format_set_border(total_number, LXW_BORDER_THIN);
  format_set_bold(total_number);
  format_set_num_format(total_number, "#,##0");
  lxw_format* note = workbook_add_format(wb);
  format_set_italic(note);

  lxw_row_t row = 0;
  if (last_col > 0)
    worksheet_merge_range(ws, row, 0, row, last_col, t.title.c_str(), title);
  else
    worksheet_write_string(ws, row, 0, t.title.c_str(), title);
  worksheet_set_row(ws, row, 32, nullptr);
  ++row;
  if (!t.subtitle.empty()) {
    if (last_col > 0)
      worksheet_merge_range(ws, row, 0, row, last_col, t.subtitle.c_str(), note);
    else
      worksheet_write_string(ws, row, 0, t.subtitle.c_str(), note);
    ++row;
  }
  ++row;  // a blank line under the title, as printed
  // Headings: a grouped heading is merged over its columns, the others span both heading rows.
  if (has_groups(t)) {
    for (std::size_t i = 0; i < t.columns.size();) {
      const auto& c = t.columns[i];
      const auto col = static_cast<lxw_col_t>(i);
      if (c.group.empty()) {
        worksheet_merge_range(ws, row, col, row + 1, col, c.label.c_str(), head);
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j + 1 < t.columns.size() && t.columns[j + 1].group == c.group) ++j;
      if (j > i)
        worksheet_merge_range(ws, row, col, row, static_cast<lxw_col_t>(j), c.group.c_str(), head);
      else
        worksheet_write_string(ws, row, col, c.group.c_str(), head);
      for (std::size_t k = i; k <= j; ++k)
        worksheet_write_string(ws, row + 1, static_cast<lxw_col_t>(k), t.columns[k].label.c_str(), head);
      i = j + 1;
    }
    row += 2;
  } else {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
      worksheet_write_string(ws, row, static_cast<lxw_col_t>(i), t.columns[i].label.c_str(), head);
    ++row;
  }
  auto write_row = [&](const std::vector<StatCell>& cells, bool is_total) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const auto col = static_cast<lxw_col_t>(i);
      const auto& c = cells[i];
      // Numbers as numbers; everything else as a string cell, which a spreadsheet never evaluates.
      if (c.number)
        worksheet_write_number(ws, row, col, static_cast<double>(*c.number), is_total ? total_number : number);
      else
        worksheet_write_string(ws, row, col, c.text.c_str(),
                               is_total ? total_text : (i < t.columns.size() && t.columns[i].numeric ? number : text));
    }
    ++row;
  };
  for (const auto& r : t.rows) write_row(r, false);
  if (t.total) write_row(*t.total, true);
  ++row;
  if (!t.source.empty()) worksheet_write_string(ws, row++, 0, t.source.c_str(), note);
  if (t.suppressed) worksheet_write_string(ws, row++, 0, t.suppressed_note.c_str(), note);
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    worksheet_set_column(ws, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), t.columns[i].width, nullptr);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_fit_to_pages(ws, 1, 0);
  if (workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("libxlsxwriter: cannot write the workbook");
  std::ifstream in(file.path(), std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string table_pdf(const StatTable& t, const TablePdfOptions& options) {
  double units = 0;
  for (const auto& c : t.columns) units += c.width;
  PdfWriter w({options.compress, units > 90, options.password});
  w.letterhead(options.organization_name, options.address);
  w.paragraph(t.title, true, 12);
  if (!t.subtitle.empty()) w.paragraph(t.subtitle, false, 10);
  w.skip(8);
  // Column positions proportional to the spreadsheet widths.
  const float span = w.right() - w.left();
  std::vector<float> x{w.left()};
  for (const auto& c : t.columns) x.push_back(x.back() + static_cast<float>(c.width / (units > 0 ? units : 1)) * span);
  const float size = 9, row_height = 15;
  auto grid = [&](float top) {
    for (float cx : x) w.line(cx, top, cx, w.y() - 4, 0.5);
  };
  auto cells = [&](const std::vector<std::string>& texts, const std::vector<bool>& numeric, bool bold) {
    w.need(row_height + 4);
    const float top = w.y() + row_height - 4;
    for (std::size_t i = 0; i < texts.size() && i + 1 < x.size(); ++i) {
      const float width = x[i + 1] - x[i] - 6;
      const auto shown = w.fit(texts[i], width, size);
      const float tx = numeric[i] ? x[i + 1] - 3 - w.width_of(shown, bold, size) : x[i] + 3;
      w.text_at(tx, w.y(), shown, bold, size);
    }
    w.line(x.front(), w.y() - 4, x.back(), w.y() - 4, 0.5);
    grid(top);
    w.skip(row_height);
  };
  std::vector<bool> numeric, not_numeric(t.columns.size(), false);
  for (const auto& c : t.columns) numeric.push_back(c.numeric);
  w.skip(row_height - 4);
  w.line(x.front(), w.y() + row_height - 4, x.back(), w.y() + row_height - 4, 0.5);
  if (has_groups(t)) {
    std::vector<std::string> groups;
    for (const auto& c : t.columns) groups.push_back(c.group);
    cells(groups, not_numeric, true);
  }
  std::vector<std::string> labels;
  for (const auto& c : t.columns) labels.push_back(c.label);
  cells(labels, not_numeric, true);
  auto texts_of = [](const std::vector<StatCell>& r) {
    std::vector<std::string> out;
    for (const auto& c : r) out.push_back(cell_text(c));
    return out;
  };
  for (const auto& r : t.rows) cells(texts_of(r), numeric, false);
  if (t.total) cells(texts_of(*t.total), numeric, true);
  w.skip(6);
  if (!t.source.empty()) w.paragraph(t.source, false, 9);
  if (t.suppressed) w.paragraph(t.suppressed_note, false, 9);
  return w.bytes();
}

}  // namespace mitra::reports
