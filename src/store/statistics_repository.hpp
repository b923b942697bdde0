// Aggregate reads for the statistics and the yearly PMKS table: counted in SQL from person-level
// rows, within a scope (an organisation's own persons and cases, or a Dinsos's region) and filters.
#pragma once
#include <string>
#include <vector>

#include "store/database.hpp"

namespace mitra::store {

// Resolved by the service: exactly one of scope_region / scope_organization is set.
struct StatScopeQuery {
  std::string scope_region;        // region code: persons and cases in it or below it
  std::string scope_organization;  // organisation id: persons it registered or holds a case for
  std::string region;              // filter: a region code within the scope, "" for all
  std::string organization;        // filter: organisation id, "" for all
  std::string source;              // filter: patrol | complaint | referral | direct, "" for all
  std::string from, to;            // [from, to) days
};

struct PmksRowCount {
  int row = -1;  // index into the rows given; -1: a category in no row
  bool female = false;
  long long persons = 0;
};
// Distinct persons per (row, sex) whose category was assessed in the period; `rows[i]` lists the
// PMKS codes of row i (codes must be [a-z0-9_]: they are written into the SQL). Also the
// categories assessed in the period that fall into no row, sorted, in `other_categories`.
std::vector<PmksRowCount> pmks_row_counts(UnitOfWork& u, const std::vector<std::vector<std::string>>& rows,
                                          const StatScopeQuery& q, std::vector<std::string>& other_categories);

struct MonthSexCount {
  std::string month;  // YYYY-MM
  long long male = 0, female = 0;
};
// Cases opened in the period, by month and the person's sex.
std::vector<MonthSexCount> monthly_intakes(UnitOfWork& u, const StatScopeQuery& q);

struct KeyCount {
  std::string key;
  long long count = 0, persons = 0;
};
// Services started in the period by type (services and distinct persons).
std::vector<KeyCount> services_by_type(UnitOfWork& u, const StatScopeQuery& q);

struct StayRow {
  std::string facility, admitted_at, discharged_at, destination;
};
// Shelter stays overlapping the period (admitted before its end, not discharged before its start).
std::vector<StayRow> shelter_stays(UnitOfWork& u, const StatScopeQuery& q);

struct ReferralRow {
  std::string from_name, to_name, status, created_at, replied_at;
};
// Referrals created in the period sent or received by organisations in the scope.
std::vector<ReferralRow> referral_rows(UnitOfWork& u, const StatScopeQuery& q);

struct AgreementRow {
  std::string kind, number, title, start_date, end_date, parties;
  long long budget = 0;
};
// Agreements in force on `q.to - 1 day` (started by then, not ended before), a party in the scope.
std::vector<AgreementRow> agreements_in_force(UnitOfWork& u, const StatScopeQuery& q, const std::string& day);

struct BudgetRow {
  std::string partnership, source;
  long long allocated = 0, disbursed = 0;
};
// Allocations of partnerships with a party in the scope, with what was disbursed in the period.
std::vector<BudgetRow> budget_realisation(UnitOfWork& u, const StatScopeQuery& q);

struct OutcomeServiceRow {
  std::string service_type, details, status;
};
// Education and document services started in the period (details JSON kept for the level).
std::vector<OutcomeServiceRow> outcome_services(UnitOfWork& u, const StatScopeQuery& q);
struct DischargeRow {
  std::string person_id, discharged_at, destination;
};
std::vector<DischargeRow> discharges(UnitOfWork& u, const StatScopeQuery& q);
// (person id, day) of each patrol from the period's start that netted a person discharged in the
// period (for return to the street after a discharge).
std::vector<std::pair<std::string, std::string>> netted_after_discharge(UnitOfWork& u, const StatScopeQuery& q);
struct FollowUpRow {
  std::string due_on, visited_on;  // visited_on "" when not done
};
std::vector<FollowUpRow> follow_ups(UnitOfWork& u, const StatScopeQuery& q);

}  // namespace mitra::store

namespace mitra::store {

struct ListedPerson {
  std::string id, full_name, sex, birth_date, category, assessed_on;
  bool sensitive = false;
};
// Persons with a category assessed in the period, in scope, by name; at most `limit` rows.
std::vector<ListedPerson> listed_persons(UnitOfWork& u, const StatScopeQuery& q, int limit);

}  // namespace mitra::store
