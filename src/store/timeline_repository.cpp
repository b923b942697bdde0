#include "store/timeline_repository.hpp"

#include "store/query.hpp"

namespace mitra::store {

std::vector<std::string> referral_ids_of_case(UnitOfWork& u, const std::string& case_id) {
  return select_strings(u, "SELECT id FROM referral WHERE case_id = :k ORDER BY created_at, id", case_id);
}

std::vector<std::string> patrol_ids_of_case(UnitOfWork& u, const std::string& case_id) {
  return select_strings(u, "SELECT patrol_id FROM patrol_person WHERE case_id = :k ORDER BY added_at", case_id);
}

}  // namespace mitra::store
