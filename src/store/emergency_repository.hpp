// Emergency ("break the glass") access grants and their review.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace mitra::store {

struct GrantRecord {
  std::string id, person_id, case_id, user_id, organization_id, region_code, reason, granted_at, expires_at,
      review_status, reviewed_by, reviewed_at, review_note;
};

void insert_grant(UnitOfWork& u, const GrantRecord& g);
// Records the review, and expires_at (an unjustified grant ends when judged).
void update_grant_review(UnitOfWork& u, const GrantRecord& g);
// The ids of every case of the person, oldest first.
std::vector<std::string> case_ids_of_person(UnitOfWork& u, const std::string& person_id);
std::optional<GrantRecord> find_grant(UnitOfWork& u, const std::string& id);
// Whether the user holds a grant for the person that has not expired at `now` (ISO). False
// when now is "".
bool has_active_grant(UnitOfWork& u, const std::string& user_id, const std::string& person_id, const std::string& now);

struct GrantFilter {
  std::string region;          // region_code prefix of the persons, "" for any
  std::string organization_id; // or granted to this organisation's workers, "" for none
  std::string user_id;         // or granted to this user, "" for none
  std::string review_status;   // "" for any
  std::string cursor;          // the last grant id seen
  int limit = 50;
};
// Newest first; at most limit + 1.
std::vector<GrantRecord> list_grants(UnitOfWork& u, const GrantFilter& f);

}  // namespace mitra::store
