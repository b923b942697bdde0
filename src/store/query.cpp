#include "store/query.hpp"

#include <sstream>

namespace mitra::store {

std::vector<std::string> select_strings(UnitOfWork& u, const char* sql, const std::string& key) {
  std::vector<std::string> out;
  std::string value;
  soci::statement st = (u.sql().prepare << sql, soci::into(value), soci::use(key));
  st.execute();
  while (st.fetch()) out.push_back(value);
  return out;
}

std::string like_containing(const std::string& text) {
  // Built by appending (not "%" + text + "%", on which GCC 12 warns falsely: -Wstringop-overflow).
  std::string out;
  out.reserve(text.size() + 2);
  out += '%';
  out += text;
  out += '%';
  return out;
}

std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) {
    if (!out.empty()) out += '\n';
    out += i;
  }
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace mitra::store
