// NIK (Nomor Induk Kependudukan), the 16-digit national identity number. It has no check digit,
// so validation is structural: PPKKCC DDMMYY SSSS = province, regency, district; day of birth
// (+40 for women); month; two-digit year; serial.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace mitra {

enum class Sex { male, female };  // L (laki-laki) / P (perempuan)

struct NikParts {
  std::string province;  // "73"
  std::string regency;   // "73.71"
  std::string district;  // "73.71.03"
  Sex sex = Sex::male;
  unsigned day = 0, month = 0, two_digit_year = 0;
  std::string serial;
};

struct NikCheck {
  std::optional<NikParts> parts;  // set when valid
  std::string error;              // which part is wrong, for the operator; empty when valid
};

// Refuses anything that is not 16 digits, a day outside 01-31 / 41-71, a month outside 01-12,
// a date that does not exist (in either century), or serial 0000.
NikCheck check_nik(std::string_view nik);

// The full birth dates a NIK can stand for (19YY and 20YY), the later one first; only those
// not after `today` and that exist.
std::optional<std::chrono::year_month_day> nik_birth_date(const NikParts& p, std::chrono::year_month_day today);

}  // namespace mitra
