#include "domain/registration.hpp"

#include <gtest/gtest.h>

#include "domain/document.hpp"

namespace mitra {
namespace {

Day day(const char* s) { return *parse_day(s); }

TEST(Registration, MovesFollowTheLampungProcedure) {
  using S = RegistrationStatus;
  using St = RegistrationStep;
  EXPECT_EQ(move_registration(S::submitted, St::recommend).value(), S::recommended);
  EXPECT_EQ(move_registration(S::submitted, St::send_back).value(), S::returned);
  EXPECT_EQ(move_registration(S::returned, St::resubmit).value(), S::submitted);
  EXPECT_EQ(move_registration(S::recommended, St::approve).value(), S::approved);
  EXPECT_EQ(move_registration(S::recommended, St::reject).value(), S::rejected);
}

TEST(Registration, NoStepSkipsTheRegencyOrReopensADecision) {
  using S = RegistrationStatus;
  using St = RegistrationStep;
  // The province cannot decide what the regency/city has not recommended.
  auto r = move_registration(S::submitted, St::approve);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::conflict);
  EXPECT_NE(r.error().message.find("diajukan"), std::string::npos);
  EXPECT_FALSE(move_registration(S::returned, St::recommend));
  EXPECT_FALSE(move_registration(S::recommended, St::send_back));
  for (auto final_status : {S::approved, S::rejected})
    for (auto step : {St::resubmit, St::recommend, St::send_back, St::approve, St::reject})
      EXPECT_FALSE(move_registration(final_status, step));
  EXPECT_TRUE(is_open(S::returned));
  EXPECT_FALSE(is_open(S::approved));
}

TEST(Registration, SurveyMustCheckEveryItemAndFindNoneWanting) {
  std::map<std::string, CheckResult> checks;
  for (const auto& item : registration_check_items()) checks[item] = CheckResult::ok;
  EXPECT_EQ(registration_check_items().size(), 7u);
  EXPECT_TRUE(check_survey_complete(checks));
  checks["accreditation"] = CheckResult::not_applicable;  // a new LKS has no grade yet
  EXPECT_TRUE(check_survey_complete(checks));
  checks["npwp"] = CheckResult::not_ok;
  auto wanting = check_survey_complete(checks);
  ASSERT_FALSE(wanting);
  EXPECT_EQ(wanting.error().field, "checks.npwp");
  checks.erase("npwp");
  auto missing = check_survey_complete(checks);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().field, "checks.npwp");
  EXPECT_TRUE(is_check_item("domicile"));
  EXPECT_FALSE(is_check_item("photo"));
}

TEST(Registration, ServiceLevelCountsWorkingDaysSkippingWeekendsAndHolidays) {
  WorkingCalendar plain;
  // Submitted on Monday 2 March 2026: 14 working days later is Friday 20 March.
  EXPECT_EQ(format_day(registration_due(plain, day("2026-03-02"), 14)), "2026-03-20");
  // Submitted on a Friday: the first working day is Monday.
  EXPECT_EQ(format_day(registration_due(plain, day("2026-03-06"), 1)), "2026-03-09");
  // Nyepi (19 March) and the Idul Fitri days (20, 23, 24 March) push the deadline on.
  WorkingCalendar holidays({day("2026-03-19"), day("2026-03-20"), day("2026-03-23"), day("2026-03-24")});
  EXPECT_EQ(format_day(registration_due(holidays, day("2026-03-02"), 14)), "2026-03-26");
}

TEST(Registration, OverdueOnlyWhileADinsosHoldsItPastItsDay) {
  const Day due = day("2026-03-20");
  EXPECT_FALSE(registration_overdue(RegistrationStatus::submitted, due, due));
  EXPECT_TRUE(registration_overdue(RegistrationStatus::submitted, due, day("2026-03-23")));
  EXPECT_TRUE(registration_overdue(RegistrationStatus::recommended, due, day("2026-03-21")));
  EXPECT_FALSE(registration_overdue(RegistrationStatus::returned, due, day("2026-04-30")));  // with the applicant
  EXPECT_FALSE(registration_overdue(RegistrationStatus::approved, due, day("2026-04-30")));
}

TEST(Registration, ExpiresTheDayAfterItsLastValidDayAndRenewsFrom90DaysBefore) {
  EXPECT_FALSE(registration_expired("2026-12-31", day("2026-12-31")));
  EXPECT_TRUE(registration_expired("2026-12-31", day("2027-01-01")));
  EXPECT_FALSE(registration_expired("", day("2027-01-01")));  // never registered: nothing to expire
  EXPECT_FALSE(renewal_open("2026-12-31", day("2026-10-01")));
  EXPECT_TRUE(renewal_open("2026-12-31", day("2026-10-02")));  // 90 days before
  EXPECT_TRUE(renewal_open("2026-12-31", day("2027-02-01")));  // already expired
  EXPECT_FALSE(renewal_open("", day("2026-10-02")));
}

TEST(Registration, OnlySocialOrganisationsRegisterAndRegionsNameTheirDinsos) {
  EXPECT_TRUE(is_registrable(OrganizationType::lks));
  EXPECT_TRUE(is_registrable(OrganizationType::yayasan));
  EXPECT_FALSE(is_registrable(OrganizationType::dinsos_regency));
  EXPECT_FALSE(is_registrable(OrganizationType::government_agency));
  EXPECT_EQ(regency_of("18.71.01.1001"), "18.71");
  EXPECT_EQ(regency_of("18.71"), "18.71");
  EXPECT_EQ(regency_of("18"), "");
  EXPECT_EQ(province_of("18.71.01"), "18");
}

TEST(Registration, LegalDataFormats) {
  EXPECT_EQ(check_npwp("01.234.567.8-901.000"), "");
  EXPECT_EQ(check_npwp("1871010101900001"), "");
  EXPECT_NE(check_npwp("12345"), "");
  EXPECT_NE(check_npwp("01.234.567.8-901.00A"), "");
  EXPECT_EQ(npwp_digits("01.234.567.8-901.000"), "012345678901000");
  EXPECT_EQ(check_email("lks.amanahbunda@contoh.or.id"), "");
  EXPECT_NE(check_email("lks@"), "");
  EXPECT_NE(check_email("tanpa-at.example"), "");
  EXPECT_EQ(check_phone("+62 721 123456"), "");
  EXPECT_NE(check_phone("0721-abc"), "");
}

TEST(Document, TypeComesFromTheBytesNotTheName) {
  EXPECT_EQ(document_type("%PDF-1.7\n..."), "application/pdf");
  EXPECT_EQ(document_type(std::string("\xFF\xD8\xFF\xE0", 4)), "image/jpeg");
  EXPECT_EQ(document_type(std::string("\x89PNG\r\n\x1A\n", 8)), "image/png");
  EXPECT_FALSE(document_type(std::string("RIFF\0\0\0\0WEBPVP8 ", 16)));  // photos may be WebP, documents not
  EXPECT_FALSE(document_type("<html><script>"));
  EXPECT_FALSE(document_type(""));
}

TEST(Document, FileNamesAreCleaned) {
  EXPECT_EQ(clean_file_name("../../etc/passwd"), "passwd");
  EXPECT_EQ(clean_file_name("C:\\akta\\akta notaris.pdf"), "akta notaris.pdf");
  EXPECT_EQ(clean_file_name("a\"b;\nc.pdf"), "abc.pdf");
  EXPECT_EQ(clean_file_name(""), "dokumen");
  EXPECT_LE(clean_file_name(std::string(300, 'x')).size(), 120u);
}

}  // namespace
}  // namespace mitra
