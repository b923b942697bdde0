// Partnerships with their parties, stage evidence and stage history, and their agreements.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/partnership.hpp"
#include "store/database.hpp"

namespace soci {
class statement;
}

namespace mitra::store {

struct PartyRecord {
  std::string organization_id;
  std::vector<std::string> roles;
};

struct PartnershipRecord {
  std::string id, title, purpose, programme, type, region_code, stage_since, start_date, end_date, created_by,
      created_at, updated_at;
  PartnershipStage stage = PartnershipStage::problem_recognition;
  std::vector<std::string> categories;
  std::vector<PartyRecord> parties;  // in the order given
  bool has_party(const std::string& organization_id) const;
  std::vector<std::string> party_ids() const;
};

// Who is looking, as SQL filters it: partnerships the organisation is party to, and, for a
// Dinsos, those whose region lies within its region ("" otherwise).
struct PartnershipViewer {
  std::string organization_id;
  std::string dinsos_region;
};
// A WHERE fragment true for partnership rows (alias `p`) the viewer sees; binds :vo, :vr1, :vr2
// through bind_viewer (the viewer must outlive the statement's execution).
std::string visible_sql();
void bind_viewer(soci::statement& st, PartnershipViewer& v, std::string& region_like);

void insert_partnership(UnitOfWork& u, const PartnershipRecord& p);
// Writes the editable fields and replaces the parties.
void update_partnership(UnitOfWork& u, const PartnershipRecord& p);
void set_stage(UnitOfWork& u, const std::string& id, PartnershipStage stage, const std::string& at);
std::optional<PartnershipRecord> find_partnership(UnitOfWork& u, const std::string& id);

struct PartnershipFilter {
  std::string q;       // folded words of the title
  std::string region;  // region code prefix
  std::string stage;   // stage code
  std::string party;   // organisation id
  std::string cursor;  // last id seen
  int limit = 50;
};
// Visible partnerships, newest first; at most limit + 1.
std::vector<PartnershipRecord> list_partnerships(UnitOfWork& u, const PartnershipViewer& viewer,
                                                 const PartnershipFilter& f);
// How many partnerships are at each stage, within a region prefix ("" for all).
std::vector<std::pair<std::string, long long>> count_by_stage(UnitOfWork& u, const std::string& region);

struct EvidenceRecord {
  std::string id, partnership_id, stage, on_date, note, document_id, meeting_id, created_by, created_at;
};
void insert_evidence(UnitOfWork& u, const EvidenceRecord& e);
std::vector<EvidenceRecord> list_evidence(UnitOfWork& u, const std::string& partnership_id);  // by date

struct StageChangeRecord {
  std::string id, partnership_id, from_stage, to_stage, reason, changed_by, changed_at;
};
void insert_stage_change(UnitOfWork& u, const StageChangeRecord& c);
std::vector<StageChangeRecord> list_stage_changes(UnitOfWork& u, const std::string& partnership_id);  // oldest first

struct AgreementPartyRecord {
  std::string organization_id, signatory_name, signatory_position;
  std::vector<std::string> obligations;
};

struct AgreementRecord {
  std::string id, partnership_id, kind, number, title, signed_on, start_date, end_date, document_id, activity_id,
      created_by, created_at, updated_at;
  long long budget = 0;
  std::vector<AgreementPartyRecord> parties;
};
void insert_agreement(UnitOfWork& u, const AgreementRecord& a);
// Writes the fields and replaces the parties (id, partnership, creation kept).
void update_agreement(UnitOfWork& u, const AgreementRecord& a);
std::optional<AgreementRecord> find_agreement(UnitOfWork& u, const std::string& id);

struct AgreementFilter {
  std::string partnership_id;  // "" for every visible partnership
  std::string ends_from;       // with ends_until: end_date within [from, until]
  std::string ends_until;
  std::string cursor;  // last id seen (without an end window), else "end_date|id"
  int limit = 50;
};
// Visible agreements: by partnership newest first, or by end date when a window is given;
// at most limit + 1.
std::vector<AgreementRecord> list_agreements(UnitOfWork& u, const PartnershipViewer& viewer,
                                             const AgreementFilter& f);

}  // namespace mitra::store
