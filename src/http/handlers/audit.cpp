// GET /api/v1/audit: the audit log for auditors, newest first.
#include <charconv>

#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/audit_service.hpp"

namespace mitra::http {
namespace {

Response list_audit(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  store::AuditFilter filter;
  filter.action = query_value(call.query, "action");
  filter.entity_type = query_value(call.query, "entity_type");
  filter.entity_id = query_value(call.query, "entity_id");
  filter.user_id = query_value(call.query, "user_id");
  filter.from = query_value(call.query, "from");
  filter.to = query_value(call.query, "to");
  filter.limit = page->limit;
  for (const auto* field : {"from", "to"}) {
    TimePoint parsed;
    const auto value = query_value(call.query, field);
    if (!value.empty() && !parse_time(value, parsed))
      return error_response(invalid_input(field, std::string("Parameter ") + field +
                                                     " harus waktu ISO 8601 UTC, mis. 2026-11-25T00:00:00Z."),
                            call.request_id);
  }
  if (!page->cursor.empty()) {
    long long seq = 0;
    auto [ptr, ec] = std::from_chars(page->cursor.data(), page->cursor.data() + page->cursor.size(), seq);
    if (ec != std::errc() || ptr != page->cursor.data() + page->cursor.size() || seq < 1)
      return error_response(invalid_input("cursor", "Parameter cursor tidak sah."), call.request_id);
    filter.before_seq = seq;
  }
  auto r = services::list_audit(call.ctx, call.who(), filter);
  return respond(call, r, [](const services::AuditPage& p) {
    return page_json(p, [](const AuditEntry& e) { return to_json(e); });
  });
}

}  // namespace

void register_audit_routes(Api& api) { api.add("GET", "/api/v1/audit", Access::authenticated, list_audit); }

}  // namespace mitra::http
