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
// Category periods (current and past) assessed in [from, to) (dates) of persons the organisation registered or holds a
// case for.
std::vector<CategoryEntry> category_entries(UnitOfWork& u, const std::string& organization_id, const std::string& from,
                                            const std::string& to);

}  // namespace mitra::store
