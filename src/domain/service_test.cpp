#include "domain/service.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

boost::json::object obj(const char* json) { return boost::json::parse(json).as_object(); }

// Each type with a complete `details`, and the field a bad variant names.
struct DetailsCase {
  const char* type;
  const char* good;
  const char* bad;
  const char* field;
};

const DetailsCase kDetails[] = {
    {"therapy", R"({"subtype":"psychosocial"})", R"({"subtype":"yoga"})", "details.subtype"},
    {"therapy", R"({"subtype":"mental_spiritual"})", R"({})", "details.subtype"},
    {"vocational_training", R"({"subtype":"sewing","loka_bina_karya":true})", R"({"subtype":"sewing","loka_bina_karya":"ya"})",
     "details.loka_bina_karya"},
    {"social_assistance", R"({"form":"cash","amount":500000})", R"({"form":"cash"})", "details.amount"},
    {"social_assistance", R"({"form":"goods","description":"sembako 1 paket"})", R"({"form":"goods"})", "details.description"},
    {"social_assistance", R"({"form":"cash","amount":1})", R"({"form":"cash","amount":-5})", "details.amount"},
    {"assistive_device", R"({"device":"wheelchair"})", R"({"device":"other"})", "details.description"},
    {"education", R"({"level":"SD","school_name":"SDN 1 Makassar","enrolled_on":"2026-07-14","enrolment_status":"enrolled"})",
     R"({"level":"SD","school_name":"SDN 1","enrolled_on":"2026-02-30","enrolment_status":"enrolled"})", "details.enrolled_on"},
    {"education", R"({"level":"SMA","school_name":"SMAN 2","enrolled_on":"2026-07-14","enrolment_status":"graduated"})",
     R"({"level":"SMK","school_name":"SMKN 2","enrolled_on":"2026-07-14","enrolment_status":"enrolled"})", "details.level"},
    {"education", R"({"level":"SMP","school_name":"SMPN 3","enrolled_on":"2026-07-14","enrolment_status":"attending"})",
     R"({"level":"SMP","school_name":"  ","enrolled_on":"2026-07-14","enrolment_status":"attending"})", "details.school_name"},
    {"health", R"({"facility":"Puskesmas Tamalate","bpjs_number":"0001234567890"})", R"({"facility":"RS","bpjs_number":"12ab"})",
     "details.bpjs_number"},
    {"health", R"({"facility":"Puskesmas"})", R"({})", "details.facility"},
    {"civil_document", R"({"document":"akta_kelahiran","requested_on":"2026-01-05","issued_on":"2026-02-01"})",
     R"({"document":"akta_kelahiran","requested_on":"2026-01-05","issued_on":"2026-01-01"})", "details.issued_on"},
    {"civil_document", R"({"document":"kia","requested_on":"2026-01-05"})", R"({"document":"paspor","requested_on":"2026-01-05"})",
     "details.document"},
    {"counselling", R"({"sessions":4})", R"({"sessions":"empat"})", "details.sessions"},
    {"counselling", R"({"sessions":12})", R"({"sessions":2.5})", "details.sessions"},
    {"social_assistance", R"({"form":"cash","amount":1000000000000})", R"({"form":"cash","amount":1000000000001})", "details.amount"},
    {"basic_needs", R"({"items":"makan, tempat tidur"})", R"({"color":"red"})", "details"},
    {"family_support", R"({"parent_coaching":true})", R"({"parent_coaching":1})", "details.parent_coaching"},
    {"legal_accompaniment", R"({"matter":"pendampingan sidang"})", R"({"matter":42})", "details.matter"},
    {"entrepreneurship", R"({})", R"({"business":[1]})", "details.business"},
    {"social_care", R"({})", R"({"setting":"x\u0000"})", "details.setting"},
};

