#include "domain/assessment.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace mitra {
namespace {

AssessmentPeriod year(const char* y) { return *parse_assessment_period(y); }

// A partnership doing everything the lenses look for.
AssessmentFacts healthy() {
  AssessmentFacts f;
  f.parties = 2;
  f.government_parties = 1;
  f.partner_parties = 1;
  f.parties_with_roles = 2;
  f.meetings = 6;
  f.meetings_in_person = 6;
  f.meeting_organizers = 2;
  f.actions_due = 10;
  f.actions_on_time = 10;
  f.requests = 4;
  f.requests_on_time = 4;
  f.requests_granted = 4;
  f.request_reply_days = {2, 3, 4, 5};
  f.service_level_days = 5;
  f.referrals = 4;
  f.referrals_on_time = 4;
  f.referrals_accepted = 4;
  f.referrals_to_partner = 2;
  f.referrals_to_government = 2;
  f.agreement_in_force = true;
  f.ground_rules = true;
  f.activities = 2;
  f.activities_with_agreement = 2;
  f.lpj_due = 1;
  f.lpj_on_time = 1;
  f.evidence_notes = 2;
  f.government_resources = 100;
  f.partner_resources = 60;
  f.contributing_parties = 2;
  f.budget_allocated = 100;
  f.budget_disbursed = 90;
  f.budget_previous_period = true;
  f.people_served = 30;
  f.school_enrolled = 10;
  f.reintegrated = 5;
  f.follow_up_visits = 20;
  f.back_on_street = 1;
  f.activity_participants = 12;
  f.partner_persons_registered = 30;
  f.years_since_start = 5;
  return f;
}

const LensResult& lens(const std::vector<LensResult>& v, const std::string& code) {
  return *std::find_if(v.begin(), v.end(), [&](const LensResult& r) { return r.lens == code; });
}

const LensDimension& dim(const LensResult& r, const std::string& code) {
  return *std::find_if(r.dimensions.begin(), r.dimensions.end(),
                       [&](const LensDimension& d) { return d.code == code; });
}

std::vector<LensResult> assess(const AssessmentFacts& f, const SurveyScores& s = {}) {
  return assess_lenses(assessment_indicators(f, year("2024")), s);
}

TEST(AssessmentPeriod, ParsesYearsAndQuartersWithTheirDays) {
  auto q = parse_assessment_period("2024Q3");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->first_day, "2024-07-01");
  EXPECT_EQ(q->last_day, "2024-09-30");
  EXPECT_EQ(q->quarters(), 1);
  EXPECT_EQ(year("2023").last_day, "2023-12-31");
  EXPECT_FALSE(parse_assessment_period("2024Q5"));
  EXPECT_FALSE(parse_assessment_period("24"));
  EXPECT_FALSE(parse_assessment_period("2024-01"));
  EXPECT_EQ(previous_period(*parse_assessment_period("2024Q1")).code, "2023Q4");
  const auto range = assessment_periods(year("2020"), year("2022"));
  ASSERT_EQ(range.size(), 3u);
  EXPECT_EQ(range.front().code, "2020");
  EXPECT_EQ(range.back().code, "2022");
  EXPECT_TRUE(assessment_periods(year("2022"), year("2020")).empty());
  EXPECT_TRUE(assessment_periods(year("2000"), year("2024")).empty());  // more than 12
  EXPECT_TRUE(assessment_periods(year("2024"), *parse_assessment_period("2024Q2")).empty());
}

// Two meetings (one in person) and half a budget spent, nothing else.
AssessmentFacts few_records() {
  AssessmentFacts f;
  f.meetings = 2;
  f.meetings_in_person = 1;
  f.budget_allocated = 1'500'000;
  f.budget_disbursed = 750'000;
  return f;
}

TEST(AssessmentIndicators, CountRecordsAndSayNoDataHonestly) {
  auto f = few_records();
  const auto v = assessment_indicators(f, year("2024"));
  EXPECT_EQ(find_indicator(v, "budget_realisation")->text, "Realisasi anggaran 50% (Rp 750.000 dari Rp 1.500.000)");
  EXPECT_DOUBLE_EQ(*find_indicator(v, "meetings_per_quarter")->value, 0.5);
  EXPECT_DOUBLE_EQ(*find_indicator(v, "in_person_share")->value, 50);
  EXPECT_FALSE(find_indicator(v, "actions_on_time_share")->value);
  const auto* dup = find_indicator(v, "duplicates_resolved");
  EXPECT_FALSE(dup->value);
  EXPECT_NE(dup->text.find("belum ada data"), std::string::npos);
  f.duplicates_resolved = 3;
  const auto recorded = assessment_indicators(f, year("2024"));
  EXPECT_DOUBLE_EQ(*find_indicator(recorded, "duplicates_resolved")->value, 3);
  EXPECT_EQ(find_indicator(recorded, "duplicates_resolved")->text, "3 data ganda diselesaikan");
}

