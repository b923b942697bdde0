// Synthetic Indonesian person records with known truth, for measuring the linkage engine
// (bench/linkage) and testing blocking recall. Deterministic for a given seed.
#pragma once
#include <cstdint>
#include <random>
#include <vector>

#include "linkage/compare.hpp"

namespace mitra::linkage {

struct SyntheticSet {
  std::vector<Record> records;
  std::vector<std::uint32_t> entity;  // the person behind each record
};

// About `count` records: originals plus 0-3 corrupted registrations each (typos, Muhammad-family
// variants and old spelling, single, reordered and dropped name parts, nicknames and titles,
// 30-50% missing NIK and NIK typos, placeholder and estimated birth dates, swapped day and
// month, moved regions, missing mother's name), shuffled.
SyntheticSet generate_synthetic(std::size_t count, std::uint64_t seed = 1);

// One fresh corrupted registration of record `original` (for query measurements).
Record corrupt_record(const Record& original, std::mt19937_64& rng);

}  // namespace mitra::linkage
