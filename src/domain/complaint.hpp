// Pengaduan sosial: a report from the public (on the web form) or taken by staff (phone,
// WhatsApp, walk-in, SMS) that someone on the street or at home needs the social services. Its
// state machine is one function, advance(); the ticket is what the reporter keeps to follow it.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace mitra {

// new -> triaged -> dispatched -> resolved, or rejected before dispatch.
enum class ComplaintStatus {
  new_,        // "new": received, nobody has looked at it yet
  triaged,     // priority set
  dispatched,  // a team (TRC, Satpol PP, an NGO's outreach) was sent
  resolved,    // the team reported back (outcome, persons found)
  rejected,    // not a case for the social services, a duplicate, a prank
};
enum class ComplaintStep { triage, dispatch, resolve, reject };

std::string_view to_string(ComplaintStatus s);
std::optional<ComplaintStatus> parse_complaint_status(std::string_view s);
bool is_final(ComplaintStatus s);

// The allowed moves: triage a new (or re-prioritise a triaged) complaint; dispatch a triaged
// one (or re-dispatch to another team); resolve a dispatched one; reject one not yet dispatched.
// Errors: conflict field "status" for any other move.
Result<ComplaintStatus> advance(ComplaintStatus current, ComplaintStep step);

// What was seen, the short public list (a complaint is not yet a PMKS classification).
const std::vector<std::string_view>& complaint_categories();
bool is_complaint_category(std::string_view s);
// How it reached the office: web | phone | whatsapp | walk_in | sms.
bool is_complaint_channel(std::string_view s);
// low | medium | high | urgent.
bool is_complaint_priority(std::string_view s);

// What a reporter tells us, before the office adds anything.
struct ComplaintReport {
  std::string category;
  std::string description;     // at most kMaxDescription characters
  std::string region_code;     // optional Kemendagri code
  std::string place;           // where: street, landmark
  std::string seen_at;         // when: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z]
  std::string reporter_name;   // optional; stored, never logged, never shown publicly
  std::string reporter_phone;  // optional; digits, spaces, +, -, (, )
};
constexpr std::size_t kMaxDescription = 2000;
constexpr std::size_t kMaxPlace = 300;
constexpr std::size_t kMaxReporterName = 100;

// Checks a report (texts trimmed by the caller). `now` is an ISO 8601 UTC text: a sighting may
// not be in the future (a day's grace for time zones). Returns the normalised seen_at (ISO, UTC
// midnight for a date) or invalid_input naming the field.
Result<std::string> check_report(const ComplaintReport& r, const std::string& now);

// Number of Unicode code points in valid UTF-8 text.
std::size_t count_characters(std::string_view utf8);

// A ticket is "PGD-" and 8 Crockford base-32 characters in two groups of four: 40 random bits,
// short enough to read over the phone, without the look-alike letters I, L, O, U.
using TicketBytes = std::array<unsigned char, 5>;
std::string make_ticket(const TicketBytes& random);
// A ticket as typed by a person (any case, spaces around, O for 0, I or L for 1, with or without
// the dashes and the prefix) in its canonical form; nullopt when it cannot be one.
std::optional<std::string> normalize_ticket(std::string_view typed);

}  // namespace mitra
