#include "http/openapi.hpp"

#include "domain/person.hpp"

namespace mitra::http {
namespace {

using boost::json::array;
using boost::json::object;

object op(const char* summary, const char* tag, bool body = false, bool is_public = false) {
  object o{{"summary", summary},
           {"tags", array{tag}},
           {"responses",
            object{{"200", object{{"description", "OK"}}},
                   {"4XX", object{{"description", "Error"},
                                  {"content", object{{"application/json",
                                                      object{{"schema", object{{"$ref", "#/components/schemas/Error"}}}}}}}}}}}};
  if (body)
    o["requestBody"] = object{{"required", true}, {"content", object{{"application/json", object{{"schema", object{{"type", "object"}}}}}}}};
  if (is_public) o["security"] = array{};
  return o;
}

array list_params(std::initializer_list<const char*> extra) {
  array a;
  for (const char* name : {"q", "limit", "cursor"})
    a.push_back(object{{"name", name}, {"in", "query"}, {"schema", object{{"type", "string"}}}});
  for (const char* name : extra)
    a.push_back(object{{"name", name}, {"in", "query"}, {"schema", object{{"type", "string"}}}});
  return a;
}

object build() {
  object paths;
  paths["/api/v1/health"] = object{{"get", op("Health, engine and schema version", "system", false, true)}};
  paths["/api/v1/openapi.json"] = object{{"get", op("This document", "system", false, true)}};
  paths["/api/v1/session"] = object{{"post", op("Log in; sets the session cookie, returns csrf_token and user", "session", true, true)},
                                    {"get", op("The current session's user and csrf_token", "session")},
                                    {"delete", op("Log out", "session")}};
  paths["/api/v1/session/password"] = object{{"put", op("Change own password", "session", true)}};
  paths["/api/v1/session/preferences"] = object{{"patch", op("Set own language (id or en)", "session", true)}};
  paths["/api/v1/session/email"] = object{{"get", op("Own e-mail address and whether notifications are e-mailed", "session")},
                                          {"put", op("Set own e-mail address and choice (audited, address not logged)", "session", true)}};
  auto users_list = op("List users (admins: all; others: own organisation)", "users");
  users_list["parameters"] = list_params({"organization_id"});
  paths["/api/v1/users"] = object{{"get", users_list}, {"post", op("Create a user (admin)", "users", true)}};
  paths["/api/v1/users/{id}"] = object{{"get", op("One user", "users")}, {"patch", op("Update a user (admin)", "users", true)}};
  auto orgs_list = op("List organisations (the partner directory)", "organizations");
  orgs_list["parameters"] = list_params({"type", "region"});
  paths["/api/v1/organizations"] = object{{"get", orgs_list}, {"post", op("Create an organisation (admin)", "organizations", true)}};
  paths["/api/v1/organizations/{id}"] = object{{"get", op("One organisation", "organizations")},
                                               {"patch", op("Update an organisation (admin)", "organizations", true)}};
  auto regions_list = op("Kemendagri regions: provinces, or children of ?parent, or ?q search", "regions");
  regions_list["parameters"] = list_params({"parent", "level"});
  paths["/api/v1/regions"] = object{{"get", regions_list}};
  paths["/api/v1/regions/{code}"] = object{{"get", op("One region with its path from the province", "regions")}};
  auto audit_list = op("The audit log, newest first (auditor, admin)", "audit");
  audit_list["parameters"] = list_params({"action", "entity_type", "entity_id", "user_id", "from", "to"});
  paths["/api/v1/audit"] = object{{"get", audit_list}};
  auto persons_list = op("Persons visible to the viewer (audited)", "persons");
  persons_list["parameters"] = list_params({"nik", "region", "category"});
  paths["/api/v1/persons"] = object{{"get", persons_list}, {"post", op("Register a person (penerima manfaat)", "persons", true)}};
  paths["/api/v1/persons/matches"] = object{{"post", op("Likely existing records across organisations, before registering", "persons", true)}};
  paths["/api/v1/persons/{id}"] = object{
      {"get", op("One person with categories and consents (audited)", "persons")},
      {"patch", op("Correct a person's registration data: any subset of the registration fields, null clears; "
                   "warnings need confirm_warnings (social workers, supervisors; audited with field names)",
                   "persons", true)}};
  paths["/api/v1/persons/{id}/categories"] = object{
      {"post", op("Assess the person in a PMKS category {category, assessed_on?} (409 while it applies already)", "persons", true)}};
  paths["/api/v1/persons/{id}/categories/{code}/end"] =
      object{{"post", op("End the category's open period {ended_on?} (409 when ended already)", "persons", true)}};
  auto cases_list = op("Cases visible to the viewer, newest first (audited)", "cases");
  cases_list["parameters"] = list_params({"person_id", "stage"});
  paths["/api/v1/cases"] = object{{"get", cases_list}, {"post", op("Open a case for a person at the actor's organisation", "cases", true)}};
  paths["/api/v1/cases/{id}"] = object{{"get", op("One case with its stage history (audited)", "cases")}};
  paths["/api/v1/cases/{id}/transitions"] = object{{"post", op("Move a case to another ATENSI stage, with a reason", "cases", true)}};
  auto referrals_list = op("Referrals received (box=inbox) or sent (box=outbox), newest first", "referrals");
  referrals_list["parameters"] = list_params({"box", "status"});
  paths["/api/v1/referrals"] = object{{"get", referrals_list}, {"post", op("Refer (or transfer) a case to another organisation", "referrals", true)}};
  paths["/api/v1/referrals/summary"] = object{{"get", op("Pending and overdue referrals in the inbox", "referrals")}};
  paths["/api/v1/referrals/{id}"] = object{{"get", op("One referral (audited)", "referrals")}};
  paths["/api/v1/referrals/{id}/reply"] = object{{"post", op("The receiver accepts or declines, with a reason", "referrals", true)}};
  paths["/api/v1/referrals/{id}/end"] = object{{"post", op("Withdraw (sender, pending) or complete (accepted); access ends", "referrals", true)}};
  paths["/api/v1/service-types"] = object{{"get", op("The ATENSI service types and the details each takes", "services")}};
  paths["/api/v1/cases/{id}/services"] = object{{"get", op("A case's services, oldest first (audited)", "services")}, {"post", op("Record a service given within a case", "services", true)}};
  paths["/api/v1/services/{id}"] = object{{"patch", op("Change a service's status, outcome, end date or details", "services", true)}};
  auto due_list = op("The organisation's due and overdue follow-up visits, earliest first (audited)", "follow-ups");
  due_list["parameters"] = list_params({"due_before"});
  paths["/api/v1/follow-ups"] = object{{"get", due_list}};
  paths["/api/v1/follow-ups/{id}"] = object{{"post", op("Record a follow-up visit; seen on the street reopens the case", "follow-ups", true)}};
  paths["/api/v1/cases/{id}/follow-ups"] = object{{"get", op("The family track record: a case's follow-up visits by month (audited)", "follow-ups")}, {"post", op("Schedule follow-up visits, monthly by default", "follow-ups", true)}};
  paths["/api/v1/cases/{id}/assessment"] = object{{"get", op("Latest assessment per domain and every version (audited)", "case-records")}, {"put", op("Save one or more assessment domains as new versions", "case-records", true)}};
  paths["/api/v1/cases/{id}/plan"] = object{{"get", op("The intervention plan's goals (audited)", "case-records")}};
  paths["/api/v1/cases/{id}/plan/goals"] = object{{"post", op("Add a goal to the intervention plan", "case-records", true)}};
  paths["/api/v1/plan-goals/{id}"] = object{{"patch", op("Change a goal's status, description, target date or responsible", "case-records", true)}};
  paths["/api/v1/cases/{id}/notes"] = object{{"get", op("Case notes, newest first; sensitive ones hidden from those who may not read them (audited)", "case-records")}, {"post", op("Append a case note (optionally sensitive, or correcting an earlier one)", "case-records", true)}};
  paths["/api/v1/persons/{id}/family"] = object{{"get", op("Family links both ways and the household (audited)", "family")}, {"post", op("Link a relative the actor may see", "family", true)}};
  paths["/api/v1/households"] = object{{"post", op("Create a household (KK) with its head", "family", true)}};
  paths["/api/v1/households/{id}"] = object{{"get", op("A household with members as far as the viewer may see them (audited)", "family")}};
  paths["/api/v1/households/{id}/members"] = object{{"post", op("Add a member with their relation to the head", "family", true)}};
  paths["/api/v1/facilities"] = object{{"get", op("Shelter facilities with beds by sex and age group, and how many are taken", "shelter")}};
  paths["/api/v1/facilities/{id}/capacity"] = object{{"put", op("Set a facility's beds (Dinsos admin, or its supervisor)", "shelter", true)}};
  auto board = op("Occupancy board of a facility for a day: per bed group capacity, occupied, free; current stays (audited)", "shelter");
  board["parameters"] = array{object{{"name", "date"}, {"in", "query"}, {"schema", object{{"type", "string"}}}}};
  paths["/api/v1/facilities/{id}/occupancy"] = object{{"get", board}};
  auto stays_list = op("Stays of a facility or of a case, newest first (audited)", "shelter");
  stays_list["parameters"] = list_params({"facility", "case_id", "status"});
  paths["/api/v1/stays"] = object{{"get", stays_list}, {"post", op("Admit a person into a facility within a case", "shelter", true)}};
  paths["/api/v1/stays/{id}"] = object{{"get", op("One stay (audited)", "shelter")}};
  paths["/api/v1/stays/{id}/discharge"] = object{{"post", op("Discharge: destination, belongings returned, signed hand-over", "shelter", true)}};
  auto meetings_list = op("Coordination meetings (rapat koordinasi) the viewer sees, newest first", "meetings");
  meetings_list["parameters"] = list_params({"from", "to", "partnership_id"});
  paths["/api/v1/meetings"] = object{{"get", meetings_list},
                                     {"post", op("Plan a meeting organised by the caller's organisation", "meetings", true)}};
  auto rates = op("Attendance rates per organisation over a period (Dinsos staff)", "meetings");
  rates["parameters"] = list_params({"from", "to", "region"});
  paths["/api/v1/meetings/attendance"] = object{{"get", rates}};
  paths["/api/v1/meetings/{id}"] = object{{"get", op("One meeting with participants and action items", "meetings")},
                                          {"patch", op("Change a meeting: plan, minutes, decisions, invited, status", "meetings", true)}};
  paths["/api/v1/meetings/{id}/attendance"] = object{{"put", op("Record who attended (and how many people); the meeting is held", "meetings", true)}};
  paths["/api/v1/meetings/{id}/action-items"] = object{{"post", op("Add an action item (owner organisation, due date)", "meetings", true)}};
  paths["/api/v1/meetings/{id}/action-items/{action_id}"] =
      object{{"patch", op("Change an action item; its owner organisation may mark it done", "meetings", true)}};
  auto notifications = op("What is due for the signed-in user, most urgent first, with the unread count", "notifications");
  notifications["parameters"] = list_params({"include"});
  paths["/api/v1/notifications"] = object{{"get", notifications}};
  paths["/api/v1/notifications/summary"] = object{{"get", op("Unread and total notifications, for the header's bell", "notifications")}};
  paths["/api/v1/notifications/read"] = object{{"post", op("Mark notifications read: {keys:[...]} or {all:true}", "notifications", true)}};
  paths["/api/v1/notifications/dismiss"] = object{{"post", op("Dismiss notifications: {keys:[...]} or {all:true}", "notifications", true)}};
  paths["/api/v1/public/complaints"] = object{{"post", op("Public complaint (pengaduan), no login, throttled per address: ticket and status", "complaints", true, true)}};
  paths["/api/v1/public/complaints/areas"] = object{{"get", op("Dinas Sosial offices receiving public complaints", "complaints", false, true)}};
  paths["/api/v1/public/complaints/{ticket}"] = object{{"get", op("A complaint's status and dates by ticket, no login", "complaints", false, true)}};
  auto requests_list = op("Assistance requests of the viewer's organisation (inbox, outbox, escalated), newest first; escalates overdue ones", "assistance-requests");
  requests_list["parameters"] = list_params({"box", "status", "overdue", "partnership_id"});
  paths["/api/v1/assistance-requests"] = object{{"get", requests_list}, {"post", op("Submit a request letter with its items; reply due by the responder's service level in working days", "assistance-requests", true)}};
  auto figures = op("Response-time figures per responder: count, median and 90th percentile working days to a decision, share late, share delivered after the activity", "assistance-requests");
  figures["parameters"] = list_params({"responder", "from", "to"});
  paths["/api/v1/assistance-requests/figures"] = object{{"get", figures}};
  paths["/api/v1/assistance-requests/service-levels/{id}"] = object{{"get", op("An organisation's reply service level and letterhead", "assistance-requests")}, {"put", op("Set own organisation's service level and letterhead (admin, supervisor)", "assistance-requests", true)}};
  paths["/api/v1/assistance-requests/{id}"] = object{{"get", op("One request with its timeline (the two organisations only)", "assistance-requests")}};
  paths["/api/v1/assistance-requests/{id}/review"] = object{{"post", op("Start the review (responder)", "assistance-requests")}};
  paths["/api/v1/assistance-requests/{id}/decision"] = object{{"post", op("Approve (quantity per item, in full or in part) or reject with a reason (responder)", "assistance-requests", true)}};
  paths["/api/v1/assistance-requests/{id}/delivery"] = object{{"post", op("Record the delivery of an approved request", "assistance-requests", true)}};
  paths["/api/v1/assistance-requests/{id}/letter.pdf"] = object{{"get", op("The reply letter PDF (the two organisations only)", "assistance-requests")}};
  auto needs_list = op("Published needs with fulfilment, newest first", "needs");
  needs_list["parameters"] = list_params({"status", "publisher", "region", "partnership_id"});
  paths["/api/v1/needs"] = object{{"get", needs_list}, {"post", op("Publish a need for one's organisation", "needs", true)}};
  paths["/api/v1/needs/{id}"] = object{{"get", op("One need with its pledges and how fast each came", "needs")}};
  paths["/api/v1/needs/{id}/close"] = object{{"post", op("Close an open need with a reason (publisher)", "needs", true)}};
  paths["/api/v1/pledges"] = object{{"get", op("Pledges of the viewer's organisation", "needs")}, {"post", op("Pledge a quantity to a need (not more than what remains)", "needs", true)}};
  paths["/api/v1/pledges/{id}"] = object{{"patch", op("Mark a pledge delivered (publisher) or cancelled", "needs", true)}};
  auto public_needs = op("Public needs, no login, no internal or personal fields, throttled per address", "needs", false, true);
  public_needs["parameters"] = list_params({"status", "region"});
  paths["/api/v1/public/needs"] = object{{"get", public_needs}};
  auto complaints_list = op("The triage board: complaints the viewer handles, newest first (audited)", "complaints");
  complaints_list["parameters"] = list_params({"status"});
  paths["/api/v1/complaints"] = object{{"get", complaints_list}, {"post", op("Take a complaint by phone, WhatsApp, walk-in or SMS", "complaints", true)}};
  paths["/api/v1/complaints/{id}"] = object{{"get", op("One complaint with the reporter's contact (audited)", "complaints")}};
  paths["/api/v1/complaints/{id}/triage"] = object{{"post", op("Set priority and note", "complaints", true)}};
  paths["/api/v1/complaints/{id}/dispatch"] = object{{"post", op("Dispatch a team (and its organisation)", "complaints", true)}};
  paths["/api/v1/complaints/{id}/resolve"] = object{{"post", op("Record the outcome and link the persons found", "complaints", true)}};
  paths["/api/v1/complaints/{id}/reject"] = object{{"post", op("Reject with a reason (before dispatch)", "complaints", true)}};
  paths["/api/v1/persons/{id}/timeline"] = object{{"get", op("A person's journey across organisations, newest first, as far as the viewer may see it (audited)", "persons")}};
  auto pmks_report = op("Yearly PMKS report in the organisation's rows, by sex (aggregates; ?format=csv for a spreadsheet)", "reports");
  pmks_report["parameters"] = array{object{{"name", "year"}, {"in", "query"}, {"required", true}, {"schema", object{{"type", "integer"}}}},
                                    object{{"name", "format"}, {"in", "query"}, {"schema", object{{"type", "string"}}}}};
  paths["/api/v1/reports/pmks"] = object{{"get", pmks_report}};
  paths["/api/v1/reports/pmks-rows"] = object{{"get", op("The organisation's report rows (or one row per category)", "reports")}, {"put", op("Set the organisation's report rows (supervisor, admin)", "reports", true)}};
  paths["/api/v1/organizations/{id}/profile"] = object{{"get", op("Legal data, contacts, ATENSI services, capacity of an organisation", "organizations")}, {"put", op("Change the profile (its managers, its Dinsos): fields given are changed", "organizations", true)}};
  paths["/api/v1/registrations"] = object{{"get", op("LKS registration applications the viewer may see; ?inbox=regency|province, ?organization_id, ?status", "registrations")}, {"post", op("Apply (or renew): {organization_id, note?}", "registrations", true)}};
  paths["/api/v1/registrations/{id}"] = object{{"get", op("One application with checklist, history and the viewer's actions", "registrations")}};
  for (const char* step : {"resubmit", "recommend", "return", "approve", "reject"})
    paths[std::string("/api/v1/registrations/{id}/") + step] = object{{"post", op("A workflow step: {note?, reason (return, reject), registration_number and valid_until (approve)}", "registrations", true)}};
  paths["/api/v1/registrations/{id}/checks/{item}"] = object{{"put", op("The province's survey of one checklist item: {result: ok|not_ok|not_applicable, note?, document_id?}", "registrations", true)}};
  paths["/api/v1/documents"] = object{{"get", op("Documents of an owner: ?owner_type=&owner_id=", "documents")}, {"post", op("Upload: the raw file as body (PDF/JPEG/PNG, at most 10 MiB); ?owner_type=&owner_id=&kind=&title=&file_name=", "documents")}};
  paths["/api/v1/documents/{id}"] = object{{"get", op("A document's record", "documents")}, {"delete", op("Delete a document", "documents")}};
  paths["/api/v1/documents/{id}/content"] = object{{"get", op("The file, checked against its SHA-256 (audited)", "documents")}};
  paths["/api/v1/holidays"] = object{{"get", op("National holidays of a year (?year=), skipped by working-day deadlines", "holidays")}};
  paths["/api/v1/holidays/{day}"] = object{{"put", op("Add or rename a holiday (Dinsos admin)", "holidays", true)}, {"delete", op("Remove a holiday (Dinsos admin)", "holidays", true)}};
  paths["/api/v1/persons/{id}/photo"] = object{{"get", op("The person's photo as an image (audited)", "persons")}, {"put", op("Set the photo: {data: base64 of a JPEG/PNG/WebP of at most 512 KiB}", "persons", true)}, {"delete", op("Remove the photo", "persons", true)}};
  paths["/api/v1/partnerships"] = object{{"get", op("Partnerships the viewer is party to, or in its Dinsos region (?region=&stage=&party=&q=)", "partnerships")}, {"post", op("Create a partnership: parties with roles, purpose, PMKS targets, type, dates, first stage", "partnerships", true)}};
  paths["/api/v1/partnerships/summary"] = object{{"get", op("How many partnerships are at each of the eight stages in the viewer's region (aggregates)", "partnerships")}};
  paths["/api/v1/partnerships/{id}"] = object{{"get", op("A partnership with its eight-stage timeline, evidence and stage history", "partnerships")}, {"patch", op("Change a partnership's fields or parties", "partnerships", true)}};
  paths["/api/v1/partnerships/{id}/stage"] = object{{"post", op("Move one stage forward or back to an earlier stage, with a reason", "partnerships", true)}};
  paths["/api/v1/partnerships/{id}/evidence"] = object{{"post", op("Dated evidence for a stage: note, document id, meeting id", "partnerships", true)}};
  paths["/api/v1/agreements"] = object{{"get", op("Agreements of a partnership (?partnership=) or ending within N days (?expiring_within=60)", "partnerships")}, {"post", op("Record an agreement (MoU, PKS, NPHD, SK) with signatories and obligations", "partnerships", true)}};
  paths["/api/v1/agreements/{id}"] = object{{"get", op("One agreement with days left and the reminder due", "partnerships")}, {"put", op("Replace an agreement's fields and signing parties (editors)", "partnerships", true)}};
  paths["/api/v1/work-plans"] = object{{"get", op("Work plans of a partnership (?partnership=)", "partnerships")}, {"post", op("Create a work plan (rencana kerja)", "partnerships", true)}};
  paths["/api/v1/activities"] = object{{"get", op("Activities of a partnership or work plan (counts only, no names)", "partnerships")}, {"post", op("Create an activity in a work plan", "partnerships", true)}};
  paths["/api/v1/activities/{id}"] = object{{"get", op("An activity with contributions, participants (named only when visible), sessions, reports (audited)", "partnerships")}, {"patch", op("Change an activity's schedule, place, responsible party, outputs", "partnerships", true)}};
  paths["/api/v1/activities/{id}/contributions"] = object{{"post", op("What a party contributes: money, staff, venue, goods, valued in rupiah", "partnerships", true)}};
  paths["/api/v1/activities/{id}/participants"] = object{{"post", op("Add participants from the person registry (person_ids)", "partnerships", true)}};
  paths["/api/v1/activities/{id}/sessions"] = object{{"post", op("A session with its attendance (present: person ids)", "partnerships", true)}};
  paths["/api/v1/activities/{id}/reports"] = object{{"post", op("A periodic report: period, text, document id", "partnerships", true)}};
  paths["/api/v1/budgets/{id}"] = object{{"get", op("A partnership's budget: allocations, disbursements, realisation per source, LPJ", "partnerships")}};
  paths["/api/v1/budgets/allocations"] = object{{"post", op("Allocate money by source (apbd, apbn, csr, own_funds, in_kind), optionally for one activity", "partnerships", true)}};
  paths["/api/v1/budgets/disbursements"] = object{{"post", op("Disburse against an allocation (409 when more than what is left)", "partnerships", true)}};
  paths["/api/v1/budgets/lpj"] = object{{"post", op("An accountability report (LPJ) due by a date", "partnerships", true)}};
  paths["/api/v1/budgets/lpj/{id}/submit"] = object{{"post", op("Submit an LPJ: date and document id", "partnerships", true)}};
  paths["/api/v1/budgets/lpj/{id}/verify"] = object{{"post", op("Verify a submitted LPJ (Dinsos supervisor or admin)", "partnerships", true)}};
  paths["/api/v1/budgets/lpj-overdue"] = object{{"get", op("LPJ not submitted by their due date in the viewer's partnerships (?on=YYYY-MM-DD)", "partnerships")}};
  paths["/api/v1/partnerships/{id}/assessment"] = object{{"get", op("Penilaian kemitraan: evidence indicators, survey scores and the seven lenses with trend (?period=2024|2024Q3 or ?from=&to=); aggregates only", "partnerships")}};
  paths["/api/v1/partnerships/{id}/assessment/survey"] = object{{"get", op("The parties' survey for a period (?period=): own answers and mean per statement", "partnerships")}, {"put", op("Answer the survey for the actor's organisation: {answers: [{statement, score 1-5}]} (?period=)", "partnerships", true)}};
  paths["/api/v1/assessment/statements"] = object{{"get", op("The survey statements, per lens and dimension, in Bahasa Indonesia and English", "partnerships")}};
  paths["/api/v1/pmks-categories"] = object{{"get", op("The 26 PMKS/PPKS categories plus ODGJ and Orang Terlantar", "persons")}};
  paths["/api/v1/duplicates"] = object{{"get", op("The review queue of likely duplicate persons (?status=open|merged|not_same|unmerged|all), best first; Dinsos supervisors", "duplicates")}};
  paths["/api/v1/duplicates/run"] = object{{"post", op("Run the linkage engine over the whole registry into the queue (Dinsos supervisor or admin)", "duplicates", true)}};
  paths["/api/v1/duplicates/{id}"] = object{{"get", op("One pair side by side with per-field evidence (audited read)", "duplicates")}};
  paths["/api/v1/duplicates/{id}/merge"] = object{{"post", op("Merge the pair: survivor_id is kept, every case, service, stay, referral and link moves to it", "duplicates", true)}};
  paths["/api/v1/duplicates/{id}/not-same"] = object{{"post", op("Not the same person: never proposed again", "duplicates", true)}};
  paths["/api/v1/persons/{id}/unmerge"] = object{{"post", op("Undo the merge that absorbed this person: exactly the moved rows go back", "duplicates", true)}};

