// Surat permohonan bantuan: a partner organisation asks another (usually its Dinsos) for help
// with items for an activity. The reply is due a service level of working days after the letter
// arrives; the request moves submitted -> under_review -> approved (in full or in part) or
// rejected, and approved -> delivered. Pure rules, no I/O.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "domain/working_days.hpp"

namespace mitra {

enum class RequestStatus { submitted, under_review, approved, rejected, delivered };

std::string_view to_string(RequestStatus s);
std::optional<RequestStatus> parse_request_status(std::string_view s);
// The status in the words of the UI (Diajukan, Ditinjau, Disetujui, Ditolak, Selesai).
std::string_view status_label(RequestStatus s);

inline constexpr int kDefaultServiceLevelDays = 5;
inline constexpr int kMaxServiceLevelDays = 60;
inline constexpr int kMaxRequestItems = 50;
inline constexpr int kMaxBackdatedLetterDays = 90;  // a paper letter recorded after it arrived

// One line of the request: what, how many, and what it is worth.
struct RequestItem {
  std::string description;
  int quantity = 0;
  std::string unit;                 // "porsi", "paket", "unit"...
  std::int64_t estimated_value = 0;  // whole rupiah, for the whole line
  std::optional<int> approved_quantity;  // set by the decision
};

// Errors: invalid_input naming the item ("items[2].quantity") when a line is empty, a quantity is
// not 1..1,000,000, a value is negative, or there are no items or more than kMaxRequestItems.
Status check_items(const std::vector<RequestItem>& items);

// Whether a request may move from `from` to `to`. Errors: conflict (field status) naming both
// statuses when the move is not one of submitted -> under_review, submitted|under_review ->
// approved|rejected, approved -> delivered.
Status check_transition(RequestStatus from, RequestStatus to);

// Still waiting for a decision.
bool awaits_decision(RequestStatus s);

// The approval of each item, in the items' order: 0..requested, and at least one above 0.
// Errors: invalid_input naming the item. Returns whether it approves everything in full.
Result<bool> check_approval(const std::vector<RequestItem>& items, const std::vector<int>& approved);

// The day the reply is due: `service_level_days` working days after the letter arrived.
Day reply_due(const WorkingCalendar& calendar, Day received, int service_level_days);
// No decision yet and `today` is past the due day.
bool is_overdue(RequestStatus s, Day due, Day today);

// One decided (or still open) request, for the response-time figures.
struct ResponseSample {
  Day received;
  Day due;
  std::optional<Day> decided;
  std::optional<Day> delivered;
  std::optional<Day> activity;
};

struct ResponseFigures {
  int count = 0;    // requests received in the period
  int decided = 0;  // of them, with a decision
  std::optional<double> median_days;  // working days from arrival to decision, over the decided
  std::optional<double> p90_days;     // 90th percentile (nearest rank) of the same
  std::optional<double> late_share;   // decided after the due day, over the decided (0..1)
  int delivered = 0;                   // delivered with a known activity date
  std::optional<double> delivered_after_activity_share;  // delivered after the activity day, over those
};
ResponseFigures response_figures(const std::vector<ResponseSample>& samples, const WorkingCalendar& calendar);

// The median of the values (the mean of the two middle ones for an even count); nullopt when empty.
std::optional<double> median(std::vector<int> values);
// The nearest-rank percentile p (0 < p <= 100): the smallest value with at least p% of the values
// at or below it; nullopt when empty.
std::optional<double> percentile(std::vector<int> values, int p);

}  // namespace mitra
