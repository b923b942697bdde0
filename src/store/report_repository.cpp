#include "store/report_repository.hpp"

#include <soci/soci.h>

namespace mitra::store {

using soci::into;
using soci::use;

std::vector<ReportRow> report_rows(UnitOfWork& u, const std::string& organization_id) {
  std::vector<ReportRow> rows;
  int position = 0, last = -1;
  std::string label, category;
  soci::statement st = (u.sql().prepare << "SELECT position, label, category FROM pmks_report_row "
                                           "WHERE organization_id = :o ORDER BY position, category",
                        into(position), into(label), into(category), use(organization_id));
  st.execute();
  while (st.fetch()) {
    if (rows.empty() || position != last) rows.push_back({label, {}});
    rows.back().categories.push_back(category);
    last = position;
  }
  return rows;
}

void save_report_rows(UnitOfWork& u, const std::string& organization_id, const std::vector<ReportRow>& rows) {
  u.sql() << "DELETE FROM pmks_report_row WHERE organization_id = :o", use(organization_id);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    int position = static_cast<int>(i);
    for (const auto& c : rows[i].categories)
      u.sql() << "INSERT INTO pmks_report_row (organization_id, category, position, label) VALUES (:o, :c, :p, :l)",
          use(organization_id), use(c), use(position), use(rows[i].label);
  }
}

}  // namespace mitra::store
