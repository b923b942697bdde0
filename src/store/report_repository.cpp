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

std::vector<CategoryEntry> category_entries(UnitOfWork& u, const std::string& organization_id, const std::string& from,
                                            const std::string& to) {
  std::vector<CategoryEntry> out;
  std::string person_id, sex, category;
  soci::statement st =
      (u.sql().prepare << "SELECT pc.person_id, p.sex, pc.category FROM (SELECT person_id, category, assessed_on FROM person_category "
                          "UNION ALL SELECT person_id, category, assessed_on FROM person_category_past) pc "
                          "JOIN person p ON p.id = pc.person_id "
                          "WHERE pc.assessed_on >= :f AND pc.assessed_on < :t AND (p.registered_by = :o1 OR EXISTS "
                          "(SELECT 1 FROM client_case c WHERE c.person_id = p.id AND c.organization_id = :o2)) "
                          "ORDER BY pc.person_id",
       into(person_id), into(sex), into(category), use(from), use(to), use(organization_id), use(organization_id));
  st.execute();
  while (st.fetch()) out.push_back({person_id, sex == "P", category});
  return out;
}

}  // namespace mitra::store
