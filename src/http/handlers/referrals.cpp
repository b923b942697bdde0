// /api/v1/referrals: rujukan between organisations, with the receiver's inbox.
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/referral_service.hpp"

namespace mitra::http {
namespace {

boost::json::object referral_json(const services::ReferralView& v) {
  const auto& r = v.record;
  return {{"id", r.id},
          {"case_id", r.case_id},
          {"person", {{"id", r.person_id}, {"full_name", nullable(v.person_name)}}},
          {"from", {{"id", v.from.id}, {"code", v.from.code}, {"name", v.from.name}}},
          {"to", {{"id", v.to.id}, {"code", v.to.code}, {"name", v.to.name}}},
          {"kind", to_string(r.kind)},
          {"service", r.service},
          {"reason", r.reason},
          {"status", to_string(r.status)},
          {"consent_basis", r.consent_basis},
          {"reply_due", r.reply_due},
          {"overdue", v.overdue},
          {"replied_at", nullable(r.replied_at)},
          {"reply_reason", nullable(r.reply_reason)},
          {"ended_at", nullable(r.ended_at)},
          {"created_at", r.created_at}};
}

Response create(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::ReferralInput in;
  in.case_id = f.text("case_id", true, 64).value_or("");
  in.to_organization = f.text("to_organization_id", true, 64).value_or("");
  in.kind = f.text("kind", false, 20).value_or("referral");
  in.service = f.text("service", true, 200).value_or("");
  in.reason = f.text("reason", true, 2000).value_or("");
  in.override_reason = f.text("override_reason", false, 2000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::send_referral(call.ctx, call.who(), in), referral_json, Status::created);
}

Response list(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  const auto box = query_value(call.query, "box");
  if (!box.empty() && box != "inbox" && box != "outbox")
    return error_response(invalid_input("box", "Parameter box harus inbox atau outbox."), call.request_id);
  store::ReferralFilter filter;
  filter.inbox = box != "outbox";
  filter.status = query_value(call.query, "status");
  filter.cursor = page->cursor;
  filter.limit = page->limit;
  return respond(call, services::list_referrals(call.ctx, call.who(), filter),
                 [](const services::ReferralPage& p) { return page_json(p, referral_json); });
}

Response summary(Call& call) {
  return respond(call, services::inbox_counts(call.ctx, call.who()), [](const services::InboxCounts& c) {
    return boost::json::object{{"pending", c.pending}, {"overdue", c.overdue}};
  });
}

Response get(Call& call) {
  return respond(call, services::get_referral(call.ctx, call.who(), call.param("id")), referral_json);
}

Response reply(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto accept = f.boolean("accept");
  auto reason = f.text("reason", false, 2000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  if (!accept) return error_response(invalid_input("accept", "Isi accept dengan true (terima) atau false (tolak)."), call.request_id);
  return respond(call, services::reply_referral(call.ctx, call.who(), call.param("id"), *accept, reason), referral_json);
}

Response end(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto reason = f.text("reason", true, 2000);
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::end_referral(call.ctx, call.who(), call.param("id"), *reason), referral_json);
}

}  // namespace

void register_referral_routes(Api& api) {
  api.add("GET", "/api/v1/referrals", Access::authenticated, list);
  api.add("POST", "/api/v1/referrals", Access::authenticated, create);
  api.add("GET", "/api/v1/referrals/summary", Access::authenticated, summary);
  api.add("GET", "/api/v1/referrals/{id}", Access::authenticated, get);
  api.add("POST", "/api/v1/referrals/{id}/reply", Access::authenticated, reply);
  api.add("POST", "/api/v1/referrals/{id}/end", Access::authenticated, end);
}

}  // namespace mitra::http
