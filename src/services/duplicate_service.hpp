// Data ganda: the registry deduplicated in one batch into a review queue, and a Dinsos
// supervisor's or admin's decisions on each pair: merge (every case, service, stay, referral,
// link... moves to the survivor; the absorbed record is kept, marked merged), "not the same
// person" (remembered), and unmerge (exactly the moved rows go back; never proposed again).
#pragma once
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "services/context.hpp"
#include "services/person_service.hpp"
#include "store/duplicate_repository.hpp"

namespace mitra::services {

struct DedupSummary {
  std::size_t persons = 0;      // compared
  std::size_t candidates = 0;   // candidate pairs scored
  std::size_t found = 0;        // matches, and possible matches with corroborating evidence
  std::size_t inserted = 0, refreshed = 0, kept = 0;  // new in the queue, open and re-scored, decided before
  bool learned = false;         // weights learned by EM (else documented weights)
  double seconds = 0;
};

// Runs the engine over every person not merged and writes the pairs above "possible match" into
// the queue; never re-proposes a pair decided not-same, merged or unmerged. One transaction,
// audited (counts only). `actor` null: the command line (`mitra dedup`), audited as system.
// Errors: forbidden (not a Dinsos supervisor or admin).
Result<DedupSummary> run_dedup(const Context& ctx, const Actor* actor);

// One side of a pair as the viewer may see it: everything when visible, else initials, birth
// year and the holding organisation (nothing but the holder for a sensitive person).
struct DuplicateSide {
  bool visible = false;
  std::string person_id;     // only when visible
  std::string display_name;  // full name, initials or ""
  std::string birth_year;
  Sex sex = Sex::male;
  Organization holder;
  std::string merged_into;   // the survivor, when this side was merged
  std::optional<PersonView> detail;  // the whole record: GET of one pair, when visible
};

struct DuplicateView {
  store::DuplicatePairRecord pair;
  DuplicateSide a, b;
};

struct DuplicatePage {
  std::vector<DuplicateView> items;
  std::string next_cursor;
};

// The queue, best first. Only Dinsos supervisors and admins, pairs touching their region.
// Errors: forbidden; invalid_input field status.
Result<DuplicatePage> list_duplicates(const Context& ctx, const Actor& actor, store::DuplicateFilter filter);
// One pair side by side with the evidence; an audited read. Errors: forbidden; not_found.
Result<DuplicateView> get_duplicate(const Context& ctx, const Actor& actor, const std::string& id);
// Merges the pair: `survivor_id` (one of the two) is kept. Errors: forbidden (role, or a person
// outside the actor's region); not_found; invalid_input field survivor_id; conflict (the pair is
// not open, a person is merged already, both are in a shelter now).
Result<DuplicateView> merge_duplicate(const Context& ctx, const Actor& actor, const std::string& id,
                                      const std::string& survivor_id);
// Errors: as merge.
Result<DuplicateView> mark_not_same(const Context& ctx, const Actor& actor, const std::string& id);
// Undoes the merge that absorbed `person_id`. Errors: forbidden; not_found; conflict when the
// person is not merged.
Result<DuplicateView> unmerge_person(const Context& ctx, const Actor& actor, const std::string& person_id);

}  // namespace mitra::services
