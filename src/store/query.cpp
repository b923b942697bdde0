#include "store/query.hpp"

namespace mitra::store {

std::vector<std::string> select_strings(UnitOfWork& u, const char* sql, const std::string& key) {
  std::vector<std::string> out;
  std::string value;
  soci::statement st = (u.sql().prepare << sql, soci::into(value), soci::use(key));
  st.execute();
  while (st.fetch()) out.push_back(value);
  return out;
}

}  // namespace mitra::store
