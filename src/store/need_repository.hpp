// Published needs and the pledges made against them.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/need.hpp"
#include "store/database.hpp"

namespace mitra::store {

struct NeedRecord {
  std::string id, publisher_id, region_code, title, description, item, unit, pmks_category, needed_by,
      partnership_id, published_at, published_by, closed_at, close_reason, updated_at;
  int quantity = 0;
  bool is_public = false;
  NeedStatus status = NeedStatus::open;
};
void insert_need(UnitOfWork& u, const NeedRecord& n);
// Writes status, closed_at, close_reason, updated_at.
void update_need_status(UnitOfWork& u, const NeedRecord& n);
std::optional<NeedRecord> find_need(UnitOfWork& u, const std::string& id);

struct NeedFilter {
  bool public_only = false;
  std::string status;        // "" or open | fulfilled | closed
  std::string publisher_id;  // "" for all
  std::string region;        // region code prefix, "" for all
  std::string partnership_id;  // "" for all
  std::string q;
  std::string cursor;
  int limit = 50;
};
// Newest first; at most limit + 1.
std::vector<NeedRecord> list_needs(UnitOfWork& u, const NeedFilter& f);

struct PledgeRecord {
  std::string id, need_id, organization_id, note, pledged_at, pledged_by, delivered_at, cancelled_at, updated_by,
      updated_at;
  int quantity = 0;
  PledgeStatus status = PledgeStatus::pledged;
};
void insert_pledge(UnitOfWork& u, const PledgeRecord& p);
// Writes status, delivered_at, cancelled_at, updated_by, updated_at.
void update_pledge(UnitOfWork& u, const PledgeRecord& p);
std::optional<PledgeRecord> find_pledge(UnitOfWork& u, const std::string& id);
// Oldest first.
std::vector<PledgeRecord> pledges_of_need(UnitOfWork& u, const std::string& need_id);
// Pledges an organisation made, newest first; at most limit + 1.
std::vector<PledgeRecord> pledges_of_organization(UnitOfWork& u, const std::string& organization_id,
                                                  const std::string& cursor, int limit);
// Makes the need's row this unit's to change until it ends (pledges to one need are checked one
// after the other on PostgreSQL; SQLite's writers are serial already).
void lock_need(UnitOfWork& u, const std::string& id);

}  // namespace mitra::store
