// Statistics of an office as tables (domain/stat_table.hpp) that every export format renders:
// the yearly PMKS table in the office's own rows, monthly intakes, shelter stays, services,
// outcomes, the referral ("silo") matrix, assistance-request reply times, agreements in force and
// budget realisation. Aggregates only. Scope: a Dinas Sosial sees its region, any other
// organisation its own persons and cases; analysts, supervisors, social workers and
// administrators read them (partner managers and auditors do not).
#pragma once
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/stat_table.hpp"
#include "services/context.hpp"

namespace mitra::services {

// As given in the query string; validated by the service (errors name the field).
struct StatFilterInput {
  std::string year;          // "2024"; or from + to
  std::string from, to;      // "YYYY-MM-DD", both days included
  std::string region;        // Kemendagri code within the viewer's region: 73, 73.71, 73.71.01
  std::string organization;  // organisation code (or id)
  std::string source;        // intake source: patrol | complaint | referral | direct
  std::string suppress;      // "1": counts 1-4 shown as "<5"
  std::string empty;         // "1": the PMKS table keeps rows with nobody
  std::string lang;          // "en": titles, headings and labels in English; "" or "id": Indonesian
};

// The names of the statistics: intakes, shelter, services, outcomes, referrals, assistance,
// agreements, budget.
const std::vector<std::string>& statistic_names();

struct StatResult {
  StatTable table;
  Organization viewer;  // whose letterhead and source line
};

// One statistic by name. Errors: forbidden, not_found (unknown name), invalid_input (year, from,
// to, region, organization, source, suppress).
Result<StatResult> statistic(const Context& ctx, const Actor& actor, const std::string& name,
                             const StatFilterInput& in);

// The yearly PMKS table in the viewer's rows, as seed 001's tables 1.1-1.3 print it. Also gives
// every row (with those that have nobody) for the JSON answer.
struct PmksTableLine {
  std::string label;
  std::vector<std::string> categories;
  long long male = 0, female = 0;
};
struct PmksTable {
  StatResult result;
  std::vector<PmksTableLine> lines;
  long long male = 0, female = 0;
  int year = 0;  // 0 for a from/to period
};
Result<PmksTable> pmks_table(const Context& ctx, const Actor& actor, const StatFilterInput& in);

// The persons counted in the PMKS table, with their names: identifiable, so only supervisors and
// administrators, audited ("report.persons_export": count and format only). Persons with a
// sensitive category are listed without their name.
Result<StatResult> person_list(const Context& ctx, const Actor& actor, const StatFilterInput& in,
                               const std::string& format);

}  // namespace mitra::services
