#include "services/holiday_service.hpp"

#include <boost/json.hpp>

#include "services/audit_service.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

bool keeps_calendar(const Actor& actor) { return actor.has(Role::admin) && is_dinsos(actor.organization.type); }

constexpr auto kForbidden = "Hanya administrator Dinas Sosial yang dapat mengubah daftar hari libur.";

Status check_day(const std::string& day) {
  if (!parse_day(day)) return invalid_input("day", "Tanggal libur harus berupa tanggal yang ada, misalnya 2026-12-25.");
  return ok_status();
}

}  // namespace

Result<std::vector<Holiday>> list_holidays(const Context& ctx, const Actor&, int year) {
  if (year < 2000 || year > 2100) return invalid_input("year", "Tahun harus antara 2000 dan 2100.");
  store::UnitOfWork unit(ctx.db, Mode::read);
  return store::holidays_between(unit, std::to_string(year) + "-01-01", std::to_string(year + 1) + "-01-01");
}

Result<Holiday> set_holiday(const Context& ctx, const Actor& actor, const std::string& day, const std::string& name) {
  if (!keeps_calendar(actor)) return forbidden(kForbidden);
  if (auto ok = check_day(day); !ok) return ok.error();
  if (name.empty() || name.size() > 120)
    return invalid_input("name", "Isi nama hari libur (paling banyak 120 karakter), misalnya Hari Raya Idul Fitri.");
  Holiday h{day, name, format_time(ctx.clock.now())};
  store::UnitOfWork unit(ctx.db, Mode::write);
  store::save_holiday(unit, h, actor.user.id);
  write_audit(unit, ctx, actor, {"holiday.set", "holiday", day, "{}"});
  unit.commit();
  return h;
}

Status remove_holiday(const Context& ctx, const Actor& actor, const std::string& day) {
  if (!keeps_calendar(actor)) return forbidden(kForbidden);
  if (auto ok = check_day(day); !ok) return ok;
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (!store::remove_holiday(unit, day)) return not_found("Tanggal itu tidak tercatat sebagai hari libur.");
  write_audit(unit, ctx, actor, {"holiday.remove", "holiday", day, "{}"});
  unit.commit();
  return ok_status();
}

WorkingCalendar working_calendar(store::UnitOfWork& unit) {
  std::set<Day> days;
  for (const auto& text : store::holiday_days(unit))
    if (auto d = parse_day(text)) days.insert(*d);
  return WorkingCalendar(std::move(days));
}

WorkingCalendar working_calendar(const Context& ctx) {
  store::UnitOfWork unit(ctx.db, Mode::read);
  return working_calendar(unit);
}

}  // namespace mitra::services
