#include "domain/shelter.hpp"

#include <algorithm>
#include <cstdio>
#include <utility>

namespace mitra {
namespace {

constexpr std::array<std::pair<Destination, std::string_view>, 6> kDestinations{{
    {Destination::family, "family"},
    {Destination::lks, "lks"},
    {Destination::home, "home"},
    {Destination::hospital, "hospital"},
    {Destination::ran_away, "ran_away"},
    {Destination::other, "other"},
}};

constexpr std::size_t kMaxItems = 100;
constexpr std::size_t kMaxItemBytes = 200;
constexpr auto kClockSkew = std::chrono::minutes(5);
constexpr auto kDay = std::chrono::hours(24);

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

std::size_t index_of(BedGroup g) {
  for (std::size_t i = 0; i < kBedGroups.size(); ++i)
    if (kBedGroups[i] == g) return i;
  return 0;
}

}  // namespace

std::string_view to_string(AgeGroup a) { return a == AgeGroup::child ? "child" : "adult"; }

std::optional<AgeGroup> parse_age_group(std::string_view s) {
  if (s == "child") return AgeGroup::child;
  if (s == "adult") return AgeGroup::adult;
  return std::nullopt;
}

std::string group_code(BedGroup g) {
  return std::string(g.sex == Sex::male ? "male_" : "female_") + std::string(to_string(g.age));
}

std::optional<BedGroup> parse_bed_group(std::string_view code) {
  for (const auto& g : kBedGroups)
    if (group_code(g) == code) return g;
  return std::nullopt;
}

std::string group_label(BedGroup g) {
  return std::string(g.age == AgeGroup::child ? "anak" : "dewasa") + (g.sex == Sex::male ? " laki-laki" : " perempuan");
}

std::optional<AgeGroup> age_group_on(const std::string& birth_date, const std::string& on_day) {
  int by, bm, bd, y, m, d;
  if (birth_date.size() < 10 || on_day.size() < 10) return std::nullopt;
  if (std::sscanf(birth_date.c_str(), "%4d-%2d-%2d", &by, &bm, &bd) != 3) return std::nullopt;
  if (std::sscanf(on_day.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nullopt;
  int age = y - by;
  if (m < bm || (m == bm && d < bd)) --age;  // the birthday has not come yet this year
  return age < 18 ? AgeGroup::child : AgeGroup::adult;
}

int& Capacity::of(BedGroup g) { return beds[index_of(g)]; }
int Capacity::of(BedGroup g) const { return beds[index_of(g)]; }
int Capacity::total() const {
  int n = 0;
  for (int b : beds) n += b;
  return n;
}

Status check_capacity(const Capacity& c) {
  for (const auto& g : kBedGroups)
    if (c.of(g) < 0 || c.of(g) > kMaxBedsPerGroup)
      return invalid_input(group_code(g), "Jumlah tempat tidur " + group_label(g) + " harus antara 0 dan " +
                                              std::to_string(kMaxBedsPerGroup) + ".");
  return ok_status();
}

Status check_bed_free(BedGroup g, int capacity, int occupied) {
  if (occupied < capacity) return ok_status();
  return conflict("bed_group", "Tempat tidur " + group_label(g) + " penuh: kapasitas " + std::to_string(capacity) +
                                   " tempat tidur, terisi " + std::to_string(occupied) +
                                   ". Tambah kapasitas atau tempatkan di lembaga lain.");
}

Result<int> check_admission(const Admission& a, TimePoint now) {
  const int days = a.planned_days.value_or(kDefaultPlannedDays);
  if (days < 1 || days > kMaxPlannedDays)
    return invalid_input("planned_days", "Rencana lama tinggal harus 1 sampai 365 hari (RPTC biasanya 3-7 hari).");
  if (!a.health_checked)
    return invalid_input("health_checked", "Isi apakah pemeriksaan kesehatan sudah dilakukan (true/false).");
  if (!*a.health_checked && blank(a.health_note))
    return invalid_input("health_note", "Pemeriksaan kesehatan belum dilakukan: tuliskan alasannya.");
  if (a.belongings.size() > kMaxItems)
    return invalid_input("belongings", "Daftar barang bawaan paling banyak 100 barang.");
  for (const auto& item : a.belongings)
    if (blank(item) || item.size() > kMaxItemBytes || item.find_first_of("\r\n") != std::string::npos)
      return invalid_input("belongings", "Setiap barang bawaan harus berupa teks satu baris (1-200 karakter).");
  if (a.admitted_at > now + kClockSkew) return invalid_input("admitted_at", "Waktu masuk tidak boleh di masa depan.");
  if (a.admitted_at < now - kMaxBackdatedDays * kDay)
    return invalid_input("admitted_at", "Waktu masuk paling lama 30 hari yang lalu.");
  return days;
}

std::string_view to_string(Destination d) {
  for (const auto& [dest, name] : kDestinations)
    if (dest == d) return name;
  return "other";
}

std::optional<Destination> parse_destination(std::string_view s) {
  for (const auto& [dest, name] : kDestinations)
    if (name == s) return dest;
  return std::nullopt;
}

Status check_discharge(const Discharge& d, const std::vector<std::string>& inventory, TimePoint admitted_at,
                       TimePoint now) {
  if (d.discharged_at < admitted_at)
    return invalid_input("discharged_at", "Waktu keluar tidak boleh sebelum waktu masuk.");
  if (d.discharged_at > now + kClockSkew)
    return invalid_input("discharged_at", "Waktu keluar tidak boleh di masa depan.");
  std::vector<std::string> left = inventory;
  for (const auto& item : d.returned) {
    auto it = std::find(left.begin(), left.end(), item);
    if (it == left.end())
      return invalid_input("belongings_returned",
                           "Barang yang dikembalikan harus ada dalam daftar barang bawaan saat masuk.");
    left.erase(it);
  }
  if (d.destination == Destination::ran_away) return ok_status();
  const bool person_signed = !blank(d.handover_name);
  if (person_signed && blank(d.handover_relation))
    return invalid_input("handover_relation", "Tuliskan hubungan penerima dengan penerima manfaat (mis. ibu, paman).");
  if (!person_signed && blank(d.handover_organization))
    return invalid_input("handover_name",
                         "Serah terima wajib ditandatangani: isi nama dan hubungan penerima, atau lembaga penerima.");
  if (!left.empty() && blank(d.note))
    return invalid_input("note", "Ada barang bawaan yang belum dikembalikan: tuliskan keterangannya.");
  return ok_status();
}

TimePoint planned_end(TimePoint admitted_at, int planned_days) { return admitted_at + planned_days * kDay; }

bool is_overdue(TimePoint admitted_at, int planned_days, TimePoint reference) {
  return reference > planned_end(admitted_at, planned_days);
}

int days_stayed(TimePoint admitted_at, TimePoint reference) {
  if (reference <= admitted_at) return 0;
  return static_cast<int>((reference - admitted_at) / kDay);
}

bool parse_day(const std::string& text, TimePoint& out) {
  if (text.size() != 10) return false;
  return parse_time(text + "T00:00:00Z", out);
}

}  // namespace mitra
