// The person registry (penerima manfaat): register once, find before registering again, read
// with an audit entry, search within what the viewer may see.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/person.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/person_repository.hpp"

namespace mitra::services {

struct ConsentInput {
  std::string given_by, relation, purpose, given_on;
};

struct PersonInput {
  Person person;                        // id, region, registered_by and times are set by the service
  std::optional<int> age_years;         // when the birth date is unknown: estimated from an age
  std::vector<std::string> categories;  // PMKS codes
  std::optional<ConsentInput> consent;
  bool confirm_warnings = false;        // the worker has seen the warnings and registers anyway
};

struct PersonView {
  store::PersonRecord record;
  std::vector<PersonCategory> categories;
  std::vector<Consent> consents;
  Organization holder;  // the registering organisation
  std::vector<std::string> warnings;
};

// Errors: forbidden; invalid_input (field); conflict field "nik" when the NIK is registered
// already (the message names the organisation holding it); conflict field "warnings" when
// there are warnings (region code unknown, NIK disagreeing with birth date or sex) and
// confirm_warnings is false.
Result<PersonView> register_person(const Context& ctx, const Actor& actor, PersonInput in);
// The same within the caller's unit of work, for flows that register and do more in one
// transaction (a patrol's quick registration). The caller commits.
Result<PersonView> register_person_in(store::UnitOfWork& unit, const Context& ctx, const Actor& actor, PersonInput in);

// A correction of a registered person: only the fields named in `fields` (their API names, as
// registration reads them: full_name, other_names, sex, birth_date, birth_date_estimated,
// age_years, birth_place, nik, kk_number, mother_name, father_name, religion, phone,
// domicile_region, domicile_address, origin_region, origin_address, education_level,
// school_status, documents, disabilities) change, to their value in `person` ("" or an empty
// list clears an optional one). Categories and consents have their own calls.
struct PersonPatch {
  Person person;
  std::set<std::string> fields;
  std::optional<int> age_years;   // with "age_years" in fields: an estimated birth date
  bool confirm_warnings = false;  // as at registration
};

// Corrects a person's registration data, with registration's rules on the result. Only social
// workers and supervisors who see the person. Transactional; audited as person.update with the
// names of the fields that changed (never their values); the name index follows a new name.
// Errors: forbidden (role); not_found (not visible); invalid_input (field); conflict field nik
// when another person holds the NIK (naming their organisation); conflict field warnings when
// a changed NIK, sex or birth date gives warnings and confirm_warnings is false.
Result<PersonView> update_person(const Context& ctx, const Actor& actor, const std::string& id, PersonPatch patch);

// Errors: not_found (also when the viewer may not see the person: existence is not revealed).
Result<PersonView> get_person(const Context& ctx, const Actor& actor, const std::string& id);

// Assesses the person in a PMKS category (again, after an earlier period ended) on
// `assessed_on` ("" for today). Only social workers and supervisors. Audited with the code.
// Errors: forbidden (role); not_found (the actor may not see the person); invalid_input field
// category (unknown code) or assessed_on (not a date, in the future, or before the end of the
// category's previous period); conflict field category when the category applies already.
// A sensitive category makes the person sensitive (for good: ending it does not undo that).
Result<PersonView> add_person_category(const Context& ctx, const Actor& actor, const std::string& person_id,
                                       const std::string& category, std::string assessed_on);
// Ends the category's open period on `ended_on` ("" for today). Audited with the code.
// Errors: forbidden; not_found (person not visible, or the category was never recorded for
// them); conflict field category when it has ended already; invalid_input field ended_on when
// not a date, before the assessment or in the future.
Result<PersonView> end_person_category(const Context& ctx, const Actor& actor, const std::string& person_id,
                                       const std::string& category, std::string ended_on);

struct PersonPage {
  std::vector<store::PersonRecord> items;
  std::string next_cursor;
};
Result<PersonPage> search_persons(const Context& ctx, const Actor& actor, store::PersonFilter filter);

// A record that may be the same person, shown before registering a new one.
struct Candidate {
  std::string reason;           // same_nik | similar_name
  bool visible = false;         // whether the viewer may open it
  std::string person_id;        // only when visible
  std::string display_name;     // full name when visible, else initials
  std::string birth_year;       // "" when unknown
  Sex sex = Sex::male;
  Organization holder;          // which organisation to ask for a referral
};
// Whether the actor may see this person (registering or case-holding organisation, assigned
// workers, the region's supervisors), within the caller's unit of work.
bool can_see_person(store::UnitOfWork& unit, const Actor& actor, const store::PersonRecord& person);
// A record merged into another (data ganda) takes no new data: a conflict pointing to the kept
// record; nullopt for any other record.
std::optional<Error> refuse_if_merged(const store::PersonRecord& person);

// Searches every organisation's records (the "silo" check). Audited.
Result<std::vector<Candidate>> likely_matches(const Context& ctx, const Actor& actor, const PersonInput& in);

}  // namespace mitra::services
