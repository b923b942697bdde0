// Penempatan di shelter: a person's stay at a facility with beds (RPTC, rumah singgah, LKSA),
// within a case. Beds are counted per group of sex and age; a stay has a planned length (RPTC:
// 3-7 days) and ends with a discharge whose hand-over is signed. Pure rules, no I/O.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.hpp"
#include "domain/nik.hpp"
#include "domain/result.hpp"

namespace mitra {

enum class AgeGroup { child, adult };  // anak (< 18 years) / dewasa

// A group of beds: the sex and age group of who may sleep in it.
struct BedGroup {
  Sex sex = Sex::male;
  AgeGroup age = AgeGroup::child;
  bool operator==(const BedGroup&) const = default;
};

inline constexpr std::array<BedGroup, 4> kBedGroups{{{Sex::male, AgeGroup::child},
                                                     {Sex::female, AgeGroup::child},
                                                     {Sex::male, AgeGroup::adult},
                                                     {Sex::female, AgeGroup::adult}}};

std::string_view to_string(AgeGroup a);  // "child" / "adult"
std::optional<AgeGroup> parse_age_group(std::string_view s);
// The group's code in the API and the database: male_child, female_child, male_adult, female_adult.
std::string group_code(BedGroup g);
std::optional<BedGroup> parse_bed_group(std::string_view code);
// The group in words for messages: "anak laki-laki", "dewasa perempuan"...
std::string group_label(BedGroup g);

// The age group on a day (both "YYYY-MM-DD..."): child while under 18. nullopt when the birth
// date is unknown or not a date.
std::optional<AgeGroup> age_group_on(const std::string& birth_date, const std::string& on_day);

inline constexpr int kMaxBedsPerGroup = 10000;

// Beds per group (kapasitas tempat tidur).
struct Capacity {
  std::array<int, 4> beds{};  // in kBedGroups order
  int& of(BedGroup g);
  int of(BedGroup g) const;
  int total() const;
};

// Errors: invalid_input naming the group's code when a count is negative or above kMaxBedsPerGroup.
Status check_capacity(const Capacity& c);
// Whether one more person of the group fits. Errors: conflict (field bed_group) naming the group
// and its capacity when every bed is taken.
Status check_bed_free(BedGroup g, int capacity, int occupied);

inline constexpr int kDefaultPlannedDays = 7;  // RPTC shelters people for 3-7 days
inline constexpr int kMaxPlannedDays = 365;
inline constexpr int kMaxBackdatedDays = 30;  // admissions recorded late, e.g. after a night patrol

// What is checked at admission. Errors: invalid_input naming the field.
struct Admission {
  std::optional<int> planned_days;  // default kDefaultPlannedDays, 1..kMaxPlannedDays
  std::optional<bool> health_checked;
  std::string health_note;              // required when the health check was not done
  std::vector<std::string> belongings;  // inventory of what the person brought, one item each
  TimePoint admitted_at;
};
// Returns the planned length in days.
Result<int> check_admission(const Admission& a, TimePoint now);

// Where a person goes when the stay ends.
enum class Destination { family, lks, home, hospital, ran_away, other };
std::string_view to_string(Destination d);
std::optional<Destination> parse_destination(std::string_view s);

struct Discharge {
  Destination destination = Destination::family;
  std::vector<std::string> returned;             // items of the inventory handed back
  std::string handover_name, handover_relation;  // who signed for the person (and how related)
  std::string handover_organization;             // or the receiving organisation
  std::string note;
  TimePoint discharged_at;
};
// Errors: invalid_input when the time is before admission or in the future, a returned item is
// not in the inventory, the hand-over is not signed (required unless the person ran away), or
// items are kept without a note saying why (unless the person ran away).
Status check_discharge(const Discharge& d, const std::vector<std::string>& inventory, TimePoint admitted_at,
                       TimePoint now);

// Past the planned length at `reference` (still open at that time).
bool is_overdue(TimePoint admitted_at, int planned_days, TimePoint reference);
// Whole days between admission and `reference` (0 on the first day).
int days_stayed(TimePoint admitted_at, TimePoint reference);
TimePoint planned_end(TimePoint admitted_at, int planned_days);

// "YYYY-MM-DD" to the start of that day (UTC). Returns false on anything else.
bool parse_day(const std::string& text, TimePoint& out);

}  // namespace mitra
