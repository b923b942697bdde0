#include "domain/identity.hpp"

#include <gtest/gtest.h>

#include "domain/clock.hpp"
#include "domain/ids.hpp"

namespace mitra {
namespace {

struct Sample {
  const char* input;
  bool valid;
};

TEST(Validation, Usernames) {
  const Sample samples[] = {{"ani", true},      {"pekerja.sosial_01", true}, {"a-b", true}, {"ab", false},
                            {"Ani", false},     {"ani budi", false},         {"", false},   {"ani@mks", false},
                            {"čerstvý", false}, {"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm", false}};
  for (const auto& s : samples) EXPECT_EQ(check_username(s.input).empty(), s.valid) << s.input;
}

TEST(Validation, OrganizationCodes) {
  const Sample samples[] = {{"DINSOS-MKS", true}, {"RPTC-MKS", true}, {"X", false}, {"dinsos-mks", false},
                            {"LKS AMANAH", false}, {"LKS_AMANAH", false}};
  for (const auto& s : samples) EXPECT_EQ(check_organization_code(s.input).empty(), s.valid) << s.input;
}

TEST(Validation, PasswordsCountCharactersNotBytes) {
  EXPECT_FALSE(check_password("pendek").empty());
  EXPECT_TRUE(check_password("cukup-panjang").empty());
  EXPECT_FALSE(check_password("ééééé").empty()) << "5 characters in 10 bytes is still too short";
}

TEST(Roles, RoundTripByName) {
  for (Role r : all_roles()) EXPECT_EQ(parse_role(to_string(r)), r);
  EXPECT_FALSE(parse_role("superuser").has_value());
}

TEST(OrganizationTypes, RoundTripByName) {
  EXPECT_EQ(parse_organization_type("rumah_singgah"), OrganizationType::rumah_singgah);
  EXPECT_EQ(to_string(OrganizationType::dinsos_province), "dinsos_province");
  EXPECT_FALSE(parse_organization_type("bank").has_value());
  EXPECT_TRUE(is_dinsos(OrganizationType::dinsos_regency));
  EXPECT_FALSE(is_dinsos(OrganizationType::lks));
}

TEST(Time, FormatsAndParsesIso8601Utc) {
  TimePoint t;
  ASSERT_TRUE(parse_time("2024-02-29T23:59:58.123Z", t));
  EXPECT_EQ(format_time(t), "2024-02-29T23:59:58.123Z");
  EXPECT_FALSE(parse_time("2023-02-29T00:00:00.000Z", t)) << "not a real date";
  EXPECT_FALSE(parse_time("2024-13-01T00:00:00Z", t));
  EXPECT_FALSE(parse_time("yesterday", t));
  EXPECT_FALSE(parse_time("2999-01-01T00:00:00Z", t)) << "beyond what the clock can count";
}

TEST(Ids, UuidV7IsTimeOrderedAndWellFormed) {
  FakeClock clock(TimePoint{std::chrono::milliseconds(1'700'000'000'000)});
  UuidV7Generator ids(clock);
  const auto a = ids.next();
  clock.advance(std::chrono::milliseconds(1));
  const auto b = ids.next();
  EXPECT_TRUE(is_uuid(a)) << a;
  EXPECT_EQ(a[14], '7') << "version nibble";
  EXPECT_LT(a, b);
  EXPECT_FALSE(is_uuid("not-a-uuid"));
}

}  // namespace
}  // namespace mitra
