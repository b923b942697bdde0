// `mitra generate`: synthetic persons for benchmarks and load tests. Clearly synthetic
// (common Indonesian names from short lists, "Alamat sintetis" addresses), never real people.
#pragma once
#include <cstdint>
#include <functional>
#include <string>

#include "services/context.hpp"

namespace mitra::app {

struct GenerateOptions {
  long long persons = 1000;
  std::uint64_t seed = 1;  // the same seed gives the same names, dates and categories
  int batch = 20000;       // persons per transaction
};

struct GenerateResult {
  long long persons = 0, cases = 0, with_nik = 0, sensitive = 0;
};

// Inserts `persons` synthetic persons spread over the organisations that serve clients, each
// with a valid-format NIK (about 60 %; the rest have none, as many clients do), 1-2 PMKS
// categories, a case at the registering organisation with its worker and stage transitions,
// and a consent. Needs regions and the demo organisations and users (`mitra regions import`,
// `mitra demo`); throws std::runtime_error otherwise. `progress` is called after each batch.
GenerateResult generate_persons(const services::Context& ctx, const GenerateOptions& options,
                                const std::function<void(long long done)>& progress = {});

}  // namespace mitra::app
