// Penerima manfaat: a person served, registered once and shared across organisations.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/nik.hpp"

namespace mitra {

struct Person {
  std::string id;
  std::string region_code;  // partition key: the regency/city of the registering office
  std::string full_name;
  std::string other_names;  // nicknames, street names
  Sex sex = Sex::male;
  std::string birth_date;   // YYYY-MM-DD, "" when unknown
  bool birth_date_estimated = false;
  std::string birth_place;
  std::string nik;          // "" when unknown
  std::string kk_number;    // Kartu Keluarga, "" when unknown
  std::string mother_name;
  std::string father_name;
  std::string phone;
  std::string domicile_region;  // village or district code
  std::string domicile_address;
  std::string origin_region;
  std::string origin_address;
  std::string education_level;  // none | sd | smp | sma | higher
  std::string school_status;    // in_school | dropped_out | never | graduated
  std::vector<std::string> documents;  // akta_lahir | kk | ktp | bpjs_kis
  std::string religion;                // agama: one of religions(), "" when unknown
  std::vector<std::string> disabilities;  // ragam penyandang disabilitas: disability_kinds()
  std::string registered_by;           // organisation id
  std::string created_at;
  std::string updated_at;
};

// A person's PMKS category, assessed by someone on a date.
struct PersonCategory {
  std::string person_id;
  std::string category;  // PmksCategory::code
  std::string assessed_on;
  std::string assessed_by;       // user id
  std::string assessed_by_name;  // filled when read
  std::string ended_on;          // "" while the category applies
};

// Consent to process and share the person's data (UU 27/2022): who gave it, for what, when.
struct Consent {
  std::string id;
  std::string person_id;
  std::string given_by;  // the person's own name, or the parent/guardian's
  std::string relation;  // self | parent | guardian
  std::string purpose;
  std::string given_on;
  std::string withdrawn_on;  // "" while in force
  std::string recorded_by;
};

std::string_view to_string(Sex s);  // "L" / "P"
std::optional<Sex> parse_sex(std::string_view s);

// The religions a person's identity records (agama, as on the KTP; "kepercayaan" for
// Kepercayaan terhadap Tuhan Yang Maha Esa). Without "", which stands for unknown.
const std::vector<std::string_view>& religions();
// "" (unknown) or one of religions().
bool valid_religion(std::string_view religion);

// The kinds of disability of UU 8/2016 art. 4: physical, intellectual, mental and sensory
// (sensory split into seeing, hearing and speaking). A person may have several (disabilitas ganda).
const std::vector<std::string_view>& disability_kinds();
// The first entry that is not a known kind or repeats an earlier one; nullopt when all are fine.
std::optional<std::string> invalid_disability(const std::vector<std::string>& kinds);

// A plain calendar date "YYYY-MM-DD" (no range check other than the calendar's).
bool valid_date(const std::string& text);
// Whether a PMKS category assessed on `assessed_on` may be ended on `ended_on`: a real date,
// not before the assessment and not after `today`.
bool valid_category_end(const std::string& assessed_on, const std::string& ended_on, const std::string& today);

// Date of birth text "YYYY-MM-DD": true when it is a real date not after `today`.
bool valid_birth_date(const std::string& text, const std::string& today);

}  // namespace mitra
