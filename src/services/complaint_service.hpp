// Pengaduan sosial: the public reports someone who needs help (no login, throttled per client
// address) and gets a ticket; staff take complaints by phone, WhatsApp, walk-in or SMS; the
// handling organisation triages, dispatches a team and records the outcome with the persons found.
//
// Who handles a public complaint: the active Dinas Sosial whose region is the longest prefix of
// the reported region code (the city's, else the province's); without a region, or when no Dinsos
// covers it, the first active Dinsos by code. A complaint taken by staff is handled by the staff
// member's own organisation. Who sees a complaint: social workers and supervisors of the handling
// organisation and of the organisation a team was dispatched from, and Dinsos supervisors whose
// region contains the complaint's region.
#pragma once
#include <string>
#include <vector>

#include "domain/complaint.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "services/rate_limiter.hpp"
#include "store/complaint_repository.hpp"

namespace mitra::services {

// Public submissions and ticket look-ups allowed per client address.
constexpr RateLimiter::Limit kPublicComplaintLimit{5, std::chrono::seconds(600)};
constexpr RateLimiter::Limit kPublicLookupLimit{60, std::chrono::seconds(600)};

struct ComplaintReceipt {
  std::string ticket;
  ComplaintStatus status = ComplaintStatus::new_;
  std::string created_at, updated_at, closed_at;
};

// The public form. Errors: invalid_input (field), too_many_attempts (with the seconds to wait;
// checked after the report's own rules, before any database work), conflict (no Dinsos at all).
// Audited without any of the reporter's words.
Result<ComplaintReceipt> submit_public_complaint(const Context& ctx, RateLimiter& limiter, const Origin& origin,
                                                 const ComplaintReport& report);
// Status and dates only, for whoever holds the ticket. Errors: invalid_input (field ticket),
// not_found, too_many_attempts.
Result<ComplaintReceipt> public_complaint_status(const Context& ctx, RateLimiter& limiter, const Origin& origin,
                                                 const std::string& ticket);
// The Dinas Sosial offices that receive public complaints, for the public form's area list.
std::vector<store::ServedArea> complaint_areas(const Context& ctx);

struct LinkedPerson {
  std::string id;
  std::string full_name;  // "" when the viewer may not see the person
};

struct ComplaintView {
  store::ComplaintRecord record;
  Organization handler;
  Organization dispatched;  // empty id when no organisation was named
  std::vector<LinkedPerson> persons;
};

// Staff intake (channel phone | whatsapp | walk_in | sms | web). Errors: forbidden,
// invalid_input (field).
Result<ComplaintView> take_complaint(const Context& ctx, const Actor& actor, const std::string& channel,
                                     const ComplaintReport& report);
// Audited. Errors: forbidden, not_found (also when not visible).
Result<ComplaintView> get_complaint(const Context& ctx, const Actor& actor, const std::string& id);

struct ComplaintPage {
  std::vector<ComplaintView> items;
  std::string next_cursor;
};
// The triage board: complaints the actor sees, newest first, by status. Audited (counts only).
Result<ComplaintPage> list_complaints(const Context& ctx, const Actor& actor, store::ComplaintFilter filter);

// The moves of domain/complaint.hpp's advance(). Each: forbidden (not a social worker or
// supervisor; not the handling organisation or its region's supervisor), not_found,
// invalid_input (field), conflict (field status: a move the state machine refuses).
Result<ComplaintView> triage_complaint(const Context& ctx, const Actor& actor, const std::string& id,
                                       const std::string& priority, const std::string& note);
// `organization_id` ("" for none) is the team's organisation, which then sees the complaint.
Result<ComplaintView> dispatch_complaint(const Context& ctx, const Actor& actor, const std::string& id,
                                         const std::string& team, const std::string& organization_id);
// The outcome, by the handling organisation or the dispatched team's organisation; person_ids
// are persons the actor may see (the persons found), linked to the complaint.
Result<ComplaintView> resolve_complaint(const Context& ctx, const Actor& actor, const std::string& id,
                                        const std::string& outcome, const std::vector<std::string>& person_ids);
Result<ComplaintView> reject_complaint(const Context& ctx, const Actor& actor, const std::string& id,
                                       const std::string& reason);

}  // namespace mitra::services
