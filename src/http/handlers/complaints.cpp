// /api/v1/public/complaints (no login: the public form and the ticket check) and
// /api/v1/complaints (staff: intake, the triage board, triage, dispatch, outcome).
#include <set>

#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/complaint_service.hpp"

namespace mitra::http {
namespace {

// A public body is small: a 2000-character description fits many times over.
constexpr std::size_t kPublicBodyLimit = 32 * 1024;

const std::set<std::string, std::less<>> kReportFields{"category", "description",   "region_code",   "place",
                                                       "seen_at",  "reporter_name", "reporter_phone"};

// Refuses a body with any field outside `allowed` (the public form takes only what it needs).
std::optional<Error> only_fields(const boost::json::object& body, const std::set<std::string, std::less<>>& allowed) {
  for (const auto& kv : body)
    if (!allowed.contains(kv.key()))
      return invalid_input(std::string(kv.key()),
                           "Kolom '" + std::string(kv.key()) + "' tidak dikenal dan tidak diterima.");
  return std::nullopt;
}

std::string trim(std::string s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// The reporter's words, field by field; the first problem is left in `f`. Missing texts are
// left to check_report(), whose messages say what to write rather than which key is missing.
ComplaintReport read_report(Fields& f) {
  ComplaintReport r;
  r.category = f.text("category", false, 40).value_or("");
  r.description = trim(f.text("description", false, 4 * kMaxDescription).value_or(""));
  r.region_code = trim(f.text("region_code", false, 20).value_or(""));
  r.place = trim(f.text("place", false, 4 * kMaxPlace).value_or(""));
  r.seen_at = trim(f.text("seen_at", false, 30).value_or(""));
  r.reporter_name = trim(f.text("reporter_name", false, 4 * kMaxReporterName).value_or(""));
  r.reporter_phone = trim(f.text("reporter_phone", false, 30).value_or(""));
  return r;
}

boost::json::value org_json(const Organization& o) {
  if (o.id.empty()) return nullptr;
  return boost::json::object{{"id", o.id}, {"code", o.code}, {"name", o.name}};
}

boost::json::object receipt_json(const services::ComplaintReceipt& r) {
  return {{"ticket", r.ticket},
          {"status", to_string(r.status)},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at},
          {"closed_at", nullable(r.closed_at)}};
}

// The triage board's item; the detail adds the reporter's contact and the linked persons.
boost::json::object complaint_json(const services::ComplaintView& v, bool detail) {
  const auto& c = v.record;
  boost::json::object o{{"id", c.id},
                        {"ticket", c.ticket},
                        {"channel", c.channel},
                        {"category", c.category},
                        {"description", c.description},
                        {"region_code", c.region_code},
                        {"place", c.place},
                        {"seen_at", c.seen_at},
                        {"organization", org_json(v.handler)},
                        {"status", to_string(c.status)},
                        {"priority", nullable(c.priority)},
                        {"triage_note", nullable(c.triage_note)},
                        {"team", nullable(c.team)},
                        {"dispatched_organization", org_json(v.dispatched)},
                        {"outcome", nullable(c.outcome)},
                        {"created_at", c.created_at},
                        {"updated_at", c.updated_at},
                        {"triaged_at", nullable(c.triaged_at)},
                        {"dispatched_at", nullable(c.dispatched_at)},
                        {"closed_at", nullable(c.closed_at)}};
  if (detail) {
    o["reporter"] = {{"name", nullable(c.reporter_name)}, {"phone", nullable(c.reporter_phone)}};
    boost::json::array persons;
    for (const auto& p : v.persons) persons.push_back({{"id", p.id}, {"full_name", nullable(p.full_name)}});
    o["persons"] = std::move(persons);
  }
  return o;
}

boost::json::object detail_json(const services::ComplaintView& v) { return complaint_json(v, true); }

Response submit(Call& call) {
  if (call.request.body().size() > kPublicBodyLimit)
    return error_response(Error{ErrorCode::payload_too_large, "Isi pengaduan terlalu besar (maksimal 32 KiB).", {}},
                          call.request_id);
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  if (auto bad = only_fields(*body, kReportFields)) return error_response(*bad, call.request_id);
  Fields f(*body);
  auto report = read_report(f);
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(
      call, services::submit_public_complaint(call.ctx, call.limiter, call.origin(), report),
      [](const services::ComplaintReceipt& r) {
        return boost::json::object{{"ticket", r.ticket}, {"status", to_string(r.status)}};
      },
      Status::created);
}

Response status(Call& call) {
  return respond(call, services::public_complaint_status(call.ctx, call.limiter, call.origin(), call.param("ticket")),
                 receipt_json);
}

Response areas(Call& call) {
  boost::json::array items;
  for (const auto& a : services::complaint_areas(call.ctx))
    items.push_back({{"organization_id", a.organization_id},
                     {"organization_name", a.organization_name},
                     {"region_code", a.region_code},
                     {"region_name", a.region_name}});
  return json_response(Status::ok, boost::json::object{{"items", std::move(items)}});
}

Response create(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  auto allowed = kReportFields;
  allowed.insert("channel");
  if (auto bad = only_fields(*body, allowed)) return error_response(*bad, call.request_id);
  Fields f(*body);
  auto channel = f.text("channel", true, 20).value_or("");
  auto report = read_report(f);
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::take_complaint(call.ctx, call.who(), channel, report), detail_json, Status::created);
}

Response list(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  store::ComplaintFilter filter;
  filter.status = query_value(call.query, "status");
  filter.ticket = page->q;
  filter.cursor = page->cursor;
  filter.limit = page->limit;
  return respond(call, services::list_complaints(call.ctx, call.who(), filter), [](const services::ComplaintPage& p) {
    return page_json(p, [](const services::ComplaintView& v) { return complaint_json(v, false); });
  });
}

Response get(Call& call) {
  return respond(call, services::get_complaint(call.ctx, call.who(), call.param("id")), detail_json);
}

Response triage(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto priority = f.text("priority", true, 20).value_or("");
  auto note = trim(f.text("note", false, 4 * 2000).value_or(""));
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::triage_complaint(call.ctx, call.who(), call.param("id"), priority, note), detail_json);
}

