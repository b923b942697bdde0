// /api/v1/reports: the yearly PMKS table in the organisation's own rows (JSON, CSV, xlsx, PDF), the
// rows themselves, the identifiable person list export; /api/v1/statistics/{name}: the other tables.
#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "http/json_input.hpp"
#include "reports/table_export.hpp"
#include "services/report_service.hpp"
#include "services/statistics_service.hpp"

namespace mitra::http {
namespace {

boost::json::array codes_json(const std::vector<std::string>& codes) {
  boost::json::array a;
  for (const auto& c : codes) a.emplace_back(c);
  return a;
}

boost::json::object rows_json(const services::ReportRowsView& v) {
  boost::json::array rows;
  for (const auto& r : v.rows) rows.push_back(boost::json::object{{"label", r.label}, {"categories", codes_json(r.categories)}});
  return {{"rows", rows}, {"custom", v.custom}};
}

Response get_rows(Call& call) { return respond(call, services::get_report_rows(call.ctx, call.who()), rows_json); }

Response put_rows(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  const auto* rows = body->if_contains("rows");
  if (!rows || !rows->is_array())
    return error_response(invalid_input("rows", "Kirim daftar baris laporan (rows)."), call.request_id);
  std::vector<ReportRow> in;
  for (std::size_t i = 0; i < rows->as_array().size() && i <= kMaxReportRows; ++i) {
    const auto& r = rows->as_array()[i];
    const auto field = "rows[" + std::to_string(i) + "]";
    if (!r.is_object()) return error_response(invalid_input(field, "Setiap baris harus berupa objek."), call.request_id);
    Fields f(r.as_object());
    ReportRow row;
    row.label = f.text("label", true, 100).value_or("");
    row.categories = f.texts("categories").value_or(std::vector<std::string>{});
    if (auto e = f.error()) {
      auto error = *e;
      error.field = field + "." + error.field;
      return error_response(error, call.request_id);
    }
    in.push_back(std::move(row));
  }
  if (rows->as_array().size() > kMaxReportRows) in.resize(kMaxReportRows + 1);
  return respond(call, services::save_report_rows(call.ctx, call.who(), in), rows_json);
}

boost::json::value cell_json(const StatCell& c) {
  if (c.number) return boost::json::value(*c.number);
  return boost::json::value(c.text);
}

boost::json::object table_row_json(const StatTable& t, const std::vector<StatCell>& row) {
  boost::json::object o;
  for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i) o[t.columns[i].key] = cell_json(row[i]);
  return o;
}

boost::json::object table_json(const StatTable& t) {
  boost::json::array columns, rows;
  for (const auto& c : t.columns)
    columns.push_back(
        boost::json::object{{"key", c.key}, {"label", c.label}, {"numeric", c.numeric}, {"group", c.group}});
  for (const auto& r : t.rows) rows.push_back(table_row_json(t, r));
  return {{"title", t.title},
          {"subtitle", t.subtitle},
          {"columns", columns},
          {"rows", rows},
          {"total", t.total ? boost::json::value(table_row_json(t, *t.total)) : boost::json::value(nullptr)},
          {"source", t.source},
          {"suppressed", t.suppressed}};
}

services::StatFilterInput filter_of(const Call& call) {
  services::StatFilterInput in;
  in.year = query_value(call.query, "year");
  in.from = query_value(call.query, "from");
  in.to = query_value(call.query, "to");
  in.region = query_value(call.query, "region");
  in.organization = query_value(call.query, "organization");
  in.source = query_value(call.query, "source");
  in.suppress = query_value(call.query, "suppress");
  in.empty = query_value(call.query, "empty");
  in.lang = query_value(call.query, "lang");
  return in;
}

std::optional<Error> check_format(const std::string& format) {
  if (!format.empty() && format != "json" && format != "csv" && format != "xlsx" && format != "pdf")
    return invalid_input("format", "Format harus json, csv, xlsx atau pdf.");
  return std::nullopt;
}

// The table as a file download (csv, xlsx, pdf).
Response file_response(const services::StatResult& r, const std::string& format, const std::string& password = {}) {
  Response res{beast_http::status::ok, 11};
  std::string type;
  if (format == "csv") {
    type = "text/csv; charset=utf-8";
    res.body() = reports::table_csv(r.table);
  } else if (format == "xlsx") {
    type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    res.body() = reports::table_xlsx(r.table);
  } else {
    type = "application/pdf";
    res.body() = reports::table_pdf(r.table, {r.viewer.name, r.viewer.region_name, password, !password.empty()});
  }
  res.set(beast_http::field::content_type, type);
  res.set(beast_http::field::content_disposition, "attachment; filename=\"" + r.table.name + "." + format + "\"");
  res.set(beast_http::field::cache_control, "private, no-store");
  res.prepare_payload();
  return res;
}

Response report(Call& call) {
  const auto format = query_value(call.query, "format");
  if (auto e = check_format(format)) return error_response(*e, call.request_id);
  auto r = services::pmks_table(call.ctx, call.who(), filter_of(call));
  if (r && !format.empty() && format != "json") return file_response(r->result, format);
  return respond(call, r, [](const services::PmksTable& p) {
    boost::json::array lines;
    for (const auto& l : p.lines)
      lines.push_back(boost::json::object{{"label", l.label},
                                          {"categories", codes_json(l.categories)},
                                          {"male", l.male},
                                          {"female", l.female},
                                          {"total", l.male + l.female}});
    const auto& o = p.result.viewer;
    return boost::json::object{{"year", p.year ? boost::json::value(p.year) : boost::json::value(nullptr)},
                               {"organization", {{"id", o.id}, {"code", o.code}, {"name", o.name}}},
                               {"rows", lines},
                               {"total", {{"male", p.male}, {"female", p.female}, {"total", p.male + p.female}}},
                               {"table", table_json(p.result.table)}};
  });
}

Response statistic(Call& call) {
  const auto format = query_value(call.query, "format");
  if (auto e = check_format(format)) return error_response(*e, call.request_id);
  auto r = services::statistic(call.ctx, call.who(), call.param("name"), filter_of(call));
  if (r && !format.empty() && format != "json") return file_response(r.value(), format);
  return respond(call, r, [&](const services::StatResult& s) {
    auto o = table_json(s.table);
    o["name"] = call.param("name");
    return o;
  });
}

Response statistic_names(Call&) {
  boost::json::array names;
  for (const auto& n : services::statistic_names()) names.emplace_back(n);
  return json_response(beast_http::status::ok, boost::json::object{{"items", names}, {"next_cursor", nullptr}});
}

// POST: the password travels in the body, never in a URL that logs keep.
Response person_export(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  Fields f(*body);
  services::StatFilterInput in;
  if (auto y = f.integer("year")) in.year = std::to_string(*y);
  in.from = f.text("from", false, 10).value_or("");
  in.to = f.text("to", false, 10).value_or("");
  in.region = f.text("region", false, 13).value_or("");
  in.organization = f.text("organization", false, 64).value_or("");
  in.source = f.text("source", false, 20).value_or("");
  const auto format = f.text("format", true, 8).value_or("");
  const auto password = f.text("password", false, 64).value_or("");
  if (auto e = f.error()) return error_response(*e, call.request_id);
  if (format != "csv" && format != "xlsx" && format != "pdf")
    return error_response(invalid_input("format", "Format harus csv, xlsx atau pdf."), call.request_id);
  if (!password.empty() && format != "pdf")
    return error_response(invalid_input("password", "Kata sandi hanya dapat dipasang pada berkas PDF."),
                          call.request_id);
  if (!password.empty() && password.size() < 8)
    return error_response(invalid_input("password", "Kata sandi paling sedikit 8 karakter."), call.request_id);
  auto r = services::person_list(call.ctx, call.who(), in, format);
  if (!r) return error_response(r.error(), call.request_id);
  return file_response(r.value(), format, password);
}

}  // namespace

void register_report_routes(Api& api) {
  api.add("GET", "/api/v1/reports/pmks", Access::authenticated, report);
  api.add("GET", "/api/v1/reports/pmks-rows", Access::authenticated, get_rows);
  api.add("PUT", "/api/v1/reports/pmks-rows", Access::authenticated, put_rows);
  api.add("GET", "/api/v1/statistics", Access::authenticated, statistic_names);
  api.add("GET", "/api/v1/statistics/{name}", Access::authenticated, statistic);
  api.add("POST", "/api/v1/reports/persons/export", Access::authenticated, person_export);
}

}  // namespace mitra::http
