// The 26 PMKS/PPKS categories of Permensos 08/2012 in the regulation's order, plus the two local
// groupings the offices also count (ODGJ, Orang Terlantar). There is no official code; the
// regulation's order is the common numbering.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

namespace mitra {

struct PmksCategory {
  std::string_view code;  // stable, e.g. "anak_jalanan"
  int number;             // 1-26 by the regulation's order; 27, 28 for the local groupings
  std::string_view name;  // as the regulation writes it
  bool child;             // a category of children
  bool sensitive;         // identity may never be published (UU 11/2012 art. 19, UU 35/2014)
};

const std::vector<PmksCategory>& pmks_categories();
std::optional<PmksCategory> find_pmks(std::string_view code);

}  // namespace mitra
