#include "domain/complaint.hpp"

#include <algorithm>
#include <chrono>
#include <utility>

#include "domain/clock.hpp"

namespace mitra {
namespace {

constexpr std::array<std::pair<ComplaintStatus, std::string_view>, 5> kStatuses{{
    {ComplaintStatus::new_, "new"},
    {ComplaintStatus::triaged, "triaged"},
    {ComplaintStatus::dispatched, "dispatched"},
    {ComplaintStatus::resolved, "resolved"},
    {ComplaintStatus::rejected, "rejected"},
}};

constexpr std::array<std::string_view, 5> kChannels{"web", "phone", "whatsapp", "walk_in", "sms"};
constexpr std::array<std::string_view, 4> kPriorities{"low", "medium", "high", "urgent"};

// Crockford's base 32: digits and letters without I, L, O, U.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::string_view kTicketPrefix = "PGD";

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

bool digits(std::string_view s, std::size_t from, std::size_t n, int& out) {
  out = 0;
  if (from + n > s.size()) return false;
  for (std::size_t i = from; i < from + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

bool valid_date(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return false;
  if (y < 2000 || m < 1 || m > 12 || d < 1) return false;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  return ymd.ok();
}

// "YYYY-MM-DD", or with "THH:MM", optional ":SS", optional "Z" (the reporter's local time).
bool valid_seen_at(std::string_view s) {
  if (!valid_date(s)) return false;
  if (s.size() == 10) return true;
  if (s.back() == 'Z') s.remove_suffix(1);
  int h = 0, mi = 0, sec = 0;
  if (s.size() != 16 && s.size() != 19) return false;
  if (s[10] != 'T' || s[13] != ':' || !digits(s, 11, 2, h) || !digits(s, 14, 2, mi)) return false;
  if (s.size() == 19 && (s[16] != ':' || !digits(s, 17, 2, sec))) return false;
  return h < 24 && mi < 60 && sec < 60;
}

bool valid_phone(std::string_view s) {
  int count = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9')
      ++count;
    else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')')
      return false;
  }
  return count >= 6 && count <= 15;
}

}  // namespace

std::string_view to_string(ComplaintStatus s) {
  for (const auto& [status, name] : kStatuses)
    if (status == s) return name;
  return "unknown";
}

std::optional<ComplaintStatus> parse_complaint_status(std::string_view s) {
  for (const auto& [status, name] : kStatuses)
    if (name == s) return status;
  return std::nullopt;
}

bool is_final(ComplaintStatus s) { return s == ComplaintStatus::resolved || s == ComplaintStatus::rejected; }

Result<ComplaintStatus> advance(ComplaintStatus current, ComplaintStep step) {
  using S = ComplaintStatus;
  if (is_final(current))
    return conflict("status", "Pengaduan ini sudah selesai atau ditolak; tidak dapat diubah lagi.");
  switch (step) {
    case ComplaintStep::triage:
      if (current == S::new_ || current == S::triaged) return S::triaged;
      return conflict("status", "Pengaduan yang sudah ditindaklanjuti tidak dapat dipilah ulang.");
    case ComplaintStep::dispatch:
      if (current == S::triaged || current == S::dispatched) return S::dispatched;
      return conflict("status", "Pilah pengaduan (tetapkan prioritas) sebelum menugaskan tim.");
    case ComplaintStep::resolve:
      if (current == S::dispatched) return S::resolved;
      return conflict("status", "Pengaduan hanya dapat diselesaikan setelah tim ditugaskan.");
    case ComplaintStep::reject:
      if (current == S::new_ || current == S::triaged) return S::rejected;
      return conflict("status", "Pengaduan yang sudah ditugaskan ke tim tidak dapat ditolak; catat hasilnya.");
  }
  return conflict("status", "Perubahan status tidak dikenal.");
}

const std::vector<std::string_view>& complaint_categories() {
  static const std::vector<std::string_view> kCategories{
      "anak_jalanan",          "anak_terlantar", "pengemis",       "gelandangan", "lansia_terlantar",
      "disabilitas_terlantar", "odgj",           "kekerasan_anak", "lainnya",
  };
  return kCategories;
}

bool is_complaint_category(std::string_view s) {
  const auto& all = complaint_categories();
  return std::find(all.begin(), all.end(), s) != all.end();
}

bool is_complaint_channel(std::string_view s) {
  return std::find(kChannels.begin(), kChannels.end(), s) != kChannels.end();
}

bool is_complaint_priority(std::string_view s) {
  return std::find(kPriorities.begin(), kPriorities.end(), s) != kPriorities.end();
}

std::size_t count_characters(std::string_view utf8) {
  return static_cast<std::size_t>(
      std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

Result<std::string> check_report(const ComplaintReport& r, const std::string& now) {
  if (!is_complaint_category(r.category))
    return invalid_input(
        "category",
        "Pilih apa yang dilihat: anak_jalanan, anak_terlantar, pengemis, gelandangan, lansia_terlantar, "
        "disabilitas_terlantar, odgj, kekerasan_anak, atau lainnya.");
  if (blank(r.description)) return invalid_input("description", "Ceritakan apa yang Anda lihat.");
  if (count_characters(r.description) > kMaxDescription)
    return invalid_input("description", "Uraian terlalu panjang (maksimal 2000 karakter).");
  if (blank(r.place)) return invalid_input("place", "Tuliskan tempatnya (nama jalan, patokan).");
  if (count_characters(r.place) > kMaxPlace)
    return invalid_input("place", "Keterangan tempat terlalu panjang (maksimal 300 karakter).");
  if (!valid_seen_at(r.seen_at))
    return invalid_input("seen_at",
                         "Waktu kejadian harus berupa tanggal (TTTT-BB-HH) atau tanggal dan jam (TTTT-BB-HHTjj:mm).");
  TimePoint now_time{};
  if (parse_time(now, now_time)) {
    const std::string tomorrow = format_time(now_time + std::chrono::hours(24)).substr(0, 10);
    if (r.seen_at.substr(0, 10) > tomorrow)
      return invalid_input("seen_at", "Waktu kejadian tidak boleh di masa depan.");
  }
  if (count_characters(r.reporter_name) > kMaxReporterName)
    return invalid_input("reporter_name", "Nama pelapor terlalu panjang (maksimal 100 karakter).");
  if (!r.reporter_phone.empty() && !valid_phone(r.reporter_phone))
    return invalid_input("reporter_phone", "Nomor telepon hanya berisi angka (6 sampai 15 digit), spasi, +, atau -.");
  std::string seen = r.seen_at;
  if (!seen.empty() && seen.back() == 'Z') seen.pop_back();
  return seen;
}

std::string make_ticket(const TicketBytes& random) {
  // 40 bits, five bits per character, most significant first.
  unsigned long long bits = 0;
  for (unsigned char b : random) bits = (bits << 8) | b;
  std::string chars(8, '0');
  for (int i = 7; i >= 0; --i) {
    chars[static_cast<std::size_t>(i)] = kAlphabet[bits & 31U];
    bits >>= 5;
  }
  return std::string(kTicketPrefix) + "-" + chars.substr(0, 4) + "-" + chars.substr(4);
}

std::optional<std::string> normalize_ticket(std::string_view typed) {
  std::string s;
  for (char c : typed) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    s.push_back(c);
  }
  if (s.size() == 11 && s.substr(0, 3) == kTicketPrefix) s.erase(0, 3);
  if (s.size() != 8) return std::nullopt;
  for (char& c : s) {
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    if (kAlphabet.find(c) == std::string_view::npos) return std::nullopt;
  }
  return std::string(kTicketPrefix) + "-" + s.substr(0, 4) + "-" + s.substr(4);
}

}  // namespace mitra
