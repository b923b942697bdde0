// /api/v1/assistance-requests: surat permohonan bantuan from a partner to (usually) its Dinsos,
// the responder's inbox, review, decision (in full, in part, or rejected), delivery, the reply
// letter PDF, response-time figures, and each responder's service level.
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "http/handlers/whole_number.hpp"
#include "services/assistance_request_service.hpp"

namespace mitra::http {
namespace {

boost::json::object org_ref(const Organization& o) { return {{"id", o.id}, {"code", o.code}, {"name", o.name}}; }

boost::json::value optional_number(const std::optional<double>& v) {
  if (!v) return nullptr;
  return *v;
}

boost::json::object request_json(const services::RequestView& v) {
  const auto& r = v.record;
  boost::json::array items;
  std::int64_t total = 0;
  for (const auto& it : r.items) {
    total += it.estimated_value;
    items.push_back({{"description", it.description},
                     {"quantity", it.quantity},
                     {"unit", it.unit},
                     {"estimated_value", it.estimated_value},
                     {"approved_quantity", it.approved_quantity ? boost::json::value(*it.approved_quantity)
                                                                : boost::json::value(nullptr)}});
  }
  boost::json::object o{{"id", r.id},
                        {"requester", org_ref(v.requester)},
                        {"responder", org_ref(v.responder)},
                        {"title", r.title},
                        {"purpose", r.purpose},
                        {"activity_name", nullable(r.activity_name)},
                        {"activity_date", nullable(r.activity_date)},
                        {"activity_id", nullable(r.activity_id)},
                        {"partnership_id", nullable(r.partnership_id)},
                        {"beneficiaries", r.beneficiaries},
                        {"letter_number", r.letter_number},
                        {"letter_date", r.letter_date},
                        {"letter_document_id", nullable(r.letter_document_id)},
                        {"received_on", r.received_on},
                        {"service_level_days", r.service_level_days},
                        {"reply_due", r.reply_due},
                        {"status", to_string(r.status)},
                        {"partial", r.partial},
                        {"overdue", v.overdue},
                        {"days_late", v.days_late},
                        {"escalated", !r.escalated_at.empty()},
                        {"escalated_at", nullable(r.escalated_at)},
                        {"decided_on", nullable(r.decided_on)},
                        {"decided_at", nullable(r.decided_at)},
                        {"decision_note", nullable(r.decision_note)},
                        {"reply_letter_number", nullable(r.reply_letter_number)},
                        {"delivered_on", nullable(r.delivered_on)},
                        {"items", std::move(items)},
                        {"estimated_total", total},
                        {"may_decide", v.may_decide},
                        {"may_deliver", v.may_deliver},
                        {"created_at", r.created_at},
                        {"updated_at", r.updated_at}};
  return o;
}

boost::json::object detail_json(const services::RequestView& v) {
  auto o = request_json(v);
  boost::json::array events;
  for (const auto& e : v.events)
    events.push_back({{"status", e.status},
                      {"at", e.at},
                      {"user", e.user_id.empty() ? boost::json::value(nullptr)
                                                 : boost::json::value({{"id", e.user_id}, {"name", e.user_name}})},
                      {"organization_id", nullable(e.organization_id)},
                      {"note", nullable(e.note)}});
  o["events"] = std::move(events);
  return o;
}

boost::json::object level_json(const services::ServiceLevelView& v) {
  return {{"organization", org_ref(v.organization)},
          {"working_days", v.level.working_days},
          {"letterhead_address", v.level.letterhead_address},
          {"signatory_name", v.level.signatory_name},
          {"signatory_title", v.level.signatory_title}};
}

Response error_of(const Error& e, const Call& call) { return error_response(e, call.request_id); }

// Reads the items table: [{description, quantity, unit, estimated_value}].
std::optional<Error> read_items(const boost::json::object& body, std::vector<RequestItem>& out) {
  const auto* v = body.if_contains("items");
  if (!v || !v->is_array()) return invalid_input("items", "Isi daftar barang yang dimohon (items).");
  std::size_t i = 0;
  for (const auto& x : v->as_array()) {
    const std::string at = "items[" + std::to_string(i++) + "].";
    if (!x.is_object()) return invalid_input("items", "Setiap baris barang harus berupa objek.");
    const auto& o = x.as_object();
    Fields f(o);
    RequestItem it;
    it.description = f.text("description", false, 500).value_or("");
    it.unit = f.text("unit", false, 40).value_or("");
    if (f.error()) {
      auto e = *f.error();
      e.field = at + e.field;
      return e;
    }
    auto q = whole_number(o, "quantity", 1, 1000000, 0, true, "Jumlah barang harus bilangan bulat 1 sampai 1.000.000.");
    if (!q) return invalid_input(at + "quantity", q.error().message);
    auto val = whole_number(o, "estimated_value", 0, 1000000000000LL, 0, false,
                            "Perkiraan nilai harus rupiah bulat 0 atau lebih.");
    if (!val) return invalid_input(at + "estimated_value", val.error().message);
    it.quantity = static_cast<int>(*q);
    it.estimated_value = *val;
    out.push_back(std::move(it));
  }
  return std::nullopt;
}

Response submit(Call& call) {
  auto body = call.body();
  if (!body) return error_of(body.error(), call);
  Fields f(*body);
  services::RequestInput in;
  in.responder_id = f.text("responder_id", true, 64).value_or("");
  in.requester_id = f.text("requester_id", false, 64).value_or("");
  in.title = f.text("title", true, 300).value_or("");
  in.purpose = f.text("purpose", false, 4000).value_or("");
  in.activity_name = f.text("activity_name", false, 300).value_or("");
  in.activity_date = f.text("activity_date", false, 10).value_or("");
  in.activity_id = f.text("activity_id", false, 64).value_or("");
  in.partnership_id = f.text("partnership_id", false, 64).value_or("");
  in.letter_number = f.text("letter_number", true, 100).value_or("");
  in.letter_date = f.text("letter_date", true, 10).value_or("");
  in.letter_document_id = f.text("letter_document_id", false, 64).value_or("");
  in.received_on = f.text("received_on", false, 10).value_or("");
  if (f.error()) return error_of(*f.error(), call);
  auto beneficiaries = whole_number(*body, "beneficiaries", 0, 1000000, 0, false,
                                    "Jumlah penerima manfaat harus bilangan bulat 0 sampai 1.000.000.");
  if (!beneficiaries) return error_of(beneficiaries.error(), call);
  in.beneficiaries = static_cast<int>(*beneficiaries);
  if (auto e = read_items(*body, in.items)) return error_of(*e, call);
  return respond(call, services::submit_request(call.ctx, call.who(), in), detail_json, Status::created);
}

Response list(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_of(page.error(), call);
  store::RequestFilter filter;
  filter.box = query_value(call.query, "box");
  filter.status = query_value(call.query, "status");
  filter.overdue = query_value(call.query, "overdue") == "true";
  filter.q = query_value(call.query, "q");
  filter.partnership_id = query_value(call.query, "partnership_id");
  filter.cursor = page->cursor;
  filter.limit = page->limit;
  return respond(call, services::list_requests(call.ctx, call.who(), filter),
                 [](const services::RequestPage& p) { return page_json(p, request_json); });
}

Response get(Call& call) { return respond(call, services::get_request(call.ctx, call.who(), call.param("id")), detail_json); }

Response review(Call& call) {
  return respond(call, services::start_review(call.ctx, call.who(), call.param("id")), detail_json);
}

Response decide(Call& call) {
  auto body = call.body();
  if (!body) return error_of(body.error(), call);
  Fields f(*body);
  services::DecisionInput in;
  in.decision = f.text("decision", true, 20).value_or("");
  in.note = f.text("note", false, 4000).value_or("");
  in.reply_letter_number = f.text("reply_letter_number", false, 100).value_or("");
  if (f.error()) return error_of(*f.error(), call);
  if (const auto* a = body->if_contains("approved_quantities")) {
    if (!a->is_array()) return error_of(invalid_input("approved_quantities", "Jumlah disetujui harus berupa daftar angka."), call);
    for (const auto& x : a->as_array()) {
      if (!x.is_int64() || x.as_int64() < 0 || x.as_int64() > 1000000)
        return error_of(invalid_input("approved_quantities", "Jumlah disetujui harus bilangan bulat 0 atau lebih."), call);
      in.approved.push_back(static_cast<int>(x.as_int64()));
    }
  }
  return respond(call, services::decide(call.ctx, call.who(), call.param("id"), in), detail_json);
}

Response deliver(Call& call) {
  auto body = call.body();
  if (!body) return error_of(body.error(), call);
  Fields f(*body);
  const auto day = f.text("delivered_on", false, 10).value_or("");
  const auto note = f.text("note", false, 2000).value_or("");
  if (f.error()) return error_of(*f.error(), call);
  return respond(call, services::mark_delivered(call.ctx, call.who(), call.param("id"), day, note), detail_json);
}

Response letter(Call& call) {
  auto r = services::reply_letter(call.ctx, call.who(), call.param("id"));
  if (!r) return error_of(r.error(), call);
  Response res{beast_http::status::ok, 11};
  res.set(beast_http::field::content_type, "application/pdf");
  res.set(beast_http::field::content_disposition, "inline; filename=\"" + r->filename + "\"");
  res.set(beast_http::field::cache_control, "private, no-store");
  res.body() = std::move(r->pdf);
  res.prepare_payload();
  return res;
}

Response figures(Call& call) {
  return respond(call,
                 services::response_figures(call.ctx, call.who(), query_value(call.query, "responder"),
                                            query_value(call.query, "from"), query_value(call.query, "to")),
                 [](const std::vector<services::ResponderFigures>& rows) {
                   boost::json::array items;
                   for (const auto& r : rows)
                     items.push_back({{"responder", org_ref(r.responder)},
                                      {"count", r.figures.count},
                                      {"decided", r.figures.decided},
                                      {"median_days", optional_number(r.figures.median_days)},
                                      {"p90_days", optional_number(r.figures.p90_days)},
                                      {"late_share", optional_number(r.figures.late_share)},
                                      {"delivered", r.figures.delivered},
                                      {"delivered_after_activity_share",
                                       optional_number(r.figures.delivered_after_activity_share)}});
                   return boost::json::object{{"items", std::move(items)}};
                 });
}

Response get_level(Call& call) {
  return respond(call, services::get_service_level(call.ctx, call.who(), call.param("id")), level_json);
}

Response put_level(Call& call) {
  auto body = call.body();
  if (!body) return error_of(body.error(), call);
  Fields f(*body);
  services::ServiceLevelInput in;
  in.letterhead_address = f.text("letterhead_address", false, 500).value_or("");
  in.signatory_name = f.text("signatory_name", false, 200).value_or("");
  in.signatory_title = f.text("signatory_title", false, 200).value_or("");
  if (f.error()) return error_of(*f.error(), call);
  auto days = whole_number(*body, "working_days", 1, kMaxServiceLevelDays, 0, true,
                           "Batas waktu balasan harus 1 sampai 60 hari kerja.");
  if (!days) return error_of(days.error(), call);
  in.working_days = static_cast<int>(*days);
  return respond(call, services::set_service_level(call.ctx, call.who(), call.param("id"), in), level_json);
}

}  // namespace

void register_assistance_request_routes(Api& api) {
  api.add("GET", "/api/v1/assistance-requests", Access::authenticated, list);
  api.add("POST", "/api/v1/assistance-requests", Access::authenticated, submit);
  api.add("GET", "/api/v1/assistance-requests/figures", Access::authenticated, figures);
  api.add("GET", "/api/v1/assistance-requests/service-levels/{id}", Access::authenticated, get_level);
  api.add("PUT", "/api/v1/assistance-requests/service-levels/{id}", Access::authenticated, put_level);
  api.add("GET", "/api/v1/assistance-requests/{id}", Access::authenticated, get);
  api.add("POST", "/api/v1/assistance-requests/{id}/review", Access::authenticated, review);
  api.add("POST", "/api/v1/assistance-requests/{id}/decision", Access::authenticated, decide);
  api.add("POST", "/api/v1/assistance-requests/{id}/delivery", Access::authenticated, deliver);
  api.add("GET", "/api/v1/assistance-requests/{id}/letter.pdf", Access::authenticated, letter);
}

}  // namespace mitra::http