  object error_schema{
      {"type", "object"},
      {"properties",
       object{{"error", object{{"type", "object"},
                               {"properties", object{{"code", object{{"type", "string"}}},
                                                     {"message", object{{"type", "string"}}},
                                                     {"field", object{{"type", "string"}}},
                                                     {"request_id", object{{"type", "string"}}}}}}}}}};
  // The person's identity details, as POST /api/v1/persons takes and every person answer gives them.
  array religion{""}, disability;
  for (const auto r : religions()) religion.emplace_back(r);
  for (const auto d : disability_kinds()) disability.emplace_back(d);
  object religion_schema{{"type", "string"}, {"enum", std::move(religion)}, {"description", "Agama; \"\" when unknown"}};
  object disabilities_schema{{"type", "array"},
                             {"items", object{{"type", "string"}, {"enum", std::move(disability)}}},
                             {"description", "Ragam disabilitas (UU 8/2016), each at most once"}};
  // Statistics and exports (issue 5).
  array stat_parameters{object{{"name", "year"}, {"in", "query"}, {"schema", object{{"type", "integer"}}}},
                        object{{"name", "from"}, {"in", "query"}, {"schema", object{{"type", "string"}, {"format", "date"}}}},
                        object{{"name", "to"}, {"in", "query"}, {"schema", object{{"type", "string"}, {"format", "date"}}}},
                        object{{"name", "region"}, {"in", "query"}, {"schema", object{{"type", "string"}}}},
                        object{{"name", "organization"}, {"in", "query"}, {"schema", object{{"type", "string"}}}},
                        object{{"name", "source"}, {"in", "query"}, {"schema", object{{"type", "string"}, {"enum", array{"patrol", "complaint", "referral", "direct"}}}}},
                        object{{"name", "suppress"}, {"in", "query"}, {"schema", object{{"type", "integer"}, {"enum", array{0, 1}}}}},
                        object{{"name", "lang"}, {"in", "query"}, {"schema", object{{"type", "string"}, {"enum", array{"id", "en"}}}}},
                        object{{"name", "format"}, {"in", "query"}, {"schema", object{{"type", "string"}, {"enum", array{"json", "csv", "xlsx", "pdf"}}}}}};
  pmks_report["summary"] = "Yearly PMKS table as seed 001 prints it (json, csv, xlsx, pdf with letterhead); filters period, region, organization, source; suppress=1";
  pmks_report["parameters"] = stat_parameters;
  paths["/api/v1/reports/pmks"] = object{{"get", pmks_report}};
  auto statistic_op = op("One statistics table: intakes, shelter, services, outcomes, referrals, assistance, agreements, budget (json, csv, xlsx, pdf)", "reports");
  statistic_op["parameters"] = stat_parameters;
  paths["/api/v1/statistics"] = object{{"get", op("The names of the statistics tables", "reports")}};
  paths["/api/v1/statistics/{name}"] = object{{"get", statistic_op}};
  paths["/api/v1/reports/persons/export"] = object{{"post", op("Identifiable person list (supervisor, admin; audited): {year | from,to, region?, organization?, source?, format: csv|xlsx|pdf, password? (pdf only)}", "reports", true)}};
  object category_schema{
      {"type", "object"},
      {"properties", object{{"code", object{{"type", "string"}}},
                            {"name", object{{"type", "string"}}},
                            {"assessed_on", object{{"type", "string"}, {"format", "date"}}},
                            {"assessed_by", object{{"type", "object"}}},
                            {"ended_on", object{{"type", array{"string", "null"}}, {"format", "date"}}}}}};
  return object{
      {"openapi", "3.1.0"},
      {"info", object{{"title", "mitra API"}, {"version", MITRA_VERSION},
                      {"description", "Shared information system of a Dinas Sosial and its partner organisations. See docs/api.md."}}},
      {"paths", std::move(paths)},
      {"components",
       object{{"schemas", object{{"Error", error_schema},
                                 {"Religion", religion_schema},
                                 {"Disabilities", disabilities_schema},
                                 {"PersonCategory", category_schema}}},
              {"securitySchemes", object{{"session", object{{"type", "apiKey"}, {"in", "cookie"}, {"name", "mitra_session"}}},
                                         {"bearer", object{{"type", "http"}, {"scheme", "bearer"}}}}}}},
      {"security", array{object{{"session", array{}}}, object{{"bearer", array{}}}}}};
}

}  // namespace

const boost::json::value& openapi_document() {
  static const boost::json::value doc = build();
  return doc;
}

}  // namespace mitra::http
