// The single answer to "may this user do this to this thing". Every service function asks it
// first. Permission is resource x action, narrowed by scope (whose record it is).
#pragma once
#include <string>
#include <vector>

#include "services/context.hpp"

namespace mitra::services {

enum class Resource { organization, user, audit_log, region, person_identity };
enum class Action { read, list, create, update };

// The record's owner, when it matters: the organisation a user or record belongs to.
struct Scope {
  std::string organization_id;  // "" when the action is not about one organisation's record
  std::string user_id;          // the user record concerned, for user reads
};

bool allowed(const Actor& actor, Resource resource, Action action, const Scope& scope = {});

// What decides whether a person's identity is visible: the organisations that registered them
// or hold a case for them, and the workers assigned to those cases.
struct PersonAccess {
  std::string registered_by;  // organisation id
  std::string region_code;    // the person's partition region
  bool sensitive = false;     // ABH, child victims...: assigned workers and supervisors only
  std::string created_by;     // user id, the worker who registered them
  std::vector<std::string> case_organizations;  // holding a case, or receiving an open referral
  std::vector<std::string> workers;  // users assigned to any of their cases
  bool emergency = false;  // the viewer holds an unexpired emergency ("break the glass") grant
};

// The same rule for one case: its organisation, supervisors of its region; a sensitive
// person's case only to its assigned workers and those supervisors.
struct CaseAccess {
  std::string organization_id;
  std::string region_code;
  bool sensitive = false;
  std::vector<std::string> workers;
  std::vector<std::string> referral_organizations;  // receivers of an open referral of the case
  bool emergency = false;  // the viewer holds an unexpired emergency grant for the case's person
};
bool may_see_case(const Actor& actor, const CaseAccess& c);

// The region a user supervises: a Dinsos supervisor sees persons of the Dinsos's region
// (a province's supervisor the whole province). "" for everyone else.
std::string supervised_region(const Actor& actor);
// Whether the actor supervises the region with this code (it lies within supervised_region).
bool supervises(const Actor& actor, const std::string& region_code);

// DESIGN.md's rule, for one person: the owning organisation, Dinsos supervisors of the region;
// sensitive persons only to their worker and supervisors; analysts and auditors never.
bool may_see_person(const Actor& actor, const PersonAccess& person);

// Partnerships (kemitraan): the organisations that are parties see one; a Dinsos sees every
// partnership within its region. Only staff who work with partners (admin, supervisor, social
// worker, partner manager) see details; analysts and auditors see aggregates only.
struct PartnershipScope {
  std::string region_code;
  std::vector<std::string> parties;  // organisation ids
};
bool works_on_partnerships(const Actor& actor);
// The region within which the actor's Dinsos sees every partnership; "" when not at a Dinsos.
std::string partnership_region(const Actor& actor);
bool may_see_partnership(const Actor& actor, const PartnershipScope& p);
// Parties' partner managers, and supervisors or admins of a Dinsos that is a party or whose
// region holds the partnership.
bool may_edit_partnership(const Actor& actor, const PartnershipScope& p);

}  // namespace mitra::services
