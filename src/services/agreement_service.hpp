// Agreements of a partnership (MoU, PKS, NPHD, SK): number as written, parties with signatories
// and obligations, dates, budget, the signed document, optionally one activity; and the
// reminders 60 and 30 days before an agreement ends (for the notification centre).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "services/context.hpp"
#include "store/identity_repository.hpp"
#include "store/partnership_repository.hpp"

namespace mitra::services {

struct AgreementPartyView {
  Organization organization;
  std::string signatory_name, signatory_position;
  std::vector<std::string> obligations;
};

struct AgreementView {
  store::AgreementRecord record;
  std::string partnership_title;
  std::vector<AgreementPartyView> parties;
  std::optional<int> days_left;     // until the end date, from today; nullopt without one
  std::optional<int> reminder_due;  // 60 or 30 when a reminder is due today
};

struct AgreementInput {
  std::string partnership_id, kind, number, title, signed_on, start_date, end_date, document_id, activity_id;
  long long budget = 0;
  struct Party {
    std::string organization_id, signatory_name, signatory_position;
    std::vector<std::string> obligations;
  };
  std::vector<Party> parties;
};

// Editors of the partnership record its agreements; every signing party must be a party of the
// partnership. Errors: not_found (partnership, activity), forbidden, invalid_input naming the field.
Result<AgreementView> create_agreement(const Context& ctx, const Actor& actor, const AgreementInput& in);
Result<AgreementView> get_agreement(const Context& ctx, const Actor& actor, const std::string& id);
// Replaces an agreement's fields and parties (an amendment, a corrected number, the signed copy
// attached later); its partnership stays. Same rules and errors as create_agreement.
Result<AgreementView> update_agreement(const Context& ctx, const Actor& actor, const std::string& id,
                                       const AgreementInput& in);

struct AgreementPage {
  std::vector<AgreementView> items;
  std::string next_cursor;
};
// Of one partnership, or (expiring_within > 0) every visible agreement ending within that many
// days from today, soonest first. Errors: invalid_input (expiring_within 1-3650).
Result<AgreementPage> list_agreements(const Context& ctx, const Actor& actor, const std::string& partnership_id,
                                      int expiring_within, const store::Page& page);

struct AgreementReminder {
  std::string agreement_id, partnership_id, number, title, end_date;
  int days_left = 0;
  int reminder = 0;  // 60 or 30: which reminder this is, to send each once
};
// The agreements the actor sees whose 60- or 30-day reminder is due on `day` ("YYYY-MM-DD").
// Errors: forbidden (roles without partnership access), invalid_input (day).
Result<std::vector<AgreementReminder>> agreements_due_for_reminder(const Context& ctx, const Actor& actor,
                                                                   const std::string& day);

}  // namespace mitra::services
