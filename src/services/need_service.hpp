// Published needs and pledges (the DKI finding of seed 004: a published need draws help): an
// organisation publishes what it needs; every signed-in partner sees it, the public too when it
// is marked public (without internal or personal data); organisations and businesses pledge
// quantities, which are delivered or cancelled; the need is fulfilled when deliveries meet it.
#pragma once
#include <string>
#include <vector>

#include "domain/need.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "services/rate_limiter.hpp"
#include "store/identity_repository.hpp"
#include "store/need_repository.hpp"

namespace mitra::services {

struct NeedInput {
  std::string title, description, item, unit, region_code, pmks_category, needed_by, partnership_id;
  int quantity = 0;
  bool is_public = false;
};

struct PledgeView {
  store::PledgeRecord record;
  Organization organization;
  long long minutes_after_publication = 0;  // how fast the organisation responded
};

struct NeedView {
  store::NeedRecord record;
  Organization publisher;
  std::string region_name;
  Fulfilment fulfilment;
  int pledge_count = 0;                         // active (not cancelled) pledges
  long long first_response_minutes = -1;        // -1 without pledges
  std::vector<PledgeView> pledges;              // in the detail
  bool may_manage = false;                      // the viewer publishes for this organisation
};

// Supervisors, partner managers and admins publish for their organisation. Errors: forbidden,
// invalid_input naming the field.
Result<NeedView> publish_need(const Context& ctx, const Actor& actor, const NeedInput& in);
// Any signed-in user. Errors: not_found.
Result<NeedView> get_need(const Context& ctx, const Actor& actor, const std::string& id);
struct NeedPage {
  std::vector<NeedView> items;
  std::string next_cursor;
};
// Errors: invalid_input (status).
Result<NeedPage> list_needs(const Context& ctx, const Actor& actor, store::NeedFilter filter);
// The publisher closes an open need. Errors: forbidden, not_found, invalid_input (reason), conflict.
Result<NeedView> close_need(const Context& ctx, const Actor& actor, const std::string& id, const std::string& reason);

// Public needs, for anyone (rate-limited per client address). Errors: too_many_attempts.
Result<NeedPage> list_public_needs(const Context& ctx, RateLimiter& limiter, const Origin& origin,
                                   store::NeedFilter filter);

// An organisation other than the publisher pledges. Errors: forbidden, not_found, invalid_input
// (quantity), conflict (need no longer open, more than what remains unpledged).
Result<NeedView> pledge(const Context& ctx, const Actor& actor, const std::string& need_id, int quantity,
                        const std::string& note);
// delivered (by the publisher, who received it) or cancelled (by either side). Fulfils the need
// when deliveries meet it. Errors: forbidden, not_found, invalid_input (status), conflict.
Result<NeedView> set_pledge_status(const Context& ctx, const Actor& actor, const std::string& pledge_id,
                                   const std::string& status);

// Pledges of the actor's organisation, newest first, with their needs' titles.
struct OwnPledge {
  PledgeView pledge;
  std::string need_title;
};
struct PledgePage {
  std::vector<OwnPledge> items;
  std::string next_cursor;
};
Result<PledgePage> list_own_pledges(const Context& ctx, const Actor& actor, const store::Page& page);

}  // namespace mitra::services
