// Lists kept as one comma-separated text (codes without commas: agencies, documents,
// disabilities), shared by the store's columns and the domain's merge records.
#pragma once
#include <string>
#include <vector>

namespace mitra {

std::string join_list(const std::vector<std::string>& items);
std::vector<std::string> split_list(const std::string& text);  // empty items dropped

}  // namespace mitra
