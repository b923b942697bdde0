#include "domain/nik.hpp"

#include <string>

namespace mitra {
namespace {

unsigned two(std::string_view s, std::size_t at) { return (s[at] - '0') * 10u + (s[at + 1] - '0'); }

bool exists(int year, unsigned month, unsigned day) {
  using namespace std::chrono;
  return year_month_day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}}.ok();
}

}  // namespace

NikCheck check_nik(std::string_view nik) {
  NikCheck out;
  if (nik.size() != 16) {
    out.error = "NIK harus 16 angka (yang diisi " + std::to_string(nik.size()) + " karakter).";
    return out;
  }
  for (char c : nik)
    if (c < '0' || c > '9') {
      out.error = "NIK hanya boleh berisi angka.";
      return out;
    }
  NikParts p;
  p.province = std::string(nik.substr(0, 2));
  p.regency = p.province + "." + std::string(nik.substr(2, 2));
  p.district = p.regency + "." + std::string(nik.substr(4, 2));
  if (p.province == "00" || nik.substr(2, 2) == "00" || nik.substr(4, 2) == "00") {
    out.error = "Kode wilayah pada NIK (6 angka pertama) tidak sah.";
    return out;
  }
  unsigned day = two(nik, 6);
  if (day >= 41 && day <= 71) {
    p.sex = Sex::female;
    day -= 40;
  } else if (day < 1 || day > 31) {
    out.error = "Tanggal lahir pada NIK (angka ke-7 dan ke-8) harus 01-31, atau 41-71 untuk perempuan.";
    return out;
  }
  const unsigned month = two(nik, 8);
  if (month < 1 || month > 12) {
    out.error = "Bulan lahir pada NIK (angka ke-9 dan ke-10) harus 01-12.";
    return out;
  }
  const unsigned yy = two(nik, 10);
  if (!exists(1900 + static_cast<int>(yy), month, day) && !exists(2000 + static_cast<int>(yy), month, day)) {
    out.error = "Tanggal lahir pada NIK (angka ke-7 sampai ke-12) bukan tanggal yang ada.";
    return out;
  }
  p.serial = std::string(nik.substr(12, 4));
  if (p.serial == "0000") {
    out.error = "Nomor urut pada NIK (4 angka terakhir) tidak boleh 0000.";
    return out;
  }
  p.day = day;
  p.month = month;
  p.two_digit_year = yy;
  out.parts = p;
  return out;
}

std::optional<std::chrono::year_month_day> nik_birth_date(const NikParts& p, std::chrono::year_month_day today) {
  using namespace std::chrono;
  for (int century : {2000, 1900}) {
    year_month_day d{std::chrono::year{century + static_cast<int>(p.two_digit_year)}, std::chrono::month{p.month},
                     std::chrono::day{p.day}};
    if (d.ok() && sys_days{d} <= sys_days{today}) return d;
  }
  return std::nullopt;
}

}  // namespace mitra
