#include "services/assessment_service.hpp"

#include <boost/json.hpp>
#include <map>
#include <set>

#include "domain/working_days.hpp"
#include "services/audit_service.hpp"
#include "services/holiday_service.hpp"
#include "services/partnership_service.hpp"
#include "services/policy.hpp"
#include "store/identity_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

bool government(OrganizationType t) {
  return is_dinsos(t) || t == OrganizationType::upt || t == OrganizationType::ministry ||
         t == OrganizationType::government_agency;
}

Result<AssessmentPeriod> read_period(const std::string& code, const char* field) {
  auto p = parse_assessment_period(code);
  if (!p) return invalid_input(field, "Periode harus berupa tahun (mis. 2024) atau triwulan (mis. 2024Q3).");
  return *p;
}

// The request reply times in working days: decided ones to their decision, undecided ones only
// once past their reply date (they are late whatever happens next).
void add_requests(AssessmentFacts& f, const std::vector<store::AssessmentRequestRow>& rows, const WorkingCalendar& cal,
                  const std::string& today) {
  for (const auto& r : rows) {
    const auto received = parse_day(r.received_on);
    if (!received) continue;
    const bool decided = !r.decided_on.empty();
    if (!decided && r.reply_due >= today) continue;  // not yet due: nothing to judge
    const auto end = parse_day(decided ? r.decided_on : today);
    if (!end) continue;
    ++f.requests;
    f.request_reply_days.push_back(cal.working_days_between(*received, *end));
    if (decided && r.decided_on <= r.reply_due) ++f.requests_on_time;
    if (r.status == "approved" || r.status == "delivered") ++f.requests_granted;
    f.service_level_days = std::max(f.service_level_days, static_cast<int>(r.service_level_days));
  }
}

bool may_answer(const Actor& actor, const store::PartnershipRecord& p) {
  return p.has_party(actor.organization.id) &&
         (actor.has(Role::partner_manager) || actor.has(Role::supervisor) || actor.has(Role::admin));
}

bool survey_open(const AssessmentPeriod& p, const std::string& today) {
  return p.first_day <= today && today <= add_days(p.last_day, 30);
}

SurveyView survey_view(store::UnitOfWork& unit, const Actor& actor, const store::PartnershipRecord& p,
                       const AssessmentPeriod& period, const std::string& today) {
  SurveyView v;
  v.period = period.code;
  v.open = survey_open(period, today);
  v.may_answer = may_answer(actor, p);
  const auto answers = store::list_survey_answers(unit, p.id, period.code);
  for (const auto& a : answers)
    if (a.organization_id == actor.organization.id) v.mine.push_back(a);
  v.scores = survey_scores(answers, v.organizations);
  return v;
}

}  // namespace

SurveyScores survey_scores(const std::vector<store::SurveyAnswerRecord>& answers, int& organizations) {
  std::map<std::string, std::pair<long long, int>> sums;
  std::set<std::string> orgs;
  for (const auto& a : answers) {
    auto& s = sums[a.statement];
    s.first += a.score;
    ++s.second;
    orgs.insert(a.organization_id);
  }
  SurveyScores out;
  for (const auto& [code, s] : sums) out[code] = {static_cast<double>(s.first) / s.second, s.second};
  organizations = static_cast<int>(orgs.size());
  return out;
}

