// /api/v1/notifications: the notification centre (what is due for the signed-in user) and the
// unread count for the header's bell.
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/notification_service.hpp"

namespace mitra::http {
namespace {

boost::json::object summary_json(const services::NotificationSummary& s) {
  return {{"unread", s.unread}, {"total", s.total}};
}

Response list(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  const bool dismissed = query_value(call.query, "include") == "dismissed";
  return respond(call, services::list_notifications(call.ctx, call.who(), dismissed, *page),
                 [](const services::NotificationPage& p) {
                   auto body = page_json(p, [](const services::NotificationItem& i) {
                     return boost::json::object{{"key", i.key},       {"kind", i.kind},
                                                {"title", i.title},   {"detail", i.detail},
                                                {"due", nullable(i.due)}, {"link", i.link},
                                                {"severity", to_string(i.severity)}, {"read", i.read}};
                   });
                   body["unread"] = p.unread;
                   return body;
                 });
}

Response summary(Call& call) {
  return respond(call, services::notification_summary(call.ctx, call.who()), summary_json);
}

// Body {"keys": [...]} or {"all": true}.
Response mark(Call& call, bool dismiss) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  const auto keys = f.texts("keys").value_or(std::vector<std::string>{});
  const bool all = f.boolean("all").value_or(false);
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::mark_notifications(call.ctx, call.who(), keys, all, dismiss), summary_json);
}

}  // namespace

void register_notification_routes(Api& api) {
  api.add("GET", "/api/v1/notifications", Access::authenticated, list);
  api.add("GET", "/api/v1/notifications/summary", Access::authenticated, summary);
  api.add("POST", "/api/v1/notifications/read", Access::authenticated, [](Call& c) { return mark(c, false); });
  api.add("POST", "/api/v1/notifications/dismiss", Access::authenticated, [](Call& c) { return mark(c, true); });
}

}  // namespace mitra::http
