// Kemitraan: creating and editing partnerships, their place in the eight stages with dated
// evidence per stage and the history of stage changes. Who sees and edits is policy.hpp's
// partnership rule; every change is audited. Also the lookups the agreement, activity and
// budget services share.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/partnership.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"
#include "services/policy.hpp"
#include "store/identity_repository.hpp"
#include "store/partnership_repository.hpp"

namespace mitra::services {

struct PartyView {
  Organization organization;
  std::vector<std::string> roles;
};

struct PartnershipView {
  store::PartnershipRecord record;
  std::vector<PartyView> parties;
  bool can_edit = false;
  std::vector<store::EvidenceRecord> evidence;           // detail only
  std::vector<store::StageChangeRecord> history;         // detail only
  std::vector<std::pair<std::string, std::string>> who;  // user id -> display name, for evidence and history
};

struct PartnershipInput {
  std::optional<std::string> title, purpose, programme, type, region_code, start_date, end_date;
  std::optional<std::vector<std::string>> categories;
  std::optional<std::vector<PartyInput>> parties;
  std::string stage;  // create only: where the partnership starts ("" = problem_recognition)
  std::string stage_reason;
};

// A partner manager (whose organisation must be a party) or a Dinsos supervisor or admin (for a
// partnership within its region) creates one. Errors: forbidden, invalid_input naming the field.
Result<PartnershipView> create_partnership(const Context& ctx, const Actor& actor, const PartnershipInput& in);
// Changes the given fields. Errors: not_found (also when not visible), forbidden, invalid_input.
Result<PartnershipView> update_partnership(const Context& ctx, const Actor& actor, const std::string& id,
                                           const PartnershipInput& in);
// With parties, evidence and stage history. Errors: not_found (also when not visible), forbidden
// (analysts and auditors).
Result<PartnershipView> get_partnership(const Context& ctx, const Actor& actor, const std::string& id);

struct PartnershipPage {
  std::vector<PartnershipView> items;
  std::string next_cursor;
};
Result<PartnershipPage> list_partnerships(const Context& ctx, const Actor& actor, store::PartnershipFilter filter);

// Counts per stage within the actor's organisation's region: for analysts too (no details).
struct StageCount {
  PartnershipStage stage;
  long long count = 0;
};
Result<std::vector<StageCount>> partnership_stage_counts(const Context& ctx, const Actor& actor);

// One stage forward or back to an earlier stage, with a reason; recorded in the history.
// Errors: not_found, forbidden, invalid_input (stage, reason), conflict (same stage, a skip).
Result<PartnershipView> move_stage(const Context& ctx, const Actor& actor, const std::string& id,
                                   const std::string& stage, const std::string& reason);

struct EvidenceInput {
  std::string stage, on_date, note, document_id, meeting_id;
};
// Dated evidence for a stage: a note, a document id or a meeting id (at least one).
// Errors: not_found, forbidden, invalid_input.
Result<store::EvidenceRecord> add_evidence(const Context& ctx, const Actor& actor, const std::string& id,
                                           const EvidenceInput& in);

// Shared by the agreement, activity and budget services: the partnership when the actor sees it
// (not_found otherwise, also for analysts), and when the actor may also edit it (forbidden).
Result<store::PartnershipRecord> visible_partnership(store::UnitOfWork& unit, const Actor& actor,
                                                     const std::string& id);
Result<store::PartnershipRecord> editable_partnership(store::UnitOfWork& unit, const Actor& actor,
                                                      const std::string& id);
// For the records that name a partnership (assistance requests, needs, meetings): "" names none;
// otherwise it must be a partnership the actor sees. Errors: invalid_input (partnership_id), the
// same for an unknown id and one the actor may not see.
Status check_partnership_link(store::UnitOfWork& unit, const Actor& actor, const std::string& partnership_id);
PartnershipScope scope_of(const store::PartnershipRecord& p);
store::PartnershipViewer viewer_of(const Actor& actor);
// The organisations of the given ids (unknown ids are left out).
std::vector<Organization> organizations_of(store::UnitOfWork& unit, const std::vector<std::string>& ids);
// The current day "YYYY-MM-DD" (UTC) of the context's clock.
std::string today(const Context& ctx);

}  // namespace mitra::services
