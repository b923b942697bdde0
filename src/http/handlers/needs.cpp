// /api/v1/needs and /api/v1/pledges: published needs, pledges against them, fulfilment; and
// /api/v1/public/needs, the read-only public board (no login, no internal or personal fields).
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "http/handlers/whole_number.hpp"
#include "services/need_service.hpp"

namespace mitra::http {
namespace {

boost::json::object org_ref(const Organization& o) {
  return {{"id", o.id}, {"code", o.code}, {"name", o.name}, {"type", to_string(o.type)}};
}

boost::json::object fulfilment_json(const services::NeedView& v) {
  return {{"needed", v.fulfilment.needed},
          {"promised", v.fulfilment.promised},
          {"delivered", v.fulfilment.delivered},
          {"remaining", v.fulfilment.remaining()},
          {"met", v.fulfilment.met()}};
}

boost::json::object pledge_json(const services::PledgeView& p) {
  const auto& r = p.record;
  return {{"id", r.id},
          {"need_id", r.need_id},
          {"organization", org_ref(p.organization)},
          {"quantity", r.quantity},
          {"status", to_string(r.status)},
          {"note", nullable(r.note)},
          {"pledged_at", r.pledged_at},
          {"minutes_after_publication", p.minutes_after_publication},
          {"delivered_at", nullable(r.delivered_at)},
          {"cancelled_at", nullable(r.cancelled_at)}};
}

boost::json::value minutes_or_null(long long m) {
  if (m < 0) return nullptr;
  return m;
}

// What staff of every partner organisation see.
boost::json::object need_json(const services::NeedView& v) {
  const auto& n = v.record;
  boost::json::object o{{"id", n.id},
                        {"publisher", org_ref(v.publisher)},
                        {"title", n.title},
                        {"description", n.description},
                        {"item", n.item},
                        {"quantity", n.quantity},
                        {"unit", n.unit},
                        {"region_code", n.region_code},
                        {"region_name", v.region_name},
                        {"pmks_category", nullable(n.pmks_category)},
                        {"needed_by", nullable(n.needed_by)},
                        {"public", n.is_public},
                        {"partnership_id", nullable(n.partnership_id)},
                        {"status", to_string(n.status)},
                        {"published_at", n.published_at},
                        {"closed_at", nullable(n.closed_at)},
                        {"close_reason", nullable(n.close_reason)},
                        {"fulfilment", fulfilment_json(v)},
                        {"pledge_count", v.pledge_count},
                        {"first_response_minutes", minutes_or_null(v.first_response_minutes)},
                        {"may_manage", v.may_manage}};
  return o;
}

boost::json::object need_detail_json(const services::NeedView& v) {
  auto o = need_json(v);
  boost::json::array pledges;
  for (const auto& p : v.pledges) pledges.push_back(pledge_json(p));
  o["pledges"] = std::move(pledges);
  return o;
}

// What anyone may see: no partnership, no people, no pledging organisations.
boost::json::object public_need_json(const services::NeedView& v) {
  const auto& n = v.record;
  return {{"id", n.id},
          {"publisher", {{"name", v.publisher.name}}},
          {"title", n.title},
          {"description", n.description},
          {"item", n.item},
          {"quantity", n.quantity},
          {"unit", n.unit},
          {"region_code", n.region_code},
          {"region_name", v.region_name},
          {"pmks_category", nullable(n.pmks_category)},
          {"needed_by", nullable(n.needed_by)},
          {"status", to_string(n.status)},
          {"published_at", n.published_at},
          {"fulfilment", fulfilment_json(v)},
          {"pledge_count", v.pledge_count}};
}

store::NeedFilter filter_of(const Call& call, const store::Page& page) {
  store::NeedFilter f;
  f.status = query_value(call.query, "status");
  f.publisher_id = query_value(call.query, "publisher");
  f.region = query_value(call.query, "region");
  f.q = query_value(call.query, "q");
  f.partnership_id = query_value(call.query, "partnership_id");
  f.cursor = page.cursor;
  f.limit = page.limit;
  return f;
}

Response list(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  return respond(call, services::list_needs(call.ctx, call.who(), filter_of(call, *page)),
                 [](const services::NeedPage& p) { return page_json(p, need_json); });
}

Response list_public(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  return respond(call, services::list_public_needs(call.ctx, call.limiter, call.origin(), filter_of(call, *page)),
                 [](const services::NeedPage& p) { return page_json(p, public_need_json); });
}

Response publish(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::NeedInput in;
  in.title = f.text("title", true, 300).value_or("");
  in.description = f.text("description", false, 4000).value_or("");
  in.item = f.text("item", true, 300).value_or("");
  in.unit = f.text("unit", true, 40).value_or("");
  in.region_code = f.text("region_code", false, 20).value_or("");
  in.pmks_category = f.text("pmks_category", false, 60).value_or("");
  in.needed_by = f.text("needed_by", false, 10).value_or("");
  in.partnership_id = f.text("partnership_id", false, 64).value_or("");
  in.is_public = f.boolean("public").value_or(false);
  if (f.error()) return error_response(*f.error(), call.request_id);
  auto q = whole_number(*body, "quantity", 1, kMaxNeedQuantity, 0, true,
                        "Jumlah yang dibutuhkan harus bilangan bulat 1 sampai 1.000.000.");
  if (!q) return error_response(q.error(), call.request_id);
  in.quantity = static_cast<int>(*q);
  return respond(call, services::publish_need(call.ctx, call.who(), in), need_detail_json, Status::created);
}

Response get(Call& call) {
  return respond(call, services::get_need(call.ctx, call.who(), call.param("id")), need_detail_json);
}

Response close(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  const auto reason = f.text("reason", false, 2000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::close_need(call.ctx, call.who(), call.param("id"), reason), need_detail_json);
}

Response create_pledge(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  const auto need_id = f.text("need_id", true, 64).value_or("");
  const auto note = f.text("note", false, 2000).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  auto q = whole_number(*body, "quantity", 1, kMaxNeedQuantity, 0, true,
                        "Jumlah yang dijanjikan harus bilangan bulat 1 atau lebih.");
  if (!q) return error_response(q.error(), call.request_id);
  return respond(call, services::pledge(call.ctx, call.who(), need_id, static_cast<int>(*q), note), need_detail_json,
                 Status::created);
}

Response update_pledge(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  const auto status = f.text("status", true, 20).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::set_pledge_status(call.ctx, call.who(), call.param("id"), status), need_detail_json);
}

Response own_pledges(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  return respond(call, services::list_own_pledges(call.ctx, call.who(), *page), [](const services::PledgePage& p) {
    return page_json(p, [](const services::OwnPledge& o) {
      auto j = pledge_json(o.pledge);
      j["need_title"] = o.need_title;
      return j;
    });
  });
}

}  // namespace

void register_need_routes(Api& api) {
  api.add("GET", "/api/v1/public/needs", Access::public_route, list_public);
  api.add("GET", "/api/v1/needs", Access::authenticated, list);
  api.add("POST", "/api/v1/needs", Access::authenticated, publish);
  api.add("GET", "/api/v1/needs/{id}", Access::authenticated, get);
  api.add("POST", "/api/v1/needs/{id}/close", Access::authenticated, close);
  api.add("GET", "/api/v1/pledges", Access::authenticated, own_pledges);
  api.add("POST", "/api/v1/pledges", Access::authenticated, create_pledge);
  api.add("PATCH", "/api/v1/pledges/{id}", Access::authenticated, update_pledge);
}

}  // namespace mitra::http
