#include "services/shelter_service.hpp"

#include <boost/json.hpp>

#include "domain/region_time.hpp"
#include "services/audit_service.hpp"
#include "services/case_service.hpp"
#include "services/person_service.hpp"
#include "services/policy.hpp"
#include "store/case_repository.hpp"
#include "store/person_repository.hpp"

namespace mitra::services {
namespace {

using Mode = store::UnitOfWork::Mode;

Error stay_not_found() { return not_found("Data penempatan di shelter tidak ditemukan."); }
Error not_a_facility() {
  return invalid_input("facility_id",
                       "Lembaga ini belum terdaftar sebagai shelter (kapasitas tempat tidur belum diisi).");
}

// Organisations that can have beds: not the offices, agencies, businesses, schools or media.
bool may_have_beds(OrganizationType t) {
  switch (t) {
    case OrganizationType::dinsos_province:
    case OrganizationType::dinsos_regency:
    case OrganizationType::government_agency:
    case OrganizationType::business:
    case OrganizationType::academia:
    case OrganizationType::media:
      return false;
    default:
      return true;
  }
}

bool in_region(const std::string& region_code, const std::string& region) {
  return !region.empty() && region_code.rfind(region, 0) == 0;
}

// A Dinsos admin of the facility's region, or the facility's own supervisor.
bool may_manage(const Actor& a, const Organization& facility) {
  if (!a.user.active) return false;
  if (a.has(Role::admin) && is_dinsos(a.organization.type) &&
      in_region(facility.region_code, a.organization.region_code))
    return true;
  return a.has(Role::supervisor) && a.organization.id == facility.id;
}

// The facility's own workers and supervisors, and the Dinsos supervisors of its region, see
// everyone staying there.
bool views_facility(const Actor& a, const Organization& facility) {
  if (!serves_clients(a)) return false;
  return a.organization.id == facility.id || in_region(facility.region_code, supervised_region(a));
}

Capacity occupied_now(store::UnitOfWork& unit, const std::string& facility_id) {
  Capacity c;
  for (const auto& g : kBedGroups) c.of(g) = static_cast<int>(store::count_open(unit, facility_id, g));
  return c;
}

FacilityView facility_view(store::UnitOfWork& unit, const store::FacilityRecord& f) {
  return {store::find_organization(unit, f.organization_id).value_or(Organization{}), f.capacity,
          occupied_now(unit, f.organization_id), f.updated_at};
}

TimePoint time_of(const std::string& text) {
  TimePoint t{};
  parse_time(text, t);
  return t;
}

// The stay as `actor` may see it, at `reference` (now, or the end of the board's day).
StayView view_of(store::UnitOfWork& unit, const Actor& actor, const store::StayRecord& s, TimePoint reference) {
  StayView v;
  v.record = s;
  v.facility = store::find_organization(unit, s.facility_id).value_or(Organization{});
  auto person = store::find_person(unit, s.person_id);
  v.identifiable = person && can_see_person(unit, actor, *person);
  v.person_name = v.identifiable ? person->person.full_name : "";
  const TimePoint admitted = time_of(s.admitted_at);
  const bool present = s.open || time_of(s.discharged_at) > reference;
  const TimePoint end = present ? reference : time_of(s.discharged_at);
  v.overdue = present && is_overdue(admitted, s.planned_days, end);
  v.days_stayed = days_stayed(admitted, end);
  return v;
}

bool stay_visible(store::UnitOfWork& unit, const Actor& actor, const store::StayRecord& s) {
  auto facility = store::find_organization(unit, s.facility_id);
  if (facility && views_facility(actor, *facility)) return true;
  return visible_case(unit, actor, s.case_id).has_value();
}

Error invalid_time(const char* field, const char* what) {
  return invalid_input(field, std::string(what) + " harus berformat ISO 8601 UTC, mis. 2026-11-25T08:00:00Z.");
}

}  // namespace

Result<FacilityView> set_capacity(const Context& ctx, const Actor& actor, const std::string& organization_id,
                                  const Capacity& capacity) {
  if (!actor.user.active || (!actor.has(Role::admin) && !actor.has(Role::supervisor)))
    return forbidden("Hanya admin Dinas Sosial atau supervisor shelter yang dapat mengatur kapasitas.");
  if (auto s = check_capacity(capacity); !s) return s.error();
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto org = store::find_organization(unit, organization_id);
  if (!org) return not_found("Lembaga tidak ditemukan.");
  if (!may_manage(actor, *org))
    return forbidden("Hanya admin Dinas Sosial wilayahnya atau supervisor lembaga ini yang dapat mengatur kapasitas.");
  if (!may_have_beds(org->type))
    return invalid_input("organization_id", "Lembaga jenis ini tidak menyediakan tempat tinggal (shelter).");
  store::FacilityRecord f{org->id, org->region_code, actor.user.id, format_time(ctx.clock.now()), capacity};
  store::save_facility(unit, f);
  boost::json::object details;
  for (const auto& g : kBedGroups) details[group_code(g)] = capacity.of(g);
  write_audit(unit, ctx, actor, {"facility.capacity", "organization", org->id, boost::json::serialize(details)});
  auto view = facility_view(unit, f);
  unit.commit();
  return view;
}

Result<FacilityPage> list_facilities(const Context& ctx, const Actor& actor, const store::Page& page) {
  if (!allowed(actor, Resource::organization, Action::list)) return forbidden();
  store::UnitOfWork unit(ctx.db, Mode::read);
  auto rows = store::list_facilities(unit, page.cursor, page.limit);
  FacilityPage out;
  if (static_cast<int>(rows.size()) > page.limit) {
    rows.pop_back();
    out.next_cursor = rows.back().code;
  }
  for (const auto& r : rows) out.items.push_back(facility_view(unit, r.facility));
  return out;
}

Result<StayView> admit(const Context& ctx, const Actor& actor, const AdmissionInput& in) {
  if (!serves_clients(actor))
    return forbidden("Hanya pekerja sosial atau supervisor yang dapat menempatkan penerima manfaat di shelter.");
  const auto now = ctx.clock.now();
  TimePoint admitted_at = now;
  if (!in.admitted_at.empty() && !parse_time(in.admitted_at, admitted_at))
    return invalid_time("admitted_at", "Waktu masuk");
  std::optional<AgeGroup> declared_age;
  if (!in.age_group.empty() && !(declared_age = parse_age_group(in.age_group)))
    return invalid_input("age_group", "Kelompok umur harus child (anak) atau adult (dewasa).");
  auto days = check_admission({in.planned_days, in.health_checked, in.health_note, in.belongings, admitted_at}, now);
  if (!days) return days.error();

  store::UnitOfWork unit(ctx.db, Mode::write);
  auto c = visible_case(unit, actor, in.case_id);
  if (!c) return not_found("Kasus tidak ditemukan.");
  if (c->organization_id != in.facility_id && actor.organization.id != in.facility_id)
    return forbidden("Penempatan hanya untuk kasus milik shelter tersebut, atau dilakukan oleh petugas shelter itu.");
  if (c->stage == Stage::closed) return conflict("case_id", "Kasus sudah selesai; buka kembali sebelum menempatkan.");
  // Held until commit: a second admission to this facility waits here and then counts ours.
  auto facility = store::lock_facility(unit, in.facility_id);
  if (!facility) return not_a_facility();
  if (auto open = store::open_stay_of_person(unit, c->person_id)) {
    auto where = store::find_organization(unit, open->facility_id).value_or(Organization{});
    return conflict("case_id", "Penerima manfaat ini masih tinggal di " + where.name + "; catat keluarnya dahulu.");
  }
  auto person = store::find_person(unit, c->person_id);
  if (!person) return not_found("Penerima manfaat tidak ditemukan.");
  // Age from the birth date on the day of admission; without one, what the worker judged, and
  // a child when in doubt (UU 35/2014 protects whoever may be a child).
  const std::string admitted_text = format_time(admitted_at);
  // Stays of one person never overlap: a late-recorded admission cannot predate the last leaving.
  if (admitted_text < store::last_discharge_of_person(unit, c->person_id))
    return invalid_input("admitted_at", "Waktu masuk tidak boleh sebelum waktu keluar dari penempatan sebelumnya.");
  const AgeGroup age =
      age_group_on(person->person.birth_date, admitted_text).value_or(declared_age.value_or(AgeGroup::child));
  const BedGroup group{person->person.sex, age};
  const auto occupied = store::count_open(unit, facility->organization_id, group);
  if (auto free = check_bed_free(group, facility->capacity.of(group), static_cast<int>(occupied)); !free)
    return free.error();

  store::StayRecord s;
  s.id = ctx.ids.next();
  s.facility_id = facility->organization_id;
  s.case_id = c->id;
  s.person_id = c->person_id;
  s.region_code = facility->region_code;
  s.group = group;
  s.open = true;
  s.admitted_at = admitted_text;
  s.planned_days = *days;
  s.planned_until = format_time(planned_end(admitted_at, *days));
  s.health_checked = *in.health_checked;
  s.health_note = in.health_note;
  s.belongings = in.belongings;
  s.admitted_by = actor.user.id;
  s.created_at = s.updated_at = format_time(now);
  if (!store::insert_stay(unit, s))
    return conflict("case_id", "Penerima manfaat ini sudah tercatat tinggal di shelter; catat keluarnya dahulu.");
  write_audit(unit, ctx, actor,
              {"stay.create", "shelter_stay", s.id,
               boost::json::serialize(boost::json::object{{"case_id", s.case_id},
                                                          {"facility_id", s.facility_id},
                                                          {"bed_group", group_code(group)},
                                                          {"planned_days", s.planned_days},
                                                          {"belongings", s.belongings.size()}})});
  auto view = view_of(unit, actor, s, now);
  unit.commit();
  return view;
}

Result<StayView> discharge(const Context& ctx, const Actor& actor, const std::string& id, const DischargeInput& in) {
  if (!serves_clients(actor)) return forbidden("Hanya pekerja sosial atau supervisor yang dapat mencatat keluar.");
  const auto destination = parse_destination(in.destination);
  if (!destination)
    return invalid_input("destination",
                         "Tujuan keluar harus salah satu dari: family, lks, home, hospital, ran_away, other.");
  const auto now = ctx.clock.now();
  TimePoint discharged_at = now;
  if (!in.discharged_at.empty() && !parse_time(in.discharged_at, discharged_at))
    return invalid_time("discharged_at", "Waktu keluar");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto s = store::find_stay(unit, id);
  if (!s || !stay_visible(unit, actor, *s)) return stay_not_found();
  auto c = store::find_case(unit, s->case_id);
  if (actor.organization.id != s->facility_id && (!c || c->organization_id != actor.organization.id))
    return forbidden("Hanya petugas shelter atau lembaga pemilik kasus yang dapat mencatat keluar.");
  if (!s->open) return conflict("status", "Penerima manfaat ini sudah tercatat keluar dari shelter.");
  Discharge d{*destination, in.belongings_returned, in.handover_name, in.handover_relation, in.handover_organization,
              in.note,      discharged_at};
  if (auto ok = check_discharge(d, s->belongings, time_of(s->admitted_at), now); !ok) return ok.error();
  s->open = false;
  s->discharged_at = format_time(discharged_at);
  s->destination = *destination;
  s->returned = in.belongings_returned;
  s->handover_name = in.handover_name;
  s->handover_relation = in.handover_relation;
  s->handover_organization = in.handover_organization;
  s->discharge_note = in.note;
  s->discharged_by = actor.user.id;
  s->updated_at = format_time(now);
  store::discharge_stay(unit, *s);
  write_audit(unit, ctx, actor,
              {"stay.discharge", "shelter_stay", id,
               boost::json::serialize(boost::json::object{{"destination", to_string(*destination)},
                                                          {"returned", s->returned.size()},
                                                          {"kept", s->belongings.size() - s->returned.size()}})});
  auto view = view_of(unit, actor, *s, now);
  unit.commit();
  return view;
}

Result<StayView> get_stay(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!serves_clients(actor)) return forbidden("Peran Anda tidak dapat melihat data penempatan.");
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto s = store::find_stay(unit, id);
  if (!s || !stay_visible(unit, actor, *s)) return stay_not_found();
  auto view = view_of(unit, actor, *s, ctx.clock.now());
  write_audit(unit, ctx, actor, {"stay.read", "shelter_stay", id, "{}"});
  unit.commit();
  return view;
}

