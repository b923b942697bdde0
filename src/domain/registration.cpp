#include "domain/registration.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace mitra {
namespace {

constexpr std::array<std::pair<RegistrationStatus, std::string_view>, 5> kStatuses{{
    {RegistrationStatus::submitted, "submitted"},
    {RegistrationStatus::returned, "returned"},
    {RegistrationStatus::recommended, "recommended"},
    {RegistrationStatus::approved, "approved"},
    {RegistrationStatus::rejected, "rejected"},
}};

constexpr std::array<std::pair<CheckResult, std::string_view>, 3> kResults{{
    {CheckResult::ok, "ok"},
    {CheckResult::not_ok, "not_ok"},
    {CheckResult::not_applicable, "not_applicable"},
}};

std::string_view status_label(RegistrationStatus s) {
  switch (s) {
    case RegistrationStatus::submitted: return "diajukan";
    case RegistrationStatus::returned: return "dikembalikan";
    case RegistrationStatus::recommended: return "direkomendasikan";
    case RegistrationStatus::approved: return "disetujui";
    case RegistrationStatus::rejected: return "ditolak";
  }
  return "";
}

}  // namespace

std::string_view to_string(RegistrationStatus s) {
  for (const auto& [v, name] : kStatuses)
    if (v == s) return name;
  return "submitted";
}

std::optional<RegistrationStatus> parse_registration_status(std::string_view s) {
  for (const auto& [v, name] : kStatuses)
    if (name == s) return v;
  return std::nullopt;
}

bool is_open(RegistrationStatus s) {
  return s == RegistrationStatus::submitted || s == RegistrationStatus::returned || s == RegistrationStatus::recommended;
}

Result<RegistrationStatus> move_registration(RegistrationStatus from, RegistrationStep step) {
  std::optional<RegistrationStatus> to;
  switch (step) {
    case RegistrationStep::resubmit:
      if (from == RegistrationStatus::returned) to = RegistrationStatus::submitted;
      break;
    case RegistrationStep::recommend:
      if (from == RegistrationStatus::submitted) to = RegistrationStatus::recommended;
      break;
    case RegistrationStep::send_back:
      if (from == RegistrationStatus::submitted) to = RegistrationStatus::returned;
      break;
    case RegistrationStep::approve:
      if (from == RegistrationStatus::recommended) to = RegistrationStatus::approved;
      break;
    case RegistrationStep::reject:
      if (from == RegistrationStatus::recommended) to = RegistrationStatus::rejected;
      break;
  }
  if (!to)
    return conflict("status", "Langkah ini tidak dapat dilakukan: status permohonan sekarang " +
                                  std::string(status_label(from)) + ".");
  return *to;
}

const std::vector<std::string>& registration_check_items() {
  static const std::vector<std::string> items{"deed",          "decree",        "npwp",           "domicile",
                                              "bank_account",  "accreditation", "activity_reports"};
  return items;
}

bool is_check_item(std::string_view item) {
  const auto& items = registration_check_items();
  return std::find(items.begin(), items.end(), item) != items.end();
}

std::string_view to_string(CheckResult r) {
  for (const auto& [v, name] : kResults)
    if (v == r) return name;
  return "ok";
}

std::optional<CheckResult> parse_check_result(std::string_view s) {
  for (const auto& [v, name] : kResults)
    if (name == s) return v;
  return std::nullopt;
}

Status check_survey_complete(const std::map<std::string, CheckResult>& checks) {
  for (const auto& item : registration_check_items()) {
    auto it = checks.find(item);
    if (it == checks.end())
      return conflict("checks." + item, "Survei belum lengkap: butir '" + item + "' belum diperiksa.");
    if (it->second == CheckResult::not_ok)
      return conflict("checks." + item, "Butir '" + item + "' tidak sesuai: permohonan tidak dapat disetujui.");
  }
  return ok_status();
}

Day registration_due(const WorkingCalendar& calendar, Day submitted, int sla_days) {
  return calendar.add_working_days(submitted, sla_days);
}

bool registration_overdue(RegistrationStatus s, Day due, Day today) {
  return (s == RegistrationStatus::submitted || s == RegistrationStatus::recommended) && today > due;
}

bool registration_expired(const std::string& valid_until, Day today) {
  auto last = parse_day(valid_until);
  return last && today > *last;
}

bool renewal_open(const std::string& valid_until, Day today) {
  auto last = parse_day(valid_until);
  return last && today >= *last - std::chrono::days(kRenewalWindowDays);
}

bool is_registrable(OrganizationType t) {
  switch (t) {
    case OrganizationType::lks:
    case OrganizationType::lksa:
    case OrganizationType::rumah_singgah:
    case OrganizationType::tas:
    case OrganizationType::yayasan:
    case OrganizationType::lsm:
    case OrganizationType::orsos:
    case OrganizationType::community: return true;
    default: return false;
  }
}

std::string regency_of(const std::string& region_code) {
  const auto first = region_code.find('.');
  if (first == std::string::npos) return "";
  const auto second = region_code.find('.', first + 1);
  return region_code.substr(0, second);
}

std::string province_of(const std::string& region_code) { return region_code.substr(0, region_code.find('.')); }

std::string npwp_digits(std::string_view s) {
  std::string out;
  for (char c : s)
    if (std::isdigit(static_cast<unsigned char>(c))) out += c;
  return out;
}

std::string check_npwp(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != ' ')
      return "NPWP hanya berisi angka (boleh dengan titik dan tanda hubung).";
  const auto n = npwp_digits(s).size();
  if (n != 15 && n != 16) return "NPWP harus 15 atau 16 angka.";
  return "";
}

std::string check_email(std::string_view s) {
  const auto at = s.find('@');
  if (s.size() > 200 || at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos ||
      s.find('.', at) == std::string_view::npos || s.back() == '.' || s.find(' ') != std::string_view::npos)
    return "Alamat e-mail tidak sah, contoh: lks@contoh.or.id.";
  return "";
}

std::string check_phone(std::string_view s) {
  int digits = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
    else if (!(c == '+' && i == 0) && c != ' ' && c != '-' && c != '(' && c != ')')
      return "Nomor telepon hanya berisi angka, spasi, tanda hubung atau + di depan.";
  }
  if (digits < 6 || digits > 15) return "Nomor telepon harus 6 sampai 15 angka.";
  return "";
}

}  // namespace mitra