Result<AssessmentReport> partnership_assessment(const Context& ctx, const Actor& actor, const std::string& id,
                                                const std::string& period, const std::string& from,
                                                const std::string& to) {
  std::vector<AssessmentPeriod> periods;
  if (!from.empty() || !to.empty()) {
    auto a = read_period(from, "from");
    if (!a) return a.error();
    auto b = read_period(to, "to");
    if (!b) return b.error();
    periods = assessment_periods(*a, *b);
    if (periods.empty())
      return invalid_input(
          "from",
          "Periode 'from' dan 'to' harus sejenis (tahun atau triwulan), berurutan, dan paling banyak 12 periode.");
  } else {
    auto p = read_period(period.empty() ? today(ctx).substr(0, 4) : period, "period");
    if (!p) return p.error();
    const auto before = previous_period(*p);
    periods = {previous_period(before), before, *p};
  }
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto p = visible_partnership(unit, actor, id);
  if (!p) return p.error();
  AssessmentReport report;
  report.partnership = *p;
  store::AssessmentScope scope;
  scope.partnership_id = p->id;
  scope.start_date = p->start_date;
  scope.today = today(ctx);
  for (const auto& party : p->parties) {
    const auto org = store::find_organization(unit, party.organization_id);
    scope.parties.push_back({party.organization_id, org && government(org->type), !party.roles.empty()});
  }
  const auto calendar = working_calendar(unit);
  for (const auto& period_of : periods) {
    scope.period = period_of;
    scope.previous = previous_period(period_of);
    PeriodAssessment a;
    a.period = period_of;
    auto facts = store::gather_assessment_facts(unit, scope);
    add_requests(facts, store::assessment_requests(unit, scope), calendar, scope.today);
    a.indicators = assessment_indicators(facts, period_of);
    a.survey = survey_scores(store::list_survey_answers(unit, p->id, period_of.code), a.survey_organizations);
    a.lenses = assess_lenses(a.indicators, a.survey);
    report.periods.push_back(std::move(a));
  }
  return report;
}

Result<SurveyView> get_survey(const Context& ctx, const Actor& actor, const std::string& id,
                              const std::string& period) {
  auto per = read_period(period, "period");
  if (!per) return per.error();
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto p = visible_partnership(unit, actor, id);
  if (!p) return p.error();
  return survey_view(unit, actor, *p, *per, today(ctx));
}

Result<SurveyView> save_survey(const Context& ctx, const Actor& actor, const std::string& id, const std::string& period,
                               const std::vector<SurveyAnswerInput>& answers) {
  auto per = read_period(period, "period");
  if (!per) return per.error();
  if (answers.empty()) return invalid_input("answers", "Isi paling sedikit satu jawaban survei.");
  std::set<std::string> seen;
  for (const auto& a : answers) {
    if (!find_statement(a.statement))
      return invalid_input("answers", "Pernyataan survei tidak dikenal: " + a.statement + ".");
    if (a.score < 1 || a.score > 5)
      return invalid_input("answers", "Nilai survei harus bilangan bulat 1 sampai 5 (pernyataan " + a.statement + ").");
    if (!seen.insert(a.statement).second)
      return invalid_input("answers", "Pernyataan survei disebut lebih dari sekali: " + a.statement + ".");
  }
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto p = visible_partnership(unit, actor, id);
  if (!p) return p.error();
  if (!may_answer(actor, *p))
    return forbidden(
        "Hanya pengelola kemitraan atau supervisor lembaga pihak kemitraan ini yang dapat mengisi survei.");
  const std::string day = today(ctx);
  if (!survey_open(*per, day))
    return conflict("period", "Survei periode " + per->code +
                                  " tidak dapat diisi sekarang: jawaban diterima sejak awal periode sampai 30 hari "
                                  "setelah periode berakhir.");
  const std::string now = format_time(ctx.clock.now());
  for (const auto& a : answers)
    store::save_survey_answer(unit,
                              {p->id, actor.organization.id, per->code, a.statement, actor.user.id, now, a.score});
  boost::json::array codes;
  for (const auto& a : answers) codes.emplace_back(a.statement);
  write_audit(
      unit, ctx, actor,
      {"assessment.survey", "partnership", p->id,
       boost::json::serialize(boost::json::object{
           {"period", per->code}, {"organization_id", actor.organization.id}, {"statements", std::move(codes)}})});
  auto view = survey_view(unit, actor, *p, *per, day);
  unit.commit();
  return view;
}

}  // namespace mitra::services
