// /api/v1/partnerships/{id}/assessment: a partnership's evidence indicators, survey scores and
// lenses with their trend; /assessment/survey: the parties' survey; /api/v1/assessment/statements.
#include <cmath>

#include "http/api.hpp"
#include "http/handlers/views.hpp"
#include "services/assessment_service.hpp"

namespace mitra::http {
namespace {

boost::json::value number_or_null(const std::optional<double>& v) {
  if (!v) return nullptr;
  return std::round(*v * 10) / 10;
}

boost::json::array strings(const std::vector<std::string>& v) {
  boost::json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}

boost::json::object statement_json(const SurveyStatement& s) {
  return {
      {"code", s.code}, {"lens", s.lens}, {"dimension", s.dimension}, {"text_id", s.text_id}, {"text_en", s.text_en}};
}

boost::json::array scores_json(const SurveyScores& scores) {
  boost::json::array a;
  for (const auto& [code, s] : scores) {
    const auto* st = find_statement(code);
    a.push_back({{"statement", code},
                 {"lens", st ? st->lens : ""},
                 {"dimension", st ? st->dimension : ""},
                 {"mean", std::round(s.mean * 100) / 100},
                 {"organizations", s.organizations}});
  }
  return a;
}

boost::json::object assessment_json(const services::AssessmentReport& r) {
  const auto& last = r.periods.back();
  boost::json::array periods, indicators, lenses;
  for (const auto& p : r.periods) periods.emplace_back(p.period.code);
  for (const auto& i : last.indicators)
    indicators.push_back({{"code", i.code},
                          {"dimension", i.dimension},
                          {"unit", i.unit},
                          {"value", number_or_null(i.value)},
                          {"records", i.records},
                          {"text", i.text},
                          {"text_en", i.text_en}});
  for (std::size_t k = 0; k < last.lenses.size(); ++k) {
    const auto& l = last.lenses[k];
    boost::json::array dims, trend;
    for (const auto& d : l.dimensions)
      dims.push_back({{"code", d.code},
                      {"score", number_or_null(d.score)},
                      {"status", d.status},
                      {"recorded", d.recorded},
                      {"evidence", strings(d.evidence)},
                      {"evidence_en", strings(d.evidence_en)},
                      {"indicators", strings(d.indicators)},
                      {"flags", strings(d.flags)}});
    std::vector<std::optional<double>> scores;
    for (const auto& p : r.periods) {
      const auto& pl = p.lenses[k];
      scores.push_back(pl.score);
      trend.push_back(
          {{"period", p.period.code}, {"classification", pl.classification}, {"score", number_or_null(pl.score)}});
    }
    lenses.push_back({{"lens", l.lens},
                      {"paper", l.paper},
                      {"classification", l.classification},
                      {"score", number_or_null(l.score)},
                      {"weakest", nullable(l.weakest)},
                      {"suggestion", nullable(l.suggestion)},
                      {"suggestion_en", nullable(l.suggestion_en)},
                      {"dimensions", std::move(dims)},
                      {"trend", std::move(trend)},
                      {"direction", nullable(trend_direction(scores))}});
  }
  return {{"partnership", boost::json::object{{"id", r.partnership.id},
                                              {"title", r.partnership.title},
                                              {"region_code", r.partnership.region_code},
                                              {"start_date", r.partnership.start_date}}},
          {"period", last.period.code},
          {"first_day", last.period.first_day},
          {"last_day", last.period.last_day},
          {"periods", std::move(periods)},
          {"indicators", std::move(indicators)},
          {"survey",
           boost::json::object{{"organizations", last.survey_organizations}, {"scores", scores_json(last.survey)}}},
          {"lenses", std::move(lenses)}};
}

boost::json::object survey_json(const services::SurveyView& v) {
  boost::json::array mine;
  for (const auto& a : v.mine)
    mine.push_back({{"statement", a.statement}, {"score", a.score}, {"answered_at", a.answered_at}});
  return {{"period", v.period},
          {"open", v.open},
          {"may_answer", v.may_answer},
          {"answers", std::move(mine)},
          {"organizations", v.organizations},
          {"scores", scores_json(v.scores)}};
}

Response assessment(Call& call) {
  return respond(
      call,
      services::partnership_assessment(call.ctx, call.who(), call.param("id"), query_value(call.query, "period"),
                                       query_value(call.query, "from"), query_value(call.query, "to")),
      assessment_json);
}

Response statements(Call&) {
  boost::json::array items;
  for (const auto& s : survey_statements()) items.push_back(statement_json(s));
  return json_response(Status::ok, list_body(std::move(items), ""));
}

Response get_survey(Call& call) {
  return respond(call, services::get_survey(call.ctx, call.who(), call.param("id"), query_value(call.query, "period")),
                 survey_json);
}

Response put_survey(Call& call) {
  auto body = call.body();
  if (!body) return error_response(body.error(), call.request_id);
  const Error wrong =
      invalid_input("answers", "Jawaban survei harus berupa daftar {statement, score} dengan nilai 1 sampai 5.");
  std::string period = query_value(call.query, "period");
  if (const auto* p = body->if_contains("period")) {
    if (!p->is_string() || p->as_string().size() > 10)
      return error_response(
          invalid_input("period", "Periode harus berupa tahun (mis. 2024) atau triwulan (mis. 2024Q3)."),
          call.request_id);
    period = std::string(p->as_string());
  }
  const auto* list = body->if_contains("answers");
  if (!list || !list->is_array() || list->as_array().size() > 100) return error_response(wrong, call.request_id);
  std::vector<services::SurveyAnswerInput> answers;
  for (const auto& item : list->as_array()) {
    if (!item.is_object()) return error_response(wrong, call.request_id);
    const auto* st = item.as_object().if_contains("statement");
    const auto* score = item.as_object().if_contains("score");
    if (!st || !st->is_string() || st->as_string().size() > 100 || !score || !score->is_int64())
      return error_response(wrong, call.request_id);
    answers.push_back({std::string(st->as_string()), score->as_int64()});
  }
  return respond(call, services::save_survey(call.ctx, call.who(), call.param("id"), period, answers), survey_json);
}

}  // namespace

void register_assessment_routes(Api& api) {
  api.add("GET", "/api/v1/assessment/statements", Access::authenticated, statements);
  api.add("GET", "/api/v1/partnerships/{id}/assessment/survey", Access::authenticated, get_survey);
  api.add("PUT", "/api/v1/partnerships/{id}/assessment/survey", Access::authenticated, put_survey);
  api.add("GET", "/api/v1/partnerships/{id}/assessment", Access::authenticated, assessment);
}

}  // namespace mitra::http
