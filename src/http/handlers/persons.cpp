// /api/v1/persons: the person registry.
#include "domain/pmks.hpp"
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/person_service.hpp"

namespace mitra::http {
namespace {

boost::json::array strings(const std::vector<std::string>& v) {
  boost::json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}

boost::json::object person_json(const services::PersonView& v) {
  const auto& p = v.record.person;
  boost::json::array categories;
  for (const auto& c : v.categories) {
    auto pmks = find_pmks(c.category);
    categories.push_back({{"code", c.category},
                          {"name", pmks ? pmks->name : c.category},
                          {"assessed_on", c.assessed_on},
                          {"assessed_by", {{"id", c.assessed_by}, {"name", c.assessed_by_name}}},
                          {"ended_on", nullable(c.ended_on)}});
  }
  boost::json::array consents;
  for (const auto& c : v.consents)
    consents.push_back({{"id", c.id}, {"given_by", c.given_by}, {"relation", c.relation}, {"purpose", c.purpose},
                        {"given_on", c.given_on}, {"withdrawn_on", nullable(c.withdrawn_on)}});
  return {{"id", p.id},
          {"full_name", p.full_name},
          {"other_names", p.other_names},
          {"sex", to_string(p.sex)},
          {"birth_date", nullable(p.birth_date)},
          {"birth_date_estimated", p.birth_date_estimated},
          {"birth_place", p.birth_place},
          {"nik", nullable(p.nik)},
          {"kk_number", p.kk_number},
          {"mother_name", p.mother_name},
          {"father_name", p.father_name},
          {"phone", p.phone},
          {"domicile_region", p.domicile_region},
          {"domicile_address", p.domicile_address},
          {"origin_region", p.origin_region},
          {"origin_address", p.origin_address},
          {"education_level", p.education_level},
          {"school_status", p.school_status},
          {"documents", strings(p.documents)},
          {"religion", p.religion},
          {"disabilities", strings(p.disabilities)},
          {"region_code", p.region_code},
          {"sensitive", v.record.sensitive},
          {"merged_into", nullable(v.record.merged_into)},
          {"categories", std::move(categories)},
          {"consents", std::move(consents)},
          {"organization", {{"id", v.holder.id}, {"code", v.holder.code}, {"name", v.holder.name}}},
          {"warnings", strings(v.warnings)},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

boost::json::object summary_json(const store::PersonRecord& r) {
  const auto& p = r.person;
  return {{"id", p.id},
          {"full_name", p.full_name},
          {"other_names", p.other_names},
          {"sex", to_string(p.sex)},
          {"birth_date", nullable(p.birth_date)},
          {"birth_date_estimated", p.birth_date_estimated},
          {"nik", nullable(p.nik)},
          {"region_code", p.region_code},
          {"sensitive", r.sensitive}};
}


Response create(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  services::PersonInput in;
  if (auto e = read_person(*body, in)) return error_response(*e, call.request_id);
  auto r = services::register_person(call.ctx, call.who(), std::move(in));
  return respond(call, r, person_json, Status::created);
}

// PATCH's body: any subset of registration's fields; null clears an optional one. Categories
// and consents have their own routes; other keys are refused (a misspelt field would otherwise
// be dropped without a word).
std::optional<Error> read_person_patch(const boost::json::object& body, services::PersonPatch& patch) {
  struct Text {
    const char* name;
    std::size_t max;
    std::string Person::*member;
  };
  static const Text kTexts[] = {
      {"other_names", 200, &Person::other_names},         {"birth_date", 10, &Person::birth_date},
      {"birth_place", 100, &Person::birth_place},         {"nik", 32, &Person::nik},
      {"kk_number", 32, &Person::kk_number},              {"mother_name", 200, &Person::mother_name},
      {"father_name", 200, &Person::father_name},         {"phone", 30, &Person::phone},
      {"domicile_region", 20, &Person::domicile_region},  {"domicile_address", 500, &Person::domicile_address},
      {"origin_region", 20, &Person::origin_region},      {"origin_address", 500, &Person::origin_address},
      {"education_level", 20, &Person::education_level}, {"school_status", 20, &Person::school_status},
      {"religion", 20, &Person::religion},
  };
  Fields f(body);
  auto& p = patch.person;
  for (const auto& [key, value] : body) {
    const std::string name(key);
    if (name == "confirm_warnings") {
      patch.confirm_warnings = f.boolean("confirm_warnings").value_or(false);
      continue;
    }
    if (name == "categories")
      return invalid_input("categories", "Kategori PMKS diubah lewat /persons/{id}/categories, bukan di sini.");
    if (name == "consent") return invalid_input("consent", "Persetujuan tidak dapat diubah di sini.");
    patch.fields.insert(name);
    if (name == "full_name") {
      p.full_name = f.text("full_name", true, 200).value_or("");
    } else if (name == "sex") {
      const auto sex = f.text("sex", true, 1);
      if (f.error()) return f.error();
      auto parsed = parse_sex(*sex);
      if (!parsed) return invalid_input("sex", "Jenis kelamin harus L (laki-laki) atau P (perempuan).");
      p.sex = *parsed;
    } else if (name == "birth_date_estimated") {
      p.birth_date_estimated = f.boolean("birth_date_estimated").value_or(false);
    } else if (name == "documents" || name == "disabilities") {
      auto list = f.texts(name.c_str()).value_or(std::vector<std::string>{});
      (name == "documents" ? p.documents : p.disabilities) = std::move(list);
    } else if (name == "age_years") {
      if (value.is_null()) {
        patch.fields.erase(name);
        continue;
      }
      if (!value.is_int64()) return invalid_input("age_years", "Umur harus bilangan bulat (tahun).");
      patch.age_years = static_cast<int>(std::clamp<std::int64_t>(value.as_int64(), -1, 1000));
    } else {
      const auto* t = std::find_if(std::begin(kTexts), std::end(kTexts), [&](const Text& x) { return name == x.name; });
      if (t == std::end(kTexts))
        return invalid_input(name, "Kolom '" + name + "' tidak dikenal atau tidak dapat diubah.");
      p.*(t->member) = f.text(t->name, false, t->max).value_or("");
    }
    if (f.error()) return f.error();
  }
  return f.error();
}

Response update(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  services::PersonPatch patch;
  if (auto e = read_person_patch(*body, patch)) return error_response(*e, call.request_id);
  auto r = services::update_person(call.ctx, call.who(), call.param("id"), std::move(patch));
  return respond(call, r, person_json);
}

Response get(Call& call) {
  auto r = services::get_person(call.ctx, call.who(), call.param("id"));
  return respond(call, r, person_json);
}

Response list(Call& call) {
  auto page = parse_page(call.query);
  if (!page) return error_response(page.error(), call.request_id);
  store::PersonFilter filter;
  filter.name = page->q;
  filter.nik = query_value(call.query, "nik");
  filter.region = query_value(call.query, "region");
  filter.category = query_value(call.query, "category");
  filter.organization_id = query_value(call.query, "organization");
  filter.cursor = page->cursor;
  filter.limit = page->limit;
  auto r = services::search_persons(call.ctx, call.who(), filter);
  return respond(call, r, [](const services::PersonPage& p) { return page_json(p, summary_json); });
}

Response matches(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  services::PersonInput in;
  Fields f(*body);
  in.person.full_name = f.text("full_name", false, 200).value_or("");
  in.person.nik = f.text("nik", false, 32).value_or("");
  in.person.birth_date = f.text("birth_date", false, 10).value_or("");
  in.person.mother_name = f.text("mother_name", false, 200).value_or("");
  if (f.error()) return error_response(*f.error(), call.request_id);
  auto r = services::likely_matches(call.ctx, call.who(), in);
  return respond(call, r, [](const std::vector<services::Candidate>& cs) {
    boost::json::array items;
    for (const auto& c : cs)
      items.push_back({{"reason", c.reason},
                       {"visible", c.visible},
                       {"person_id", c.visible ? boost::json::value(c.person_id) : boost::json::value(nullptr)},
                       {"name", c.display_name},
                       {"birth_year", c.birth_year},
                       {"sex", to_string(c.sex)},
                       {"organization", {{"id", c.holder.id}, {"code", c.holder.code}, {"name", c.holder.name}}}});
    return list_body(std::move(items), "");
  });
}

Response add_category(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  const auto category = f.text("category", true, 40).value_or("");
  auto assessed_on = f.text("assessed_on", false, 10);
  if (f.error()) return error_response(*f.error(), call.request_id);
  auto r = services::add_person_category(call.ctx, call.who(), call.param("id"), category, assessed_on.value_or(""));
  return respond(call, r, person_json, Status::created);
}

Response end_category(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  auto ended_on = f.text("ended_on", false, 10);
  if (f.error()) return error_response(*f.error(), call.request_id);
  auto r = services::end_person_category(call.ctx, call.who(), call.param("id"), call.param("code"),
                                         ended_on.value_or(""));
  return respond(call, r, person_json);
}

Response categories(Call&) {
  boost::json::array items;
  for (const auto& c : pmks_categories())
    items.push_back({{"code", c.code}, {"number", c.number}, {"name", c.name}, {"child", c.child}, {"sensitive", c.sensitive}});
  return json_response(Status::ok, list_body(std::move(items), ""));
}

}  // namespace

std::optional<Error> read_person(const boost::json::object& body, services::PersonInput& in) {
  Fields f(body);
  auto& p = in.person;
  p.full_name = f.text("full_name", true, 200).value_or("");
  p.other_names = f.text("other_names", false, 200).value_or("");
  const auto sex = f.text("sex", true, 1);
  p.birth_date = f.text("birth_date", false, 10).value_or("");
  p.birth_date_estimated = f.boolean("birth_date_estimated").value_or(false);
  p.birth_place = f.text("birth_place", false, 100).value_or("");
  p.nik = f.text("nik", false, 32).value_or("");
  p.kk_number = f.text("kk_number", false, 32).value_or("");
  p.mother_name = f.text("mother_name", false, 200).value_or("");
  p.father_name = f.text("father_name", false, 200).value_or("");
  p.phone = f.text("phone", false, 30).value_or("");
  p.domicile_region = f.text("domicile_region", false, 20).value_or("");
  p.domicile_address = f.text("domicile_address", false, 500).value_or("");
  p.origin_region = f.text("origin_region", false, 20).value_or("");
  p.origin_address = f.text("origin_address", false, 500).value_or("");
  p.education_level = f.text("education_level", false, 20).value_or("");
  p.school_status = f.text("school_status", false, 20).value_or("");
  p.documents = f.texts("documents").value_or(std::vector<std::string>{});
  p.religion = f.text("religion", false, 20).value_or("");
  p.disabilities = f.texts("disabilities").value_or(std::vector<std::string>{});
  in.categories = f.texts("categories").value_or(std::vector<std::string>{});
  in.confirm_warnings = f.boolean("confirm_warnings").value_or(false);
  if (f.error()) return f.error();
  if (sex) {
    auto parsed = parse_sex(*sex);
    if (!parsed) return invalid_input("sex", "Jenis kelamin harus L (laki-laki) atau P (perempuan).");
    p.sex = *parsed;
  }
  if (const auto* age = body.if_contains("age_years"); age && !age->is_null()) {
    if (!age->is_int64()) return invalid_input("age_years", "Umur harus bilangan bulat (tahun).");
    in.age_years = static_cast<int>(std::clamp<std::int64_t>(age->as_int64(), -1, 1000));
  }
  if (const auto* consent = body.if_contains("consent"); consent && !consent->is_null()) {
    if (!consent->is_object()) return invalid_input("consent", "Persetujuan harus berupa objek.");
    Fields c(consent->as_object());
    services::ConsentInput ci;
    ci.given_by = c.text("given_by", true, 200).value_or("");
    ci.relation = c.text("relation", true, 20).value_or("");
    ci.purpose = c.text("purpose", true, 500).value_or("");
    ci.given_on = c.text("given_on", true, 10).value_or("");
    if (c.error()) {
      Error e = *c.error();
      e.field = "consent." + e.field;
      return e;
    }
    in.consent = ci;
  }
  return std::nullopt;
}

boost::json::object person_detail_json(const services::PersonView& v) { return person_json(v); }

void register_person_routes(Api& api) {
  api.add("GET", "/api/v1/persons", Access::authenticated, list);
  api.add("POST", "/api/v1/persons", Access::authenticated, create);
  api.add("POST", "/api/v1/persons/matches", Access::authenticated, matches);
  api.add("GET", "/api/v1/persons/{id}", Access::authenticated, get);
  api.add("PATCH", "/api/v1/persons/{id}", Access::authenticated, update);
  api.add("POST", "/api/v1/persons/{id}/categories", Access::authenticated, add_category);
  api.add("POST", "/api/v1/persons/{id}/categories/{code}/end", Access::authenticated, end_category);
  api.add("GET", "/api/v1/pmks-categories", Access::authenticated, categories);
}

}  // namespace mitra::http
