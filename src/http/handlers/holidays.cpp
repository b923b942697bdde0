// /api/v1/holidays: the national holidays that working-day deadlines skip.
#include <charconv>

#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/holiday_service.hpp"

namespace mitra::http {
namespace {

boost::json::object holiday_json(const services::Holiday& h) {
  return {{"day", h.day}, {"name", h.name}, {"updated_at", h.updated_at}};
}

Response list(Call& call) {
  const auto text = query_value(call.query, "year");
  int year = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size())
    return error_response(invalid_input("year", "Tahun harus berupa angka, misalnya 2026."), call.request_id);
  return respond(call, services::list_holidays(call.ctx, call.who(), year), [](const std::vector<services::Holiday>& hs) {
    boost::json::array items;
    for (const auto& h : hs) items.push_back(holiday_json(h));
    return boost::json::object{{"items", items}, {"next_cursor", nullptr}};
  });
}

Response put(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto name = f.text("name", true, 120).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::set_holiday(call.ctx, call.who(), call.param("day"), name), holiday_json);
}

Response remove(Call& call) {
  auto r = services::remove_holiday(call.ctx, call.who(), call.param("day"));
  if (!r) return error_response(r.error(), call.request_id);
  return no_content();
}

}  // namespace

void register_holiday_routes(Api& api) {
  api.add("GET", "/api/v1/holidays", Access::authenticated, list);
  api.add("PUT", "/api/v1/holidays/{day}", Access::authenticated, put);
  api.add("DELETE", "/api/v1/holidays/{day}", Access::authenticated, remove);
}

}  // namespace mitra::http