Response dispatch(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto team = trim(f.text("team", true, 400).value_or(""));
  auto organization = f.text("organization_id", false, 64).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::dispatch_complaint(call.ctx, call.who(), call.param("id"), team, organization),
                 detail_json);
}

Response resolve(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto outcome = trim(f.text("outcome", true, 4 * 2000).value_or(""));
  auto persons = f.texts("person_ids").value_or(std::vector<std::string>{});
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::resolve_complaint(call.ctx, call.who(), call.param("id"), outcome, persons),
                 detail_json);
}

Response reject(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto reason = trim(f.text("reason", true, 4 * 2000).value_or(""));
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::reject_complaint(call.ctx, call.who(), call.param("id"), reason), detail_json);
}

}  // namespace

void register_complaint_routes(Api& api) {
  api.add("POST", "/api/v1/public/complaints", Access::public_route, submit);
  api.add("GET", "/api/v1/public/complaints/areas", Access::public_route, areas);
  api.add("GET", "/api/v1/public/complaints/{ticket}", Access::public_route, status);
  api.add("GET", "/api/v1/complaints", Access::authenticated, list);
  api.add("POST", "/api/v1/complaints", Access::authenticated, create);
  api.add("GET", "/api/v1/complaints/{id}", Access::authenticated, get);
  api.add("POST", "/api/v1/complaints/{id}/triage", Access::authenticated, triage);
  api.add("POST", "/api/v1/complaints/{id}/dispatch", Access::authenticated, dispatch);
  api.add("POST", "/api/v1/complaints/{id}/resolve", Access::authenticated, resolve);
  api.add("POST", "/api/v1/complaints/{id}/reject", Access::authenticated, reject);
}

}  // namespace mitra::http