Result<StayPage> list_stays(const Context& ctx, const Actor& actor, store::StayFilter filter) {
  if (!serves_clients(actor)) return forbidden("Peran Anda tidak dapat melihat data penempatan.");
  if (!filter.status.empty() && filter.status != "open" && filter.status != "overdue" && filter.status != "discharged")
    return invalid_input("status", "Status harus open, overdue, atau discharged.");
  if (filter.facility_id.empty() == filter.case_id.empty())
    return invalid_input("facility", "Pilih satu: shelter (facility) atau kasus (case_id).");
  const auto now = ctx.clock.now();
  filter.now = format_time(now);
  store::UnitOfWork unit(ctx.db, Mode::write);
  if (!filter.case_id.empty()) {
    if (!visible_case(unit, actor, filter.case_id)) return not_found("Kasus tidak ditemukan.");
  } else {
    auto org = store::find_organization(unit, filter.facility_id);
    if (!org || !store::find_facility(unit, org->id)) return not_found("Shelter tidak ditemukan.");
    if (!views_facility(actor, *org))
      return forbidden(
          "Hanya petugas shelter ini atau supervisor Dinas Sosial wilayahnya yang dapat melihat penghuninya.");
  }
  auto records = store::list_stays(unit, filter);
  StayPage page;
  if (static_cast<int>(records.size()) > filter.limit) {
    records.pop_back();
    page.next_cursor = records.back().id;
  }
  for (const auto& r : records) page.items.push_back(view_of(unit, actor, r, now));
  write_audit(unit, ctx, actor,
              {"stay.search", "shelter_stay", "",
               boost::json::serialize(boost::json::object{
                   {"facility_id", filter.facility_id}, {"case_id", filter.case_id}, {"results", page.items.size()}})});
  unit.commit();
  return page;
}

