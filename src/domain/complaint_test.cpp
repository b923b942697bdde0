#include "domain/complaint.hpp"

#include <gtest/gtest.h>

#include <set>

namespace mitra {
namespace {

using CS = ComplaintStatus;
using Step = ComplaintStep;

struct Move {
  CS from;
  Step step;
  std::optional<CS> to;  // nullopt: refused with conflict
};

TEST(Complaint, StateMachineAllowsOnlyTheDocumentedMoves) {
  const std::vector<Move> table{
      {CS::new_, Step::triage, CS::triaged},
      {CS::triaged, Step::triage, CS::triaged},
      {CS::dispatched, Step::triage, std::nullopt},
      {CS::resolved, Step::triage, std::nullopt},
      {CS::new_, Step::dispatch, std::nullopt},
      {CS::triaged, Step::dispatch, CS::dispatched},
      {CS::dispatched, Step::dispatch, CS::dispatched},
      {CS::rejected, Step::dispatch, std::nullopt},
      {CS::new_, Step::resolve, std::nullopt},
      {CS::triaged, Step::resolve, std::nullopt},
      {CS::dispatched, Step::resolve, CS::resolved},
      {CS::resolved, Step::resolve, std::nullopt},
      {CS::new_, Step::reject, CS::rejected},
      {CS::triaged, Step::reject, CS::rejected},
      {CS::dispatched, Step::reject, std::nullopt},
      {CS::rejected, Step::reject, std::nullopt},
  };
  for (const auto& m : table) {
    auto r = advance(m.from, m.step);
    if (m.to) {
      ASSERT_TRUE(r.ok()) << to_string(m.from) << " step " << static_cast<int>(m.step);
      EXPECT_EQ(r.value(), *m.to);
    } else {
      ASSERT_FALSE(r.ok()) << to_string(m.from) << " step " << static_cast<int>(m.step);
      EXPECT_EQ(r.error().code, ErrorCode::conflict);
      EXPECT_EQ(r.error().field, "status");
    }
  }
}

TEST(Complaint, StatusNamesRoundTrip) {
  for (auto s : {CS::new_, CS::triaged, CS::dispatched, CS::resolved, CS::rejected})
    EXPECT_EQ(parse_complaint_status(to_string(s)), s);
  EXPECT_EQ(to_string(CS::new_), "new");
  EXPECT_FALSE(parse_complaint_status("closed"));
  EXPECT_TRUE(is_final(CS::resolved));
  EXPECT_TRUE(is_final(CS::rejected));
  EXPECT_FALSE(is_final(CS::dispatched));
}

TEST(Complaint, ListsOfCategoriesChannelsAndPriorities) {
  EXPECT_TRUE(is_complaint_category("anak_jalanan"));
  EXPECT_TRUE(is_complaint_category("lainnya"));
  EXPECT_FALSE(is_complaint_category("Anak_Jalanan"));
  EXPECT_TRUE(is_complaint_channel("walk_in"));
  EXPECT_TRUE(is_complaint_channel("whatsapp"));
  EXPECT_FALSE(is_complaint_channel("email"));
  EXPECT_TRUE(is_complaint_priority("urgent"));
  EXPECT_FALSE(is_complaint_priority("critical"));
}

ComplaintReport good() {
  return {
      "pengemis", "Seorang ibu dan bayi mengemis di lampu merah", "73.71", "Jl. Urip Sumoharjo", "2026-11-25T19:30", "",
      ""};
}

TEST(Complaint, ReportNamesTheFieldAtFault) {
  const std::string now = "2026-11-26T10:00:00.000Z";
  ASSERT_TRUE(check_report(good(), now).ok());
  EXPECT_EQ(check_report(good(), now).value(), "2026-11-25T19:30");
  struct Bad {
    void (*patch)(ComplaintReport&);
    const char* field;
  };
  const std::vector<Bad> table{
      {[](ComplaintReport& r) { r.category = "pencuri"; }, "category"},
      {[](ComplaintReport& r) { r.description = "  "; }, "description"},
      {[](ComplaintReport& r) { r.description = std::string(2001, 'a'); }, "description"},
      {[](ComplaintReport& r) { r.place = ""; }, "place"},
      {[](ComplaintReport& r) { r.seen_at = "kemarin"; }, "seen_at"},
      {[](ComplaintReport& r) { r.seen_at = "2026-02-30"; }, "seen_at"},
      {[](ComplaintReport& r) { r.seen_at = "2026-11-25T25:00"; }, "seen_at"},
      {[](ComplaintReport& r) { r.seen_at = "2026-12-01"; }, "seen_at"},
      {[](ComplaintReport& r) { r.reporter_phone = "0812-abc"; }, "reporter_phone"},
      {[](ComplaintReport& r) { r.reporter_phone = "12345"; }, "reporter_phone"},
      {[](ComplaintReport& r) { r.reporter_name = std::string(101, 'x'); }, "reporter_name"},
  };
  for (const auto& b : table) {
    auto r = good();
    b.patch(r);
    auto checked = check_report(r, now);
    ASSERT_FALSE(checked.ok()) << b.field;
    EXPECT_EQ(checked.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(checked.error().field, b.field);
  }
}

TEST(Complaint, DescriptionLimitCountsCharactersNotBytes) {
  auto r = good();
  r.description.clear();
  for (int i = 0; i < 2000; ++i) r.description += "é";  // two bytes each
  EXPECT_TRUE(check_report(r, "2026-11-26T10:00:00.000Z").ok());
  EXPECT_EQ(count_characters("anak é"), 6u);
}

TEST(Complaint, ReportAcceptsDatesPhonesAndTomorrowsDateForTimeZones) {
  auto r = good();
  r.seen_at = "2026-11-27";  // already the 27th in Jayapura (UTC+9)
  r.reporter_phone = "+62 812-3456-7890";
  r.reporter_name = "Ibu Sari";
  auto checked = check_report(r, "2026-11-26T20:00:00.000Z");
  ASSERT_TRUE(checked.ok());
  EXPECT_EQ(checked.value(), "2026-11-27");
  r.seen_at = "2026-11-25T08:15:00Z";
  EXPECT_EQ(check_report(r, "2026-11-26T20:00:00.000Z").value(), "2026-11-25T08:15:00");
}

TEST(Complaint, TicketIsPrefixedGroupedAndUsesCrockfordCharacters) {
  EXPECT_EQ(make_ticket({0, 0, 0, 0, 0}), "PGD-0000-0000");
  EXPECT_EQ(make_ticket({255, 255, 255, 255, 255}), "PGD-ZZZZ-ZZZZ");
  EXPECT_EQ(make_ticket({0, 0, 0, 0, 1}), "PGD-0000-0001");
  EXPECT_EQ(make_ticket({0, 0, 0, 0, 32}), "PGD-0000-0010");
  // Every one of the 32 characters appears, and none of I, L, O, U.
  std::set<char> seen;
  for (int b = 0; b < 256; ++b) {
    const auto t = make_ticket(
        {static_cast<unsigned char>(b), static_cast<unsigned char>(b * 7), 3, 9, static_cast<unsigned char>(255 - b)});
    ASSERT_EQ(t.size(), 13u);
    EXPECT_EQ(t.substr(0, 4), "PGD-");
    EXPECT_EQ(t[8], '-');
    for (char c : t.substr(4)) seen.insert(c);
  }
  for (char c : std::string("ILOU")) EXPECT_EQ(seen.count(c), 0u);
  EXPECT_EQ(seen.size(), 33u);  // 32 characters and the dash
}

TEST(Complaint, TicketsDifferForDifferentRandomBytes) {
  std::set<std::string> tickets;
  for (int i = 0; i < 1000; ++i)
    tickets.insert(make_ticket({static_cast<unsigned char>(i & 255), static_cast<unsigned char>(i >> 8), 1, 2, 3}));
  EXPECT_EQ(tickets.size(), 1000u);
}

TEST(Complaint, TypedTicketsAreNormalised) {
  EXPECT_EQ(normalize_ticket("PGD-7K3F-9Q2M"), "PGD-7K3F-9Q2M");
  EXPECT_EQ(normalize_ticket(" pgd-7k3f-9q2m "), "PGD-7K3F-9Q2M");
  EXPECT_EQ(normalize_ticket("7K3F9Q2M"), "PGD-7K3F-9Q2M");
  EXPECT_EQ(normalize_ticket("PGD 7K3F 9Q2M"), "PGD-7K3F-9Q2M");
  EXPECT_EQ(normalize_ticket("PGD-O1IL-0000"), "PGD-0111-0000");
  EXPECT_FALSE(normalize_ticket("PGD-7K3F-9Q2"));
  EXPECT_FALSE(normalize_ticket("PGD-7K3F-9Q2U"));
  EXPECT_FALSE(normalize_ticket("XYZ-7K3F-9Q2M"));
  EXPECT_FALSE(normalize_ticket(""));
}

}  // namespace
}  // namespace mitra
