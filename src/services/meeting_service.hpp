// Rapat koordinasi: plan a meeting (organiser, invited organisations, agenda), record who came,
// keep the minutes and decisions, and follow up action items (tindak lanjut) with an owner and
// a due date. The organiser, the invited organisations and the Dinsos of the organiser's region
// see a meeting; the organiser's partner managers, supervisors and admins edit it; an action
// item's owner organisation marks it done. Every change is audited.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/meeting.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "services/notification_service.hpp"
#include "store/meeting_repository.hpp"

namespace mitra::services {

struct MeetingInput {
  std::string title, starts_at, ends_at, mode, place, link, partnership_id, minutes;
  std::vector<std::string> agenda, decisions;
  std::vector<std::string> invited;  // organisation ids (the organiser is always a participant)
};

// A change: only the fields present are written. status may be planned or cancelled (held is
// set by recording attendance).
struct MeetingPatch {
  std::optional<std::string> title, starts_at, ends_at, mode, place, link, partnership_id, minutes, status;
  std::optional<std::vector<std::string>> agenda, decisions, invited;
};

struct MeetingParticipantView {
  Organization organization;
  bool organizer = false;
  bool attended = false;
  int attendees = 0;
};

struct ActionView {
  store::ActionRecord record;
  Organization owner;
  std::string owner_user_name;  // "" when none
  DueState due = DueState::upcoming;
  bool may_complete = false;  // the viewer may mark it done
};

struct MeetingView {
  store::MeetingRecord record;
  Organization organizer;
  std::vector<MeetingParticipantView> participants;
  std::vector<ActionView> actions;
  bool may_edit = false;
};

// The actor's organisation organises. Errors: forbidden (not a partner manager, supervisor or
// admin), invalid_input naming the field (an unknown invited organisation: invited).
Result<MeetingView> create_meeting(const Context& ctx, const Actor& actor, const MeetingInput& in);
// Errors: not_found (also when the actor may not see it).
Result<MeetingView> get_meeting(const Context& ctx, const Actor& actor, const std::string& id);
// Errors: not_found, forbidden (sees but may not edit), invalid_input, conflict (a held meeting
// cannot be cancelled).
Result<MeetingView> update_meeting(const Context& ctx, const Actor& actor, const std::string& id,
                                   const MeetingPatch& patch);
// Sets who came (organisations not yet invited are added) and marks the meeting held.
// Errors: not_found, forbidden, invalid_input, conflict (cancelled; starts in the future).
Result<MeetingView> record_attendance(const Context& ctx, const Actor& actor, const std::string& id,
                                      const std::vector<Attendance>& attendance);

struct MeetingPage {
  std::vector<MeetingView> items;
  std::string next_cursor;
};
// Visible meetings, newest first. filter.organization_id and region are set from the actor.
Result<MeetingPage> list_meetings(const Context& ctx, const Actor& actor, store::MeetingFilter filter);

struct ActionInput {
  std::string description, owner_organization_id, owner_user_id, due_date;
};
// Errors: not_found, forbidden, invalid_input (the owner must be a participant; the owner user
// must belong to the owner organisation; the due date a calendar date).
Result<MeetingView> add_action(const Context& ctx, const Actor& actor, const std::string& meeting_id,
                               const ActionInput& in);
struct ActionPatch {
  std::optional<std::string> status, description, owner_organization_id, owner_user_id, due_date;
};
// The owner organisation may change only the status to done (or reopen it); the meeting's editors
// may change everything. Errors: not_found, forbidden, invalid_input, conflict (transition).
Result<MeetingView> update_action(const Context& ctx, const Actor& actor, const std::string& meeting_id,
                                  const std::string& action_id, const ActionPatch& patch);

struct AttendanceRateView {
  Organization organization;
  int invited = 0, attended = 0;
  double rate = 0;
};
struct AttendanceReport {
  std::string from, to, region;  // the period [from, to] as dates, and the region code
  int meetings = 0;              // held meetings counted
  std::vector<AttendanceRateView> items;
};
// Held meetings starting from `from` to `to` (dates, inclusive; default the last 12 months)
// organised within `region` (default the actor's Dinsos region). Dinsos staff of that region only.
// Errors: forbidden, invalid_input (from, to, region).
Result<AttendanceReport> attendance_report(const Context& ctx, const Actor& actor, const std::string& from,
                                           const std::string& to, const std::string& region);

// Notification provider: open action items owned by the user's organisation (or by the user)
// due within kActionReminderDays (action_item_due) or overdue (action_item_overdue).
std::vector<NotificationItem> action_item_notifications(const NotificationRequest& request);

}  // namespace mitra::services
