#include "domain/shelter.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace mitra {
namespace {

TimePoint at(const std::string& text) {
  TimePoint t;
  EXPECT_TRUE(parse_time(text, t)) << text;
  return t;
}

constexpr BedGroup kBoy{Sex::male, AgeGroup::child};
constexpr BedGroup kWoman{Sex::female, AgeGroup::adult};

TEST(Shelter, GroupCodesRoundTrip) {
  for (const auto& g : kBedGroups) EXPECT_EQ(parse_bed_group(group_code(g)), g);
  EXPECT_EQ(group_code(kBoy), "male_child");
  EXPECT_EQ(group_code(kWoman), "female_adult");
  EXPECT_EQ(group_label(kBoy), "anak laki-laki");
  EXPECT_FALSE(parse_bed_group("child"));
}

TEST(Shelter, ChildUntilTheEighteenthBirthday) {
  struct Case {
    const char* birth;
    const char* day;
    std::optional<AgeGroup> expected;
  };
  const Case cases[] = {
      {"2010-06-15", "2026-11-26", AgeGroup::child},
      {"2008-11-27", "2026-11-26", AgeGroup::child},  // 18 tomorrow
      {"2008-11-26", "2026-11-26", AgeGroup::adult},  // 18 today
      {"2008-12-01", "2026-11-26T10:00:00.000Z", AgeGroup::child},
      {"1970-01-01", "2026-11-26", AgeGroup::adult},
      {"", "2026-11-26", std::nullopt},
      {"unknown", "2026-11-26", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(age_group_on(c.birth, c.day), c.expected) << c.birth << " on " << c.day;
}

TEST(Shelter, FullGroupIsRefusedNamingGroupAndCapacity) {
  EXPECT_TRUE(check_bed_free(kBoy, 2, 1).ok());
  const auto full = check_bed_free(kBoy, 2, 2);
  ASSERT_FALSE(full.ok());
  EXPECT_EQ(full.error().code, ErrorCode::conflict);
  EXPECT_EQ(full.error().field, "bed_group");
  EXPECT_NE(full.error().message.find("anak laki-laki"), std::string::npos);
  EXPECT_NE(full.error().message.find("kapasitas 2"), std::string::npos);
  EXPECT_FALSE(check_bed_free(kWoman, 0, 0).ok()) << "a group without beds takes no one";
}

TEST(Shelter, CapacityPerGroupWithinBounds) {
  Capacity c;
  c.of(kBoy) = 10;
  c.of(kWoman) = 4;
  EXPECT_EQ(c.total(), 14);
  EXPECT_TRUE(check_capacity(c).ok());
  c.of(kWoman) = -1;
  EXPECT_EQ(check_capacity(c).error().field, "female_adult");
  c.of(kWoman) = kMaxBedsPerGroup + 1;
  EXPECT_EQ(check_capacity(c).error().field, "female_adult");
}

TEST(Shelter, AdmissionDefaultsToSevenDaysAndChecksItsChecklist) {
  const auto now = at("2026-11-26T10:00:00.000Z");
  Admission a{std::nullopt, true, "", {"Tas ransel", "Baju 2 stel"}, now};
  EXPECT_EQ(check_admission(a, now).value(), 7);
  a.planned_days = 3;
  EXPECT_EQ(check_admission(a, now).value(), 3);
  struct Bad {
    std::function<void(Admission&)> change;
    const char* field;
  };
  const Bad bad[] = {
      {[](Admission& x) { x.planned_days = 0; }, "planned_days"},
      {[](Admission& x) { x.planned_days = 366; }, "planned_days"},
      {[](Admission& x) { x.health_checked.reset(); }, "health_checked"},
      {[](Admission& x) { x.health_checked = false; }, "health_note"},
      {[](Admission& x) { x.belongings.push_back("  "); }, "belongings"},
      {[](Admission& x) { x.belongings.push_back("two\nlines"); }, "belongings"},
      {[&](Admission& x) { x.admitted_at = now + std::chrono::hours(1); }, "admitted_at"},
      {[&](Admission& x) { x.admitted_at = now - std::chrono::hours(24 * 31); }, "admitted_at"},
  };
  for (const auto& b : bad) {
    Admission x = a;
    b.change(x);
    const auto r = check_admission(x, now);
    ASSERT_FALSE(r.ok()) << b.field;
    EXPECT_EQ(r.error().field, b.field);
  }
  Admission late = a;
  late.admitted_at = now - std::chrono::hours(24 * 29);
  late.health_checked = false;
  late.health_note = "Dokter jaga tidak ada malam itu";
  EXPECT_TRUE(check_admission(late, now).ok());
}

TEST(Shelter, DischargeNeedsASignedHandOverUnlessThePersonRanAway) {
  const auto in = at("2026-11-20T10:00:00.000Z");
  const auto now = at("2026-11-26T10:00:00.000Z");
  const std::vector<std::string> inventory{"Tas", "Sandal"};
  Discharge d{Destination::family, {"Tas", "Sandal"}, "Siti", "ibu", "", "", now};
  EXPECT_TRUE(check_discharge(d, inventory, in, now).ok());

  Discharge unsigned_ = d;
  unsigned_.handover_name = "";
  EXPECT_EQ(check_discharge(unsigned_, inventory, in, now).error().field, "handover_name");
  unsigned_.handover_organization = "RSUD Daya";
  EXPECT_TRUE(check_discharge(unsigned_, inventory, in, now).ok()) << "a receiving organisation signs";

  Discharge no_relation = d;
  no_relation.handover_relation = " ";
  EXPECT_EQ(check_discharge(no_relation, inventory, in, now).error().field, "handover_relation");

  Discharge ran = d;
  ran.destination = Destination::ran_away;
  ran.handover_name = ran.handover_relation = "";
  ran.returned.clear();
  EXPECT_TRUE(check_discharge(ran, inventory, in, now).ok());
}

TEST(Shelter, BelongingsAreCheckedAgainstTheInventory) {
  const auto in = at("2026-11-20T10:00:00.000Z");
  const auto now = at("2026-11-26T10:00:00.000Z");
  const std::vector<std::string> inventory{"Tas", "Sandal"};
  Discharge d{Destination::family, {"Tas", "Ponsel"}, "Siti", "ibu", "", "", now};
  EXPECT_EQ(check_discharge(d, inventory, in, now).error().field, "belongings_returned");
  d.returned = {"Tas", "Tas"};
  EXPECT_EQ(check_discharge(d, inventory, in, now).error().field, "belongings_returned") << "returned twice";
  d.returned = {"Tas"};
  EXPECT_EQ(check_discharge(d, inventory, in, now).error().field, "note") << "kept items need a note";
  d.note = "Sandal hilang, diganti baru";
  EXPECT_TRUE(check_discharge(d, inventory, in, now).ok());
}

TEST(Shelter, DischargeTimeLiesBetweenAdmissionAndNow) {
  const auto in = at("2026-11-20T10:00:00.000Z");
  const auto now = at("2026-11-26T10:00:00.000Z");
  Discharge d{Destination::home, {}, "Budi", "diri sendiri", "", "", in - std::chrono::hours(1)};
  EXPECT_EQ(check_discharge(d, {}, in, now).error().field, "discharged_at");
  d.discharged_at = now + std::chrono::hours(1);
  EXPECT_EQ(check_discharge(d, {}, in, now).error().field, "discharged_at");
}

TEST(Shelter, OverdueAfterThePlannedDays) {
  const auto in = at("2026-11-20T10:00:00.000Z");
  EXPECT_FALSE(is_overdue(in, 7, at("2026-11-27T09:59:00.000Z")));
  EXPECT_FALSE(is_overdue(in, 7, at("2026-11-27T10:00:00.000Z")));
  EXPECT_TRUE(is_overdue(in, 7, at("2026-11-27T10:01:00.000Z")));
  EXPECT_TRUE(is_overdue(in, 3, at("2026-11-24T00:00:00.000Z")));
  EXPECT_EQ(days_stayed(in, at("2026-11-20T23:00:00.000Z")), 0);
  EXPECT_EQ(days_stayed(in, at("2026-11-26T11:00:00.000Z")), 6);
  EXPECT_EQ(days_stayed(in, in - std::chrono::hours(5)), 0);
}

TEST(Shelter, DestinationsAndDays) {
  for (const char* d : {"family", "lks", "home", "hospital", "ran_away", "other"})
    EXPECT_EQ(to_string(*parse_destination(d)), d);
  EXPECT_FALSE(parse_destination("street"));
  TimePoint t;
  EXPECT_TRUE(parse_day("2026-11-26", t));
  EXPECT_EQ(format_time(t), "2026-11-26T00:00:00.000Z");
  EXPECT_FALSE(parse_day("2026-13-01", t));
  EXPECT_FALSE(parse_day("26-11-2026", t));
}

}  // namespace
}  // namespace mitra
