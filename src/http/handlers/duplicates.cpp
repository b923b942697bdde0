// /api/v1/duplicates: the review queue of likely duplicate persons (data ganda), merge, "not the
// same person", and /api/v1/persons/{id}/unmerge.
#include <boost/json.hpp>

#include "domain/duplicate.hpp"
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/duplicate_service.hpp"

namespace mitra::http {
namespace {

boost::json::object side_json(const services::DuplicateSide& s) {
  boost::json::object o{{"visible", s.visible},
                        {"person_id", s.visible ? boost::json::value(s.person_id) : boost::json::value(nullptr)},
                        {"name", s.display_name},
                        {"birth_year", s.birth_year},
                        {"sex", to_string(s.sex)},
                        {"organization", {{"id", s.holder.id}, {"code", s.holder.code}, {"name", s.holder.name}}},
                        {"merged_into", nullable(s.merged_into)}};
  if (s.detail) o["person"] = person_detail_json(*s.detail);
  return o;
}

boost::json::object duplicate_json(const services::DuplicateView& v) {
  const auto& p = v.pair;
  boost::json::array evidence;
  boost::system::error_code ec;
  auto parsed = boost::json::parse(p.evidence, ec);
  if (!ec && parsed.is_object())
    for (const auto& [field, level] : parsed.as_object()) {
      const int l = static_cast<int>(level.to_number<double>());
      evidence.push_back({{"field", field}, {"level", l}, {"agreement", agreement_label(field, l)}});
    }
  return {{"id", p.id},
          {"status", p.status},
          {"probability", p.probability},
          {"weight", p.weight},
          {"decision", p.decision},
          {"evidence", std::move(evidence)},
          {"a", side_json(v.a)},
          {"b", side_json(v.b)},
          {"survivor_id", nullable(p.survivor_id)},
          {"absorbed_id", nullable(p.absorbed_id)},
          {"found_at", p.found_at},
          {"decided_at", nullable(p.decided_at)}};
}

Response list(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  store::DuplicateFilter filter;
  filter.status = query_value(call.query, "status");
  filter.name = page->q;
  filter.cursor = page->cursor;
  filter.limit = page->limit;
  return respond(call, services::list_duplicates(call.ctx, call.who(), filter),
                 [](const services::DuplicatePage& p) { return page_json(p, duplicate_json); });
}

Response get_one(Call& call) {
  return respond(call, services::get_duplicate(call.ctx, call.who(), call.param("id")), duplicate_json);
}

Response run(Call& call) {
  return respond(call, services::run_dedup(call.ctx, &call.who()), [](const services::DedupSummary& s) {
    return boost::json::object{{"persons", s.persons},     {"candidate_pairs", s.candidates}, {"found", s.found},
                               {"inserted", s.inserted},   {"refreshed", s.refreshed},        {"kept", s.kept},
                               {"learned_weights", s.learned}};
  });
}

Response merge(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  const auto survivor = f.text("survivor_id", true, 64).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  return respond(call, services::merge_duplicate(call.ctx, call.who(), call.param("id"), survivor), duplicate_json);
}

Response not_same(Call& call) {
  return respond(call, services::mark_not_same(call.ctx, call.who(), call.param("id")), duplicate_json);
}

Response unmerge(Call& call) {
  return respond(call, services::unmerge_person(call.ctx, call.who(), call.param("id")), duplicate_json);
}

}  // namespace

void register_duplicate_routes(Api& api) {
  api.add("GET", "/api/v1/duplicates", Access::authenticated, list);
  api.add("POST", "/api/v1/duplicates/run", Access::authenticated, run);
  api.add("GET", "/api/v1/duplicates/{id}", Access::authenticated, get_one);
  api.add("POST", "/api/v1/duplicates/{id}/merge", Access::authenticated, merge);
  api.add("POST", "/api/v1/duplicates/{id}/not-same", Access::authenticated, not_same);
  api.add("POST", "/api/v1/persons/{id}/unmerge", Access::authenticated, unmerge);
}

}  // namespace mitra::http
