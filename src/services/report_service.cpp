#include "services/report_service.hpp"

#include <boost/json.hpp>

#include "services/audit_service.hpp"
#include "store/report_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

bool reads_reports(const Actor& actor) {
  return actor.has(Role::analyst) || actor.has(Role::supervisor) || actor.has(Role::social_worker) || actor.has(Role::admin);
}

ReportRowsView rows_of(store::UnitOfWork& unit, const std::string& organization_id) {
  auto rows = store::report_rows(unit, organization_id);
  if (rows.empty()) return {default_report_rows(), false};
  return {std::move(rows), true};
}

}  // namespace

Result<ReportRowsView> get_report_rows(const Context& ctx, const Actor& actor) {
  if (!reads_reports(actor)) return forbidden("Peran Anda tidak dapat melihat laporan PMKS.");
  store::UnitOfWork unit(ctx.db, Mode::read);
  return rows_of(unit, actor.organization.id);
}

Result<ReportRowsView> save_report_rows(const Context& ctx, const Actor& actor, const std::vector<ReportRow>& rows) {
  if (!actor.has(Role::supervisor) && !actor.has(Role::admin))
    return forbidden("Hanya supervisor atau administrator yang dapat mengatur baris laporan.");
  if (auto ok = check_report_rows(rows); !ok) return ok.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  store::save_report_rows(unit, actor.organization.id, rows);
  std::size_t categories = 0;
  for (const auto& r : rows) categories += r.categories.size();
  write_audit(unit, ctx, actor,
              {"pmks_report_rows.save", "organization", actor.organization.id,
               boost::json::serialize(boost::json::object{{"rows", rows.size()}, {"categories", categories}})});
  auto view = rows_of(unit, actor.organization.id);
  unit.commit();
  return view;
}

}  // namespace mitra::services
