// Kemendagri region codes (provinsi, kabupaten/kota, kecamatan, desa/kelurahan).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace mitra::store {

struct Region {
  std::string code;
  std::string name;
  std::string level;  // province | regency | district | village
  std::string parent_code;
};

// Inserts or replaces regions in one batch (within the caller's write unit).
void upsert_regions(UnitOfWork& u, const std::vector<Region>& regions);
std::optional<Region> find_region(UnitOfWork& u, const std::string& code);
// Children of `parent` ("" for provinces) whose folded name contains `q` ("" for all), by code;
// with q and no parent, every level is searched. At most limit rows, after `cursor` (a code).
std::vector<Region> list_regions(UnitOfWork& u, const std::string& parent, const std::string& q,
                                 const std::string& level, const std::string& cursor, int limit);
long long count_regions(UnitOfWork& u);

}  // namespace mitra::store
