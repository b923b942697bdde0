#include "domain/service.hpp"

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <utility>

namespace mitra {
namespace {

constexpr std::array<std::pair<ServiceStatus, std::string_view>, 4> kStatuses{{
    {ServiceStatus::planned, "planned"},
    {ServiceStatus::ongoing, "ongoing"},
    {ServiceStatus::completed, "completed"},
    {ServiceStatus::stopped, "stopped"},
}};

constexpr std::size_t kMaxText = 500;
constexpr std::uint64_t kMaxInteger = 1'000'000'000'000ULL;  // a trillion rupiah is surely a typo

ServiceDetailField text(std::string name, bool required = false) { return {std::move(name), "text", required, {}}; }
ServiceDetailField date(std::string name, bool required = false) { return {std::move(name), "date", required, {}}; }
ServiceDetailField integer(std::string name) { return {std::move(name), "integer", false, {}}; }
ServiceDetailField boolean(std::string name) { return {std::move(name), "boolean", false, {}}; }
ServiceDetailField choice(std::string name, std::vector<std::string> choices, bool required = true) {
  return {std::move(name), "choice", required, std::move(choices)};
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\n") == std::string_view::npos; }

Error bad(const std::string& name, std::string message) { return invalid_input("details." + name, std::move(message)); }

// Checks one present value against its field; returns the normalised value.
Result<boost::json::value> check_field(const ServiceDetailField& f, const boost::json::value& v) {
  const std::string label = "Rincian '" + f.name + "'";
  if (f.kind == "boolean") {
    if (!v.is_bool()) return bad(f.name, label + " harus bernilai true atau false.");
    return v;
  }
  if (f.kind == "integer") {
    if (!v.is_int64() && !v.is_uint64()) return bad(f.name, label + " harus berupa bilangan bulat.");
    if (v.is_int64() && v.as_int64() < 0) return bad(f.name, label + " tidak boleh negatif.");
    if ((v.is_uint64() && v.as_uint64() > kMaxInteger) || (v.is_int64() && v.as_int64() > static_cast<std::int64_t>(kMaxInteger)))
      return bad(f.name, label + " terlalu besar.");
    return boost::json::value(v.is_int64() ? v.as_int64() : static_cast<std::int64_t>(v.as_uint64()));
  }
  if (!v.is_string()) return bad(f.name, label + " harus berupa teks.");
  const std::string s(v.as_string());
  if (s.find('\0') != std::string::npos) return bad(f.name, label + " berisi karakter NUL yang tidak diizinkan.");
  if (s.size() > kMaxText) return bad(f.name, label + " terlalu panjang (maksimal 500 karakter).");
  if (f.kind == "date" && !is_date(s)) return bad(f.name, label + " harus tanggal yang sah dengan format YYYY-MM-DD.");
  if (f.kind == "choice") {
    for (const auto& c : f.choices)
      if (c == s) return v;
    return bad(f.name, label + " harus salah satu dari: " + joined(f.choices) + ".");
  }
  if (f.required && blank(s)) return bad(f.name, label + " wajib diisi.");
  return v;
}

bool has_text(const boost::json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() && !blank(v->as_string());
}

// Rules that tie several fields of one type together.
Status cross_check(std::string_view type, const boost::json::object& d) {
  if (type == "social_assistance") {
    if (d.at("form").as_string() == "cash") {
      const auto* amount = d.if_contains("amount");
      if (!amount || amount->as_int64() <= 0)
        return bad("amount", "Bantuan tunai memerlukan rincian 'amount' (jumlah rupiah, lebih dari 0).");
    } else if (!has_text(d, "description")) {
      return bad("description", "Bantuan barang memerlukan rincian 'description' (barang apa dan berapa).");
    }
  }
  if (type == "assistive_device" && d.at("device").as_string() == "other" && !has_text(d, "description"))
    return bad("description", "Alat bantu 'other' memerlukan rincian 'description'.");
  if (type == "health" && d.contains("bpjs_number")) {
    const auto& n = d.at("bpjs_number").as_string();
    bool digits = n.size() == 13;
    for (char c : n) digits = digits && c >= '0' && c <= '9';
    if (!digits) return bad("bpjs_number", "Nomor kartu BPJS/KIS harus 13 angka.");
  }
  if (type == "civil_document" && d.contains("issued_on") &&
      d.at("issued_on").as_string() < d.at("requested_on").as_string())
    return bad("issued_on", "Tanggal terbit dokumen tidak boleh sebelum tanggal pengajuan.");
  return ok_status();
}

std::chrono::year_month_day ymd_of(std::string_view text) {
  int y = 0, m = 0, d = 0;
  std::sscanf(std::string(text).c_str(), "%4d-%2d-%2d", &y, &m, &d);
  return std::chrono::year{y} / std::chrono::month{static_cast<unsigned>(m)} / std::chrono::day{static_cast<unsigned>(d)};
}

}  // namespace

std::string_view to_string(ServiceStatus s) {
  for (const auto& [status, name] : kStatuses)
    if (status == s) return name;
  return "unknown";
}

std::optional<ServiceStatus> parse_service_status(std::string_view s) {
  for (const auto& [status, name] : kStatuses)
    if (name == s) return status;
  return std::nullopt;
}

const std::vector<ServiceType>& service_types() {
  static const std::vector<ServiceType> types = {
      {"basic_needs", {text("items")}},
      {"social_care", {text("setting")}},
      {"family_support", {boolean("parent_coaching"), text("topic")}},
      {"therapy", {choice("subtype", {"physical", "psychosocial", "mental_spiritual"})}},
      {"vocational_training",
       {choice("subtype", {"sewing", "salon", "workshop", "arts", "other"}), text("course"), boolean("loka_bina_karya")}},
      {"entrepreneurship", {text("business")}},
      {"social_assistance", {choice("form", {"cash", "goods"}), integer("amount"), text("description")}},
      {"assistive_device",
       {choice("device", {"wheelchair", "crutches", "hearing_aid", "prosthesis", "other"}), text("description")}},
      {"education",
       {choice("level", {"SD", "SMP", "SMA"}), text("school_name", true), date("enrolled_on", true),
        choice("enrolment_status", {"enrolled", "attending", "dropped_out", "graduated"})}},
      {"health", {text("facility", true), text("bpjs_number")}},
      {"civil_document",
       {choice("document", {"akta_kelahiran", "kk", "ktp", "kia", "bpjs"}), date("requested_on", true),
        date("issued_on")}},
      {"legal_accompaniment", {text("matter")}},
      {"counselling", {text("approach"), integer("sessions")}},
  };
  return types;
}

const ServiceType* find_service_type(std::string_view code) {
  for (const auto& t : service_types())
    if (t.code == code) return &t;
  return nullptr;
}

Result<boost::json::object> validate_details(std::string_view type, const boost::json::object& details) {
  const auto* t = find_service_type(type);
  if (!t) return invalid_input("type", "Jenis layanan tidak dikenal; lihat GET /api/v1/service-types.");
  for (const auto& [key, value] : details) {
    bool known = false;
    for (const auto& f : t->fields) known = known || f.name == key;
    if (!known)
      return invalid_input("details", "Rincian '" + std::string(key) + "' tidak dikenal untuk jenis layanan " +
                                          std::string(type) + ".");
  }
  boost::json::object out;
  for (const auto& f : t->fields) {
    const auto* v = details.if_contains(f.name);
    if (!v || v->is_null() || (v->is_string() && v->as_string().empty())) {
      if (f.required) return bad(f.name, "Rincian '" + f.name + "' wajib diisi untuk jenis layanan " + std::string(type) + ".");
      continue;
    }
    auto checked = check_field(f, *v);
    if (!checked) return checked.error();
    out[f.name] = std::move(*checked);
  }
  auto cross = cross_check(type, out);
  if (!cross) return cross.error();
  return out;
}

Result<ServiceStatus> move_service(ServiceStatus from, ServiceStatus to) {
  if (from == to) return to;
  const bool ok = (from == ServiceStatus::planned && (to == ServiceStatus::ongoing || to == ServiceStatus::stopped)) ||
                  (from == ServiceStatus::ongoing && (to == ServiceStatus::completed || to == ServiceStatus::stopped));
  if (!ok)
    return conflict("status", "Status layanan tidak dapat diubah dari " + std::string(to_string(from)) + " ke " +
                                  std::string(to_string(to)) + ".");
  return to;
}

bool is_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) return false;
  const auto ymd = ymd_of(text);
  return ymd.ok() && ymd.year() >= std::chrono::year{1900};
}

