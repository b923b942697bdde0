#include "store/holiday_repository.hpp"

#include <soci/soci.h>

namespace mitra::store {

using soci::into;
using soci::use;

std::vector<HolidayRow> holidays_between(UnitOfWork& u, const std::string& from, const std::string& to) {
  std::vector<HolidayRow> out;
  HolidayRow row;
  soci::statement st = (u.sql().prepare << "SELECT day, name, updated_at FROM holiday WHERE day >= :f AND day < :t ORDER BY day",
                        into(row.day), into(row.name), into(row.updated_at), use(from), use(to));
  st.execute();
  while (st.fetch()) out.push_back(row);
  return out;
}

std::vector<std::string> holiday_days(UnitOfWork& u) {
  std::vector<std::string> out;
  std::string day;
  soci::statement st = (u.sql().prepare << "SELECT day FROM holiday ORDER BY day", into(day));
  st.execute();
  while (st.fetch()) out.push_back(day);
  return out;
}

void save_holiday(UnitOfWork& u, const HolidayRow& row, const std::string& user_id) {
  int n = 0;
  u.sql() << "SELECT COUNT(*) FROM holiday WHERE day = :d", into(n), use(row.day);
  if (n > 0)
    u.sql() << "UPDATE holiday SET name = :n, updated_by = :u, updated_at = :a WHERE day = :d", use(row.name), use(user_id),
        use(row.updated_at), use(row.day);
  else
    u.sql() << "INSERT INTO holiday (day, name, updated_by, updated_at) VALUES (:d, :n, :u, :a)", use(row.day), use(row.name),
        use(user_id), use(row.updated_at);
}

bool remove_holiday(UnitOfWork& u, const std::string& day) {
  soci::statement st = (u.sql().prepare << "DELETE FROM holiday WHERE day = :d", use(day));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

}  // namespace mitra::store
