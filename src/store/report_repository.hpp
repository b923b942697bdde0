// Report rows of an organisation and the category entries a PMKS report counts.
#pragma once
#include <string>
#include <vector>

#include "domain/pmks_report.hpp"
#include "store/database.hpp"

namespace mitra::store {

// The organisation's rows in order; empty when it has defined none.
std::vector<ReportRow> report_rows(UnitOfWork& u, const std::string& organization_id);
// Replaces the organisation's rows.
void save_report_rows(UnitOfWork& u, const std::string& organization_id, const std::vector<ReportRow>& rows);
}  // namespace mitra::store
