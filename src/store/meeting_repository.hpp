// Coordination meetings, their participants (invited and attending organisations) and action
// items.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/meeting.hpp"
#include "store/database.hpp"

namespace mitra::store {

struct MeetingRecord {
  std::string id, organizer_id, region_code, partnership_id, title, starts_at, ends_at, place, link, minutes,
      created_by, created_at, updated_at;
  MeetingMode mode = MeetingMode::in_person;
  MeetingStatus status = MeetingStatus::planned;
  std::vector<std::string> agenda, decisions;
};

struct ParticipantRecord {
  std::string organization_id;
  bool attended = false;
  int attendees = 0;
};

struct ActionRecord {
  std::string id, meeting_id, description, owner_organization_id, owner_user_id, due_date, done_at, done_by,
      created_by, created_at, updated_at;
  ActionStatus status = ActionStatus::open;
};

void insert_meeting(UnitOfWork& u, const MeetingRecord& m);
// Writes every field but id, organiser, region and creation.
void update_meeting(UnitOfWork& u, const MeetingRecord& m);
std::optional<MeetingRecord> find_meeting(UnitOfWork& u, const std::string& id);

// Replaces the meeting's participant rows.
void save_participants(UnitOfWork& u, const std::string& meeting_id, const std::vector<ParticipantRecord>& rows);
std::vector<ParticipantRecord> participants(UnitOfWork& u, const std::string& meeting_id);

struct MeetingFilter {
  std::string organization_id;  // the viewer's organisation: organiser or participant
  std::string region;           // a Dinsos viewer's region code ("" for none): meetings organised within it
  std::string q;                // folded text within the title, "" for any
  std::string from, to;         // starts_at within [from, to) ("" for open ends)
  std::string partnership_id;   // "" for any
  std::string cursor;           // "starts_at|id" of the last row seen
  int limit = 50;
};
// Visible meetings, newest first; at most limit + 1.
std::vector<MeetingRecord> list_meetings(UnitOfWork& u, const MeetingFilter& f);

// One participant row of a held meeting, for attendance rates.
struct HeldParticipant {
  std::string meeting_id, organization_id;
  bool attended = false;
};
// Participants of held meetings starting in [from, to) organised within `region` (a code prefix,
// "" for everywhere).
std::vector<HeldParticipant> held_participants(UnitOfWork& u, const std::string& from, const std::string& to,
                                               const std::string& region);

void insert_action(UnitOfWork& u, const ActionRecord& a);
// Writes description, owner, due date, status, done_at/by and updated_at.
void update_action(UnitOfWork& u, const ActionRecord& a);
std::optional<ActionRecord> find_action(UnitOfWork& u, const std::string& id);
std::vector<ActionRecord> actions_of_meeting(UnitOfWork& u, const std::string& meeting_id);
// Open items owned by an organisation due on or before `until` ("YYYY-MM-DD"), of meetings not
// cancelled, earliest first.
std::vector<ActionRecord> open_actions_due(UnitOfWork& u, const std::string& owner_organization_id,
                                           const std::string& until);

}  // namespace mitra::store