TEST(ServiceDetails, EachTypeAcceptsCompleteDetailsAndNamesTheBadField) {
  for (const auto& c : kDetails) {
    auto good = validate_details(c.type, obj(c.good));
    EXPECT_TRUE(good.ok()) << c.type << " " << c.good << ": " << (good.ok() ? "" : good.error().message);
    auto bad = validate_details(c.type, obj(c.bad));
    ASSERT_FALSE(bad.ok()) << c.type << " " << c.bad;
    EXPECT_EQ(bad.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(bad.error().field, c.field) << c.type << " " << c.bad;
  }
}

TEST(ServiceDetails, EveryTypeIsKnownAndUnknownTypesAreRefused) {
  EXPECT_EQ(service_types().size(), 13u);
  for (const char* code : {"basic_needs", "social_care", "family_support", "therapy", "vocational_training",
                           "entrepreneurship", "social_assistance", "assistive_device", "education", "health",
                           "civil_document", "legal_accompaniment", "counselling"})
    EXPECT_NE(find_service_type(code), nullptr) << code;
  auto r = validate_details("massage", obj("{}"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "type");
}

TEST(ServiceDetails, KeepsOnlyGivenKnownKeysAndDropsEmptyOptionalOnes) {
  auto r = validate_details("health", obj(R"({"facility":"RS Daya","bpjs_number":""})"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->size(), 1u);
  EXPECT_EQ(r->at("facility").as_string(), "RS Daya");
}

TEST(ServiceStatus, MovesForwardOnlyAndEndsForGood) {
  using S = ServiceStatus;
  EXPECT_TRUE(move_service(S::planned, S::ongoing).ok());
  EXPECT_TRUE(move_service(S::planned, S::stopped).ok());
  EXPECT_TRUE(move_service(S::ongoing, S::completed).ok());
  EXPECT_TRUE(move_service(S::ongoing, S::stopped).ok());
  EXPECT_TRUE(move_service(S::completed, S::completed).ok()) << "staying put is not a move";
  for (auto [from, to] : {std::pair{S::planned, S::completed}, std::pair{S::completed, S::ongoing},
                          std::pair{S::stopped, S::ongoing}, std::pair{S::ongoing, S::planned}}) {
    auto r = move_service(from, to);
    ASSERT_FALSE(r.ok()) << to_string(from) << "->" << to_string(to);
    EXPECT_EQ(r.error().code, ErrorCode::conflict);
    EXPECT_EQ(r.error().field, "status");
  }
  EXPECT_EQ(parse_service_status("ongoing"), S::ongoing);
  EXPECT_FALSE(parse_service_status("done"));
}

TEST(ServiceDates, EndNotBeforeStart) {
  EXPECT_TRUE(check_service_dates("2026-01-10", "").ok());
  EXPECT_TRUE(check_service_dates("2026-01-10", "2026-01-10").ok());
  auto r = check_service_dates("2026-01-10", "2026-01-09");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "ends_on");
  EXPECT_EQ(check_service_dates("10-01-2026", "").error().field, "starts_on");
  EXPECT_EQ(check_service_dates("2026-01-10", "2026-13-01").error().field, "ends_on");
  EXPECT_FALSE(is_date("2025-02-29"));
  EXPECT_TRUE(is_date("2024-02-29"));
  EXPECT_FALSE(is_date("2024-2-29x"));
}

TEST(ServiceDates, AddMonthsClampsToTheMonthEnd) {
  EXPECT_EQ(add_months("2026-01-31", 1), "2026-02-28");
  EXPECT_EQ(add_months("2026-01-15", kLokaBinaKaryaMonths), "2026-04-15");
  EXPECT_EQ(add_months("2026-11-30", 3), "2027-02-28");
  EXPECT_EQ(add_months("2023-12-31", 2), "2024-02-29");
}

TEST(FollowUpSchedule, MonthlyByDefaultFromTheStartDate) {
  auto r = follow_up_schedule("2026-01-31", 4);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, (std::vector<std::string>{"2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"}));
  auto every_two = follow_up_schedule("2026-01-10", 6, 2);
  ASSERT_TRUE(every_two.ok());
  EXPECT_EQ(*every_two, (std::vector<std::string>{"2026-01-10", "2026-03-10", "2026-05-10"}));
  EXPECT_EQ(follow_up_schedule("2026-01-10", 0).error().field, "months");
  EXPECT_EQ(follow_up_schedule("2026-01-10", 37).error().field, "months");
  EXPECT_EQ(follow_up_schedule("2026-01-10", 6, 0).error().field, "interval_months");
  EXPECT_EQ(follow_up_schedule("kemarin", 6).error().field, "starts_on");
}

TEST(FollowUpVisit, ParsesAttendanceAndIncomeLevels) {
  EXPECT_EQ(parse_school_attendance("unknown"), SchoolAttendance::unknown);
  EXPECT_FALSE(parse_school_attendance("maybe"));
  EXPECT_EQ(parse_income_level("worse"), IncomeLevel::worse);
  EXPECT_FALSE(parse_income_level("better"));
}

}  // namespace
}  // namespace mitra