Status check_service_dates(const std::string& starts_on, const std::string& ends_on) {
  if (!is_date(starts_on)) return invalid_input("starts_on", "Tanggal mulai harus tanggal yang sah (YYYY-MM-DD).");
  if (ends_on.empty()) return ok_status();
  if (!is_date(ends_on)) return invalid_input("ends_on", "Tanggal selesai harus tanggal yang sah (YYYY-MM-DD).");
  if (ends_on < starts_on) return invalid_input("ends_on", "Tanggal selesai tidak boleh sebelum tanggal mulai.");
  return ok_status();
}

std::string add_months(const std::string& date, int months) {
  using namespace std::chrono;
  const auto ymd = ymd_of(date);
  const year_month ym = year_month{ymd.year(), ymd.month()} + std::chrono::months{months};
  const auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
  const auto d = ymd.day() > last ? last : ymd.day();
  char buf[11];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()),
                static_cast<unsigned>(d));
  return buf;
}

std::optional<SchoolAttendance> parse_school_attendance(std::string_view s) {
  if (s == "yes") return SchoolAttendance::yes;
  if (s == "no") return SchoolAttendance::no;
  if (s == "unknown") return SchoolAttendance::unknown;
  return std::nullopt;
}

std::optional<IncomeLevel> parse_income_level(std::string_view s) {
  if (s == "improved") return IncomeLevel::improved;
  if (s == "same") return IncomeLevel::same;
  if (s == "worse") return IncomeLevel::worse;
  return std::nullopt;
}

Result<std::vector<std::string>> follow_up_schedule(const std::string& starts_on, int months, int interval_months) {
  if (!is_date(starts_on)) return invalid_input("starts_on", "Tanggal mulai harus tanggal yang sah (YYYY-MM-DD).");
  if (months < 1 || months > 36) return invalid_input("months", "Jumlah bulan bimbingan lanjut harus 1 sampai 36.");
  if (interval_months < 1 || interval_months > 12)
    return invalid_input("interval_months", "Jarak kunjungan harus 1 sampai 12 bulan.");
  std::vector<std::string> out;
  for (int m = 0; m < months; m += interval_months) out.push_back(add_months(starts_on, m));
  return out;
}

}  // namespace mitra
