// Rapat koordinasi (Rakor): coordination meetings between a Dinsos and its partners, in person or
// online, with invited and attending organisations, agenda, minutes, decisions and action items
// (tindak lanjut) that have an owner and a due date. Pure rules, no I/O.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "domain/working_days.hpp"

namespace mitra {

enum class MeetingMode { in_person, online };  // tatap muka / daring
std::string_view to_string(MeetingMode m);
std::optional<MeetingMode> parse_meeting_mode(std::string_view s);

// planned until attendance is recorded (held); a planned meeting may be cancelled.
enum class MeetingStatus { planned, held, cancelled };  // direncanakan / terlaksana / dibatalkan
std::string_view to_string(MeetingStatus s);
std::optional<MeetingStatus> parse_meeting_status(std::string_view s);

enum class ActionStatus { open, done, cancelled };  // terbuka / selesai / dibatalkan
std::string_view to_string(ActionStatus s);
std::optional<ActionStatus> parse_action_status(std::string_view s);

inline constexpr int kMaxAgendaItems = 50;
inline constexpr int kMaxInvited = 200;
inline constexpr int kMaxAttendees = 10000;

// What is planned. starts_at/ends_at are ISO 8601 UTC ("" ends_at for none).
struct MeetingPlan {
  std::string title;
  std::string starts_at, ends_at;
  MeetingMode mode = MeetingMode::in_person;
  std::string place;  // required in person
  std::string link;   // required online: an http(s) address
  std::vector<std::string> agenda;
};
// Errors: invalid_input naming the field (title, starts_at, ends_at, place, link, agenda).
Status check_meeting_plan(const MeetingPlan& p);

// One organisation's attendance at a held meeting.
struct Attendance {
  std::string organization_id;
  bool attended = false;
  int attendees = 0;  // people who came; 0 when unknown or absent
};
// Errors: invalid_input (field attendance) when a count is out of range or given for an absent
// organisation.
Status check_attendance(const std::vector<Attendance>& a);

// Whether a status change of an action item is allowed: open -> done | cancelled, done ->
// open (reopened). Errors: conflict (field status) otherwise.
Status check_action_transition(ActionStatus from, ActionStatus to);

// How an action item stands on `today` (both "YYYY-MM-DD").
enum class DueState {
  closed,    // done or cancelled: nothing to remind
  upcoming,  // due later than the reminder window
  due_soon,  // due today or within `window_days`
  overdue,   // due date passed
};
inline constexpr int kActionReminderDays = 7;
DueState due_state(ActionStatus status, const std::string& due_date, const std::string& today,
                   int window_days = kActionReminderDays);
std::string_view to_string(DueState d);


// Meetings as the attendance table needs them: who was invited (the organiser counts as
// invited) and who came. Only held meetings count.
struct HeldMeeting {
  std::vector<std::string> invited;
  std::vector<std::string> attended;
};
struct AttendanceRate {
  std::string organization_id;
  int invited = 0, attended = 0;
  double rate = 0;  // attended / invited, 0..1
};
// Per organisation, ordered by rate (lowest first, so who drifts away shows on top), then id.
// An organisation that attended without being listed as invited counts as invited too.
std::vector<AttendanceRate> attendance_rates(const std::vector<HeldMeeting>& meetings);

}  // namespace mitra
