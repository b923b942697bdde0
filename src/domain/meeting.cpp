#include "domain/meeting.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

#include "domain/clock.hpp"

namespace mitra {
namespace {

bool is_web_address(const std::string& s) {
  return (s.rfind("https://", 0) == 0 && s.size() > 8) || (s.rfind("http://", 0) == 0 && s.size() > 7);
}

}  // namespace

std::string_view to_string(MeetingMode m) { return m == MeetingMode::online ? "online" : "in_person"; }
std::optional<MeetingMode> parse_meeting_mode(std::string_view s) {
  if (s == "in_person") return MeetingMode::in_person;
  if (s == "online") return MeetingMode::online;
  return std::nullopt;
}

std::string_view to_string(MeetingStatus s) {
  switch (s) {
    case MeetingStatus::planned:
      return "planned";
    case MeetingStatus::held:
      return "held";
    case MeetingStatus::cancelled:
      return "cancelled";
  }
  return "planned";
}
std::optional<MeetingStatus> parse_meeting_status(std::string_view s) {
  for (auto v : {MeetingStatus::planned, MeetingStatus::held, MeetingStatus::cancelled})
    if (to_string(v) == s) return v;
  return std::nullopt;
}

std::string_view to_string(ActionStatus s) {
  switch (s) {
    case ActionStatus::open:
      return "open";
    case ActionStatus::done:
      return "done";
    case ActionStatus::cancelled:
      return "cancelled";
  }
  return "open";
}
std::optional<ActionStatus> parse_action_status(std::string_view s) {
  for (auto v : {ActionStatus::open, ActionStatus::done, ActionStatus::cancelled})
    if (to_string(v) == s) return v;
  return std::nullopt;
}

Status check_meeting_plan(const MeetingPlan& p) {
  if (p.title.empty()) return invalid_input("title", "Isi judul rapat.");
  TimePoint start{}, end{};
  if (!parse_time(p.starts_at, start))
    return invalid_input("starts_at", "Waktu mulai rapat harus berformat ISO 8601 UTC, mis. 2026-11-25T01:00:00Z.");
  if (!p.ends_at.empty()) {
    if (!parse_time(p.ends_at, end))
      return invalid_input("ends_at", "Waktu selesai rapat harus berformat ISO 8601 UTC, mis. 2026-11-25T03:00:00Z.");
    if (end <= start) return invalid_input("ends_at", "Waktu selesai rapat harus setelah waktu mulai.");
  }
  if (p.mode == MeetingMode::in_person && p.place.empty())
    return invalid_input("place", "Isi tempat rapat tatap muka.");
  if (p.mode == MeetingMode::online && !is_web_address(p.link))
    return invalid_input("link", "Isi tautan rapat daring (diawali https:// atau http://).");
  if (p.agenda.size() > static_cast<std::size_t>(kMaxAgendaItems))
    return invalid_input("agenda", "Agenda rapat paling banyak 50 butir.");
  for (const auto& item : p.agenda)
    if (item.empty() || item.find('\n') != std::string::npos)
      return invalid_input("agenda", "Setiap butir agenda berisi satu baris teks yang tidak kosong.");
  return ok_status();
}

Status check_attendance(const std::vector<Attendance>& list) {
  std::set<std::string> seen;
  for (const auto& a : list) {
    if (a.organization_id.empty()) return invalid_input("attendance", "Setiap baris kehadiran harus menyebut lembaga.");
    if (!seen.insert(a.organization_id).second)
      return invalid_input("attendance", "Satu lembaga hanya boleh muncul sekali dalam daftar hadir.");
    if (a.attendees < 0 || a.attendees > kMaxAttendees)
      return invalid_input("attendance", "Jumlah peserta harus bilangan bulat 0 sampai 10000.");
    if (!a.attended && a.attendees > 0)
      return invalid_input("attendance", "Jumlah peserta hanya diisi untuk lembaga yang hadir.");
  }
  return ok_status();
}

Status check_action_transition(ActionStatus from, ActionStatus to) {
  if (from == ActionStatus::open && to != ActionStatus::open) return ok_status();
  if (from == ActionStatus::done && to == ActionStatus::open) return ok_status();
  if (from == to) return conflict("status", "Tindak lanjut sudah berstatus itu.");
  return conflict("status", "Tindak lanjut yang dibatalkan atau selesai tidak dapat diubah ke status itu.");
}

DueState due_state(ActionStatus status, const std::string& due_date, const std::string& today, int window_days) {
  if (status != ActionStatus::open) return DueState::closed;
  const auto left = days_between(today, due_date);
  if (!left) return DueState::upcoming;
  if (*left < 0) return DueState::overdue;
  return *left <= window_days ? DueState::due_soon : DueState::upcoming;
}

std::string_view to_string(DueState d) {
  switch (d) {
    case DueState::closed:
      return "closed";
    case DueState::upcoming:
      return "upcoming";
    case DueState::due_soon:
      return "due_soon";
    case DueState::overdue:
      return "overdue";
  }
  return "upcoming";
}

std::vector<AttendanceRate> attendance_rates(const std::vector<HeldMeeting>& meetings) {
  std::map<std::string, AttendanceRate> by_org;
  for (const auto& m : meetings) {
    std::set<std::string> invited(m.invited.begin(), m.invited.end());
    const std::set<std::string> attended(m.attended.begin(), m.attended.end());
    invited.insert(attended.begin(), attended.end());
    for (const auto& org : invited) {
      auto& r = by_org[org];
      r.organization_id = org;
      ++r.invited;
      if (attended.count(org)) ++r.attended;
    }
  }
  std::vector<AttendanceRate> out;
  for (auto& [org, r] : by_org) {
    r.rate = r.invited ? static_cast<double>(r.attended) / r.invited : 0;
    out.push_back(r);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const AttendanceRate& a, const AttendanceRate& b) { return a.rate < b.rate; });
  return out;
}

}  // namespace mitra
