// Demo data for the duplicate review (data ganda): the same children registered twice in
// Makassar and Jakarta by different organisations under other spellings (Moh./Muhammad, St./Siti, Noor/Nur,
// old spelling dj/j, Abd./Abdul), for the supervisor's queue after `mitra demo` runs dedup.
#pragma once
#include <map>
#include <string>

#include "services/context.hpp"
#include "store/database.hpp"

namespace mitra::app {

// Within the caller's transaction; returns how many persons it registered.
int plant_duplicates(store::UnitOfWork& unit, const services::Context& ctx, const std::map<std::string, std::string>& codes,
                     const std::map<std::string, std::string>& users);

}  // namespace mitra::app