TEST(ProductivityPattern, MovesFromCounterToSemiToProductiveWithTheEvidence) {
  AssessmentFacts none;
  EXPECT_EQ(lens(assess(none), "productivity").classification, "counter_productive");

  AssessmentFacts talking;  // regular meetings, but each works alone
  talking.parties = 2;
  talking.government_parties = talking.partner_parties = 1;
  talking.meetings = 4;
  talking.meetings_in_person = 4;
  talking.meeting_organizers = 1;
  EXPECT_EQ(lens(assess(talking), "productivity").classification, "semi_productive");

  const auto productive = lens(assess(healthy()), "productivity");
  EXPECT_EQ(productive.classification, "productive");
  EXPECT_FALSE(dim(productive, "communication").evidence.empty());
}

TEST(ProductivityPattern, ASurveyOfDistrustKeepsItSemiProductive) {
  SurveyScores low{{"productivity.trust", {1.0, 2}}, {"productivity.joint_work", {1.0, 2}}};
  auto f = healthy();
  f.referrals_to_government = 0;  // one-way referrals: trust evidence 75 -> (75 + 0) / 2
  const auto r = lens(assess(f, low), "productivity");
  EXPECT_EQ(r.classification, "semi_productive");
  EXPECT_LT(*dim(r, "trust").score, 60);
}

TEST(UnionPattern, DominationIsSubordinateAndComplementaryPartiesAreLinearCollaborative) {
  EXPECT_EQ(lens(assess(healthy()), "union").classification, "linear_collaborative");
  auto top_down = healthy();
  top_down.partner_resources = 0;
  top_down.meeting_organizers = 1;
  EXPECT_EQ(lens(assess(top_down), "union").classification, "subordinate_union");
  auto alike = healthy();
  alike.government_parties = 0;
  alike.partner_parties = 2;
  EXPECT_EQ(lens(assess(alike), "union").classification, "linear_union");
}

TEST(TandonAndSuroyo, CollaborativeRelationMeetsTheThreePrinciples) {
  const auto r = assess(healthy());
  EXPECT_EQ(lens(r, "tandon").classification, "collaborative");
  EXPECT_EQ(lens(r, "suroyo").classification, "all_met");
  auto dependent = healthy();
  dependent.partner_resources = 0;
  EXPECT_EQ(lens(assess(dependent), "tandon").classification, "dependency");
  auto hostile = healthy();
  hostile.referrals_accepted = 0;
  hostile.requests_granted = 0;
  hostile.actions_on_time = 0;
  EXPECT_EQ(lens(assess(hostile), "tandon").classification, "adversary");
}

TEST(Brinkerhoff, PerformanceFlagsSlowReplies) {
  auto f = healthy();
  f.request_reply_days = {14, 16, 18, 20};
  f.requests_on_time = 0;
  const auto r = lens(assess(f), "brinkerhoff");
  const auto& perf = dim(r, "performance");
  EXPECT_NE(std::find(perf.flags.begin(), perf.flags.end(), "request_reply_days"), perf.flags.end());
  EXPECT_NE(std::find(perf.flags.begin(), perf.flags.end(), "requests_on_time_share"), perf.flags.end());
  EXPECT_EQ(perf.evidence.front().rfind("Perlu perhatian:", 0), 0u);
  EXPECT_EQ(r.weakest, "performance");
  EXPECT_FALSE(r.suggestion.empty());
  const auto all = assess(healthy());
  const auto& healthy_perf = dim(lens(all, "brinkerhoff"), "performance");
  EXPECT_TRUE(healthy_perf.flags.empty());
}

TEST(PspPrinciples, CountThePrinciplesBackedByRecords) {
  EXPECT_EQ(lens(assess(healthy()), "psp").classification, "7_of_7");
  auto f = healthy();
  f.referrals = f.referrals_accepted = f.referrals_on_time = f.referrals_to_partner = f.referrals_to_government = 0;
  const auto r = lens(assess(f), "psp");
  EXPECT_EQ(r.classification, "6_of_7");
  EXPECT_FALSE(dim(r, "breaking_silos").recorded);
}

