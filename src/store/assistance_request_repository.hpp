// Assistance requests (surat permohonan bantuan): service levels, requests with their items,
// the timeline of each request, and the rows behind the response-time figures.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/assistance_request.hpp"
#include "store/database.hpp"

namespace mitra::store {

struct ServiceLevelRecord {
  std::string organization_id;
  int working_days = kDefaultServiceLevelDays;
  std::string letterhead_address, signatory_name, signatory_title, updated_by, updated_at;
};
std::optional<ServiceLevelRecord> find_service_level(UnitOfWork& u, const std::string& organization_id);
// Inserts or replaces.
void save_service_level(UnitOfWork& u, const ServiceLevelRecord& s);

struct RequestRecord {
  std::string id, requester_id, responder_id, region_code, title, purpose, activity_name, activity_date, activity_id,
      partnership_id;
  int beneficiaries = 0;
  std::string letter_number, letter_date, letter_document_id, received_on;
  int service_level_days = kDefaultServiceLevelDays;
  std::string reply_due;
  RequestStatus status = RequestStatus::submitted;
  bool partial = false;
  std::string decided_on, decided_at, decided_by, decision_note, reply_letter_number, delivered_on, delivered_at,
      escalated_at, created_by, created_at, updated_at;
  std::vector<RequestItem> items;
};

// Writes the request and its items.
void insert_request(UnitOfWork& u, const RequestRecord& r);
// Writes status, decision, delivery, escalation and approved quantities.
void update_request(UnitOfWork& u, const RequestRecord& r);
// With its items.
std::optional<RequestRecord> find_request(UnitOfWork& u, const std::string& id);

struct RequestEventRecord {
  std::string id, request_id, status, at, user_id, organization_id, note;
  std::string user_name;  // filled by reads
};
void insert_request_event(UnitOfWork& u, const RequestEventRecord& e);
// Oldest first.
std::vector<RequestEventRecord> request_events(UnitOfWork& u, const std::string& request_id);

struct RequestFilter {
  std::string organization_id;  // the viewer's organisation
  std::string box;              // inbox (responder) | outbox (requester) | escalated | "" (either)
  std::string status;           // "" or a status code
  bool overdue = false;         // awaiting a decision past reply_due
  std::string today;            // for overdue, YYYY-MM-DD
  std::string q;                // in the title, the letter number or the activity
  std::string partnership_id;   // "" for all
  std::string cursor;           // last id seen
  int limit = 50;
};
// Newest first; at most limit + 1; with items.
std::vector<RequestRecord> list_requests(UnitOfWork& u, const RequestFilter& f);

// Requests awaiting a decision whose reply was due before `today` and not yet escalated, of one
// responder ("" for every responder).
std::vector<std::string> overdue_unescalated(UnitOfWork& u, const std::string& responder_id, const std::string& today);
// Sets escalated_at unless it is set already; returns whether this call set it.
bool mark_escalated(UnitOfWork& u, const std::string& id, const std::string& at);

struct ResponseRow {
  std::string responder_id, received_on, reply_due, decided_on, delivered_on, activity_date;
};
// Requests received in [from, to] by `responder_id` ("" for all).
std::vector<ResponseRow> response_rows(UnitOfWork& u, const std::string& responder_id, const std::string& from,
                                       const std::string& to);

}  // namespace mitra::store
