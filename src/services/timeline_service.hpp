// A person's timeline: one list, newest first, of everything about the person that the viewer
// may see across organisations: the registration and PMKS categories, and for every case the
// viewer may open (its organisation's, an open referral's, a supervisor's, an emergency grant's)
// the stage changes, the patrol that found them, referrals, shelter stays, services and
// follow-up visits. Cases the viewer may not open contribute nothing, not even their existence.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "domain/result.hpp"
#include "services/context.hpp"

namespace mitra::services {

struct TimelineItem {
  std::string at;    // ISO time, or a date for events recorded by day
  std::string kind;  // registered | category | stage | netted | referral | stay_admitted | stay_discharged | service | follow_up
  std::string case_id;       // "" for events of the person
  Organization organization;  // who did it (empty for categories)
  std::vector<std::pair<std::string, std::string>> facts;  // kind-specific, codes rather than prose
};

struct Timeline {
  std::string person_id;
  std::vector<TimelineItem> items;
};

// Audited (`person.timeline`, with counts). Errors: forbidden (roles that see no identities),
// not_found (also when the person is not visible).
Result<Timeline> person_timeline(const Context& ctx, const Actor& actor, const std::string& person_id);

}  // namespace mitra::services
