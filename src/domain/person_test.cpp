#include "domain/person.hpp"

#include <gtest/gtest.h>

namespace mitra {
namespace {

TEST(Person, ReligionIsUnknownOrOneOfTheSeven) {
  const struct {
    const char* religion;
    bool valid;
  } kCases[] = {
      {"", true},          {"islam", true},  {"kristen", true},  {"katolik", true},
      {"hindu", true},     {"buddha", true}, {"konghucu", true}, {"kepercayaan", true},
      {"Islam", false},    {"budha", false}, {"lainnya", false}, {" islam", false},
  };
  for (const auto& c : kCases) EXPECT_EQ(valid_religion(c.religion), c.valid) << c.religion;
  EXPECT_EQ(religions().size(), 7u);
}

TEST(Person, DisabilitiesFollowUu8Of2016) {
  EXPECT_EQ(invalid_disability({}), std::nullopt);
  EXPECT_EQ(invalid_disability({"fisik", "intelektual", "mental", "sensorik_netra", "sensorik_rungu", "sensorik_wicara"}),
            std::nullopt);
  EXPECT_EQ(invalid_disability({"fisik", "tuna_rungu"}), "tuna_rungu");
  EXPECT_EQ(invalid_disability({"sensorik"}), "sensorik");
  EXPECT_EQ(invalid_disability({"Fisik"}), "Fisik");
  EXPECT_EQ(invalid_disability({"mental", "mental"}), "mental");  // listed twice
  EXPECT_EQ(disability_kinds().size(), 6u);
}

TEST(Person, CategoryEndsNotBeforeItsAssessmentNorInTheFuture) {
  const struct {
    const char* assessed_on;
    const char* ended_on;
    bool valid;
  } kCases[] = {
      {"2024-03-01", "2024-03-01", true},   // the same day
      {"2024-03-01", "2024-06-30", true},
      {"2024-03-01", "2024-02-29", false},  // before the assessment
      {"2024-03-01", "2025-01-02", false},  // after today
      {"2024-03-01", "2024-02-30", false},  // no such day
      {"2024-03-01", "2024-6-30", false},
      {"2024-03-01", "", false},
  };
  for (const auto& c : kCases)
    EXPECT_EQ(valid_category_end(c.assessed_on, c.ended_on, "2025-01-01"), c.valid) << c.ended_on;
}

TEST(Person, BirthDateIsARealDateNotInTheFuture) {
  EXPECT_TRUE(valid_birth_date("2008-02-29", "2025-01-01"));
  EXPECT_FALSE(valid_birth_date("2009-02-29", "2025-01-01"));
  EXPECT_FALSE(valid_birth_date("2025-01-02", "2025-01-01"));
  EXPECT_FALSE(valid_birth_date("1899-12-31", "2025-01-01"));
}

}  // namespace
}  // namespace mitra
