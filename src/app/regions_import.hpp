// Loads the Kemendagri region codes shipped by the npm package idn-area-data@4.0.1
// (data under ODbL) into the region table.
#pragma once
#include <string>

#include "store/database.hpp"

namespace mitra::app {

struct RegionCounts {
  long long provinces = 0, regencies = 0, districts = 0, villages = 0;
};

// Reads provinces.csv, regencies.csv, districts.csv and villages.csv from `dir` and upserts them
// in one transaction. Throws std::runtime_error on unreadable files or malformed rows.
RegionCounts import_regions(store::Database& db, const std::string& dir);

}  // namespace mitra::app
