// Assistance requests (surat permohonan bantuan, the Semarang problem of seed 002): a partner
// organisation asks another (usually its Dinsos) for items for an activity; the responder
// reviews, approves in full or in part or rejects with a reason, and delivers; each step is
// timed, by whom, and audited. A reply is due the responder's service level in working days
// after the letter arrived; requests without a decision past that day are escalated to the
// responder's supervisors. Only the two organisations see a request; figures are aggregates.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/assistance_request.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "services/notification_service.hpp"
#include "store/assistance_request_repository.hpp"
#include "store/identity_repository.hpp"

namespace mitra::services {

struct ServiceLevelView {
  Organization organization;
  store::ServiceLevelRecord level;  // kDefaultServiceLevelDays when none was set
};
// Any signed-in user. Errors: not_found.
Result<ServiceLevelView> get_service_level(const Context& ctx, const Actor& actor, const std::string& organization_id);
struct ServiceLevelInput {
  int working_days = kDefaultServiceLevelDays;
  std::string letterhead_address, signatory_name, signatory_title;
};
// The organisation's admin or supervisor. Errors: forbidden, not_found, invalid_input.
Result<ServiceLevelView> set_service_level(const Context& ctx, const Actor& actor, const std::string& organization_id,
                                           const ServiceLevelInput& in);

struct RequestInput {
  std::string responder_id;
  std::string requester_id;  // "" = the actor's organisation; another when the responder records a paper letter
  std::string title, purpose, activity_name, activity_date, activity_id, partnership_id;
  int beneficiaries = 0;
  std::string letter_number, letter_date, letter_document_id;
  std::string received_on;  // "" = today (the responder's day); at most 90 days back
  std::vector<RequestItem> items;
};

struct RequestView {
  store::RequestRecord record;
  Organization requester, responder;
  bool overdue = false;
  int days_late = 0;            // working days past the due day (decided late, or still waiting)
  bool may_decide = false;      // the viewer may review, approve or reject
  bool may_deliver = false;     // the viewer may record the delivery
  std::vector<store::RequestEventRecord> events;  // only in the detail
};

// Errors: forbidden (role), not_found (responder), invalid_input naming the field.
Result<RequestView> submit_request(const Context& ctx, const Actor& actor, const RequestInput& in);
// Either organisation's users. Escalates the request first if it is overdue. Errors: not_found.
Result<RequestView> get_request(const Context& ctx, const Actor& actor, const std::string& id);

struct RequestPage {
  std::vector<RequestView> items;
  std::string next_cursor;
};
// box: inbox (to the actor's organisation), outbox (from it), escalated (the responder's
// supervisors' list), "" for both. Escalates overdue requests to the actor's organisation first.
// Errors: invalid_input (box, status), forbidden (escalated list for non-supervisors).
Result<RequestPage> list_requests(const Context& ctx, const Actor& actor, store::RequestFilter filter);

// submitted -> under_review, by the responder. Errors: forbidden, not_found, conflict.
Result<RequestView> start_review(const Context& ctx, const Actor& actor, const std::string& id);

struct DecisionInput {
  std::string decision;        // approve | reject
  std::vector<int> approved;   // per item, for approve
  std::string note;            // the reason, required for reject
  std::string reply_letter_number;  // "" = generated
};
// By the responder. Errors: forbidden, not_found, invalid_input (decision, items, reason), conflict.
Result<RequestView> decide(const Context& ctx, const Actor& actor, const std::string& id, const DecisionInput& in);
// approved -> delivered, by either organisation. delivered_on "" = today. Errors: forbidden,
// not_found, invalid_input (delivered_on), conflict.
Result<RequestView> mark_delivered(const Context& ctx, const Actor& actor, const std::string& id,
                                   const std::string& delivered_on, const std::string& note);

// Escalates every request past its reply day without a decision (once: idempotent). Returns how
// many were escalated by this call. For a periodic sweep or the command line.
int escalate_overdue(const Context& ctx);
// What `actor` must answer and is late with: requests to the actor's organisation awaiting a
// decision past their due day (for the notification centre). Empty for users who do not respond.
std::vector<RequestView> overdue_requests_for(const Context& ctx, const Actor& actor);

// The notification centre's provider: letters to the actor's organisation awaiting a decision,
// due within two working days (warning) or past their day (danger, "escalated" for supervisors).
// Reads only; for the responder's supervisors and partner managers.
std::vector<NotificationItem> assistance_request_notifications(const NotificationRequest& request);

struct ResponderFigures {
  Organization responder;
  ResponseFigures figures;
};
// Per responder (one when responder_id is given) over requests received in [from, to] (both
// "YYYY-MM-DD"; defaults: the last 365 days). Aggregates only: any signed-in user.
// Errors: invalid_input (from, to, responder).
Result<std::vector<ResponderFigures>> response_figures(const Context& ctx, const Actor& actor,
                                                       const std::string& responder_id, const std::string& from,
                                                       const std::string& to);

struct ReplyLetter {
  std::string filename;
  std::string pdf;
};
// The reply letter of a decided request, for either organisation. Audited. Errors: not_found,
// conflict (no decision yet).
Result<ReplyLetter> reply_letter(const Context& ctx, const Actor& actor, const std::string& id);

}  // namespace mitra::services
