// Kebutuhan yang dipublikasikan and janji bantuan: a need an organisation publishes (e.g. 30
// children's wheelchairs in one district), seen by every partner and optionally by the public,
// and the pledges organisations and businesses make against it. Pure rules, no I/O.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace mitra {

enum class NeedStatus { open, fulfilled, closed };  // dibuka / terpenuhi / ditutup
enum class PledgeStatus { pledged, delivered, cancelled };

std::string_view to_string(NeedStatus s);
std::optional<NeedStatus> parse_need_status(std::string_view s);
std::string_view to_string(PledgeStatus s);
std::optional<PledgeStatus> parse_pledge_status(std::string_view s);

inline constexpr int kMaxNeedQuantity = 1000000;

struct NeedText {
  std::string title, description, item, unit, needed_by, pmks_category;
  int quantity = 0;
};
// Errors: invalid_input naming the field (title, item, unit, quantity 1..1,000,000, needed_by a
// date, pmks_category a known code).
Status check_need(const NeedText& n);

// How far the pledges go: `promised` counts pledged and delivered quantities, `delivered` only
// what arrived.
struct Fulfilment {
  int needed = 0, promised = 0, delivered = 0;
  int remaining() const { return needed > promised ? needed - promised : 0; }
  bool met() const { return delivered >= needed; }
};

// A new pledge of `quantity` to a need in `status`. Errors: invalid_input (quantity < 1),
// conflict when the need is no longer open or the pledge is more than what remains unpledged
// (the message names the remainder).
Status check_pledge(NeedStatus status, const Fulfilment& f, int quantity);

// pledged -> delivered | cancelled. Errors: conflict naming both statuses.
Status check_pledge_transition(PledgeStatus from, PledgeStatus to);

}  // namespace mitra
