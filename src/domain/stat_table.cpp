#include "domain/stat_table.hpp"

namespace mitra {

void suppress_small_counts(StatTable& t) {
  auto apply = [&](std::vector<StatCell>& row) {
    for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i) {
      auto& c = row[i];
      if (!t.columns[i].numeric || !t.columns[i].count || !c.number) continue;
      if (*c.number >= 1 && *c.number <= 4) {
        c.number.reset();
        c.text = "<5";
        c.suppressed = true;
      }
    }
  };
  for (auto& r : t.rows) apply(r);
  if (t.total) apply(*t.total);
  t.suppressed = true;
}

bool looks_like_formula(const std::string& text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

std::string formula_safe(const std::string& text) { return looks_like_formula(text) ? "'" + text : text; }

std::string cell_text(const StatCell& c) { return c.number ? std::to_string(*c.number) : c.text; }

}  // namespace mitra
