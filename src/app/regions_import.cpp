#include "app/regions_import.hpp"

#include <stdexcept>

#include "app/csv_file.hpp"
#include "store/region_repository.hpp"

namespace mitra::app {
namespace {

long long load_level(store::UnitOfWork& unit, const std::string& path, const std::string& level,
                     const std::string& parent_column) {
  const auto table = read_csv(path);
  const int code = table.column("code"), name = table.column("name");
  const int parent = parent_column.empty() ? -1 : table.column(parent_column);
  if (code < 0 || name < 0 || (!parent_column.empty() && parent < 0))
    throw std::runtime_error(path + ": expected columns code, name" + (parent_column.empty() ? "" : ", " + parent_column));
  std::vector<store::Region> batch;
  batch.reserve(2000);
  long long n = 0;
  for (const auto& row : table.rows) {
    if (static_cast<int>(row.size()) <= std::max({code, name, parent}))
      throw std::runtime_error(path + ": a row has too few columns");
    batch.push_back({row[code], row[name], level, parent < 0 ? "" : row[parent]});
    if (batch.size() == 2000) {
      store::upsert_regions(unit, batch);
      n += static_cast<long long>(batch.size());
      batch.clear();
    }
  }
  store::upsert_regions(unit, batch);
  return n + static_cast<long long>(batch.size());
}

}  // namespace

RegionCounts import_regions(store::Database& db, const std::string& dir) {
  store::UnitOfWork unit(db, store::UnitOfWork::Mode::write);
  RegionCounts c;
  c.provinces = load_level(unit, dir + "/provinces.csv", "province", "");
  c.regencies = load_level(unit, dir + "/regencies.csv", "regency", "province_code");
  c.districts = load_level(unit, dir + "/districts.csv", "district", "regency_code");
  c.villages = load_level(unit, dir + "/villages.csv", "village", "district_code");
  unit.commit();
  return c;
}

}  // namespace mitra::app
