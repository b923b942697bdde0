// Referrals and transfers between organisations.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/referral.hpp"
#include "store/database.hpp"

namespace mitra::store {

struct ReferralRecord {
  std::string id, case_id, person_id, from_organization, to_organization, service, reason, consent_basis,
      override_reason, reply_due, replied_at, reply_reason, ended_at, created_by, created_at, updated_at;
  ReferralKind kind = ReferralKind::referral;
  ReferralStatus status = ReferralStatus::pending;
};

void insert_referral(UnitOfWork& u, const ReferralRecord& r);
// Writes status, replied_at, reply_reason, ended_at and updated_at.
void update_referral(UnitOfWork& u, const ReferralRecord& r);
std::optional<ReferralRecord> find_referral(UnitOfWork& u, const std::string& id);

struct ReferralFilter {
  std::string organization_id;  // the viewer's organisation
  bool inbox = true;            // received (true) or sent (false)
  std::string status;           // "" for any
  std::string cursor;           // last id seen
  int limit = 50;
};
// Newest first; at most limit + 1.
std::vector<ReferralRecord> list_referrals(UnitOfWork& u, const ReferralFilter& f);
// Pending referrals received by an organisation, and how many of them are past their deadline.
void count_inbox(UnitOfWork& u, const std::string& organization_id, const std::string& now, long long& pending,
                 long long& overdue);

// Organisations with an open referral (pending or accepted) for a person, or for one case.
std::vector<std::string> open_receivers_of_person(UnitOfWork& u, const std::string& person_id);
std::vector<std::string> open_receivers_of_case(UnitOfWork& u, const std::string& case_id);
bool has_open_referral(UnitOfWork& u, const std::string& case_id, const std::string& to_organization);

}  // namespace mitra::store
