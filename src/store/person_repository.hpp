// The person registry: persons, their PMKS categories and consents.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/person.hpp"
#include "store/database.hpp"

namespace mitra::store {

struct PersonRecord {
  Person person;
  bool sensitive = false;
  std::string created_by;  // user id
  std::string merged_into;  // "" or the person it was merged into (services/duplicate_service.hpp)
};

// Who may see which persons, as SQL can filter it: the viewer's organisation, a supervisor's
// region prefix ("" when not a supervisor), and the viewer (for sensitive persons they registered).
struct PersonScope {
  std::string organization_id;
  std::string supervisor_region;
  std::string user_id;
};

struct PersonFilter {
  std::string name;      // folded tokens, each must appear
  std::string nik;       // exact
  std::string region;    // region_code prefix
  std::string category;  // PMKS code
  std::string organization_id;  // registered by it, or holding a case there
  std::string cursor;    // the last "name_folded|id" seen
  int limit = 50;
};

void insert_person(UnitOfWork& u, const Person& p, const std::string& created_by, bool sensitive);
// Writes every registration field of an existing person (not its id, region, registering
// organisation, sensitivity or creation), name_folded and updated_at; when `names_changed`, the
// person's name index rows are written afresh (index_person_names).
void update_person(UnitOfWork& u, const Person& p, bool names_changed);
std::optional<PersonRecord> find_person(UnitOfWork& u, const std::string& id);
std::optional<PersonRecord> find_person_by_nik(UnitOfWork& u, const std::string& nik);
// Visible persons matching the filter, ordered by name; at most limit + 1.
std::vector<PersonRecord> list_persons(UnitOfWork& u, const PersonScope& scope, const PersonFilter& f);

// One typed word as the name index is probed for it: a person matches when one of their name
// words has one of `keys`, or a spelling that starts with `prefix` (unless prefix is "").
struct NameProbe {
  std::vector<std::string> keys;
  std::string prefix;
  std::string contains;  // LIKE pattern on the folded full name, for the rough order
};
// Writes the name index rows (person_name_key) of a new person: one per word of the full name
// and other names (domain/name_key.hpp). insert_person calls it; update_person clears the old
// rows first.
void index_person_names(UnitOfWork& u, const std::string& person_id, const std::string& full_name,
                        const std::string& other_names);
// Indexes every person that has no rows yet (the C++ step of migration 0009). Returns how many.
long long index_unindexed_person_names(UnitOfWork& u);
// Persons matching every probe and the filter's nik, region and category (not its name or
// cursor), visible to `scope` (nullptr: every organisation's, for the duplicate check). Persons
// whose folded name contains the typed words come first, then by name. At most `cap`.
std::vector<PersonRecord> find_by_name_probes(UnitOfWork& u, const PersonScope* scope, const PersonFilter& f,
                                              const std::vector<NameProbe>& probes, int cap);

// Records the category as applying from c.assessed_on (its ended_on is ignored). A person has
// one row per category: an ended one must be archived first (the primary key refuses a second).
void insert_category(UnitOfWork& u, const PersonCategory& c);
// Moves the category's ended period, if any, to the past periods (person_category_past) under
// `past_id`, so that the category can be assessed again.
void archive_ended_category(UnitOfWork& u, const std::string& past_id, const std::string& person_id,
                            const std::string& category);
// Ends the open period of the category; false when none is open.
bool end_category(UnitOfWork& u, const std::string& person_id, const std::string& category, const std::string& ended_on,
                  const std::string& ended_by);
// Every period of every category of the person (past and ended ones too), by category, then
// by date.
std::vector<PersonCategory> list_categories(UnitOfWork& u, const std::string& person_id);
void mark_person_sensitive(UnitOfWork& u, const std::string& person_id, const std::string& updated_at);
void touch_person(UnitOfWork& u, const std::string& person_id, const std::string& updated_at);

void insert_consent(UnitOfWork& u, const Consent& c, const std::string& recorded_at);
std::vector<Consent> list_consents(UnitOfWork& u, const std::string& person_id);

}  // namespace mitra::store