TEST(AnsellGash, MissingGroundRulesMakeInstitutionalDesignTheWeakest) {
  auto f = healthy();
  f.agreement_in_force = false;
  f.ground_rules = false;
  f.activities = 0;
  f.activities_with_agreement = 0;
  const auto r = lens(assess(f), "ansell_gash");
  EXPECT_EQ(r.weakest, "institutional_design");
  EXPECT_NE(r.suggestion.find("aturan main"), std::string::npos);
}

TEST(AssessmentTrend, ComparesTheLastScoreWithTheFirst) {
  EXPECT_EQ(trend_direction({10.0, std::nullopt, 50.0}), "up");
  EXPECT_EQ(trend_direction({50.0, 48.0}), "steady");
  EXPECT_EQ(trend_direction({80.0, 20.0}), "down");
  EXPECT_EQ(trend_direction({std::nullopt, 20.0}), "");
}

TEST(SurveyStatements, EveryLensHasStatementsAndCodesAreUnique) {
  for (const auto& l : assessment_lenses()) {
    const auto n = std::count_if(survey_statements().begin(), survey_statements().end(),
                                 [&](const SurveyStatement& s) { return s.lens == l; });
    EXPECT_GE(n, 2) << l;
  }
  for (const auto& s : survey_statements()) EXPECT_EQ(find_statement(s.code), &s);
}

}  // namespace
}  // namespace mitra

namespace mitra {
namespace {

TEST(AssessmentInEnglish, EveryIndicatorSaysItsFigureInBothLanguages) {
  const auto v = assessment_indicators(few_records(), year("2024"));
  for (const auto& i : v) {
    EXPECT_FALSE(i.text_en.empty()) << i.code;
    EXPECT_NE(i.text_en, i.text) << i.code;
  }
  EXPECT_EQ(find_indicator(v, "budget_realisation")->text_en, "Budget realisation 50% (Rp 750,000 of Rp 1,500,000)");
  EXPECT_EQ(find_indicator(v, "meetings_per_quarter")->text, "2 rapat koordinasi dalam periode (0,5 per triwulan)");
  EXPECT_EQ(find_indicator(v, "meetings_per_quarter")->text_en,
            "2 coordination meetings in the period (0.5 per quarter)");
  EXPECT_EQ(find_indicator(v, "in_person_share")->text_en, "1 of 2 meetings held in person (50%)");
  EXPECT_EQ(find_indicator(v, "in_person_share")->text, "1 dari 2 rapat tatap muka (50%)");
}

TEST(AssessmentInEnglish, EvidenceAndSuggestionFollowTheIndonesianOnes) {
  auto f = healthy();
  f.request_reply_days = {14, 16, 18, 20};
  f.requests_on_time = 0;
  const auto all = assess(f, {{"brinkerhoff.performance", {2.5, 2}}});
  for (const auto& l : all) {
    EXPECT_EQ(l.suggestion.empty(), l.suggestion_en.empty()) << l.lens;
    for (const auto& d : l.dimensions) EXPECT_EQ(d.evidence.size(), d.evidence_en.size()) << l.lens << d.code;
  }
  const auto& r = lens(all, "brinkerhoff");
  const auto& perf = dim(r, "performance");
  EXPECT_EQ(perf.evidence.front(),
            "Perlu perhatian: Median waktu balasan surat permohonan bantuan: 17 hari kerja (4 surat)");
  EXPECT_EQ(perf.evidence_en.front(),
            "Needs attention: Median reply time to assistance request letters: 17 working days (4 letters)");
  EXPECT_EQ(perf.evidence.back(), "Survei peserta: rata-rata 2,5 dari 5 (2 lembaga)");
  EXPECT_EQ(perf.evidence_en.back(), "Participants' survey: mean 2.5 of 5 (2 organisations)");
  EXPECT_EQ(r.weakest, "performance");
  EXPECT_EQ(r.suggestion_en.rfind("Answer assistance request letters within the reply time limit", 0), 0u);

  auto g = healthy();
  g.agreement_in_force = g.ground_rules = false;
  g.activities = g.activities_with_agreement = 0;
  const auto ag = lens(assess(g), "ansell_gash");
  EXPECT_NE(ag.suggestion.find("aturan main"), std::string::npos);
  EXPECT_NE(ag.suggestion_en.find("ground rules"), std::string::npos);
}

}  // namespace
}  // namespace mitra
