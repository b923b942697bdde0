// The ids the person timeline gathers its events from, per case: the referrals made and the
// patrols that netted the person (a person's cases: emergency_repository's case_ids_of_person).
#pragma once
#include <string>
#include <vector>

#include "store/database.hpp"

namespace mitra::store {

// Referrals and transfers of a case, oldest first.
std::vector<std::string> referral_ids_of_case(UnitOfWork& u, const std::string& case_id);
// Patrols that netted the person into this case.
std::vector<std::string> patrol_ids_of_case(UnitOfWork& u, const std::string& case_id);

}  // namespace mitra::store