Result<Occupancy> occupancy(const Context& ctx, const Actor& actor, const std::string& facility_id,
                            const std::string& date) {
  if (!serves_clients(actor)) return forbidden("Peran Anda tidak dapat melihat penghuni shelter.");
  const auto now = ctx.clock.now();
  Occupancy out;
  store::UnitOfWork unit(ctx.db, Mode::write);
  auto org = store::find_organization(unit, facility_id);
  auto facility = org ? store::find_facility(unit, facility_id) : std::nullopt;
  if (!facility) return not_found("Shelter tidak ditemukan.");
  // The facility's local day (WIB, WITA or WIT), ending at its local midnight.
  const int offset = utc_offset_hours(org->region_code);
  out.date = date.empty() ? local_date(now, offset) : date;
  TimePoint day_start;
  if (!parse_day(out.date, day_start)) return invalid_input("date", "Tanggal harus berformat YYYY-MM-DD.");
  const TimePoint cutoff = day_start + std::chrono::hours(24 - offset);
  const TimePoint reference = std::min(now, cutoff);
  if (!views_facility(actor, *org))
    return forbidden(
        "Hanya petugas shelter ini atau supervisor Dinas Sosial wilayahnya yang dapat melihat penghuninya.");
  out.facility = *org;
  Capacity occupied;
  int named = 0;
  for (const auto& s : store::stays_present(unit, facility_id, format_time(cutoff))) {
    auto v = view_of(unit, actor, s, reference);
    ++occupied.of(s.group);
    named += v.identifiable ? 1 : 0;
    out.stays.push_back(std::move(v));
  }
  for (const auto& g : kBedGroups) {
    const int cap = facility->capacity.of(g), occ = occupied.of(g);
    out.groups.push_back({g, cap, occ, std::max(0, cap - occ)});
  }
  write_audit(
      unit, ctx, actor,
      {"facility.occupancy", "organization", facility_id,
       boost::json::serialize(boost::json::object{{"date", out.date}, {"stays", out.stays.size()}, {"named", named}})});
  unit.commit();
  return out;
}

}  // namespace mitra::services
