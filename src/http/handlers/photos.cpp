// /api/v1/persons/{id}/photo: a person's photo, uploaded as base64 JSON and served as the image.
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/photo_service.hpp"

namespace mitra::http {
namespace {

boost::json::object photo_json(const services::Photo& p) {
  return {{"content_type", p.content_type}, {"bytes", p.bytes.size()}, {"sha256", p.sha256}};
}

Response put(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto data = f.text("data", true, 1024 * 1024).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::set_photo(call.ctx, call.who(), call.param("id"), data), photo_json);
}

Response get(Call& call) {
  auto r = services::get_photo(call.ctx, call.who(), call.param("id"));
  if (!r) return error_response(r.error(), call.request_id);
  Response res{beast_http::status::ok, 11};
  res.set(beast_http::field::content_type, r->content_type);
  res.set(beast_http::field::cache_control, "private, no-store");
  res.set(beast_http::field::etag, "\"" + r->sha256 + "\"");
  res.set("X-Content-Type-Options", "nosniff");
  res.body() = std::move(r->bytes);
  res.prepare_payload();
  return res;
}

Response remove(Call& call) {
  auto r = services::delete_photo(call.ctx, call.who(), call.param("id"));
  if (!r) return error_response(r.error(), call.request_id);
  return no_content();
}

}  // namespace

void register_photo_routes(Api& api) {
  api.add("PUT", "/api/v1/persons/{id}/photo", Access::authenticated, put);
  api.add("GET", "/api/v1/persons/{id}/photo", Access::authenticated, get);
  api.add("DELETE", "/api/v1/persons/{id}/photo", Access::authenticated, remove);
}

}  // namespace mitra::http
