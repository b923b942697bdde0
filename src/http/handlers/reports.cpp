// /api/v1/reports: the yearly PMKS report in the organisation's own rows (JSON or CSV), and the
// rows themselves.
#include <charconv>

#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/report_service.hpp"

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

// A CSV cell: quoted when it holds a separator, quote or line break.
std::string cell(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

Response csv_report(const services::PmksReport& r) {
  std::string body = "No,Baris,Kategori,L,P,Jumlah\r\n";
  int n = 0;
  for (const auto& l : r.lines) {
    std::string codes;
    for (const auto& c : l.categories) codes += (codes.empty() ? "" : " ") + c;
    body += std::to_string(++n) + "," + cell(l.label) + "," + cell(codes) + "," + std::to_string(l.male) + "," +
            std::to_string(l.female) + "," + std::to_string(l.male + l.female) + "\r\n";
  }
  body += ",Jumlah,," + std::to_string(r.male) + "," + std::to_string(r.female) + "," + std::to_string(r.male + r.female) + "\r\n";
  Response res{beast_http::status::ok, 11};
  res.set(beast_http::field::content_type, "text/csv; charset=utf-8");
  res.set(beast_http::field::content_disposition,
          "attachment; filename=\"laporan-pmks-" + r.organization.code + "-" + std::to_string(r.year) + ".csv\"");
  res.body() = "\xEF\xBB\xBF" + body;  // a BOM, so that Excel reads UTF-8
  res.prepare_payload();
  return res;
}

Response report(Call& call) {
  const auto text = query_value(call.query, "year");
  int year = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size())
    return error_response(invalid_input("year", "Tahun laporan harus berupa angka, misalnya 2024."), call.request_id);
  const auto format = query_value(call.query, "format");
  if (!format.empty() && format != "json" && format != "csv")
    return error_response(invalid_input("format", "Format harus json atau csv."), call.request_id);
  auto r = services::pmks_report(call.ctx, call.who(), year);
  if (r && format == "csv") return csv_report(r.value());
  return respond(call, r, [](const services::PmksReport& p) {
    boost::json::array lines;
    for (const auto& l : p.lines)
      lines.push_back(boost::json::object{{"label", l.label},
                                          {"categories", codes_json(l.categories)},
                                          {"male", l.male},
                                          {"female", l.female},
                                          {"total", l.male + l.female}});
    return boost::json::object{
        {"year", p.year},
        {"organization", {{"id", p.organization.id}, {"code", p.organization.code}, {"name", p.organization.name}}},
        {"rows", lines},
        {"total", {{"male", p.male}, {"female", p.female}, {"total", p.male + p.female}}}};
  });
}

}  // namespace

void register_report_routes(Api& api) {
  api.add("GET", "/api/v1/reports/pmks", Access::authenticated, report);
  api.add("GET", "/api/v1/reports/pmks-rows", Access::authenticated, get_rows);
  api.add("PUT", "/api/v1/reports/pmks-rows", Access::authenticated, put_rows);
}

}  // namespace mitra::http
