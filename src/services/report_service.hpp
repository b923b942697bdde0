// The yearly PMKS report of an organisation, counted into the organisation's own rows.
// Aggregates only: analysts read it as well as supervisors, workers and administrators.
#pragma once
#include <string>
#include <vector>

#include "domain/pmks_report.hpp"
#include "domain/result.hpp"
#include "services/context.hpp"

namespace mitra::services {

struct ReportRowsView {
  std::vector<ReportRow> rows;
  bool custom = false;  // false: the organisation has not defined rows; the default is shown
};

// The actor organisation's rows (or the default, one row per category).
Result<ReportRowsView> get_report_rows(const Context& ctx, const Actor& actor);
// Supervisors and administrators. Audited. Errors: forbidden, invalid_input (naming rows[i]).
Result<ReportRowsView> save_report_rows(const Context& ctx, const Actor& actor, const std::vector<ReportRow>& rows);

// The yearly PMKS table itself: services/statistics_service.hpp (pmks_table).

}  // namespace mitra::services
